// Two-pass greedy left-to-right averaged-perceptron tagger predicting the joint
// UPOS+XPOS tag of every word (one class per pair seen in training), with
// lexical, affix, shape, context-word, previous-tag and lookahead
// ambiguity-class features, and a tag dictionary for frequent unambiguous words.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/binio.h"
#include "parse/clusters.h"
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
  // "UPOS|XPOS": the tag the parser sees.
  const std::string& Joint(int c) const { return joint_[c]; }
  int num_classes() const { return static_cast<int>(upos_.size()); }

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);

  // `clusters` (optional, may be null or empty): distributional word clusters
  // (and case classes) used as features of the word and its neighbours;
  // stored in the model. `runs` > 1: the weights are the mean of that many
  // perceptrons trained on different shuffles (one model, same decoding cost;
  // less variance), trained on up to `threads` threads.
  static Tagger Train(const std::vector<const ConlluSentence*>& train, int iterations, uint64_t seed,
                      const TrainProgress& progress, std::shared_ptr<const WordClusters> clusters = nullptr,
                      int runs = 1, int threads = 1);
  const WordClusters* clusters() const { return clusters_.get(); }
  const std::shared_ptr<const WordClusters>& shared_clusters() const { return clusters_; }
  size_t num_cluster_words() const { return clusters_ ? clusters_->size() : 0; }

  // Trains the second pass, which also sees the first-pass tags of the next two
  // words; first_pass_joint holds jackknifed first-pass "UPOS|XPOS" tags.
  void TrainSecondPass(const std::vector<const ConlluSentence*>& train,
                       const std::vector<std::vector<std::string>>& first_pass_joint, int iterations, uint64_t seed,
                       const TrainProgress& progress);

  size_t num_features() const { return weights_.num_features() + weights2_.num_features(); }
  void Prune(float threshold) {
    weights_.Prune(threshold);
    if (weights2_.num_classes() > 0) weights2_.Prune(threshold);
  }

 private:
  struct TokInfo;
  void Prepare(const std::vector<std::string_view>& forms, std::vector<TokInfo>* info) const;
  static constexpr int kUseClusters = 1, kUseCase = 2;
  static void Features(const std::vector<TokInfo>& info, int i, int p1, int p2, const int* right, int n,
                       int extras, std::vector<uint64_t>* out);
  bool use_clusters() const { return clusters_ && !clusters_->empty(); }
  int extras() const {
    return (use_clusters() ? kUseClusters : 0) | (use_clusters() && clusters_->case_size() > 0 ? kUseCase : 0);
  }
  void Decode(const std::vector<TokInfo>& info, const Weights& w, const int* right, std::vector<int>* tags) const;
  Weights TrainPass(const std::vector<const ConlluSentence*>& train, const std::vector<std::vector<int>>* right,
                    int iterations, uint64_t seed, const std::string& name, const TrainProgress& progress) const;

  std::vector<std::string> upos_, xpos_, joint_;
  std::unordered_map<uint64_t, uint64_t> amb_;     // HashStr(form) or HashStr("\x01"+lower) -> ambiguity class
  std::unordered_map<uint64_t, int> fixed_;        // HashStr(form) -> class for frequent unambiguous forms
  Weights weights_;   // first pass (left-to-right, left context tags)
  Weights weights2_;  // optional second pass (also right context first-pass tags); empty when untrained
  std::shared_ptr<const WordClusters> clusters_;  // optional (absent in older model files)
};

}  // namespace dyad::parse
