#include "parse/clusters.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "parse/hashing.h"
#include "parse/perceptron.h"

namespace dyad::parse {

namespace {

bool IsPunct(unsigned char c) {
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '"': case '(': case ')':
    case '[': case ']': case '{': case '}': case '/': case '*': case '|': case '$': case '%':
      return true;
    default:
      return false;
  }
}

// Splits a whitespace-free chunk into EWT-like tokens.
void EmitWord(std::string_view w, const std::function<void(std::string_view)>& emit) {
  while (!w.empty() && (w.front() == '\'' || w.front() == '`' || w.front() == '-')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == '\'' || w.back() == '`' || w.back() == '-')) w.remove_suffix(1);
  if (w.empty()) return;
  if (w.size() > 3 && w.substr(w.size() - 3) == "n't") {
    emit(w.substr(0, w.size() - 3));
    emit("n't");
    return;
  }
  size_t ap = w.rfind('\'');
  if (ap != std::string_view::npos && ap > 0) {
    std::string_view tail = w.substr(ap);
    if (tail == "'s" || tail == "'re" || tail == "'ve" || tail == "'ll" || tail == "'d" || tail == "'m") {
      emit(w.substr(0, ap));
      emit(tail);
      return;
    }
  }
  emit(w);
}

// Tokenizes `text`, skipping <tags> and &entities;. `newline` (optional) is
// called at every line break.
void Tokenize(std::string_view text, const std::function<void(std::string_view)>& emit,
              const std::function<void()>& newline = nullptr) {
  size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = text[i];
    if (c == '<') {
      size_t e = text.substr(i, 200).find('>');
      if (e != std::string_view::npos) {
        i += e + 1;
        continue;
      }
    }
    if (c == '&') {
      size_t e = text.substr(i, 10).find(';');
      if (e != std::string_view::npos) {
        e += i;
        i = e + 1;
        continue;
      }
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (c == '\n' && newline) newline();
      ++i;
      continue;
    }
    if (IsPunct(c)) {
      emit(text.substr(i, 1));
      ++i;
      continue;
    }
    size_t j = i + 1;  // text[i] starts a word (it may be an unmatched '<' or '&')
    while (j < n) {
      unsigned char d = text[j];
      if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '<' || d == '&') break;
      if (IsPunct(d) && !(d == '.' && j + 1 < n && text[j + 1] != ' ' && text[j + 1] != '\n' && j > i)) break;
      ++j;
    }
    EmitWord(text.substr(i, j - i), emit);
    i = j;
  }
}

StatusOr<std::string> ReadAll(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (!f) return Status::IoError(path + ": cannot open");
  std::string out;
  char buf[1 << 16];
  int got;
  while ((got = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, got);
  bool bad = got < 0;
  gzclose(f);
  if (bad) return Status::IoError(path + ": read or decompression error");
  return out;
}

}  // namespace

uint32_t WordClusters::CaseClass(std::string_view form) const {
  return case_.empty() ? 0 : CaseClassOfLower(Lower(form));
}

uint32_t WordClusters::CaseClassOfLower(std::string_view lower) const {
  if (case_.empty()) return 0;
  auto it = case_.find(HashStr(lower));
  return it == case_.end() ? 0 : it->second;
}

void WordClusters::SaveCase(ByteWriter* w) const {
  std::vector<std::pair<uint64_t, uint64_t>> v(case_.begin(), case_.end());
  std::sort(v.begin(), v.end());
  w->Vec(v);
}

bool WordClusters::LoadCase(ByteReader* r) {
  std::vector<std::pair<uint64_t, uint64_t>> v;
  if (!r->Vec(&v)) return false;
  case_.clear();
  case_.reserve(v.size());
  for (auto& [k, c] : v) {
    if (c == 0 || c > 255) return false;
    case_[k] = static_cast<uint32_t>(c);
  }
  return true;
}

uint32_t WordClusters::Get(std::string_view form) const {
  return map_.empty() ? 0 : Get(form, Lower(form));
}

uint32_t WordClusters::Get(std::string_view form, std::string_view lower) const {
  if (map_.empty()) return 0;
  auto it = map_.find(HashStr(form));
  if (it != map_.end()) return it->second;
  if (lower == form) return 0;
  it = map_.find(HashStr(lower));
  return it == map_.end() ? 0 : it->second;
}

void WordClusters::Save(ByteWriter* w) const {
  std::vector<std::pair<uint64_t, uint64_t>> v(map_.begin(), map_.end());
  std::sort(v.begin(), v.end());
  w->Vec(v);
}

