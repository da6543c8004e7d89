// dyad code: read -> annotate -> code -> output (stdout and/or SQLite store).
//
// Pipeline: the main thread reads and segments documents in input order and
// hands them to N workers (annotate + code); one writer thread takes the
// results back in input order and writes events, rejects, explanations and the
// store, so the output order never depends on the number of threads. The model
// and the dictionaries load on two threads of their own while the main thread
// opens the store and reads ahead; the workers start when both are in.
#include <glob.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "cli/commands.h"
#include "code/coder.h"
#include "parse/annotator.h"
#include "store/actor_names.h"
#include "store/export.h"
#include "store/store.h"
#include "text/reader.h"
#include "text/segment.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// First Ctrl-C: stop reading, finish and store what is in flight, exit 130.
// A second Ctrl-C kills the process (the store stays consistent either way).
std::atomic<int> g_interrupted{0};  // lock-free: safe in a signal handler, read by every thread
extern "C" void OnInterrupt(int) {
  g_interrupted = 1;
  signal(SIGINT, SIG_DFL);
}

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  bool split_lines = false;
  std::string date;
  bool title_first_line = true;
  std::string format = "jsonl";
  std::string db;
  std::string rejects;
  bool explain = false;
  std::string dict_dir;
  size_t max_doc_bytes = ReadOptions().max_document_bytes;
  std::vector<std::string> verbs, actors, agents, discards, issues;
  bool strict_dict = false;
  std::string model;
  int threads = 0;
  bool one_a_day = false;
  bool recode = false;
  bool quiet = false;
  bool progress = false;     // force progress even when stderr is not a terminal
  int batch = 500;           // documents per transaction
};

// One unit through the pipeline: a document to code, or a reader reject.
struct Item {
  uint64_t seq = 0;
  bool is_reject = false;
  Reject reject;
  Document doc;
  bool code = true;          // false: already stored unchanged, nothing to do
  bool store = true;         // false: do not write it to the store (unchanged)
  std::vector<Event> events;
  std::vector<std::string> explain;
  std::string error;         // worker failure (becomes a reject)
  size_t bytes = 0;          // text size, for the in-flight limit
};

// Expands files, directories (recursively, sorted, hidden entries skipped),
// globs and "-" into a list of paths. Missing paths become rejects.
void ExpandInputs(const std::vector<std::string>& in, std::vector<std::string>* files,
                  std::vector<Reject>* missing) {
  std::vector<std::string> args = in.empty() ? std::vector<std::string>{"-"} : in;
  for (const std::string& a : args) {
    if (a == "-") {
      files->push_back(a);
      continue;
    }
    std::vector<std::string> matches;
    std::error_code ec;
    if (!fs::exists(a, ec) && a.find_first_of("*?[") != std::string::npos) {
      glob_t g{};
      if (glob(a.c_str(), 0, nullptr, &g) == 0)
        for (size_t i = 0; i < g.gl_pathc; ++i) matches.push_back(g.gl_pathv[i]);
      globfree(&g);
      if (matches.empty()) {
        missing->push_back({a, "", "no file matches this pattern", ""});
        continue;
      }
    } else {
      matches.push_back(a);
    }
    for (const std::string& m : matches) {
      if (fs::is_directory(m, ec)) {
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(m, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
          if (ec) break;
          std::string name = it->path().filename().string();
          if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
          }
          if (it->is_regular_file(ec)) found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        if (found.empty()) missing->push_back({m, "", "directory holds no files", ""});
        files->insert(files->end(), found.begin(), found.end());
      } else if (fs::exists(m, ec)) {
        files->push_back(m);
      } else {
        missing->push_back({m, "", "no such file or directory", ""});
      }
    }
  }
}

