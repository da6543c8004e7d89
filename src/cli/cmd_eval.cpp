#include <chrono>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "parse/annotator.h"
#include "parse/eval.h"

namespace dyad::cli {

void AddEvalCommand(CLI::App& app) {
  auto* eval = app.add_subcommand("eval", "Evaluate against gold data");
  eval->require_subcommand(1);
  auto* parse = eval->add_subcommand("parse", "Evaluate tagging, lemmas and parsing against a gold CoNLL-U file");
  struct Opts {
    std::string gold, model;
    bool raw = false, json = false;
    int threads = 1;
    int beam = 0;
    double min_upos = 0, min_las = 0;
  };
  auto o = std::make_shared<Opts>();
  parse->add_option("--gold", o->gold, "Gold CoNLL-U file")->required();
  parse->add_option("--model", o->model, "Model file (default: the shipped model)");
  parse->add_flag("--raw", o->raw, "Start from the raw text (# text) with our segmentation: CoNLL 2018 F1 metrics");
  parse->add_flag("--json", o->json, "Print one JSON object");
  parse->add_option("--threads", o->threads, "Worker threads (gold tokenization)")->capture_default_str();
  parse->add_option("--beam", o->beam, "Parser beam width (0 = the model's own, 1 = greedy)")->capture_default_str();
  parse->add_option("--min-upos", o->min_upos, "Exit with status 1 when UPOS is below this percentage");
  parse->add_option("--min-las", o->min_las, "Exit with status 1 when LAS is below this percentage");
  parse->callback([o] {
    std::string path = o->model.empty() ? Annotator::DefaultModelPath() : o->model;
    // Process CPU time (all threads) as well as wall time: the machine may be shared.
    auto cpu_now = [] {
      timespec ts{};
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
      return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
    };
    double cpu0 = cpu_now();
    auto t0 = std::chrono::steady_clock::now();
    auto a = Annotator::Load(path, o->beam);
    if (!a.ok()) {
      std::fprintf(stderr, "dyad eval parse: %s\n", a.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double load_cpu_s = cpu_now() - cpu0;
    auto gold = ReadConlluFile(o->gold);
    if (!gold.ok()) {
      std::fprintf(stderr, "dyad eval parse: %s\n", gold.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    auto t1 = std::chrono::steady_clock::now();
    double cpu1 = cpu_now();
    parse::ParseCounts c;
    if (o->raw) {
      auto r = parse::EvaluateRaw(a.value(), o->gold, gold.value());
      if (!r.ok()) {
        std::fprintf(stderr, "dyad eval parse: %s\n", r.status().ToString().c_str());
        SetExitCode(1);
        return;
      }
      c = r.value();
    } else {
      c = parse::EvaluateGoldTokenization(a.value(), gold.value(), o->threads);
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    double cpu_secs = cpu_now() - cpu1;
    nlohmann::ordered_json j;
    j["gold"] = o->gold;
    j["model"] = path;
    j["mode"] = o->raw ? "raw" : "gold-tokenization";
    j["sentences"] = gold.value().size();
    j["words"] = c.gold_words;
    if (o->raw) {
      // CoNLL 2018: F1 over aligned words; tokens = words here (no multi-word tokens produced).
      j["tokens"] = parse::F1(c.aligned, c.gold_words, c.sys_words);
      j["words_f1"] = parse::F1(c.aligned, c.gold_words, c.sys_words);
      j["sentences_f1"] = parse::F1(c.matched_sents, c.gold_sents, c.sys_sents);
      j["upos"] = parse::F1(c.upos, c.gold_words, c.sys_words);
      j["xpos"] = parse::F1(c.xpos, c.gold_words, c.sys_words);
      j["lemma"] = parse::F1(c.lemma, c.gold_words, c.sys_words);
      j["uas"] = parse::F1(c.uas, c.gold_words, c.sys_words);
      j["las"] = parse::F1(c.las, c.gold_words, c.sys_words);
      j["las_full"] = parse::F1(c.las_full, c.gold_words, c.sys_words);
      j["system_words"] = c.sys_words;
    } else {
      j["upos"] = parse::Pct(c.upos, c.gold_words);
      j["xpos"] = parse::Pct(c.xpos, c.gold_words);
      j["lemma"] = parse::Pct(c.lemma, c.gold_words);
      j["uas"] = parse::Pct(c.uas, c.gold_words);
      j["las"] = parse::Pct(c.las, c.gold_words);
      j["las_full"] = parse::Pct(c.las_full, c.gold_words);
    }
    j["model_load_seconds"] = load_s;
    j["model_load_cpu_seconds"] = load_cpu_s;
    j["words_per_second"] = secs > 0 ? static_cast<double>(c.gold_words) / secs : 0.0;
    // Annotation CPU time (all threads; tag + lemmatize + parse, and segmentation with --raw).
    j["annotate_cpu_seconds"] = cpu_secs;
    j["words_per_cpu_second"] = cpu_secs > 0 ? static_cast<double>(c.gold_words) / cpu_secs : 0.0;
    if (j["upos"].get<double>() < o->min_upos || j["las"].get<double>() < o->min_las) {
      std::fprintf(stderr, "dyad eval parse: below threshold (UPOS %.2f < %.2f or LAS %.2f < %.2f)\n",
                   j["upos"].get<double>(), o->min_upos, j["las"].get<double>(), o->min_las);
      SetExitCode(1);
    }
    if (o->json) {
      std::printf("%s\n", j.dump().c_str());
      return;
    }
    std::printf("%s (%s, %zu sentences, %zu words)\n", o->gold.c_str(), o->raw ? "raw text" : "gold tokenization",
                gold.value().size(), c.gold_words);
    if (o->raw)
      std::printf("  Tokens %.2f  Sentences %.2f  (F1)\n", j["tokens"].get<double>(), j["sentences_f1"].get<double>());
    std::printf("  UPOS %.2f  XPOS %.2f  Lemma %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f)\n",
                j["upos"].get<double>(), j["xpos"].get<double>(), j["lemma"].get<double>(), j["uas"].get<double>(),
                j["las"].get<double>(), j["las_full"].get<double>());
  });
  AddEvalEventsCommand(eval);
}

}  // namespace dyad::cli
