#include "dict/phrase_index.h"

#include <algorithm>

namespace dyad::dict {

namespace {
std::string PairKey(const std::string& a, const std::string& b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k += a;
  k.push_back('\x1f');
  k += b;
  return k;
}
}  // namespace

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  Entry e;
  e.payload = payload;
  std::string key = words.size() == 1 ? words[0] : PairKey(words[0], words[1]);
  e.rest.assign(words.begin() + (words.size() == 1 ? 1 : 2), words.end());
  size_t b = Bloom(key);
  bloom_[b >> 6] |= uint64_t{1} << (b & 63);
  (words.size() == 1 ? by_first_ : by_pair_)[key].push_back(std::move(e));
  ++count_;
}

void PhraseIndex::Finish() {
  for (auto& [k, v] : by_pair_) {
    std::stable_sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  }
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<std::string>& words, size_t start,
                                        const std::vector<std::string>* alt) const {
  Match m;
  if (start >= words.size()) return m;
  auto word = [&](size_t i, int which) -> const std::string& { return which ? (*alt)[i] : words[i]; };
  int variants = alt ? 2 : 1;
  // Phrases of two or more words: keyed by their first two words.
  if (start + 1 < words.size()) {
    for (int a = 0; a < variants; ++a) {
      if (a && (*alt)[start] == words[start]) continue;
      for (int b = 0; b < variants; ++b) {
        if (b && (*alt)[start + 1] == words[start + 1]) continue;
        std::string key = PairKey(word(start, a), word(start + 1, b));
        if (!MayHave(key)) continue;
        auto it = by_pair_.find(key);
        if (it == by_pair_.end()) continue;
        for (const Entry& e : it->second) {
          int len = static_cast<int>(e.rest.size()) + 2;
          if (len <= m.length) break;
          if (start + len > words.size()) continue;
          bool ok = true;
          for (size_t k = 0; k < e.rest.size(); ++k) {
            size_t i = start + 2 + k;
            if (words[i] != e.rest[k] && !(alt && (*alt)[i] == e.rest[k])) {
              ok = false;
              break;
            }
          }
          if (ok) {
            m.length = len;
            m.payload = e.payload;
            break;
          }
        }
      }
    }
  }
  if (m.length > 0) return m;
  for (int a = 0; a < variants; ++a) {
    if (a && (*alt)[start] == words[start]) continue;
    const std::string& w = word(start, a);
    if (!MayHave(w)) continue;
    auto it = by_first_.find(w);
    if (it != by_first_.end() && !it->second.empty()) {
      m.length = 1;
      m.payload = it->second.front().payload;
      return m;
    }
  }
  return m;
}

}  // namespace dyad::dict
