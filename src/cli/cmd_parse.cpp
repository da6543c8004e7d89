// dyad parse: documents (text, JSON lines, PETRARCH XML) or gold-tokenized
// CoNLL-U in, CoNLL-U out (tags, lemmas, UD trees).
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "parse/annotator.h"
#include "text/conllu.h"
#include "text/reader.h"

namespace dyad::cli {
namespace {

// Annotates docs[0..n) with `threads` workers (documents in parallel).
void AnnotateBatch(const Annotator& a, std::vector<Document>* docs, int threads) {
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next++) < docs->size();) a.Annotate(&(*docs)[i]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
}

void WriteDoc(std::ostream& out, const Document& d) {
  out << "# newdoc id = " << d.id << '\n';
  if (!d.date.empty()) out << "# date = " << d.date << '\n';
  for (size_t i = 0; i < d.sentences.size(); ++i) WriteConllu(out, d.sentences[i], d.id + "-" + std::to_string(i + 1));
}

}  // namespace

void AddParseCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("parse", "Tag, lemmatize and parse documents; writes CoNLL-U");
  struct Opts {
    std::vector<std::string> files;
    std::string model, conllu_in, format = "auto", rejects, date;
    bool split_lines = false;
    int threads = 1;
    int beam = 0;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("files", o->files, "Input files (text, .jsonl, PETRARCH .xml); '-' = stdin");
  cmd->add_option("--model", o->model, "Model file (default: $DYAD_MODEL or models/en_ewt.dyadmodel)");
  cmd->add_flag("--split-lines", o->split_lines, "Every non-empty line of a text file is a document");
  cmd->add_option("--format", o->format, "Input format: auto, text, lines, jsonl, xml (PETRARCH), reuters (SGML)")
      ->check(CLI::IsMember({"auto", "text", "lines", "jsonl", "xml", "petrarch", "reuters"}))
      ->capture_default_str();
  cmd->add_option("--rejects", o->rejects, "Write rejected records to this file (JSON lines: origin, id, reason, raw)");
  cmd->add_option("--date", o->date, "Date for documents without one (YYYY-MM-DD or YYYYMMDD; written as # date)");
  cmd->add_option("--threads", o->threads, "Worker threads (documents in parallel)")->capture_default_str();
  cmd->add_option("--conllu-in", o->conllu_in, "Re-parse a gold-tokenized CoNLL-U file (keeps its words)");
  cmd->add_option("--beam", o->beam, "Parser beam width (0 = the model's own, 1 = greedy)")->capture_default_str();
  cmd->callback([o] {
    std::string path = o->model.empty() ? Annotator::DefaultModelPath() : o->model;
    auto a = Annotator::Load(path, o->beam);
    if (!a.ok()) {
      std::fprintf(stderr, "dyad parse: %s\n", a.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    int threads = std::max(1, o->threads);
    std::ios::sync_with_stdio(false);
    std::ostream& out = std::cout;
    bool tty = isatty(fileno(stderr));
    if (!o->conllu_in.empty()) {
      auto gold = ReadConlluFile(o->conllu_in);
      if (!gold.ok()) {
        std::fprintf(stderr, "dyad parse: %s\n", gold.status().ToString().c_str());
        SetExitCode(1);
        return;
      }
      std::vector<Document> docs(gold.value().size());
      for (size_t i = 0; i < docs.size(); ++i) {
        const auto& g = gold.value()[i];
        docs[i].id = g.sent_id.empty() ? std::to_string(i + 1) : g.sent_id;
        docs[i].text = g.text;
        Sentence s;
        s.text = g.text;
        for (const Token& t : g.tokens) {
          Token k;
          k.form = t.form;
          k.space_after = t.space_after;
          s.tokens.push_back(std::move(k));
        }
        docs[i].sentences.push_back(std::move(s));
      }
      AnnotateBatch(a.value(), &docs, threads);
      for (const auto& d : docs) WriteConllu(out, d.sentences[0], d.id);
      out.flush();
      return;
    }
    if (o->files.empty()) o->files.push_back("-");
    ReadOptions ropt;
    if (o->split_lines || o->format == "lines") ropt.format = InputFormat::kLines;
    else if (o->format == "text") ropt.format = InputFormat::kText;
    else if (o->format == "jsonl") ropt.format = InputFormat::kJsonl;
    else if (o->format == "xml" || o->format == "petrarch") ropt.format = InputFormat::kPetrarchXml;
    else if (o->format == "reuters") ropt.format = InputFormat::kReutersSgml;
    if (!o->date.empty()) {
      ropt.default_date = NormalizeDate(o->date);
      if (ropt.default_date.empty()) {
        std::fprintf(stderr, "dyad parse: --date '%s' is not YYYY-MM-DD or YYYYMMDD\n", o->date.c_str());
        SetExitCode(2);
        return;
      }
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> rejects(nullptr, std::fclose);
    if (!o->rejects.empty()) {
      rejects.reset(std::fopen(o->rejects.c_str(), "wb"));
      if (!rejects) {
        std::fprintf(stderr, "dyad parse: cannot write rejects file %s\n", o->rejects.c_str());
        SetExitCode(1);
        return;
      }
    }
    size_t ndocs = 0, nwords = 0, nrejects = 0;
    auto t0 = std::chrono::steady_clock::now();
    const size_t kBatchBytes = 4 << 20, kBatchDocs = 512;
    for (const std::string& file : o->files) {
      auto reader = DocumentReader::Open(file, ropt);
      if (!reader.ok()) {
        std::fprintf(stderr, "dyad parse: %s\n", reader.status().ToString().c_str());
        SetExitCode(1);
        continue;
      }
      bool end = false;
      while (!end) {
        std::vector<Document> batch;
        size_t bytes = 0;
        while (batch.size() < kBatchDocs && bytes < kBatchBytes) {
          Document d;
          Reject r;
          auto res = reader.value()->Next(&d, &r);
          if (res == DocumentReader::Result::kEnd) {
            end = true;
            break;
          }
          if (res == DocumentReader::Result::kReject) {
            ++nrejects;
            std::string what = r.origin;
            if (!r.id.empty() && what.find(r.id) == std::string::npos) what += " (id " + r.id + ")";
            std::fprintf(stderr, "dyad parse: %s: skipped: %s\n", what.c_str(), r.reason.c_str());
            if (rejects) std::fprintf(rejects.get(), "%s\n", RejectJsonLine(r).c_str());
            continue;
          }
          for (const std::string& w : d.warnings) std::fprintf(stderr, "dyad parse: warning: %s\n", w.c_str());
          bytes += d.text.size();
          batch.push_back(std::move(d));
        }
        AnnotateBatch(a.value(), &batch, threads);
        for (const auto& d : batch) {
          WriteDoc(out, d);
          for (const auto& s : d.sentences) nwords += s.tokens.size();
        }
        ndocs += batch.size();
        if (tty) {
          double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
          std::fprintf(stderr, "\r%zu documents, %zu words, %.0f words/s", ndocs, nwords, s > 0 ? nwords / s : 0.0);
        }
      }
    }
    out.flush();
    if (tty) std::fprintf(stderr, "\n");
    if (nrejects)
      std::fprintf(stderr, "dyad parse: %zu record(s) skipped%s%s\n", nrejects, o->rejects.empty() ? "" : "; rejects in ",
                   o->rejects.c_str());
  });
}

}  // namespace dyad::cli
