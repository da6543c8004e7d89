// End-to-end pipeline benchmarks (docs/PERFORMANCE.md, "End to end"):
//   BM_Pipeline/<corpus>: read JSON lines -> segment, tag, parse -> code ->
//     write SQLite, single thread; items = sentences.
//   BM_StoreWrite: the SQLite writer alone (documents, sentences + FTS, events).
//   BM_StoreWriteWikinews: the writer alone on the segmented Wikinews articles
//     (real sentences for the full-text index; no events).
// Corpora: the bundled demo corpus, and Wikinews (../shared) when present.
// The whole-corpus, multi-threaded run of the `dyad code` binary is
// scripts/bench-code.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "code/coder.h"
#include "parse/annotator.h"
#include "store/store.h"
#include "text/reader.h"
#include "text/segment.h"

namespace {

namespace fs = std::filesystem;

std::vector<dyad::Document> ReadAll(const std::string& path) {
  std::vector<dyad::Document> docs;
  auto r = dyad::DocumentReader::Open(path, {});
  if (!r.ok()) return docs;
  dyad::Document d;
  dyad::Reject rej;
  for (;;) {
    auto res = (*r)->Next(&d, &rej);
    if (res == dyad::DocumentReader::Result::kEnd) break;
    if (res == dyad::DocumentReader::Result::kDocument) docs.push_back(d);
    d = dyad::Document();
  }
  return docs;
}

// Wikinews CSV -> JSON lines in a scratch file (read at run time, never committed).
std::string WikinewsJsonl() {
  std::string out = (fs::temp_directory_path() / ("dyad_bench_wikinews_" + std::to_string(getpid()) + ".jsonl")).string();
  if (fs::exists(out)) return out;
  std::ofstream o(out);
  int n = 0;
  for (const char* year : {"2019", "2020"}) {
    std::ifstream in(std::string(DYAD_SHARED_DIR) + "/data/corpora/wikinews_vanatteveldt/wikinews_" + year + ".csv");
    if (!in) continue;
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Minimal RFC 4180 CSV: url,date,title,text.
    std::vector<std::string> row(1);
    bool quoted = false, header = true;
    for (size_t i = 0; i < content.size(); ++i) {
      char c = content[i];
      if (quoted) {
        if (c == '"' && i + 1 < content.size() && content[i + 1] == '"') {
          row.back() += '"';
          ++i;
        } else if (c == '"') {
          quoted = false;
        } else {
          row.back() += c;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.emplace_back();
      } else if (c == '\n') {
        if (!header && row.size() == 4)
          o << nlohmann::json{{"id", "wikinews-" + std::to_string(n++)}, {"url", row[0]}, {"date", row[1]},
                              {"title", row[2]}, {"text", row[3]}}
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        header = false;
        row.assign(1, "");
      } else if (c != '\r') {
        row.back() += c;
      }
    }
  }
  return out;
}

void RunPipeline(benchmark::State& state, const std::string& path) {
  auto docs = ReadAll(path);
  if (docs.empty()) {
    state.SkipWithError(("no documents in " + path).c_str());
    return;
  }
  auto ann = dyad::Annotator::Load(dyad::Annotator::DefaultModelPath());
  dyad::Annotator annotator = ann.ok() ? *ann : dyad::Annotator();
  if (!ann.ok()) state.SetLabel("no parser model: segmentation only");
  auto coder = dyad::Coder::Load({});
  if (!coder.ok()) {
    state.SkipWithError(coder.status().message().c_str());
    return;
  }
  std::string db = (fs::temp_directory_path() / ("dyad_bench_" + std::to_string(getpid()) + ".sqlite")).string();
  int64_t sentences = 0, events = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove(db);
    fs::remove(db + "-wal");
    fs::remove(db + "-shm");
    auto store = dyad::Store::Open(db);
    if (!store.ok()) {
      state.SkipWithError(store.status().message().c_str());
      return;
    }
    std::vector<dyad::Document> batch = docs;
    state.ResumeTiming();
    (*store)->Begin();
    for (auto& d : batch) {
      annotator.Annotate(&d);
      auto ev = coder->Code(d);
      (*store)->PutDocument(d, ev);
      sentences += static_cast<int64_t>(d.sentences.size());
      events += static_cast<int64_t>(ev.size());
    }
    (*store)->Commit();
  }
  fs::remove(db);
  fs::remove(db + "-wal");
  fs::remove(db + "-shm");
  state.SetItemsProcessed(sentences);
  state.counters["events"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kAvgIterations);
}

void BM_PipelineDemo(benchmark::State& state) { RunPipeline(state, std::string(DYAD_SOURCE_DIR) + "/data/demo/news.jsonl"); }
BENCHMARK(BM_PipelineDemo)->Unit(benchmark::kMillisecond);

void BM_PipelineWikinews(benchmark::State& state) { RunPipeline(state, WikinewsJsonl()); }
BENCHMARK(BM_PipelineWikinews)->Unit(benchmark::kMillisecond)->Iterations(1);

// Times writing `docs` (with events[i] for docs[i]) into a fresh store, in
// transactions of 500 documents; the store file is removed around each run.
void TimeStoreWrites(benchmark::State& state, const std::string& prefix, const std::vector<dyad::Document>& docs,
                     const std::vector<std::vector<dyad::Event>>& events) {
  std::string db = (fs::temp_directory_path() / (prefix + std::to_string(getpid()) + ".sqlite")).string();
  auto remove_db = [&] {
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext);
  };
  for (auto _ : state) {
    state.PauseTiming();
    remove_db();
    auto store = dyad::Store::Open(db);
    state.ResumeTiming();
    for (size_t i = 0; i < docs.size(); ++i) {
      if (i % 500 == 0) (*store)->Begin();
      (*store)->PutDocument(docs[i], events[i]);
      if (i % 500 == 499 || i + 1 == docs.size()) (*store)->Commit();
    }
  }
  remove_db();
}

