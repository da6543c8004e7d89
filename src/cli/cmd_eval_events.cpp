// `dyad eval events`: scores the coder against gold event sentences.
//
// Gold files are JSON lines, one sentence (or short text) per line:
//   {"id":"g01-001","date":"2018-06-22","text":"...",
//    "events":[{"source":"KORGOV","target":"RUSGOV","code":"036"}]}
// An empty "events" list means the text must code nothing. Each text is
// annotated (parse/Annotator) and coded (code/Coder); coded and gold events are
// compared per record as sets of (source country, target country, code) where
// the country is the first three letters of the actor code, at two levels:
// the root code (first two digits) and the full code. Precision, recall and F1
// are micro-averaged over all records; every miss is listed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "code/coder.h"
#include "parse/annotator.h"
#include "text/document.h"
#include "text/reader.h"

namespace dyad::cli {
namespace {

struct GoldEvent {
  std::string source, target, code;
};

struct GoldRecord {
  std::string id, date, text, origin;
  std::vector<GoldEvent> events;
};

// (source country, target country, code-or-root)
using Key = std::tuple<std::string, std::string, std::string>;

std::string Country(const std::string& actor) { return actor.substr(0, std::min<size_t>(3, actor.size())); }

std::string KeyString(const Key& k) {
  return std::get<0>(k) + "->" + (std::get<1>(k).empty() ? std::string("---") : std::get<1>(k)) + " " +
         std::get<2>(k);
}

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  nlohmann::json ToJson() const {
    return {{"tp", tp}, {"fp", fp}, {"fn", fn}, {"precision", precision()}, {"recall", recall()}, {"f1", f1()}};
  }
};

struct Miss {
  std::string id, kind, key, text;  // kind: "missed" (false negative) or "spurious" (false positive)
};

// Compares two multisets of keys; adds to counts and, when misses is given, lists the differences.
void Compare(const std::multiset<Key>& gold, const std::multiset<Key>& coded, const GoldRecord& rec, Counts* c,
             std::vector<Miss>* misses) {
  std::multiset<Key> left = coded;
  for (const Key& k : gold) {
    auto it = left.find(k);
    if (it != left.end()) {
      ++c->tp;
      left.erase(it);
    } else {
      ++c->fn;
      if (misses) misses->push_back({rec.id, "missed", KeyString(k), rec.text});
    }
  }
  for (const Key& k : left) {
    ++c->fp;
    if (misses) misses->push_back({rec.id, "spurious", KeyString(k), rec.text});
  }
}

// Reads one gold file; malformed lines are reported (file:line) and skipped.
bool ReadGold(const std::string& path, std::vector<GoldRecord>* out, int* bad) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "dyad eval events: cannot open %s\n", path.c_str());
    return false;
  }
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string origin = path + ":" + std::to_string(lineno);
    auto fail = [&](const std::string& why) {
      std::fprintf(stderr, "%s: %s\n", origin.c_str(), why.c_str());
      ++*bad;
    };
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      fail("not a JSON object");
      continue;
    }
    GoldRecord r;
    r.origin = origin;
    if (!j.contains("text") || !j["text"].is_string() || j["text"].get<std::string>().empty()) {
      fail("missing or empty \"text\"");
      continue;
    }
    r.text = j["text"].get<std::string>();
    r.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : origin;
    if (j.contains("date")) {
      if (!j["date"].is_string() || NormalizeDate(j["date"].get<std::string>()).empty()) {
        fail("record " + r.id + ": bad \"date\" (want YYYY-MM-DD)");
        continue;
      }
      r.date = NormalizeDate(j["date"].get<std::string>());
    }
    if (!j.contains("events") || !j["events"].is_array()) {
      fail("record " + r.id + ": missing \"events\" array (use [] for none)");
      continue;
    }
    bool ok = true;
    for (const auto& e : j["events"]) {
      if (!e.is_object() || !e.contains("source") || !e["source"].is_string() || !e.contains("code") ||
          !e["code"].is_string() || e["code"].get<std::string>().size() < 2 ||
          (e.contains("target") && !e["target"].is_string())) {
        fail("record " + r.id + ": each event needs string \"source\", \"target\", \"code\"");
        ok = false;
        break;
      }
      r.events.push_back({e["source"].get<std::string>(),
                          e.contains("target") ? e["target"].get<std::string>() : std::string(),
                          e["code"].get<std::string>()});
    }
    if (ok) out->push_back(std::move(r));
  }
  return true;
}