bool WordClusters::Load(ByteReader* r) {
  std::vector<std::pair<uint64_t, uint64_t>> v;
  if (!r->Vec(&v)) return false;
  map_.clear();
  map_.reserve(v.size());
  for (auto& [k, c] : v) {
    if (c > 0xffffffffULL) return false;
    map_[k] = static_cast<uint32_t>(c);
  }
  return true;
}

StatusOr<WordClusters> WordClusters::Build(const std::vector<std::string>& files,
                                           const std::vector<const ConlluSentence*>& extra,
                                           const ClusterOptions& opt, size_t* tokens_read) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint64_t> counts;
  std::vector<uint32_t> stream;
  const uint32_t kBreak = 0xffffffffu;
  // Case statistics: per word id, occurrences in a position where case says
  // something (not first in a line, sentence or quote) and how many of them
  // were capitalised.
  std::vector<uint32_t> case_seen, case_cap;
  bool line_start = true, after_break = true, count_case = true;
  auto add = [&](std::string_view w) {
    if (w.empty() || w.size() > 40) return;
    auto [it, fresh] = ids.try_emplace(std::string(w), static_cast<uint32_t>(words.size()));
    if (fresh) {
      words.emplace_back(w);
      counts.push_back(0);
      case_seen.push_back(0);
      case_cap.push_back(0);
    }
    counts[it->second]++;
    bool initial = line_start || after_break;
    line_start = false;
    after_break = w == "." || w == "!" || w == "?" || w == ":" || w == "\"" || w == "'" || w == "(" || w == "[" ||
                  w == "-" || w == "--" || w == ";" || w == "|" || w == "``" || w == "''";
    unsigned char c0 = static_cast<unsigned char>(w[0]);
    bool all_caps = w.size() > 1;
    for (unsigned char c : w)
      if (c >= 'a' && c <= 'z') all_caps = false;
    if (count_case && !initial && !all_caps && ((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z'))) {
      case_seen[it->second]++;
      if (c0 <= 'Z') case_cap[it->second]++;
    }
    stream.push_back(it->second);
  };
  auto newline = [&] { line_start = true; };
  for (const auto& path : files) {
    auto text = ReadAll(path);
    if (!text.ok()) return text.status();
    line_start = after_break = true;
    Tokenize(text.value(), add, newline);
    stream.push_back(kBreak);
  }
  // The treebank's words are not counted for case: a training word's case
  // class would then reflect its own (labelled) occurrences, unlike a word
  // met at run time.
  count_case = false;
  for (const auto* s : extra) {
    line_start = after_break = true;
    for (const auto& t : s->tokens) add(t.form);
    stream.push_back(kBreak);
  }
  WordClusters out;
  {
    // Case classes of lowercase forms seen >= case_min_count times where
    // case is informative: share of capitalised occurrences (7 bands) x
    // count (3 bands), numbered from 1.
    std::unordered_map<std::string, std::pair<uint64_t, uint64_t>> by_lower;
    for (size_t id = 0; id < words.size(); ++id) {
      if (case_seen[id] == 0) continue;
      auto& e = by_lower[Lower(words[id])];
      e.first += case_seen[id];
      e.second += case_cap[id];
    }
    for (const auto& [low, e] : by_lower) {
      if (opt.case_min_count <= 0 || e.first < static_cast<uint64_t>(opt.case_min_count)) continue;
      double r = static_cast<double>(e.second) / static_cast<double>(e.first);
      uint32_t band = r < 0.02 ? 0 : r < 0.1 ? 1 : r < 0.35 ? 2 : r < 0.65 ? 3 : r < 0.9 ? 4 : r < 0.98 ? 5 : 6;
      uint32_t conf = e.first < 10 ? 0 : e.first < 100 ? 1 : 2;
      out.case_[HashStr(low)] = 1 + band * 3 + conf;
    }
  }
  if (tokens_read) *tokens_read = stream.size();
  // Rank words by frequency (ties by form, for determinism).
  std::vector<uint32_t> order(words.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
  });
  std::vector<uint32_t> rank(words.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  const uint32_t C = static_cast<uint32_t>(opt.context_words);
  const uint32_t D = 2 * (C + 2);  // left/right x (C words, other, boundary)
  size_t V = 0;
  while (V < order.size() && V < opt.max_words && counts[order[V]] >= static_cast<uint64_t>(opt.min_count)) ++V;
  if (V < static_cast<size_t>(opt.fine) * 2) {  // too little text: no clusters
    out.case_.clear();
    return out;
  }
  auto ctx = [&](uint32_t id) -> uint32_t { return id == kBreak ? C + 1 : std::min(rank[id], C); };
  // (word rank, dim) pairs, counted by sorting.
  std::vector<uint64_t> pairs;
  pairs.reserve(stream.size() * 2);
  for (size_t i = 0; i < stream.size(); ++i) {
    uint32_t id = stream[i];
    if (id == kBreak || rank[id] >= V) continue;
    uint32_t l = i > 0 ? ctx(stream[i - 1]) : C + 1;
    uint32_t r = i + 1 < stream.size() ? ctx(stream[i + 1]) : C + 1;
    pairs.push_back(static_cast<uint64_t>(rank[id]) << 32 | l);
    pairs.push_back(static_cast<uint64_t>(rank[id]) << 32 | (C + 2 + r));
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<size_t> start(V + 1, 0);
  std::vector<uint32_t> dim;
  std::vector<float> val;
  {
    size_t i = 0;
    for (uint32_t w = 0; w < V; ++w) {
      start[w] = dim.size();
      uint64_t total = 0;
      size_t b = i;
      while (i < pairs.size() && (pairs[i] >> 32) == w) ++i;
      total = i - b;
      for (size_t k = b; k < i;) {
        size_t e = k;
        while (e < i && pairs[e] == pairs[k]) ++e;
        dim.push_back(static_cast<uint32_t>(pairs[k] & 0xffffffffu));
        val.push_back(static_cast<float>(std::sqrt(static_cast<double>(e - k) / static_cast<double>(total))));
        k = e;
      }
    }
    start[V] = dim.size();
  }
  pairs.clear();
  pairs.shrink_to_fit();

  // Spherical k-means; centroids stored dim-major (D x K).
  auto kmeans = [&](int K, uint64_t seed) {
    std::vector<float> cent(static_cast<size_t>(D) * K, 0.0f);
    std::vector<uint16_t> assign(V, 0);
    Rng rng(seed);
    size_t pool = std::min<size_t>(V, 20 * static_cast<size_t>(K));
    std::vector<uint32_t> cand(pool);
    for (uint32_t i = 0; i < pool; ++i) cand[i] = i;
    rng.Shuffle(&cand);
    for (int k = 0; k < K; ++k)
      for (size_t j = start[cand[k]]; j < start[cand[k] + 1]; ++j) cent[static_cast<size_t>(dim[j]) * K + k] = val[j];
    std::vector<float> score(K);
    std::vector<int> size(K);
    for (int it = 0; it < opt.iterations; ++it) {
      for (size_t w = 0; w < V; ++w) {
        std::fill(score.begin(), score.end(), 0.0f);
        for (size_t j = start[w]; j < start[w + 1]; ++j) {
          const float* row = &cent[static_cast<size_t>(dim[j]) * K];
          float v = val[j];
          for (int k = 0; k < K; ++k) score[k] += v * row[k];
        }
        assign[w] = static_cast<uint16_t>(std::max_element(score.begin(), score.end()) - score.begin());
      }
      std::fill(cent.begin(), cent.end(), 0.0f);
      std::fill(size.begin(), size.end(), 0);
      for (size_t w = 0; w < V; ++w) {
        size[assign[w]]++;
        for (size_t j = start[w]; j < start[w + 1]; ++j) cent[static_cast<size_t>(dim[j]) * K + assign[w]] += val[j];
      }
      std::vector<double> norm(K, 0.0);
      for (uint32_t d = 0; d < D; ++d)
        for (int k = 0; k < K; ++k) norm[k] += static_cast<double>(cent[static_cast<size_t>(d) * K + k]) * cent[static_cast<size_t>(d) * K + k];
      for (int k = 0; k < K; ++k) {
        if (size[k] == 0) {  // empty: reseed from a random word
          uint32_t w = static_cast<uint32_t>(rng.Next() % V);
          for (size_t j = start[w]; j < start[w + 1]; ++j) cent[static_cast<size_t>(dim[j]) * K + k] = val[j];
          continue;
        }
        float inv = norm[k] > 0 ? static_cast<float>(1.0 / std::sqrt(norm[k])) : 0.0f;
        for (uint32_t d = 0; d < D; ++d) cent[static_cast<size_t>(d) * K + k] *= inv;
      }
    }
    return assign;
  };
  std::vector<uint16_t> fine = kmeans(opt.fine, opt.seed);
  std::vector<uint16_t> coarse = kmeans(opt.coarse, opt.seed + 1);
  out.map_.reserve(V);
  for (size_t w = 0; w < V; ++w)
    out.map_[HashStr(words[order[w]])] = (static_cast<uint32_t>(fine[w]) + 1) | (static_cast<uint32_t>(coarse[w]) + 1) << 16;
  return out;
}

}  // namespace dyad::parse
