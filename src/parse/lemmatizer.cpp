#include "parse/lemmatizer.h"

#include <algorithm>
#include <map>

#include "parse/hashing.h"

namespace dyad::parse {
namespace {
constexpr size_t kMaxSuffix = 6;

std::string Key(std::string_view a, std::string_view b) {
  std::string k(a);
  k.push_back('\t');
  k.append(b);
  return k;
}

bool HasUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}
}  // namespace

Lemmatizer Lemmatizer::Train(const std::vector<const ConlluSentence*>& train) {
  Lemmatizer L;
  std::map<std::string, std::map<std::string, int>> exact, lower;
  std::map<std::string, std::pair<int, int>> casing;  // xpos -> (kept, lowered)
  std::map<std::tuple<std::string, std::string, std::string>, int> types;  // lower form, xpos, lower lemma
  for (const auto* s : train)
    for (const auto& t : s->tokens) {
      if (t.lemma.empty()) continue;
      exact[Key(t.form, t.xpos)][t.lemma]++;
      std::string lf = Lower(t.form), ll = Lower(t.lemma);
      lower[Key(lf, t.xpos)][t.lemma]++;
      if (HasUpper(t.form)) {
        auto& c = casing[t.xpos];
        if (HasUpper(t.lemma)) c.first++;
        else c.second++;
      }
      types[{lf, t.xpos, ll}]++;
    }
  auto best_of = [](const std::map<std::string, int>& m) {
    const std::string* best = nullptr;
    int n = -1;
    for (auto& [k, v] : m)
      if (v > n) n = v, best = &k;
    return *best;
  };
  for (auto& [k, m] : exact) L.exact_[k] = best_of(m);
  for (auto& [k, m] : lower) L.lower_[k] = best_of(m);
  for (auto& [x, c] : casing) L.keep_case_[x] = c.first > c.second ? 1 : 0;
  L.IndexLemmas();
  // Suffix rules from word types.
  std::map<std::pair<uint32_t, std::string>, uint32_t> rule_ids;
  std::map<std::string, std::map<uint32_t, int>> counts;
  for (auto& [k, n] : types) {
    const auto& [lf, xpos, ll] = k;
    size_t lcp = 0;
    while (lcp < lf.size() && lcp < ll.size() && lf[lcp] == ll[lcp]) ++lcp;
    Rule r{static_cast<uint32_t>(lf.size() - lcp), ll.substr(lcp)};
    auto ins = rule_ids.emplace(std::make_pair(r.strip, r.append), static_cast<uint32_t>(L.rules_.size()));
    if (ins.second) L.rules_.push_back(r);
    uint32_t rid = ins.first->second;
    for (size_t len = 0; len <= std::min(kMaxSuffix, lf.size()); ++len)
      counts[Key(xpos, std::string_view(lf).substr(lf.size() - len))][rid]++;
  }
  for (auto& [key, m] : counts) {
    int total = 0, best = -1;
    uint32_t bid = 0;
    for (auto& [rid, n] : m) {
      total += n;
      if (n > best) best = n, bid = rid;
    }
    // Keep short suffixes always (the back-off), longer ones only when seen twice.
    size_t tab = key.find('\t');
    if (key.size() - tab - 1 <= 1 || total >= 2) L.by_suffix_[key] = bid;
  }
  return L;
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view xpos) const {
  std::string k = Key(form, xpos);
  if (auto it = exact_.find(k); it != exact_.end()) return it->second;
  std::string lf = Lower(form);
  if (auto it = lower_.find(Key(lf, xpos)); it != lower_.end()) return it->second;
  bool keep = false;
  if (auto it = keep_case_.find(std::string(xpos)); it != keep_case_.end()) keep = it->second;
  std::string base = keep ? std::string(form) : lf;
  std::string first;  // the longest-suffix rule's lemma (the answer without a word list)
  bool have_first = false;
  for (size_t len = std::min(kMaxSuffix, lf.size());; --len) {
    auto it = by_suffix_.find(Key(xpos, std::string_view(lf).substr(lf.size() - len)));
    if (it != by_suffix_.end()) {
      const Rule& r = rules_[it->second];
      if (r.strip <= base.size()) {
        std::string cand = base.substr(0, base.size() - r.strip) + r.append;
        if (!have_first) {
          if (!is_word_ || r.strip == 0 || IsWord(cand)) return cand;
          first = cand;
          have_first = true;
          if (IsWord(cand + "e")) return cand + "e";
        } else if (cand != first && IsWord(cand)) {
          return cand;
        }
      }
    }
    if (len == 0) break;
  }
  return have_first ? first : base;
}