struct Options {
  std::vector<std::string> gold;
  bool json = false;
  std::string model;
  std::string dict_dir;
  double fail_under = -1;
  bool quiet = false;
};

void Run(const Options& opt) {
  // Expand directories to their *.jsonl files (sorted, so output is stable).
  std::vector<std::string> files;
  for (const std::string& g : opt.gold) {
    std::error_code ec;
    if (std::filesystem::is_directory(g, ec)) {
      std::vector<std::string> dir;
      for (const auto& ent : std::filesystem::directory_iterator(g, ec))
        if (ent.path().extension() == ".jsonl") dir.push_back(ent.path().string());
      std::sort(dir.begin(), dir.end());
      files.insert(files.end(), dir.begin(), dir.end());
    } else {
      files.push_back(g);
    }
  }
  std::vector<GoldRecord> records;
  int bad = 0;
  for (const std::string& f : files) {
    if (!ReadGold(f, &records, &bad)) {
      SetExitCode(2);
      return;
    }
  }
  if (records.empty()) {
    std::fprintf(stderr, "dyad eval events: no gold records read\n");
    SetExitCode(2);
    return;
  }

  if (!opt.dict_dir.empty()) setenv("DYAD_DICT", opt.dict_dir.c_str(), 1);
  std::string model_path = opt.model.empty() ? Annotator::DefaultModelPath() : opt.model;
  auto annotator = Annotator::Load(model_path);
  if (!annotator.ok()) {
    std::fprintf(stderr, "dyad eval events: %s\n", annotator.status().ToString().c_str());
    SetExitCode(2);
    return;
  }
  auto coder = Coder::Load(CoderOptions{});
  if (!coder.ok()) {
    std::fprintf(stderr, "dyad eval events: %s\n", coder.status().ToString().c_str());
    SetExitCode(2);
    return;
  }
  if (!opt.quiet)
    for (const std::string& w : coder->warnings()) std::fprintf(stderr, "warning: %s\n", w.c_str());

  Counts root_counts, full_counts;
  std::map<std::string, Counts> per_root;  // root-level counts keyed by gold/coded root
  std::vector<Miss> misses;
  const bool progress = !opt.quiet && isatty(fileno(stderr));
  for (size_t i = 0; i < records.size(); ++i) {
    const GoldRecord& rec = records[i];
    Document doc;
    doc.id = rec.id;
    doc.date = rec.date;
    doc.text = rec.text;
    doc.origin = rec.origin;
    annotator->Annotate(&doc);
    std::vector<Event> coded = coder->Code(doc);

    std::multiset<Key> gold_full, gold_root, coded_full, coded_root;
    std::set<Key> seen;  // the coder may report the same event twice (e.g. two sentences): count once
    for (const GoldEvent& e : rec.events) {
      gold_full.insert({Country(e.source), Country(e.target), e.code});
      gold_root.insert({Country(e.source), Country(e.target), e.code.substr(0, 2)});
    }
    for (const Event& e : coded) {
      Key k{Country(e.source), Country(e.target), e.code};
      if (!seen.insert(k).second) continue;
      coded_full.insert(k);
      coded_root.insert({Country(e.source), Country(e.target), e.code.substr(0, 2)});
    }
    Compare(gold_root, coded_root, rec, &root_counts, &misses);
    Compare(gold_full, coded_full, rec, &full_counts, nullptr);
    // Per-root breakdown: split the comparison by root code.
    std::set<std::string> roots;
    for (const Key& k : gold_root) roots.insert(std::get<2>(k));
    for (const Key& k : coded_root) roots.insert(std::get<2>(k));
    for (const std::string& r : roots) {
      std::multiset<Key> g, c;
      for (const Key& k : gold_root)
        if (std::get<2>(k) == r) g.insert(k);
      for (const Key& k : coded_root)
        if (std::get<2>(k) == r) c.insert(k);
      Compare(g, c, rec, &per_root[r], nullptr);
    }
    if (progress && (i % 20 == 0 || i + 1 == records.size()))
      std::fprintf(stderr, "\r%zu/%zu records", i + 1, records.size());
  }
  if (progress) std::fprintf(stderr, "\n");

  if (opt.json) {
    nlohmann::json j;
    j["records"] = records.size();
    j["bad_lines"] = bad;
    j["root"] = root_counts.ToJson();
    j["full"] = full_counts.ToJson();
    nlohmann::json pr = nlohmann::json::object();
    for (const auto& [r, c] : per_root) pr[r] = c.ToJson();
    j["per_root"] = pr;
    nlohmann::json ms = nlohmann::json::array();
    for (const Miss& m : misses) ms.push_back({{"id", m.id}, {"kind", m.kind}, {"event", m.key}, {"text", m.text}});
    j["misses"] = ms;
    std::printf("%s\n", j.dump().c_str());
  } else {
    std::printf("gold records: %zu (from %zu file%s)%s\n", records.size(), files.size(), files.size() == 1 ? "" : "s",
                bad ? (", " + std::to_string(bad) + " bad lines skipped").c_str() : "");
    std::printf("%-6s %6s %6s %6s %9s %7s %7s\n", "level", "tp", "fp", "fn", "precision", "recall", "f1");
    auto row = [](const char* name, const Counts& c) {
      std::printf("%-6s %6ld %6ld %6ld %9.3f %7.3f %7.3f\n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(),
                  c.f1());
    };
    row("root", root_counts);
    row("full", full_counts);
    std::printf("\nper root code (root level):\n");
    for (const auto& [r, c] : per_root) row(r.c_str(), c);
    if (!misses.empty()) {
      std::printf("\nmisses at root level (%zu):\n", misses.size());
      for (const Miss& m : misses)
        std::printf("%-9s %-14s %-22s %s\n", m.kind.c_str(), m.id.c_str(), m.key.c_str(), m.text.c_str());
    }
  }
  if (bad) SetExitCode(1);
  if (opt.fail_under >= 0 && root_counts.f1() * 100.0 < opt.fail_under) {
    std::fprintf(stderr, "dyad eval events: root-level F1 %.1f%% is under --fail-under %.1f%%\n",
                 root_counts.f1() * 100.0, opt.fail_under);
    SetExitCode(1);
  }
}

}  // namespace

void AddEvalEventsCommand(CLI::App* eval) {
  auto opt = std::make_shared<Options>();
  auto* cmd = eval->add_subcommand("events", "Score event coding against gold sentences (precision, recall, F1)");
  cmd->add_option("--gold", opt->gold, "Gold JSON lines file(s) or directories of *.jsonl")->required();
  cmd->add_flag("--json", opt->json, "Print one JSON object instead of tables");
  cmd->add_option("--model", opt->model, "Parser model (default: the shipped model)");
  cmd->add_option("--dict-dir", opt->dict_dir, "Dictionary directory (default: dyad's dict/)");
  cmd->add_option("--fail-under", opt->fail_under, "Exit 1 when root-level F1 (percent) is below this");
  cmd->add_flag("--quiet", opt->quiet, "No dictionary warnings or progress on stderr");
  cmd->callback([opt] { Run(*opt); });
}

}  // namespace dyad::cli
