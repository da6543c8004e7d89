// dyad tokenize: sentence splitting and tokenization of documents, and
// evaluation of the segmenter on the raw text of a UD treebank.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "text/align.h"
#include "text/conllu.h"
#include "text/reader.h"
#include "text/segment.h"

namespace dyad::cli {
namespace {

struct TokenizeArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string input_format = "auto";
  bool split_lines = false;
  bool title_first_line = false;
  bool no_newline_boundary = false;
  std::string date;
  std::string rejects;
  size_t max_doc_bytes = ReadOptions().max_document_bytes;
  std::string eval_ud;
  bool json = false;
  double min_token_f1 = 0, min_sentence_f1 = 0;
};

void PrintDocument(const Document& doc, const std::string& format, std::string* out) {
  if (format == "conllu") {
    out->append("# newdoc id = ").append(doc.id).append("\n");
    if (!doc.date.empty()) out->append("# date = ").append(doc.date).append("\n");
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      out->append("# sent_id = ").append(doc.id).append("-").append(std::to_string(i + 1)).append("\n");
      out->append("# text = ");
      for (char c : s.text) out->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
      out->append("\n");
      for (size_t k = 0; k < s.tokens.size(); ++k) {
        const Token& t = s.tokens[k];
        fmt::format_to(std::back_inserter(*out), "{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}TokenRange={}:{}\n", k + 1,
                       t.form, t.space_after ? "" : "SpaceAfter=No|", t.begin, t.end);
      }
      out->append("\n");
    }
    return;
  }
  for (const Sentence& s : doc.sentences) {
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      if (k) out->push_back(' ');
      out->append(s.tokens[k].form);
    }
    out->push_back('\n');
  }
}

int RunEval(const TokenizeArgs& a) {
  auto raw = ReconstructUdRawText(a.eval_ud);
  if (!raw.ok()) {
    std::fprintf(stderr, "dyad tokenize: %s\n", raw.status().ToString().c_str());
    return 1;
  }
  Document doc;
  doc.id = a.eval_ud;
  doc.text = raw->text;
  SegmentOptions opt;
  opt.newline_is_boundary = !a.no_newline_boundary;
  auto t0 = std::chrono::steady_clock::now();
  Segment(&doc, opt);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<std::vector<std::string>> sys;
  sys.reserve(doc.sentences.size());
  size_t ntok = 0;
  for (const Sentence& s : doc.sentences) {
    std::vector<std::string> v;
    v.reserve(s.tokens.size());
    for (const Token& t : s.tokens) v.push_back(t.form);
    ntok += v.size();
    sys.push_back(std::move(v));
  }
  SegmentationScore sc = ScoreSegmentation(raw->gold_sentences, sys);
  if (a.json) {
    nlohmann::json j = {{"file", a.eval_ud},
                        {"tokens_f1", sc.token_f1},
                        {"tokens_precision", sc.token_p},
                        {"tokens_recall", sc.token_r},
                        {"sentences_f1", sc.sentence_f1},
                        {"sentences_precision", sc.sentence_p},
                        {"sentences_recall", sc.sentence_r},
                        {"gold_tokens", sc.gold_tokens},
                        {"system_tokens", sc.system_tokens},
                        {"matched_tokens", sc.matched_tokens},
                        {"gold_sentences", sc.gold_sentences},
                        {"system_sentences", sc.system_sentences},
                        {"matched_sentences", sc.matched_sentences},
                        {"tokens_per_second", secs > 0 ? ntok / secs : 0.0}};
    std::printf("%s\n", j.dump().c_str());
  } else {
    std::printf("%s\n", a.eval_ud.c_str());
    std::printf("  tokens:    P %6.2f  R %6.2f  F1 %6.2f   (gold %d, system %d, matched %d)\n", sc.token_p,
                sc.token_r, sc.token_f1, sc.gold_tokens, sc.system_tokens, sc.matched_tokens);
    std::printf("  sentences: P %6.2f  R %6.2f  F1 %6.2f   (gold %d, system %d, matched %d)\n", sc.sentence_p,
                sc.sentence_r, sc.sentence_f1, sc.gold_sentences, sc.system_sentences, sc.matched_sentences);
  }
  if (sc.token_f1 < a.min_token_f1 || sc.sentence_f1 < a.min_sentence_f1) {
    std::fprintf(stderr, "dyad tokenize: below threshold (tokens F1 %.2f < %.2f or sentences F1 %.2f < %.2f)\n",
                 sc.token_f1, a.min_token_f1, sc.sentence_f1, a.min_sentence_f1);
    return 1;
  }
  return 0;
}