// Number of documents a file will give, when cheap to know (for the ETA); -1 if unknown.
int64_t CountDocuments(const std::string& path, InputFormat f) {
  if (path == "-") return -1;
  std::string ext = fs::path(path).extension().string();
  if (ext == ".gz") return -1;  // would need decompressing twice
  bool lines = f == InputFormat::kLines || f == InputFormat::kJsonl ||
               (f == InputFormat::kAuto && (ext == ".jsonl" || ext == ".json" || ext == ".ndjson"));
  bool text = f == InputFormat::kText || (f == InputFormat::kAuto && !lines && ext != ".xml" && ext != ".sgm");
  if (text) return 1;
  if (!lines) return -1;
  std::FILE* fp = std::fopen(path.c_str(), "rb");
  if (!fp) return -1;
  std::vector<char> buf(1 << 20);
  int64_t n = 0;
  char last = '\n';
  bool nonblank = false;
  size_t got;
  while ((got = std::fread(buf.data(), 1, buf.size(), fp)) > 0) {
    for (size_t i = 0; i < got; ++i) {
      char c = buf[i];
      if (c == '\n') {
        if (nonblank) ++n;
        nonblank = false;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        nonblank = true;
      }
      last = c;
    }
  }
  if (nonblank) ++n;
  (void)last;
  std::fclose(fp);
  return n;
}

std::string FormatDuration(double s) {
  char buf[32];
  if (s < 0 || s > 1e7) return "?";
  int t = static_cast<int>(s + 0.5);
  if (t >= 3600)
    std::snprintf(buf, sizeof buf, "%dh%02dm", t / 3600, t / 60 % 60);
  else if (t >= 60)
    std::snprintf(buf, sizeof buf, "%dm%02ds", t / 60, t % 60);
  else
    std::snprintf(buf, sizeof buf, "%ds", t);
  return buf;
}

