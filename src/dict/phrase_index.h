// PhraseIndex: longest-match lookup of multi-word phrases over a token sequence.
// Phrases are upper-case word vectors; each carries a payload (an index into the
// owner's table). Lookup is a hash of the first word, then candidates longest first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::dict {

class PhraseIndex {
 public:
  struct Match {
    int length = 0;        // words matched (0 = none)
    uint32_t payload = 0;
  };

  void Add(std::vector<std::string> words, uint32_t payload);
  // Call once after the last Add (sorts candidates longest first).
  void Finish();

  // Longest phrase starting at words[start]; `words` are upper case. When
  // alt is non-null, alt[i] (e.g. the lemma) is accepted wherever words[i] is.
  Match Longest(const std::vector<std::string>& words, size_t start,
                const std::vector<std::string>* alt = nullptr) const;

  size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> rest;  // words after the first
    uint32_t payload;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  size_t count_ = 0;
};

}  // namespace dyad::dict
