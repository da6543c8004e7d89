// Segmentation throughput (sentence splitting + tokenization), tokens/s:
//  - BM_SegmentEwtRaw: the raw text of UD English EWT test (CoNLL 2018 style reconstruction);
//  - BM_SegmentWikinews: the 295 Wikinews articles (../shared/data/corpora/wikinews_vanatteveldt),
//    one Document per article as the readers produce them.
// Run: build/bench_segment  (skips a corpus that is not there).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/align.h"
#include "text/segment.h"

namespace {

std::string Shared(const std::string& rel) { return std::string(DYAD_SHARED_DIR) + "/" + rel; }

// Minimal RFC 4180 CSV: quoted fields with "" escapes and embedded newlines.
std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

void Run(benchmark::State& state, const std::vector<std::string>& texts) {
  if (texts.empty()) {
    state.SkipWithError("corpus not found under ../shared");
    return;
  }
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      dyad::Document d;
      d.text = t;
      dyad::Segment(&d);
      for (const auto& s : d.sentences) tokens += s.tokens.size();
      bytes += t.size();
      benchmark::DoNotOptimize(d.sentences.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_SegmentEwtRaw(benchmark::State& state) {
  static std::vector<std::string> texts = [] {
    std::vector<std::string> v;
    auto raw = dyad::ReconstructUdRawText(Shared("data/ud/EWT/en_ewt-ud-test.conllu"));
    if (raw.ok()) v.push_back(raw->text);
    return v;
  }();
  Run(state, texts);
}
BENCHMARK(BM_SegmentEwtRaw)->Unit(benchmark::kMillisecond);

void BM_SegmentWikinews(benchmark::State& state) {
  static std::vector<std::string> texts = [] {
    std::vector<std::string> v;
    for (const char* f : {"wikinews_2019.csv", "wikinews_2020.csv"}) {
      auto rows = ReadCsv(Shared(std::string("data/corpora/wikinews_vanatteveldt/") + f));
      for (size_t i = 1; i < rows.size(); ++i)  // header: url,date,title,text
        if (rows[i].size() >= 4) v.push_back(rows[i][3]);
    }
    return v;
  }();
  Run(state, texts);
}
BENCHMARK(BM_SegmentWikinews)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
