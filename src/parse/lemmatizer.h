// Lemmatizer: a lexicon of (form, XPOS) -> lemma learned from training data,
// backed off to (lowercased form, XPOS), then to suffix edit rules
// (strip n bytes, append a string) chosen by XPOS and the longest known
// suffix of the word, plus a per-XPOS casing decision (EWT keeps the case of
// proper nouns and lowercases the rest).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parse/binio.h"
#include "text/conllu.h"

namespace dyad::parse {

class Lemmatizer {
 public:
  std::string Lemma(std::string_view form, std::string_view xpos) const;

  // Optional: a word list (forms seen in running text) used to choose among
  // the suffix rules for a word not in the lexicon: the lemma proposed by the
  // rule of the longest known suffix is kept when it is a word (a lemma of the
  // lexicon, or known to `is_word`); otherwise the first shorter-suffix rule
  // (or the same stem + "e") that yields a word wins ("bombed": "bom" -> "bomb").
  void SetWordList(std::function<bool(std::string_view)> is_word) { is_word_ = std::move(is_word); }

  void Save(ByteWriter* w) const;
  bool Load(ByteReader* r);
  static Lemmatizer Train(const std::vector<const ConlluSentence*>& train);

 private:
  struct Rule {
    uint32_t strip = 0;
    std::string append;
  };
  std::unordered_map<std::string, std::string> exact_;   // form \t xpos
  std::unordered_map<std::string, std::string> lower_;   // lower(form) \t xpos
  std::unordered_map<std::string, uint32_t> by_suffix_;  // xpos \t suffix -> rule index
  std::unordered_map<std::string, uint8_t> keep_case_;   // xpos -> 1 keep case, 0 lowercase
  std::vector<Rule> rules_;
  std::unordered_set<std::string> lemmas_;  // lowercased lemmas of the lexicon (built at load / training)
  std::function<bool(std::string_view)> is_word_;
  bool IsWord(const std::string& lemma) const;
  void IndexLemmas();
};

}  // namespace dyad::parse
