#include "dict/phrase_index.h"

#include <algorithm>

namespace dyad::dict {

void PhraseIndex::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  Entry e;
  e.rest.assign(words.begin() + 1, words.end());
  e.payload = payload;
  by_first_[words[0]].push_back(std::move(e));
  ++count_;
}

void PhraseIndex::Finish() {
  for (auto& [k, v] : by_first_) {
    std::stable_sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  }
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<std::string>& words, size_t start,
                                        const std::vector<std::string>* alt) const {
  Match m;
  if (start >= words.size()) return m;
  auto try_key = [&](const std::string& key) {
    auto it = by_first_.find(key);
    if (it == by_first_.end()) return;
    for (const Entry& e : it->second) {
      if (static_cast<int>(e.rest.size()) + 1 <= m.length) break;
      if (start + 1 + e.rest.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < e.rest.size(); ++k) {
        size_t i = start + 1 + k;
        if (words[i] != e.rest[k] && !(alt && (*alt)[i] == e.rest[k])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        m.length = static_cast<int>(e.rest.size()) + 1;
        m.payload = e.payload;
        return;
      }
    }
  };
  try_key(words[start]);
  if (alt && (*alt)[start] != words[start]) try_key((*alt)[start]);
  return m;
}

}  // namespace dyad::dict
