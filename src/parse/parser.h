// Transition-based labeled dependency parser (greedy, or beam search for
// models trained with a beam; docs/PARSER.md): the arc-hybrid system
// (Kuhlmann et al. 2011) with ROOT at the bottom of the stack, an averaged
// perceptron over ~100 Zhang & Nivre (2011) style feature templates (words,
// tags, distances, valencies, child labels, label sets; since 2026-11-29 also
// the tags of the words next to s0, s1 and b0 in the sentence), and training with
// the dynamic oracle of Goldberg & Nivre (2013) with exploration, or globally
// (beam search, max-violation updates). Output is always a single-rooted projective tree.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "parse/binio.h"
#include "parse/perceptron.h"
#include "parse/tagger.h"

namespace dyad::parse {

// One sentence as the parser sees it: index 0 is ROOT, words 1..n.
struct ParserInput {
  std::vector<uint64_t> word;  // HashStr(NormWord(form))
  std::vector<uint64_t> tag;   // HashStr("UPOS|XPOS")
  // Packed word clusters (WordClusters::Get) per word; empty when the model
  // has none. Cluster features are used only when this is non-empty, so models
  // trained without clusters score exactly as before.
  std::vector<uint32_t> cluster;
};

struct ParserExample {
  ParserInput in;
  std::vector<int> head;             // 1..n: gold head (0 = root); head[0] unused
  std::vector<std::string> deprel;   // 1..n
};

// Builds the parser input from forms and "UPOS|XPOS" tags (forms[i] is word i+1).
// clusters (optional): the tagger's word clusters, giving ParserInput::cluster.
ParserInput MakeParserInput(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& tags,
                            const WordClusters* clusters = nullptr);

class DepParser {
 public:
  // heads/labels are resized to n+1; entry 0 unused. Greedy when beam() is 1,
  // else ParseBeam(in, beam()).
  void Parse(const ParserInput& in, std::vector<int>* heads, std::vector<int>* labels) const;
  // Beam search of width k >= 1 over the same transitions and scores: keeps
  // the k best-scoring action sequences (sum of the action scores; ties go to
  // the earlier hypothesis, then SHIFT, LEFT-l, RIGHT-l by label), so k = 1
  // gives exactly the greedy parse.
  void ParseBeam(const ParserInput& in, int k, std::vector<int>* heads, std::vector<int>* labels) const;
  // Beam width used by Parse(): 1 (greedy) unless the model was trained with a
  // beam (stored in the model file) or set_beam() changed it.
  int beam() const { return beam_; }
  void set_beam(int k) { beam_ = k < 1 ? 1 : k; }
  const std::string& Label(int l) const { return labels_[l]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
  // When dev is non-empty, the averaged model is scored on it (LAS with the
  // tags given in dev) after every iteration from the third on and the best iteration is kept.
  // beam = 1: greedy training with the dynamic oracle and exploration.
  // beam > 1: global training (Huang et al. 2012): beam search of that width
  // along the static oracle's action sequence of the (projectivized) gold tree,
  // one max-violation update per sentence (the prefix pair where the best
  // hypothesis outscores the gold prefix by most, once the gold prefix is not
  // the best); the model decodes with that beam. Sentences whose gold tree the
  // transitions cannot build (several roots) are skipped.
  static DepParser Train(const std::vector<ParserExample>& train, int iterations, uint64_t seed,
                         const TrainProgress& progress, const std::vector<ParserExample>& dev = {},
                         int beam = 1);
  bool uses_clusters() const { return use_clusters_; }
  bool uses_context_templates() const { return context_templates_; }
  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_weights(); }
  void Prune(float threshold) { weights_.Prune(threshold); }

 private:
  // Words not in vocab_ (seen at least twice in training) become one UNK word.
  void MapWords(const ParserInput& in, ParserInput* out) const;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  std::unordered_set<uint64_t> vocab_;
  bool use_clusters_ = false;  // trained with word-cluster features (ParserInput::cluster)
  // Trained with the context-tag templates (tags of the words next to s0, s1
  // and b0 in the sentence); models trained before 2026-11-29 have none.
  bool context_templates_ = false;
  int beam_ = 1;  // Parse(): 1 = greedy
  Weights weights_;
};

// Lifts non-projective arcs (to the grandparent) until the tree is projective.
// Returns the number of lifts. heads: 1..n, 0 = root.
int Projectivize(std::vector<int>* head);

}  // namespace dyad::parse