void BM_StoreWrite(benchmark::State& state) {
  // 1,000 documents of 10 sentences and 3 events each.
  std::vector<dyad::Document> docs(1000);
  std::vector<std::vector<dyad::Event>> events(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    auto& d = docs[i];
    d.id = "doc" + std::to_string(i);
    d.date = "2020-01-01";
    for (int k = 0; k < 10; ++k) {
      dyad::Sentence s;
      s.begin = static_cast<uint32_t>(d.text.size());
      s.text = "South Korea and Russia agreed on sentence " + std::to_string(k) + " of document " + d.id + ".";
      d.text += s.text + " ";
      s.end = s.begin + static_cast<uint32_t>(s.text.size());
      d.sentences.push_back(s);
    }
    for (int k = 0; k < 3; ++k) {
      dyad::Event e;
      e.doc_id = d.id;
      e.sentence = k;
      e.date = d.date;
      e.source = "KORGOV";
      e.target = "RUS";
      e.code = "03" + std::to_string(k);
      e.quad_class = 1;
      e.goldstein = 4;
      events[i].push_back(e);
    }
  }
  TimeStoreWrites(state, "dyad_bench_store_", docs, events);
  state.SetItemsProcessed(state.iterations() * 10000);  // sentences
}
BENCHMARK(BM_StoreWrite)->Unit(benchmark::kMillisecond);

void BM_StoreWriteWikinews(benchmark::State& state) {
  auto docs = ReadAll(WikinewsJsonl());
  if (docs.empty()) {
    state.SkipWithError("Wikinews not found under ../shared");
    return;
  }
  int64_t sentences = 0;
  for (auto& d : docs) {
    dyad::Segment(&d);
    sentences += static_cast<int64_t>(d.sentences.size());
  }
  TimeStoreWrites(state, "dyad_bench_store_wn_", docs, std::vector<std::vector<dyad::Event>>(docs.size()));
  state.SetItemsProcessed(state.iterations() * sentences);
}
BENCHMARK(BM_StoreWriteWikinews)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