int RunTokenize(const TokenizeArgs& a) {
  ReadOptions ro;
  if (a.split_lines) ro.format = InputFormat::kLines;
  else if (a.input_format == "text") ro.format = InputFormat::kText;
  else if (a.input_format == "lines") ro.format = InputFormat::kLines;
  else if (a.input_format == "jsonl") ro.format = InputFormat::kJsonl;
  else if (a.input_format == "petrarch" || a.input_format == "xml") ro.format = InputFormat::kPetrarchXml;
  else if (a.input_format == "reuters") ro.format = InputFormat::kReutersSgml;
  ro.title_first_line = a.title_first_line;
  ro.max_document_bytes = a.max_doc_bytes;
  if (!a.date.empty()) {
    ro.default_date = NormalizeDate(a.date);
    if (ro.default_date.empty()) {
      std::fprintf(stderr, "dyad tokenize: --date '%s' is not YYYY-MM-DD or YYYYMMDD\n", a.date.c_str());
      return 2;
    }
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> rejects(nullptr, std::fclose);
  if (!a.rejects.empty()) {
    rejects.reset(std::fopen(a.rejects.c_str(), "wb"));
    if (!rejects) {
      std::fprintf(stderr, "dyad tokenize: cannot write rejects file %s\n", a.rejects.c_str());
      return 1;
    }
  }
  SegmentOptions so;
  so.newline_is_boundary = !a.no_newline_boundary;
  std::vector<std::string> files = a.files;
  if (files.empty()) files.push_back("-");
  int status = 0;
  size_t ndocs = 0, nrejects = 0, nsent = 0, ntok = 0;
  std::string out;
  // Progress on a terminal only (quiet when stderr is piped).
  const bool progress = isatty(fileno(stderr));
  const auto start = std::chrono::steady_clock::now();
  auto last_report = start;
  auto report = [&](bool final) {
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_report < std::chrono::milliseconds(500)) return;
    last_report = now;
    double secs = std::chrono::duration<double>(now - start).count();
    std::fprintf(stderr, "\r%zu documents, %zu sentences, %zu tokens (%.0f tokens/s)%s", ndocs, nsent, ntok,
                 secs > 0 ? ntok / secs : 0.0, final ? "\n" : "");
  };
  for (const std::string& f : files) {
    auto reader = DocumentReader::Open(f, ro);
    if (!reader.ok()) {
      std::fprintf(stderr, "dyad tokenize: %s\n", reader.status().ToString().c_str());
      status = 1;
      continue;
    }
    Document doc;
    Reject rej;
    while (true) {
      auto r = (*reader)->Next(&doc, &rej);
      if (r == DocumentReader::Result::kEnd) break;
      if (r == DocumentReader::Result::kReject) {
        ++nrejects;
        std::string what = rej.origin;
        if (!rej.id.empty() && rej.id != rej.origin) what += " (id " + rej.id + ")";
        std::fprintf(stderr, "dyad tokenize: rejected %s: %s\n", what.c_str(), rej.reason.c_str());
        if (rejects) {
          std::string line = RejectJsonLine(rej) + "\n";
          std::fwrite(line.data(), 1, line.size(), rejects.get());
        }
        continue;
      }
      ++ndocs;
      for (const std::string& w : doc.warnings) std::fprintf(stderr, "dyad tokenize: warning: %s\n", w.c_str());
      Segment(&doc, so);
      nsent += doc.sentences.size();
      for (const Sentence& s : doc.sentences) ntok += s.tokens.size();
      PrintDocument(doc, a.format, &out);
      if (progress) report(false);
      if (out.size() > (1 << 16)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (progress) report(true);
  if (nrejects) std::fprintf(stderr, "dyad tokenize: %zu documents, %zu rejected\n", ndocs, nrejects);
  return status;
}

}  // namespace

void AddTokenizeCommand(CLI::App& app) {
  auto a = std::make_shared<TokenizeArgs>();
  auto* cmd = app.add_subcommand(
      "tokenize", "Split documents into sentences and UD-style tokens (one sentence per line, or CoNLL-U)");
  cmd->add_option("files", a->files,
                  "Input files (plain text, JSON lines, PETRARCH XML, Reuters-21578 SGML; gzip ok; '-' = stdin)");
  cmd->add_option("--format", a->format, "Output: text (one sentence per line) or conllu")
      ->check(CLI::IsMember({"text", "conllu"}));
  cmd->add_option("--input-format", a->input_format, "Input: auto, text, lines, jsonl, petrarch, reuters (SGML)")
      ->check(CLI::IsMember({"auto", "text", "lines", "jsonl", "petrarch", "xml", "reuters"}));
  cmd->add_flag("--split-lines", a->split_lines, "Every non-empty line is a document");
  cmd->add_flag("--title-first-line", a->title_first_line, "Plain text: the first line is the title");
  cmd->add_flag("--no-newline-boundary", a->no_newline_boundary,
                "A single line break does not end a sentence (hard-wrapped text); empty lines still do");
  cmd->add_option("--date", a->date, "Date for documents without one (YYYY-MM-DD or YYYYMMDD)");
  cmd->add_option("--rejects", a->rejects, "Write rejected records to this file (JSON lines)");
  cmd->add_option("--max-doc-bytes", a->max_doc_bytes, "Reject documents with more text than this (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--eval-ud", a->eval_ud,
                  "Evaluate on the raw text of a CoNLL-U file: token and sentence F1 (CoNLL 2018 style)");
  cmd->add_flag("--json", a->json, "With --eval-ud: print one JSON object");
  cmd->add_option("--min-token-f1", a->min_token_f1, "With --eval-ud: exit 1 when token F1 is below this");
  cmd->add_option("--min-sentence-f1", a->min_sentence_f1, "With --eval-ud: exit 1 when sentence F1 is below this");
  cmd->callback([a] { SetExitCode(a->eval_ud.empty() ? RunTokenize(*a) : RunEval(*a)); });
}

}  // namespace dyad::cli