int RunCode(const CodeArgs& args) {
  const bool tty = isatty(STDERR_FILENO) != 0;
  const bool show_progress = !args.quiet && (tty || args.progress);

  // ---- options
  ReadOptions ropt;
  if (args.split_lines || args.input_format == "lines") {
    ropt.format = InputFormat::kLines;
  } else if (args.input_format == "auto") {
    ropt.format = InputFormat::kAuto;
  } else if (args.input_format == "text") {
    ropt.format = InputFormat::kText;
  } else if (args.input_format == "jsonl") {
    ropt.format = InputFormat::kJsonl;
  } else if (args.input_format == "petrarch" || args.input_format == "xml") {
    ropt.format = InputFormat::kPetrarchXml;
  } else if (args.input_format == "reuters") {
    ropt.format = InputFormat::kReutersSgml;
  } else {
    std::fprintf(stderr, "dyad code: --input-format %s: expected auto, text, lines, jsonl, petrarch or reuters\n",
                 args.input_format.c_str());
    return 2;
  }
  if (!args.date.empty()) {
    ropt.default_date = NormalizeDate(args.date);
    if (ropt.default_date.empty()) {
      std::fprintf(stderr, "dyad code: --date %s: expected YYYY-MM-DD or YYYYMMDD\n", args.date.c_str());
      return 2;
    }
  }
  ropt.title_first_line = args.title_first_line;
  ropt.max_document_bytes = args.max_doc_bytes;
  // An empty format (--db without --format) means: events go to the store only.
  const bool to_stdout = !args.format.empty();
  auto fmt = ParseEventFormat(to_stdout ? args.format : "jsonl");
  if (!fmt.ok()) {
    std::fprintf(stderr, "dyad code: --format: %s\n", fmt.status().message().c_str());
    return 2;
  }

  // ---- start-up (fatal errors: exit 1). The model and the dictionaries load
  // on two threads of their own while this thread opens the store and starts
  // reading and segmenting input, so the workers start with a full queue.
  std::string model_path = args.model.empty() ? Annotator::DefaultModelPath() : args.model;
  if (!args.dict_dir.empty()) setenv("DYAD_DICT", args.dict_dir.c_str(), 1);  // before any thread starts
  CoderOptions copt;
  copt.verbs = args.verbs;
  copt.actors = args.actors;
  copt.agents = args.agents;
  copt.discards = args.discards;
  copt.issues = args.issues;
  copt.strict = args.strict_dict;
  // Explicit dictionaries replace dyad's own as a whole: a verb file without an actor
  // file (or the reverse) would load and then code nothing, silently.
  if ((copt.verbs.empty() != copt.actors.empty()) || (!copt.agents.empty() && copt.verbs.empty())) {
    std::fprintf(stderr,
                 "dyad code: --verbs, --actors and --agents replace dyad's dictionaries: give at least --verbs "
                 "and --actors (%s)\n",
                 copt.verbs.empty() ? "no verb dictionary would be loaded" : "no actor dictionary would be loaded");
    return 2;
  }

  std::mutex mu;  // guards the load state below and the pipeline state further down
  std::condition_variable cv_loaded, cv_work, cv_done, cv_space;
  int loads_pending = 2;
  std::atomic<bool> load_failed{false};
  Annotator annotator;
  Coder coder;
  Status model_error = Status::OK(), coder_error = Status::OK();
  auto load_done = [&](bool ok) {
    std::lock_guard<std::mutex> lk(mu);
    --loads_pending;
    if (!ok) load_failed = true;
    cv_loaded.notify_all();
    cv_space.notify_all();  // a reader waiting for room stops when a load failed
  };
  std::thread model_loader([&] {
    auto a = Annotator::Load(model_path);
    bool ok = true;
    if (a.ok()) {
      annotator = std::move(*a);
    } else {
      std::error_code ec;
      if (!args.model.empty() || fs::exists(model_path, ec)) {
        model_error = a.status();
        ok = false;
      } else {
        // No model installed at all: still useful (segmentation, store, reports), but say so.
        std::fprintf(stderr,
                     "dyad code: warning: no parser model at %s; coding without tags or trees "
                     "(set --model or $DYAD_MODEL)\n",
                     model_path.c_str());
      }
    }
    load_done(ok);
  });
  std::thread coder_loader([&] {
    auto c = Coder::Load(copt);
    bool ok = c.ok();
    if (ok) {
      coder = std::move(*c);
      if (!args.quiet)
        for (const auto& w : coder.warnings()) std::fprintf(stderr, "dyad code: warning: %s\n", w.c_str());
    } else {
      coder_error = c.status();
    }
    load_done(ok);
  });
  // Prints the load errors (store first, then model, then dictionaries) once both loads are over.
  auto finish_loads = [&](const Status& store_status) {
    model_loader.join();
    coder_loader.join();
    const Status* errors[] = {&store_status, &model_error, &coder_error};
    for (const Status* st : errors)
      if (!st->ok()) {
        std::fprintf(stderr, "dyad code: %s\n", st->message().c_str());
        return false;
      }
    return true;
  };

  std::unique_ptr<Store> store;
  std::unordered_map<std::string, std::string> stored;
  if (!args.db.empty()) {
    auto s = Store::Open(args.db);
    if (!s.ok()) {
      finish_loads(s.status());
      return 1;
    }
    store = std::move(*s);
    if (!args.recode) {
      auto h = store->DocumentHashes();
      if (!h.ok()) {
        finish_loads(h.status());
        return 1;
      }
      stored = std::move(*h);
    }
  }

  std::FILE* rejects = nullptr;
  if (!args.rejects.empty()) {
    rejects = std::fopen(args.rejects.c_str(), "w");
    if (!rejects) {
      int err = errno;
      if (finish_loads(Status::OK()))
        std::fprintf(stderr, "dyad code: --rejects %s: cannot write: %s\n", args.rejects.c_str(), std::strerror(err));
      return 1;
    }
  }

  std::vector<std::string> files;
  std::vector<Reject> missing;
  ExpandInputs(args.inputs, &files, &missing);

  // ETA: count documents up front when it is cheap and someone is watching.
  int64_t total_docs = -1;
  if (show_progress) {
    total_docs = 0;
    for (const auto& f : files) {
      int64_t n = CountDocuments(f, ropt.format);
      if (n < 0) {
        total_docs = -1;
        break;
      }
      total_docs += n;
    }
  }

  unsigned hw = std::thread::hardware_concurrency();
  int n_threads = args.threads > 0 ? args.threads : static_cast<int>(hw ? hw : 1);
  // Documents in flight (read, not yet written): always up to min_inflight;
  // beyond that up to max_inflight while their text stays under
  // max_inflight_bytes (1 MB of text is ~40 MB once segmented and parsed).
  // The reader reads and segments ahead this far while the model loads.
  const size_t min_inflight = static_cast<size_t>(n_threads) * 16 + 32;
  const size_t max_inflight = 4096;
  const size_t max_inflight_bytes = size_t{1} << 20;

  // ---- pipeline state (guarded by mu)
  std::deque<std::unique_ptr<Item>> work;
  std::map<uint64_t, std::unique_ptr<Item>> done;
  size_t inflight = 0, inflight_bytes = 0;
  bool reading_finished = false;
  uint64_t next_seq = 0;
  uint64_t total_items = 0;  // valid once reading_finished

  auto submit = [&](std::unique_ptr<Item> item) {
    std::unique_lock<std::mutex> lk(mu);
    cv_space.wait(lk, [&] {
      return inflight < min_inflight || (inflight < max_inflight && inflight_bytes < max_inflight_bytes) ||
             load_failed;
    });
    if (load_failed) return;  // nothing will be coded or written: stop reading
    item->seq = next_seq++;
    ++inflight;
    item->bytes = item->doc.text.size();
    inflight_bytes += item->bytes;
    if (item->is_reject || !item->code) {
      done.emplace(item->seq, std::move(item));
      cv_done.notify_one();
    } else {
      work.push_back(std::move(item));
      cv_work.notify_one();
    }
  };

  const Annotator& ann = annotator;
  const Coder& cod = coder;
  // Workers and writer start at once and wait here until the model and the dictionaries are in.
  auto wait_for_loads = [&] {
    std::unique_lock<std::mutex> lk(mu);
    cv_loaded.wait(lk, [&] { return loads_pending == 0; });
    return !load_failed;
  };
  const bool want_explain = args.explain;
  std::vector<std::thread> workers;
  for (int t = 0; t < n_threads; ++t) {
    workers.emplace_back([&] {
      if (!wait_for_loads()) return;
      for (;;) {
        std::unique_ptr<Item> item;
        {
          std::unique_lock<std::mutex> lk(mu);
          cv_work.wait(lk, [&] { return !work.empty() || reading_finished; });
          if (work.empty()) return;
          item = std::move(work.front());
          work.pop_front();
        }
        if (g_interrupted) {
          // Ctrl-C: what is not started is left for the next run (counted as skipped).
          item->code = false;
          item->store = false;
        } else {
          try {
            ann.Annotate(&item->doc);
            item->events = cod.Code(item->doc, want_explain ? &item->explain : nullptr);
            for (Event& e : item->events) {
              if (e.doc_id.empty()) e.doc_id = item->doc.id;
              if (e.date.empty()) e.date = item->doc.date;
              if (e.event_id.empty()) e.event_id = StableEventId(e);
              if (e.text.empty() && e.sentence >= 0 && static_cast<size_t>(e.sentence) < item->doc.sentences.size())
                e.text = item->doc.sentences[e.sentence].text;
            }
          } catch (const std::exception& ex) {
            item->error = std::string("internal error while coding: ") + ex.what();
          }
        }
        std::lock_guard<std::mutex> lk(mu);
        done.emplace(item->seq, std::move(item));
        cv_done.notify_one();
      }
    });
  }

  // ---- writer: results in input order
  struct Totals {
    int64_t docs = 0, skipped = 0, rejected = 0, sentences = 0, events = 0, stored_docs = 0;
  } totals;
  Status store_error = Status::OK();
  auto t0 = Clock::now();
  std::thread writer([&] {
    if (!wait_for_loads()) return;
    static char outbuf[1 << 16];  // outlives the thread: stdout keeps pointing at it
    std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (to_stdout) {
      std::string h = EventHeader(*fmt);
      if (!h.empty()) std::printf("%s\n", h.c_str());
    }
    std::unordered_set<std::string> actors_written;
    std::set<std::string> one_a_day;
    uint64_t expect = 0;
    int in_batch = 0;
    auto last_commit = Clock::now();
    auto last_progress = Clock::now() - std::chrono::seconds(1);
    auto commit = [&] {
      if (store && in_batch > 0 && store_error.ok()) {
        store_error = store->Commit();
        in_batch = 0;
        last_commit = Clock::now();
      }
    };
    auto progress = [&](bool final_line) {
      double el = std::chrono::duration<double>(Clock::now() - t0).count();
      if (el <= 0) el = 1e-9;
      int64_t processed = totals.docs + totals.rejected + totals.skipped;
      std::string eta;
      if (total_docs > 0 && processed > 0 && !final_line) {
        double rate = processed / el;
        eta = ", ETA " + FormatDuration((total_docs - processed) / rate);
      }
      std::fprintf(stderr, "\r\033[K%lld%s docs (%.0f/s), %lld sentences (%.0f/s), %lld events%s%s",
                   static_cast<long long>(processed),
                   total_docs > 0 ? (" of " + std::to_string(total_docs)).c_str() : "", processed / el,
                   static_cast<long long>(totals.sentences), totals.sentences / el,
                   static_cast<long long>(totals.events), eta.c_str(), final_line ? "\n" : "");
      std::fflush(stderr);
    };
    auto report_reject = [&](const Reject& r) {
      ++totals.rejected;
      if (show_progress) std::fprintf(stderr, "\r\033[K");
      // The id unless it is the origin itself (ids default to "path:line").
      const bool named = !r.id.empty() && r.id != r.origin;
      std::fprintf(stderr, "dyad code: rejected %s%s%s: %s\n", r.origin.c_str(), named ? " (id " : "",
                   named ? (r.id + ")").c_str() : "", r.reason.c_str());
      if (rejects) std::fprintf(rejects, "%s\n", RejectJsonLine(r).c_str());
    };
    std::deque<std::unique_ptr<Item>> ready;  // taken from done (in order), not written yet
    for (;;) {
      std::unique_ptr<Item> item;
      if (ready.empty()) {
        // Take every finished item that continues the input order in one go.
        std::unique_lock<std::mutex> lk(mu);
        cv_done.wait_for(lk, std::chrono::milliseconds(250), [&] {
          return (!done.empty() && done.begin()->first == expect) || (reading_finished && expect == total_items);
        });
        while (!done.empty() && done.begin()->first == expect + ready.size()) {
          ready.push_back(std::move(done.begin()->second));
          done.erase(done.begin());
        }
        if (!ready.empty()) {
          inflight -= ready.size();
          for (const auto& r : ready) inflight_bytes -= r->bytes;
          cv_space.notify_one();
        } else if (reading_finished && expect == total_items) {
          break;
        }
      }
      if (!ready.empty()) {
        item = std::move(ready.front());
        ready.pop_front();
      }
      if (item) {
        ++expect;
        if (item->is_reject) {
          report_reject(item->reject);
        } else if (!item->error.empty()) {
          report_reject({item->doc.origin, item->doc.id, item->error, ""});
        } else if (!item->code) {
          ++totals.skipped;
        } else {
          ++totals.docs;
          totals.sentences += static_cast<int64_t>(item->doc.sentences.size());
          totals.events += static_cast<int64_t>(item->events.size());
          if (want_explain)
            for (const auto& line : item->explain) std::fprintf(stderr, "%s: %s\n", item->doc.id.c_str(), line.c_str());
          if (to_stdout) {
            for (const Event& e : item->events) {
              if (args.one_a_day && !one_a_day.insert(e.date + '\t' + e.source + '\t' + e.target + '\t' + e.code).second)
                continue;
              std::string line = FormatEvent(e, &item->doc, *fmt);
              line += '\n';
              std::fwrite(line.data(), 1, line.size(), stdout);
            }
          }
          if (store && item->store && store_error.ok()) {
            if (in_batch == 0) store_error = store->Begin();
            if (store_error.ok()) store_error = store->PutDocument(item->doc, item->events);
            for (const Event& e : item->events) {
              for (const std::string* code : {&e.source, &e.target}) {
                if (code->empty() || !store_error.ok() || !actors_written.insert(*code).second) continue;
                std::string name = ActorDisplayName(*code);
                if (name.empty()) name = code == &e.source ? e.source_text : e.target_text;
                store_error = store->PutActor(*code, name);
              }
            }
            ++in_batch;
            ++totals.stored_docs;
          }
        }
      }
      if (store && in_batch > 0 &&
          (in_batch >= args.batch || Clock::now() - last_commit > std::chrono::seconds(2)))
        commit();
      if (show_progress && Clock::now() - last_progress > std::chrono::milliseconds(250)) {
        progress(false);
        last_progress = Clock::now();
      }
    }
    commit();
    if (store && store_error.ok()) {
      store_error = store->SetMeta("dict_version", cod.dict_version());
      if (store_error.ok()) store_error = store->SetMeta("model", model_path);
    }
    if (show_progress) progress(true);
    std::fflush(stdout);
  });

  // ---- reader (this thread)
  for (const Reject& r : missing) {
    auto item = std::make_unique<Item>();
    item->is_reject = true;
    item->reject = r;
    submit(std::move(item));
  }
  std::unordered_map<std::string, std::string> seen;  // id -> content hash, this run
  g_interrupted = 0;
  auto old_handler = signal(SIGINT, OnInterrupt);
  for (const std::string& path : files) {
    if (g_interrupted || load_failed) break;
    auto reader = DocumentReader::Open(path, ropt);
    if (!reader.ok()) {
      auto item = std::make_unique<Item>();
      item->is_reject = true;
      item->reject = {path, "", reader.status().message(), ""};
      submit(std::move(item));
      continue;
    }
    while (!g_interrupted && !load_failed) {
      auto item = std::make_unique<Item>();
      auto r = (*reader)->Next(&item->doc, &item->reject);
      if (r == DocumentReader::Result::kEnd) break;
      if (r == DocumentReader::Result::kReject) {
        item->is_reject = true;
        submit(std::move(item));
        continue;
      }
      Document& d = item->doc;
      if (d.origin.empty()) d.origin = path;
      if (!args.quiet) {
        for (const std::string& w : d.warnings) std::fprintf(stderr, "dyad code: warning: %s\n", w.c_str());
      }
      if (store && d.date.empty()) {
        item->is_reject = true;
        item->reject = {d.origin, d.id, "no date (give one with --date YYYY-MM-DD)", d.text.substr(0, 65536)};
        submit(std::move(item));
        continue;
      }
      std::string hash = ContentHash(d.text);
      auto [it, fresh] = seen.emplace(d.id, hash);
      if (!fresh) {
        if (it->second != hash) {
          item->is_reject = true;
          item->reject = {d.origin, d.id, "duplicate document id with a different text (an earlier document has this id)",
                          d.text.substr(0, 65536)};
        } else {
          item->code = false;  // the same document twice: once is enough
        }
        submit(std::move(item));
        continue;
      }
      if (store) {
        auto s = stored.find(d.id);
        if (s != stored.end() && s->second == hash) {
          item->store = false;
          item->code = to_stdout;  // recode only to print the events
        }
      }
      // Segmenting here keeps it off the workers (and overlaps it with the model load at start-up).
      if (item->code && d.sentences.empty()) Segment(&d);
      submit(std::move(item));
    }
  }
  {
    std::lock_guard<std::mutex> lk(mu);
    reading_finished = true;
    total_items = next_seq;
  }
  cv_work.notify_all();
  cv_done.notify_all();
  const bool loaded = finish_loads(Status::OK());
  for (auto& w : workers) w.join();
  writer.join();
  if (!loaded) {
    signal(SIGINT, old_handler == SIG_ERR ? SIG_DFL : old_handler);
    if (rejects) std::fclose(rejects);
    return 1;
  }
  signal(SIGINT, old_handler == SIG_ERR ? SIG_DFL : old_handler);
  if (rejects) std::fclose(rejects);
  // The process ends after this command: the model, the dictionaries and the
  // stored hashes are handed to a process-lifetime holder instead of being
  // freed one node at a time (tens of milliseconds of free() for nothing).
  static std::vector<std::shared_ptr<void>>* kept = new std::vector<std::shared_ptr<void>>;
  kept->push_back(std::make_shared<Annotator>(std::move(annotator)));
  kept->push_back(std::make_shared<Coder>(std::move(coder)));
  kept->push_back(std::make_shared<std::unordered_map<std::string, std::string>>(std::move(stored)));

  double el = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!store_error.ok()) {
    std::fprintf(stderr, "dyad code: %s\n", store_error.message().c_str());
    return 1;
  }
  if (!args.quiet) {
    std::fprintf(stderr,
                 "dyad code: %lld documents coded, %lld unchanged/skipped, %lld rejected; %lld sentences, %lld events "
                 "in %.1fs (%.0f sentences/s, %d threads)",
                 static_cast<long long>(totals.docs), static_cast<long long>(totals.skipped),
                 static_cast<long long>(totals.rejected), static_cast<long long>(totals.sentences),
                 static_cast<long long>(totals.events), el, el > 0 ? totals.sentences / el : 0.0, n_threads);
    if (store) std::fprintf(stderr, "; stored in %s", args.db.c_str());
    if (totals.rejected && !args.rejects.empty()) std::fprintf(stderr, "; rejects in %s", args.rejects.c_str());
    std::fprintf(stderr, "\n");
  }
  if (g_interrupted) {
    std::fprintf(stderr, "dyad code: interrupted; what was coded is %s; run the same command again to %s\n",
                 store ? "stored" : "printed", store ? "complete the store" : "code the rest");
    return 130;
  }
  return totals.rejected > 0 ? 3 : 0;
}

}  // namespace

