// Distributional word clusters learned from unlabeled text, used by the tagger
// as lexical back-off for rare and unknown words.
//
// Every word form seen at least `min_count` times (up to `max_words` of them)
// is described by the distribution of its left and right neighbours among the
// `context_words` most frequent forms (plus one "other" bucket), as a vector of
// square-rooted probabilities (Hellinger), and clustered twice by spherical
// k-means: `fine` clusters and `coarse` clusters. Deterministic for fixed
// options. Only the map form -> (fine, coarse) is kept (no text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/binio.h"
#include "text/conllu.h"
#include "text/status.h"

namespace dyad::parse {

struct ClusterOptions {
  int fine = 512;
  int coarse = 64;
  int context_words = 400;
  int min_count = 3;
  size_t max_words = 80000;
  int iterations = 12;
  uint64_t seed = 1;
  // Case classes are kept for lowercase forms seen at least this often in a
  // position where case is informative (0 = no case classes).
  int case_min_count = 2;
};

class WordClusters {
 public:
  // 0 when the form (and its lowercase) is not in the map, else cluster + 1.
  uint32_t Fine(std::string_view form) const { return Get(form) & 0xffff; }
  uint32_t Coarse(std::string_view form) const { return Get(form) >> 16; }
  // (fine + 1) | (coarse + 1) << 16, or 0.
  uint32_t Get(std::string_view form) const;
  // The same, with the form's Lower() already at hand.
  uint32_t Get(std::string_view form, std::string_view lower) const;
  size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }

  // Case class of the lowercased form: 0 when unknown, else 1 + 3 * band +
  // confidence, where band (0..6) is the share of its occurrences that were
  // capitalised (outside line/sentence/quote starts; all-caps words ignored)
  // and confidence (0..2) grows with the number of those occurrences. Tells
  // names ("woodrow": almost always capitalised) from common nouns.
  uint32_t CaseClass(std::string_view form) const;
  // The same for a form already lowercased (ASCII, as Lower()).
  uint32_t CaseClassOfLower(std::string_view lower) const;
  size_t case_size() const { return case_.size(); }

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
  // The case classes are stored separately (an optional part of the tagger
  // section, absent in older model files).
  void SaveCase(ByteWriter* w) const;
  bool LoadCase(ByteReader* r);

  // Reads the text files (plain, or gzip when the name ends in .gz; SGML/HTML
  // tags and entities are skipped) and the forms of `extra`, tokenizes them
  // roughly (whitespace, punctuation split off), and clusters the words.
  // Errors name the file that could not be read.
  static StatusOr<WordClusters> Build(const std::vector<std::string>& files,
                                      const std::vector<const ConlluSentence*>& extra, const ClusterOptions& opt,
                                      size_t* tokens_read = nullptr);

 private:
  std::unordered_map<uint64_t, uint32_t> map_;  // HashStr(form) -> packed clusters
  std::unordered_map<uint64_t, uint32_t> case_;  // HashStr(lowercase form) -> case class
};

}  // namespace dyad::parse
