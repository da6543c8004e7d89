// Greedy left-to-right averaged-perceptron tagger predicting the joint
// UPOS+XPOS tag of every word (one class per pair seen in training), with
// lexical, affix, shape, context-word, previous-tag and lookahead
// ambiguity-class features, and a tag dictionary for frequent unambiguous words.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/binio.h"
#include "parse/perceptron.h"
#include "text/conllu.h"

namespace dyad::parse {

struct TrainProgress {
  // Called with a short status line (e.g. "tagger iter 3/10: acc 97.1"); may be empty.
  std::function<void(const std::string&)> report;
  void operator()(const std::string& s) const {
    if (report) report(s);
  }
};

class Tagger {
 public:
  // Tags one sentence; tags->size() == forms.size() on return (class ids).
  void Tag(const std::vector<std::string_view>& forms, std::vector<int>* tags) const;
  const std::string& Upos(int c) const { return upos_[c]; }
  const std::string& Xpos(int c) const { return xpos_[c]; }
  int num_classes() const { return static_cast<int>(upos_.size()); }

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);

  static Tagger Train(const std::vector<const ConlluSentence*>& train, int iterations, uint64_t seed,
                      const TrainProgress& progress);

  size_t num_features() const { return weights_.num_features(); }

 private:
  struct TokInfo;
  void Prepare(const std::vector<std::string_view>& forms, std::vector<TokInfo>* info) const;
  static void Features(const std::vector<TokInfo>& info, int i, int p1, int p2, std::vector<uint64_t>* out);

  std::vector<std::string> upos_, xpos_;
  std::unordered_map<uint64_t, uint64_t> amb_;     // HashStr(form) or HashStr("\x01"+lower) -> ambiguity class
  std::unordered_map<uint64_t, int> fixed_;        // HashStr(form) -> class for frequent unambiguous forms
  Weights weights_;
};

}  // namespace dyad::parse
