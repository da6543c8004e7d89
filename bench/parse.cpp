// Parser benchmarks: tag+lemmatize+parse with gold tokenization, the whole
// pipeline from raw text (tokenize+tag+parse), and model load time.
// Inputs: UD EWT dev from ../shared; model: models/en_ewt.dyadmodel.
#include <benchmark/benchmark.h>

#include <atomic>
#include <map>
#include <thread>

#include "parse/annotator.h"
#include "text/align.h"
#include "text/conllu.h"

namespace {

const std::string kDev = std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/en_ewt-ud-dev.conllu";

const dyad::Annotator& Model() {
  static dyad::Annotator* a = [] {
    auto r = dyad::Annotator::Load(dyad::Annotator::DefaultModelPath());
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    return new dyad::Annotator(std::move(r.value()));
  }();
  return *a;
}

const std::vector<dyad::Sentence>& DevSentences() {
  static std::vector<dyad::Sentence>* v = [] {
    auto gold = dyad::ReadConlluFile(kDev);
    auto* out = new std::vector<dyad::Sentence>();
    if (!gold.ok()) return out;
    for (const auto& g : gold.value()) {
      dyad::Sentence s;
      for (const auto& t : g.tokens) {
        dyad::Token k;
        k.form = t.form;
        s.tokens.push_back(k);
      }
      out->push_back(std::move(s));
    }
    return out;
  }();
  return *v;
}

void BM_AnnotateGoldTokens(benchmark::State& state) {
  const auto& a = Model();
  const auto& sents = DevSentences();
  int threads = static_cast<int>(state.range(0));
  size_t words = 0;
  for (auto _ : state) {
    std::vector<dyad::Sentence> work = sents;
    std::atomic<size_t> next{0};
    auto run = [&]() {
      for (size_t i; (i = next++) < work.size();) a.AnnotateSentence(&work[i]);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(run);
    run();
    for (auto& th : pool) th.join();
    for (const auto& s : work) words += s.tokens.size();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnnotateGoldTokens)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Tag+lemmatize+parse with gold tokens, one thread, the parser decoding with
// beam width state.range(0) (a beam-trained model, e.g. DYAD_MODEL=<file>,
// decodes with its own beam in the benchmarks above; this forces a width).
void BM_AnnotateGoldTokensBeam(benchmark::State& state) {
  static std::map<int, dyad::Annotator*> models;
  int k = static_cast<int>(state.range(0));
  if (!models.count(k)) {
    auto r = dyad::Annotator::Load(dyad::Annotator::DefaultModelPath(), k);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    models[k] = new dyad::Annotator(std::move(r.value()));
  }
  const auto& a = *models[k];
  const auto& sents = DevSentences();
  size_t words = 0;
  for (auto _ : state) {
    std::vector<dyad::Sentence> work = sents;
    for (auto& s : work) a.AnnotateSentence(&s);
    for (const auto& s : work) words += s.tokens.size();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnnotateGoldTokensBeam)->Arg(1)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond);

void BM_AnnotateRawText(benchmark::State& state) {
  const auto& a = Model();
  auto raw = dyad::ReconstructUdRawText(kDev);
  if (!raw.ok()) {
    state.SkipWithError(raw.status().ToString().c_str());
    return;
  }
  size_t words = 0;
  for (auto _ : state) {
    dyad::Document d;
    d.text = raw.value().text;
    a.Annotate(&d);
    for (const auto& s : d.sentences) words += s.tokens.size();
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnnotateRawText)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ModelLoad(benchmark::State& state) {
  std::string path = dyad::Annotator::DefaultModelPath();
  for (auto _ : state) {
    auto r = dyad::Annotator::Load(path);
    benchmark::DoNotOptimize(r.ok());
  }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
