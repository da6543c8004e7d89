// PhraseIndex: longest-match lookup of multi-word phrases over a token sequence.
// Phrases are upper-case word vectors; each carries a payload (an index into the
// owner's table). Phrases of two or more words are hashed by their first two words
// (candidates longest first), one-word phrases by the word; a 2^20-bit filter rejects
// most keys before the hash lookup.
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
    std::vector<std::string> rest;  // words after the key words
    uint32_t payload;
  };
  static size_t Bloom(const std::string& w) {
    uint64_t h = 1469598103934665603ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<size_t>(h >> 44);  // 20 bits
  }
  bool MayHave(const std::string& w) const {
    size_t b = Bloom(w);
    return (bloom_[b >> 6] >> (b & 63)) & 1;
  }
  std::unordered_map<std::string, std::vector<Entry>> by_first_;  // one-word phrases
  std::unordered_map<std::string, std::vector<Entry>> by_pair_;   // longer ones, by their first two words
  std::vector<uint64_t> bloom_ = std::vector<uint64_t>(1 << 14, 0);  // keys, 2^20 bits
  size_t count_ = 0;
};

}  // namespace dyad::dict