bool Lemmatizer::IsWord(const std::string& lemma) const {
  std::string low = Lower(lemma);
  return lemmas_.count(low) > 0 || (is_word_ && is_word_(low));
}

void Lemmatizer::IndexLemmas() {
  lemmas_.clear();
  for (const auto* m : {&exact_, &lower_})
    for (const auto& [k, v] : *m) lemmas_.insert(Lower(v));
}

void Lemmatizer::Save(ByteWriter* w) const {
  auto save_map = [&](const std::unordered_map<std::string, std::string>& m) {
    std::vector<std::pair<std::string, std::string>> v(m.begin(), m.end());
    std::sort(v.begin(), v.end());
    w->U64(v.size());
    for (auto& [a, b] : v) {
      w->Str(a);
      w->Str(b);
    }
  };
  save_map(exact_);
  save_map(lower_);
  std::vector<std::pair<std::string, uint32_t>> suf(by_suffix_.begin(), by_suffix_.end());
  std::sort(suf.begin(), suf.end());
  w->U64(suf.size());
  for (auto& [a, b] : suf) {
    w->Str(a);
    w->U32(b);
  }
  std::vector<std::pair<std::string, uint8_t>> kc(keep_case_.begin(), keep_case_.end());
  std::sort(kc.begin(), kc.end());
  w->U64(kc.size());
  for (auto& [a, b] : kc) {
    w->Str(a);
    w->U8(b);
  }
  w->U64(rules_.size());
  for (const Rule& r : rules_) {
    w->U32(r.strip);
    w->Str(r.append);
  }
}

bool Lemmatizer::Load(ByteReader* r) {
  auto load_map = [&](std::unordered_map<std::string, std::string>* m) {
    uint64_t n;
    if (!r->U64(&n) || n > (1u << 26)) return false;
    m->clear();
    m->reserve(n);
    std::string a, b;
    for (uint64_t i = 0; i < n; ++i) {
      if (!r->Str(&a) || !r->Str(&b)) return false;
      (*m)[a] = b;
    }
    return true;
  };
  if (!load_map(&exact_) || !load_map(&lower_)) return false;
  uint64_t n;
  if (!r->U64(&n) || n > (1u << 26)) return false;
  by_suffix_.clear();
  by_suffix_.reserve(n);
  std::string a;
  for (uint64_t i = 0; i < n; ++i) {
    uint32_t v;
    if (!r->Str(&a) || !r->U32(&v)) return false;
    by_suffix_[a] = v;
  }
  if (!r->U64(&n) || n > (1u << 20)) return false;
  keep_case_.clear();
  for (uint64_t i = 0; i < n; ++i) {
    uint8_t v;
    if (!r->Str(&a) || !r->U8(&v)) return false;
    keep_case_[a] = v;
  }
  if (!r->U64(&n) || n > (1u << 24)) return false;
  rules_.resize(n);
  for (uint64_t i = 0; i < n; ++i)
    if (!r->U32(&rules_[i].strip) || !r->Str(&rules_[i].append)) return false;
  for (auto& [k, v] : by_suffix_)
    if (v >= rules_.size()) return false;
  IndexLemmas();
  return true;
}

}  // namespace dyad::parse
