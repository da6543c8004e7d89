// API latency of `dyad serve` on a synthetic store of 1,000,000 events
// (serve/synth.h): each benchmark sends a rotating set of real requests over
// HTTP on loopback to a server running in this process and reports p50/p95
// in milliseconds as counters. Target (issue 6): p95 < 50 ms for a dyad
// series and for an event page. Results: docs/PERFORMANCE.md, "API".
//
// The store is generated once and kept beside this binary
// (bench-api-<N>.sqlite; about 0.5 GB for 1M events). Environment:
//   DYAD_BENCH_EVENTS  number of events (default 1000000)
//   DYAD_BENCH_DB      store path (default: next to the binary)
#include <benchmark/benchmark.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "serve/server.h"
#include "serve/synth.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::unique_ptr<dyad::serve::Server> g_server;
std::thread g_thread;
int g_port = 0;
double g_startup_ms = 0;

std::string StorePath(long long events) {
  if (const char* p = std::getenv("DYAD_BENCH_DB")) return p;
  fs::path exe = fs::read_symlink("/proc/self/exe");
  return (exe.parent_path() / ("bench-api-" + std::to_string(events) + ".sqlite")).string();
}

void Setup() {
  long long events = 1000000;
  if (const char* e = std::getenv("DYAD_BENCH_EVENTS")) events = std::atoll(e);
  std::string path = StorePath(events);
  if (!fs::exists(path)) {
    std::fprintf(stderr, "bench_api: writing a synthetic store of %lld events to %s\n", events, path.c_str());
    dyad::serve::SynthOptions o;
    o.events = events;
    o.seed = 42;
    o.progress = isatty(2);
    auto t0 = Clock::now();
    std::string tmp = path + ".tmp";
    fs::remove(tmp);
    dyad::Status s = dyad::serve::WriteSyntheticStore(tmp, o);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_api: %s\n", s.message().c_str());
      std::exit(1);
    }
    fs::rename(tmp, path);
    std::fprintf(stderr, "bench_api: generated in %.1f s\n",
                 std::chrono::duration<double>(Clock::now() - t0).count());
  }
  dyad::serve::ServerOptions so;
  so.db = path;
  so.port = 0;
  auto t0 = Clock::now();
  auto s = dyad::serve::Server::Create(so);  // includes the one-scan overview
  g_startup_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  if (!s.ok() || !(*s)->Bind().ok()) {
    std::fprintf(stderr, "bench_api: cannot start the server: %s\n", s.ok() ? "bind" : s.status().message().c_str());
    std::exit(1);
  }
  g_server = std::move(s).value();
  g_port = g_server->port();
  g_thread = std::thread([] { (void)g_server->Run(); });
  std::fprintf(stderr, "bench_api: %s, server start (open + overview scan) %.0f ms\n", path.c_str(), g_startup_ms);
}

const char* kRoots[] = {"USA", "RUS", "CHN", "KOR", "PRK", "JPN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR",
                        "IND", "PAK", "TUR", "SYR", "EGY", "BRA", "NGA", "AUS"};

// Requests for one benchmark, built from a fixed seed.
std::vector<std::string> Requests(const std::string& kind) {
  std::mt19937 rng(7);
  auto root = [&] { return std::string(kRoots[rng() % std::size(kRoots)]); };
  auto pair = [&] {
    std::string a = root(), b = root();
    while (b == a) b = root();
    return "a=" + a + "&b=" + b;
  };
  std::vector<std::string> out;
  for (int i = 0; i < 64; ++i) {
    if (kind == "series_month") out.push_back("/api/series?by=month&" + pair());
    else if (kind == "series_week") out.push_back("/api/series?by=week&" + pair());
    else if (kind == "series_day_year") out.push_back("/api/series?by=day&from=2020-01-01&to=2020-12-31&" + pair());
    else if (kind == "events_page") out.push_back("/api/events?limit=50&offset=" + std::to_string(50 * (rng() % 10)) + "&" + pair());
    else if (kind == "events_period") {
      int y = 2015 + static_cast<int>(rng() % 10), m = 1 + static_cast<int>(rng() % 12);
      char buf[64];
      std::snprintf(buf, sizeof buf, "from=%04d-%02d-01&to=%04d-%02d-28", y, m, y, m);
      out.push_back(std::string("/api/events?limit=50&dir=ab&") + buf + "&" + pair());
    } else if (kind == "events_actor") out.push_back("/api/events?limit=50&a=" + root());
    else if (kind == "events_all") out.push_back("/api/events?limit=50&offset=" + std::to_string(50 * (rng() % 100)));
    else if (kind == "events_search") {
      const char* words[] = {"attacked", "sanctions", "treaty", "aid", "visited Russia", "praised Japan"};
      std::string w = words[rng() % std::size(words)];
      for (auto& c : w) if (c == ' ') c = '+';
      out.push_back("/api/events?limit=50&q=" + w + "&" + pair());
    } else if (kind == "events_search_name") {
      const char* words[] = {"Ethiopia", "Venezuela", "Argentina", "Sweden"};
      out.push_back(std::string("/api/events?limit=50&q=") + words[rng() % std::size(words)] + "&" + pair());
    } else if (kind == "actors") {
      const char* qs[] = {"kor", "rus", "united", "gov", "mil", "a", "china: police", "x"};
      out.push_back(std::string("/api/actors?q=") + qs[rng() % std::size(qs)]);
    } else if (kind == "dyads") out.push_back("/api/dyads?actor=" + root());
    else if (kind == "dyads_filtered") out.push_back("/api/dyads?from=2019-01-01&to=2019-12-31&actor=" + root());
    else if (kind == "network") out.push_back("/api/network?limit=15&actor=" + root());
    else if (kind == "map") out.push_back("/api/map?actor=" + root());
    else if (kind == "summary") out.push_back("/api/summary");
  }
  return out;
}

void Run(benchmark::State& state, const std::string& kind) {
  if (!g_server) Setup();
  httplib::Client cli("127.0.0.1", g_port);
  cli.set_keep_alive(true);
  cli.set_tcp_nodelay(true);
  auto reqs = Requests(kind);
  std::vector<double> ms;
  size_t i = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    const std::string& r = reqs[i++ % reqs.size()];
    auto t0 = Clock::now();
    auto res = cli.Get(r);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!res || res->status != 200) {
      state.SkipWithError(("request failed: " + r).c_str());
      break;
    }
    bytes += res->body.size();
  }
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))]; };
  state.counters["p50_ms"] = pct(0.50);
  state.counters["p95_ms"] = pct(0.95);
  state.counters["max_ms"] = ms.back();
  state.counters["resp_KB"] = static_cast<double>(bytes) / 1024.0 / static_cast<double>(ms.size());
  state.counters["startup_ms"] = g_startup_ms;
}

#define API_BENCH(kind) \
  BENCHMARK_CAPTURE(Run, kind, std::string(#kind))->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime()

API_BENCH(series_month);
API_BENCH(series_week);
API_BENCH(series_day_year);
API_BENCH(events_page);
API_BENCH(events_period);
API_BENCH(events_actor);
API_BENCH(events_all);
API_BENCH(events_search);
API_BENCH(events_search_name);
API_BENCH(actors);
API_BENCH(dyads);
API_BENCH(dyads_filtered);
API_BENCH(network);
API_BENCH(map);
API_BENCH(summary);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (g_server) {
    g_server->Stop();
    g_thread.join();
  }
  return 0;
}
