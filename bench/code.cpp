// Coding speed: parsed sentences in, events out, with the full Phoenix
// dictionaries (PETRARCH-2 CAMEO.2.0.txt verbs, Phoenix.*.actors.txt,
// Phoenix.agents.txt, Phoenix.discards.txt). Input: the gold parses of UD
// English-EWT test (2,077 sentences), so the figure is the coder alone.
// Also: dictionary load time and the memory the loaded dictionaries take.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "code/coder.h"
#include "text/conllu.h"

namespace {

const std::string kP2 = std::string(DYAD_SHARED_DIR) + "/data/petrarch2/dictionaries/";

dyad::CoderOptions Phoenix() {
  dyad::CoderOptions o;
  o.verbs = {kP2 + "CAMEO.2.0.txt"};
  o.actors = {kP2 + "Phoenix.Countries.actors.txt", kP2 + "Phoenix.International.actors.txt",
              kP2 + "Phoenix.MilNonState.actors.txt"};
  o.agents = {kP2 + "Phoenix.agents.txt"};
  o.discards = {kP2 + "Phoenix.discards.txt"};
  return o;
}

long RssKb() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::vector<dyad::Document> EwtDocs() {
  auto sents = dyad::ReadConlluFile(std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/en_ewt-ud-test.conllu");
  std::vector<dyad::Document> docs;
  if (!sents.ok()) return docs;
  for (auto& cs : *sents) {
    dyad::Document d;
    d.id = cs.sent_id;
    d.date = "2010-06-01";
    dyad::Sentence s;
    s.tokens = cs.tokens;
    for (auto& t : s.tokens) {
      t.begin = static_cast<uint32_t>(d.text.size());
      d.text += t.form;
      t.end = static_cast<uint32_t>(d.text.size());
      d.text += ' ';
    }
    s.end = static_cast<uint32_t>(d.text.size());
    s.text = d.text;
    d.sentences.push_back(std::move(s));
    docs.push_back(std::move(d));
  }
  return docs;
}

void BM_LoadPhoenixDictionaries(benchmark::State& state) {
  long before = RssKb();
  long grew = 0;
  for (auto _ : state) {
    auto c = dyad::Coder::Load(Phoenix());
    if (!c.ok()) {
      state.SkipWithError(c.status().ToString().c_str());
      return;
    }
    grew = std::max(grew, RssKb() - before);
    benchmark::DoNotOptimize(c);
  }
  state.counters["rss_mb"] = static_cast<double>(grew) / 1024.0;
}
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CodeSentences(benchmark::State& state) {
  static auto coder = dyad::Coder::Load(Phoenix());
  static auto docs = EwtDocs();
  if (!coder.ok() || docs.empty()) {
    state.SkipWithError("dictionaries or EWT test parses not found under ../shared");
    return;
  }
  size_t events = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto ev = coder->Code(d);
      events += ev.size();
      benchmark::DoNotOptimize(ev);
    }
    sentences += docs.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/sentence"] = static_cast<double>(events) / static_cast<double>(sentences);
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