void AddCodeCommand(CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  auto* cmd = app.add_subcommand("code", "Code news text into CAMEO events (JSON lines, TSV, GDELT, Phoenix, SQLite)");
  cmd->add_option("inputs", args->inputs, "Files, directories (recursive), globs; '-' or none = stdin");
  cmd->add_option("--input-format", args->input_format, "Input format: auto|text|lines|jsonl|petrarch|reuters (Reuters-21578 SGML)")
      ->capture_default_str();
  cmd->add_flag("--split-lines", args->split_lines, "Every non-empty line is a document");
  cmd->add_option("--date", args->date, "Date (YYYY-MM-DD) for documents without one");
  cmd->add_flag("--title-first-line,!--no-title-first-line", args->title_first_line,
                "Plain text files: the first line is the title (kept in the text too; default on)");
  auto* fopt = cmd->add_option("--format,--output-format", args->format,
                               "Output: jsonl|tsv|gdelt|phoenix (default jsonl; with --db, none unless given)");
  cmd->add_option("--db", args->db, "Store documents, sentences and events in this SQLite file");
  cmd->add_option("--rejects", args->rejects, "Write rejected records (JSON lines: origin, id, reason, raw) here");
  cmd->add_flag("--explain", args->explain, "Print why each event fired or was dropped (stderr)");
  cmd->add_option("--max-doc-bytes", args->max_doc_bytes,
                  "Reject documents with more text than this (0 = no limit; a document is parsed whole)")
      ->capture_default_str();
  cmd->add_option("--dict-dir", args->dict_dir, "Dictionary directory (default: dyad's dict/)");
  cmd->add_option("--verbs", args->verbs, "Verb pattern file (repeatable)")->allow_extra_args(false);
  cmd->add_option("--actors", args->actors, "Actor dictionary (repeatable)")->allow_extra_args(false);
  cmd->add_option("--agents", args->agents, "Agent dictionary (repeatable)")->allow_extra_args(false);
  cmd->add_option("--discards", args->discards, "Discard list (repeatable)")->allow_extra_args(false);
  cmd->add_option("--issues", args->issues, "Issue dictionary (repeatable)")->allow_extra_args(false);
  cmd->add_flag("--strict-dict,--strict", args->strict_dict,
                "A malformed dictionary line is an error naming file and line (default: warn and go on)");
  cmd->add_option("--model", args->model, "Tagger/parser model (default: models/en_ewt.dyadmodel)");
  cmd->add_option("--threads,-j", args->threads, "Worker threads (default: all cores)");
  cmd->add_flag("--one-a-day", args->one_a_day, "Output: one event per (date, source, target, code) (Phoenix filter)");
  cmd->add_flag("--recode", args->recode, "Code documents already stored unchanged again");
  cmd->add_option("--batch", args->batch, "Documents per store transaction")->capture_default_str();
  cmd->add_flag("--progress", args->progress, "Show progress even when stderr is not a terminal");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress, warnings or summary");
  cmd->callback([args, fopt] {
    CodeArgs a = *args;
    // With --db, events go to the store only unless --format is given.
    if (fopt->count() == 0) a.format = a.db.empty() ? "jsonl" : "";
    SetExitCode(RunCode(a));
  });
}

}  // namespace dyad::cli
