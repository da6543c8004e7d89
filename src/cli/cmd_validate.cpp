// dyad validate: runs PETRARCH XML validation records or a TABARI validation
// project through the coder and reports exact-match accuracy.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "code/coder.h"
#include "code/validate.h"
#include "parse/annotator.h"
#include "text/conllu.h"

namespace dyad::cli {

namespace {

namespace fs = std::filesystem;

struct ValidateArgs {
  std::string records;
  std::vector<std::string> dict_dirs;
  std::vector<std::string> verbs, actors, agents, discards, issues;
  std::string ontology, cameo, model;
  bool given_parse = false;
  bool strict = false;  // a malformed dictionary line stops the run
  double fail_under = -1;
  std::string tabari, text;
  bool all_categories = false;
  bool explain = false;
  bool quiet = false;
  std::string write_texts;  // write the records as JSON lines (id, date, text) and stop
  std::string conllu;       // parses from another run: "# newdoc id = RECORD" groups
};

// Splits a CoNLL-U file written by `dyad parse` into documents by "# newdoc id".
StatusOr<std::map<std::string, std::vector<ConlluSentence>>> ReadParsesByDoc(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::map<std::string, std::string> chunks;
  std::string line, cur;
  while (std::getline(in, line)) {
    if (line.rfind("# newdoc id = ", 0) == 0) {
      cur = line.substr(14);
      while (!cur.empty() && (cur.back() == '\r' || cur.back() == ' ')) cur.pop_back();
      continue;
    }
    if (!cur.empty()) chunks[cur] += line + "\n";
  }
  std::map<std::string, std::vector<ConlluSentence>> out;
  for (auto& [id, text] : chunks) {
    std::istringstream is(text + "\n");
    auto s = ReadConllu(is, path + " (document " + id + ")");
    if (!s.ok()) return s.status();
    out[id] = std::move(*s);
  }
  if (out.empty()) return Status::Invalid(path + ": no '# newdoc id = ' documents");
  return out;
}

std::string Squash(std::string name) {
  std::string out;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  if (out.size() > 3 && out.compare(out.size() - 3, 3, "txt") == 0) out.resize(out.size() - 3);
  return out;
}

// Finds a dictionary named in a suite: exactly in one of the dirs, else a file
// whose name differs only in punctuation and version digits
// (PETR_Validate_agents_2_02.txt ~ PETR.Validate.agents.txt).
std::string FindDict(const std::string& name, const std::vector<std::string>& dirs) {
  std::error_code ec;
  for (const auto& d : dirs)
    if (fs::exists(fs::path(d) / name, ec)) return (fs::path(d) / name).string();
  std::string want = Squash(name);
  for (const auto& d : dirs) {
    for (const auto& e : fs::directory_iterator(d, ec)) {
      if (Squash(e.path().filename().string()) == want) return e.path().string();
    }
  }
  return "";
}

std::string Fmt(const ExpectedEvent& e) { return e.source + " " + e.target + " " + e.code; }

Document MakeDoc(const ValidationRecord& r, const std::vector<ConlluSentence>* parse) {
  Document doc;
  doc.id = r.id;
  doc.date = r.date;
  doc.text = r.text;
  doc.origin = r.id;
  if (!parse) return doc;
  size_t cursor = 0;
  for (const ConlluSentence& cs : *parse) {
    Sentence s;
    s.tokens = cs.tokens;
    size_t sbegin = cursor;
    for (Token& t : s.tokens) {
      size_t at = doc.text.find(t.form, cursor);
      if (at != std::string::npos && at - cursor <= 3) {
        t.begin = static_cast<uint32_t>(at);
        t.end = static_cast<uint32_t>(at + t.form.size());
        cursor = t.end;
      } else {
        t.begin = t.end = static_cast<uint32_t>(cursor);
      }
      t.space_after = t.end < doc.text.size() && doc.text[t.end] == ' ';
    }
    if (!s.tokens.empty()) sbegin = std::min<size_t>(sbegin, s.tokens.front().begin);
    s.begin = static_cast<uint32_t>(sbegin);
    s.end = static_cast<uint32_t>(std::max<size_t>(cursor, sbegin));
    s.text = doc.text.substr(s.begin, s.end - s.begin);
    doc.sentences.push_back(std::move(s));
  }
  if (doc.sentences.size() == 1) {
    doc.sentences[0].begin = 0;
    doc.sentences[0].end = static_cast<uint32_t>(doc.text.size());
    doc.sentences[0].text = doc.text;
  }
  return doc;
}

// Record ids made unique ("ID", then "ID#2", ...): the suites repeat some ids.
std::vector<std::string> UniqueIds(const ValidationSuite& suite) {
  std::map<std::string, int> seen;
  std::vector<std::string> out;
  for (const auto& r : suite.records) {
    int n = ++seen[r.id];
    out.push_back(n == 1 ? r.id : r.id + "#" + std::to_string(n));
  }
  return out;
}

int Run(const ValidateArgs& a) {
  StatusOr<ValidationSuite> suite_or = a.tabari.empty() ? ReadPetrarchValidation(a.records)
                                                        : ReadTabariValidation(a.tabari, a.text);
  if (!suite_or.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", suite_or.status().ToString().c_str());
    return 2;
  }
  ValidationSuite& suite = *suite_or;
  if (!a.write_texts.empty()) {
    std::ofstream out(a.write_texts, std::ios::binary);
    if (!out) {
      std::fprintf(stderr, "dyad validate: %s: cannot write\n", a.write_texts.c_str());
      return 2;
    }
    auto ids = UniqueIds(suite);
    for (size_t i = 0; i < suite.records.size(); ++i) {
      const auto& r = suite.records[i];
      nlohmann::json j = {{"id", ids[i]}, {"date", r.date}, {"text", r.text}};
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    std::fprintf(stderr, "dyad validate: wrote %zu records to %s\n", suite.records.size(), a.write_texts.c_str());
    return 0;
  }
  std::map<std::string, std::vector<ConlluSentence>> external;
  if (!a.conllu.empty()) {
    auto p = ReadParsesByDoc(a.conllu);
    if (!p.ok()) {
      std::fprintf(stderr, "dyad validate: %s\n", p.status().ToString().c_str());
      return 2;
    }
    external = std::move(*p);
  }
  std::vector<std::string> dirs = a.dict_dirs;
  std::string base = a.tabari.empty() ? a.records : a.tabari;
  dirs.push_back(fs::path(base).parent_path().string().empty() ? "." : fs::path(base).parent_path().string());

  CoderOptions opt;
  opt.verbs = a.verbs;
  opt.actors = a.actors;
  opt.agents = a.agents;
  opt.discards = a.discards;
  opt.issues = a.issues;
  opt.ontology = a.ontology;
  opt.cameo = a.cameo;
  opt.strict = a.strict;
  opt.actor_stems = !a.tabari.empty();
  auto env_file = [&](const std::vector<std::string>& keys, std::vector<std::string>* dst, bool required) -> bool {
    if (!dst->empty()) return true;
    for (const auto& k : keys) {
      auto it = suite.environment.find(k);
      if (it == suite.environment.end()) continue;
      for (const auto& name : it->second) {
        std::string f = FindDict(name, dirs);
        if (f.empty()) {
          if (required) {
            std::fprintf(stderr, "dyad validate: %s names %s '%s', not found in --dict-dir\n", base.c_str(), k.c_str(),
                         name.c_str());
            return false;
          }
          std::fprintf(stderr, "dyad validate: warning: %s '%s' not found; continuing without it\n", k.c_str(), name.c_str());
          continue;
        }
        dst->push_back(f);
      }
    }
    return true;
  };
  // Each --verbs/--actors/--agents/--discards/--issues replaces its own kind only; the
  // other kinds still come from <Environment> (--verbs alone once left no actors at all).
  if (!env_file({"Verbfile", "verbs"}, &opt.verbs, true) || !env_file({"Actorfile", "actors"}, &opt.actors, true) ||
      !env_file({"Agentfile", "agents"}, &opt.agents, false) || !env_file({"Discardfile"}, &opt.discards, false) ||
      !env_file({"Issuefile"}, &opt.issues, false))
    return 2;
  if (opt.ontology.empty()) {
    std::vector<std::string> pico;
    env_file({"PICOfile"}, &pico, false);
    if (!pico.empty()) opt.ontology = pico[0];
  }
  auto coder = Coder::Load(opt);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", coder.status().ToString().c_str());
    return 2;
  }
  for (const auto& w : coder->warnings()) std::fprintf(stderr, "dyad validate: warning: %s\n", w.c_str());

  // TABARI run-time options: the project's .options file, then each record's
  // { OPTION: ... } lines, in order (they stay in force for the following records).
  CodeOptions code_opt;
  if (!a.tabari.empty()) {
    code_opt = TabariDefaultOptions();
    std::vector<std::string> options_file;
    env_file({"options"}, &options_file, false);
    for (const auto& f : options_file) {
      std::ifstream in(f, std::ios::binary);
      std::string line;
      int lineno = 0;
      while (std::getline(in, line)) {
        ++lineno;
        if (line.rfind("~~", 0) == 0) break;
        if (line.find(':') == std::string::npos) continue;
        Status st = ApplyTabariOption(line, &code_opt);
        if (!st.ok())
          std::fprintf(stderr, "dyad validate: warning: %s:%d: %s\n", f.c_str(), lineno, st.ToString().c_str());
      }
    }
  }

  // PETRARCH-2 records carry Penn trees, UD-PETRARCH's CoNLL-U: the two code some
  // sentences differently (CodeOptions::petrarch2).
  if (a.tabari.empty()) {
    bool penn = false, ud = false;
    for (const auto& r : suite.records) {
      penn |= r.penn_parse;
      ud |= !r.conllu.empty();
    }
    code_opt.petrarch2 = penn && !ud;
  }

  bool need_parser = !a.given_parse && external.empty();
  if (a.given_parse) {
    for (const auto& r : suite.records)
      if (r.conllu.empty()) need_parser = true;
  }
  std::optional<Annotator> annotator;
  if (need_parser) {
    std::string model = a.model.empty() ? Annotator::DefaultModelPath() : a.model;
    auto ann = Annotator::Load(model);
    if (!ann.ok()) {
      std::fprintf(stderr, "dyad validate: %s (records without a CoNLL-U parse need the parser)\n",
                   ann.status().ToString().c_str());
      return 2;
    }
    annotator = std::move(*ann);
  }

  struct Tally {
    int records = 0, exact = 0, expected = 0, coded = 0, correct = 0;
  };
  std::map<std::string, Tally> by_cat;
  Tally total;
  int skipped = 0;
  auto unique_ids = UniqueIds(suite);
  std::string fwd_story, fwd_actor;  // FORWARD: the previous record's story and lead actor
  int fwd_sentence = 0;
  bool fwd_compound = false;
  for (size_t ri = 0; ri < suite.records.size(); ++ri) {
    const ValidationRecord& r = suite.records[ri];
    // A record's { OPTION: ... } lines hold from the next record on (as in TABARI, where a
    // record whose comment runs into the next one's options is still coded without them).
    struct ApplyAfter {
      const ValidationRecord& r;
      const ValidationSuite& suite;
      CodeOptions* o;
      ~ApplyAfter() {
        for (const auto& opt_line : r.options) {
          Status st = ApplyTabariOption(opt_line, o);
          if (!st.ok())
            std::fprintf(stderr, "dyad validate: warning: %s:%zu (%s): %s\n", suite.path.c_str(), r.line,
                         r.id.c_str(), st.ToString().c_str());
        }
      }
    } apply_after{r, suite, &code_opt};
    bool included = a.all_categories || suite.include.empty() ||
                    std::find(suite.include.begin(), suite.include.end(), r.category) != suite.include.end();
    if (!r.evaluate || !included) {
      ++skipped;
      continue;
    }
    if (code_opt.petrarch2 && !r.parse_error.empty()) {
      // PETRARCH-2 codes from the record's tree: a malformed one is bad input, not coded
      // (the records expect error="bad_input_parse" there).
      std::fprintf(stderr, "dyad validate: %s:%zu (%s): %s; not coded\n", suite.path.c_str(), r.line, r.id.c_str(),
                   r.parse_error.c_str());
      Tally& t = by_cat[r.category.empty() ? "-" : r.category];
      bool exact = r.events.empty() || r.noevents;
      for (Tally* x : {&t, &total}) {
        x->records++;
        x->exact += exact;
        x->expected += r.noevents ? 0 : static_cast<int>(r.events.size());
      }
      if (!exact && !a.quiet)
        std::printf("FAIL %s [%s] %s:%zu\n  text:     %s\n  not coded: %s\n", r.id.c_str(), r.category.c_str(),
                    suite.path.c_str(), r.line, r.text.c_str(), r.parse_error.c_str());
      continue;
    }
    std::vector<ConlluSentence> parse;
    bool have_parse = false;
    if (!external.empty()) {
      auto it = external.find(unique_ids[ri]);
      if (it == external.end()) {
        std::fprintf(stderr, "dyad validate: record %s has no parse in %s\n", r.id.c_str(), a.conllu.c_str());
      } else {
        parse = it->second;
        have_parse = true;
      }
    } else if (a.given_parse && !r.conllu.empty()) {
      std::istringstream is(r.conllu);
      auto p = ReadConllu(is, suite.path + ":" + std::to_string(r.line) + " (" + r.id + ")");
      if (p.ok()) {
        parse = std::move(*p);
        have_parse = true;
      } else {
        std::fprintf(stderr, "dyad validate: %s; using the parser\n", p.status().ToString().c_str());
      }
    }
    Document doc = MakeDoc(r, have_parse ? &parse : nullptr);
    if (!have_parse) {
      if (!annotator) {
        std::fprintf(stderr, "dyad validate: record %s has no usable parse\n", r.id.c_str());
        continue;
      }
      annotator->Annotate(&doc);
    }
    // FORWARD: the next sentence of the same story inherits this one's lead actor.
    std::string story;
    int sentence = 0;
    bool sequenced = !code_opt.forward_format.empty() &&
                     TabariStorySentence(code_opt.forward_format, r.id, &story, &sentence);
    code_opt.forward_actor.clear();
    if (sequenced && story == fwd_story && sentence == fwd_sentence + 1) {
      code_opt.forward_actor = fwd_actor;
      code_opt.forward_compound = fwd_compound;
    }
    fwd_story.clear();
    if (sequenced) {
      fwd_actor = coder->LeadActor(doc, code_opt, &fwd_compound);
      fwd_story = story;
      fwd_sentence = sentence;
    }
    std::vector<std::string> why;
    auto events = coder->Code(doc, code_opt, a.explain ? &why : nullptr);
    std::set<ExpectedEvent> got, want(r.events.begin(), r.events.end());
    for (const Event& e : events) got.insert({e.source, e.target, e.code});
    if (r.noevents) want.clear();
    int correct = 0;
    for (const auto& e : got) correct += want.count(e) ? 1 : 0;
    bool exact = got == want;
    Tally& t = by_cat[r.category.empty() ? "-" : r.category];
    for (Tally* x : {&t, &total}) {
      x->records++;
      x->exact += exact;
      x->expected += static_cast<int>(want.size());
      x->coded += static_cast<int>(got.size());
      x->correct += correct;
    }
    if (!exact && !a.quiet) {
      std::printf("FAIL %s [%s] %s:%zu\n  text:     %s\n  expected:", r.id.c_str(), r.category.c_str(),
                  suite.path.c_str(), r.line, r.text.c_str());
      if (want.empty()) std::printf(" (no events)");
      for (const auto& e : want) std::printf(" {%s}", Fmt(e).c_str());
      std::printf("\n  coded:   ");
      if (got.empty()) std::printf(" (no events)");
      for (const auto& e : got) std::printf(" {%s}", Fmt(e).c_str());
      std::printf("\n");
      for (const auto& o : r.options) std::printf("    | option (in force from the next record): %s\n", o.c_str());
      for (const auto& w : why) std::printf("    | %s\n", w.c_str());
    }
  }
  std::printf("\n%-12s %8s %8s %9s %8s %8s %8s %8s\n", "category", "records", "exact", "exact%", "expected", "coded",
              "correct", "extra");
  auto row = [](const std::string& name, const Tally& t) {
    std::printf("%-12s %8d %8d %8.1f%% %8d %8d %8d %8d\n", name.c_str(), t.records, t.exact,
                t.records ? 100.0 * t.exact / t.records : 0.0, t.expected, t.coded, t.correct, t.coded - t.correct);
  };
  for (const auto& [k, v] : by_cat) row(k, v);
  row("total", total);
  if (skipped) std::printf("(%d records not evaluated: evaluate=\"false\" or category outside <Include>)\n", skipped);
  double pct = total.records ? 100.0 * total.exact / total.records : 0.0;
  std::printf("validation: %d of %d records exact (%.1f%%)\n", total.exact, total.records, pct);
  if (a.fail_under >= 0 && pct + 1e-9 < a.fail_under) {
    std::fprintf(stderr, "dyad validate: %.1f%% is under --fail-under %.1f%%\n", pct, a.fail_under);
    return 1;
  }
  return 0;
}

}  // namespace

void AddValidateCommand(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand("validate", "Run PETRARCH XML validation records or a TABARI validation project");
  cmd->add_option("records", args->records, "PETRARCH XML validation records");
  cmd->add_option("--dict-dir", args->dict_dirs, "Directories holding the dictionaries named in <Environment>");
  cmd->add_option("--verbs", args->verbs, "Verb dictionary (overrides <Environment>)");
  cmd->add_option("--actors", args->actors, "Actor dictionaries");
  cmd->add_option("--agents", args->agents, "Agent dictionary");
  cmd->add_option("--discards", args->discards, "Discard list");
  cmd->add_option("--issues", args->issues, "Issue dictionary");
  cmd->add_option("--ontology", args->ontology, "PETRARCH internal coding ontology (negation)");
  cmd->add_option("--cameo", args->cameo, "CAMEO table (default: dict/cameo.tsv)");
  cmd->add_option("--model", args->model, "Parser model (default: the shipped model)");
  cmd->add_flag("--given-parse", args->given_parse, "Use the CoNLL-U in <Parse> where present");
  cmd->add_flag("--strict,--strict-dict", args->strict,
                "A malformed dictionary line is an error naming file and line (default: warn and go on)");
  cmd->add_option("--fail-under", args->fail_under, "Exit 1 when fewer than PCT% of records are exact");
  cmd->add_option("--tabari", args->tabari, "TABARI validation project file");
  cmd->add_option("--text", args->text, "TABARI validation text (default: the project's <textfile>)");
  cmd->add_flag("--all-categories", args->all_categories, "Also evaluate categories outside <Include>");
  cmd->add_flag("--explain", args->explain, "Print the coder's explanation for failing records");
  cmd->add_flag("-q,--quiet", args->quiet, "Only the summary table");
  cmd->add_option("--write-texts", args->write_texts,
                  "Write the records as JSON lines (id, date, text) for another parser, and stop");
  cmd->add_option("--conllu", args->conllu,
                  "Use these parses (CoNLL-U from `dyad parse` of --write-texts output, '# newdoc id' per record)");
  cmd->callback([args] {
    if (args->records.empty() && args->tabari.empty()) {
      std::fprintf(stderr, "dyad validate: give a records file or --tabari PROJECT\n");
      SetExitCode(2);
      return;
    }
    SetExitCode(Run(*args));
  });
}

}  // namespace dyad::cli
