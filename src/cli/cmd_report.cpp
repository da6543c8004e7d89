// dyad relations | dyads | actors: reports over an event store (analyze/).
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze/series.h"
#include "cli/commands.h"
#include "store/actor_names.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

std::string DefaultDb() {
  if (const char* e = std::getenv("DYAD_DB")) return e;
  return "dyad.sqlite";
}

std::unique_ptr<Store> OpenOrReport(const std::string& path, const char* cmd) {
  auto s = Store::Open(path, {.read_only = true});
  if (!s.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", cmd, s.status().message().c_str());
    SetExitCode(1);
    return nullptr;
  }
  return std::move(*s);
}

bool CheckFormat(const std::string& f, const char* cmd) {
  if (f == "table" || f == "csv" || f == "json") return true;
  std::fprintf(stderr, "dyad %s: --format %s: expected table, csv or json\n", cmd, f.c_str());
  SetExitCode(2);
  return false;
}

std::string Fixed(double v, int prec = 2) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", prec, v);
  return buf;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string o = "\"";
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  return o + "\"";
}

// Sparkline of values in [lo, hi]; periods without events print as a space.
std::string Sparkline(const std::vector<PeriodStats>& v, bool use_index) {
  static const char* kBars[] = {"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"};
  double lo = 0, hi = 0;
  bool first = true;
  for (const auto& p : v) {
    if (!p.events) continue;
    double x = use_index ? p.coop_index : static_cast<double>(p.events);
    if (first || x < lo) lo = x;
    if (first || x > hi) hi = x;
    first = false;
  }
  if (use_index) {
    lo = -1;
    hi = 1;
  } else {
    lo = 0;
  }
  std::string out;
  for (const auto& p : v) {
    if (!p.events) {
      out += use_index ? " " : kBars[0];
      if (!use_index) continue;
      continue;
    }
    double x = use_index ? p.coop_index : static_cast<double>(p.events);
    int k = hi > lo ? static_cast<int>(std::lround((x - lo) / (hi - lo) * 7)) : 7;
    out += kBars[std::clamp(k, 0, 7)];
  }
  return out;
}

std::string Label(const Store& store, const std::string& code) {
  std::string n = ActorDisplayName(code);
  return n.empty() ? code : n + " (" + code + ")";
}

nlohmann::ordered_json StatsJson(const PeriodStats& p) {
  nlohmann::ordered_json j;
  j["period"] = p.period;
  if (!p.start.empty()) j["start"] = p.start;
  j["events"] = p.events;
  j["verbal_coop"] = p.quad[0];
  j["material_coop"] = p.quad[1];
  j["verbal_conflict"] = p.quad[2];
  j["material_conflict"] = p.quad[3];
  j["goldstein_sum"] = std::round(p.goldstein_sum * 100) / 100;
  j["goldstein_mean"] = std::round(p.goldstein_mean * 1000) / 1000;
  j["coop_index"] = std::round(p.coop_index * 1000) / 1000;
  return j;
}

// A hand-written SVG chart: the cooperation-minus-conflict index per period
// for both directions (top panel, lines through the periods with events) and
// the event counts (bottom panel, bars).
std::string SvgChart(const DyadSeries& s, const std::string& title) {
  const double W = 960, H = 480, L = 60, R = 20, T = 50;
  const double ph = 270;                  // index panel height
  const double bt = T + ph + 20, bh = 70;  // bars panel top and height
  const double pw = W - L - R;
  size_t n = s.both.size();
  int64_t max_events = 1;
  for (const auto& p : s.both) max_events = std::max(max_events, p.events);
  auto x = [&](size_t i) { return L + (n <= 1 ? pw / 2 : pw * (static_cast<double>(i) + 0.5) / static_cast<double>(n)); };
  auto y = [&](double v) { return T + ph * (1 - (v + 1) / 2); };
  std::string o;
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                W, H, W, H);
  o += buf;
  std::string esc;
  for (char c : title) {
    if (c == '<') esc += "&lt;";
    else if (c == '>') esc += "&gt;";
    else if (c == '&') esc += "&amp;";
    else esc += c;
  }
  o += "<text x=\"" + Fixed(L, 0) + "\" y=\"24\" font-size=\"16\">" + esc + "</text>\n";
  // Index panel: grid and axis labels.
  for (double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
    std::snprintf(buf, sizeof buf,
                  "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"%s\"/>"
                  "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%+.1f</text>\n",
                  L, y(v), W - R, y(v), v == 0 ? "#888" : "#eee", L - 6, y(v) + 4, v);
    o += buf;
  }
  std::snprintf(buf, sizeof buf,
                "<text x=\"%.0f\" y=\"%.0f\" transform=\"rotate(-90 %.0f %.0f)\" text-anchor=\"middle\" "
                "fill=\"#555\">coop \u2212 conflict</text>\n",
                14.0, T + ph / 2, 14.0, T + ph / 2);
  o += buf;
  // Bars panel: events per period (both directions).
  double bw = n ? std::max(1.0, pw / static_cast<double>(n) * 0.8) : 0;
  std::snprintf(buf, sizeof buf,
                "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#888\"/>"
                "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%lld</text>"
                "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">0</text>"
                "<text x=\"%.0f\" y=\"%.0f\" transform=\"rotate(-90 %.0f %.0f)\" text-anchor=\"middle\" "
                "fill=\"#555\">events</text>\n",
                L, bt + bh, W - R, bt + bh, L - 6, bt + 10, static_cast<long long>(max_events), L - 6, bt + bh,
                14.0, bt + bh / 2, 14.0, bt + bh / 2);
  o += buf;
  for (size_t i = 0; i < n; ++i) {
    if (!s.both[i].events) continue;
    double h = bh * static_cast<double>(s.both[i].events) / static_cast<double>(max_events);
    std::snprintf(buf, sizeof buf,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9aa7b8\"><title>%s: %lld "
                  "events (%lld %s\u2192%s, %lld %s\u2192%s)</title></rect>\n",
                  x(i) - bw / 2, bt + bh - h, bw, h, s.both[i].period.c_str(),
                  static_cast<long long>(s.both[i].events), static_cast<long long>(s.ab[i].events),
                  s.a_code.c_str(), s.b_code.c_str(), static_cast<long long>(s.ba[i].events), s.b_code.c_str(),
                  s.a_code.c_str());
    o += buf;
  }
  size_t step = std::max<size_t>(1, (n + 11) / 12);
  for (size_t i = 0; i < n; i += step) {
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %.0f)\">%s</text>\n",
                  x(i), bt + bh + 16, x(i), bt + bh + 16, s.both[i].period.c_str());
    o += buf;
  }
  // Index lines, one per direction, through the periods that have events.
  auto line = [&](const std::vector<PeriodStats>& v, const char* color) {
    std::string pts;
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].events) continue;
      std::snprintf(buf, sizeof buf, "%.1f,%.1f ", x(i), y(v[i].coop_index));
      pts += buf;
      std::snprintf(buf, sizeof buf,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: index %.2f, %lld events, "
                    "Goldstein mean %.2f</title></circle>\n",
                    x(i), y(v[i].coop_index), color, v[i].period.c_str(), v[i].coop_index,
                    static_cast<long long>(v[i].events), v[i].goldstein_mean);
      o += buf;
    }
    if (!pts.empty())
      o += "<polyline fill=\"none\" stroke=\"" + std::string(color) +
           "\" stroke-opacity=\"0.7\" stroke-width=\"1.5\" points=\"" + pts + "\"/>\n";
  };
  line(s.ab, "#1f77b4");
  line(s.ba, "#d62728");
  std::snprintf(buf, sizeof buf,
                "<text x=\"%.0f\" y=\"40\" fill=\"#1f77b4\">\u25cf %s \u2192 %s</text>"
                "<text x=\"%.0f\" y=\"40\" fill=\"#d62728\">\u25cf %s \u2192 %s</text>"
                "<text x=\"%.0f\" y=\"40\" fill=\"#555\">index = (cooperation \u2212 conflict) / events</text>\n",
                L, s.a_code.c_str(), s.b_code.c_str(), L + 130, s.b_code.c_str(), s.a_code.c_str(), L + 260);
  o += buf;
  o += "</svg>\n";
  return o;
}

struct RelationsArgs {
  std::string a, b, db = DefaultDb(), from, to, by = "month", format = "table", plot;
  bool exact = false;
  int changes = 5;
  int evidence = 3;
  bool all_periods = false;
  bool one_a_day = false;
};

void RunRelations(const RelationsArgs& args) {
  if (!CheckFormat(args.format, "relations")) return;
  auto period = ParsePeriod(args.by);
  if (!period.ok()) {
    std::fprintf(stderr, "dyad relations: --by: %s\n", period.status().message().c_str());
    SetExitCode(2);
    return;
  }
  auto store = OpenOrReport(args.db, "relations");
  if (!store) return;
  SeriesQuery q;
  q.a = args.a;
  q.b = args.b;
  q.from = args.from;
  q.to = args.to;
  q.by = *period;
  q.exact = args.exact;
  q.max_changes = args.changes;
  q.evidence_per_change = args.evidence;
  q.one_a_day = args.one_a_day;
  auto r = ComputeDyadSeries(*store, q);
  if (!r.ok()) {
    std::fprintf(stderr, "dyad relations: %s\n", r.status().message().c_str());
    SetExitCode(1);
    return;
  }
  const DyadSeries& s = *r;
  const std::string A = s.a_code, B = s.b_code;
  if (!args.plot.empty()) {
    std::ofstream f(args.plot);
    f << SvgChart(s, Label(*store, A) + " \u2194 " + Label(*store, B) + " by " + PeriodName(s.by));
    if (!f) {
      std::fprintf(stderr, "dyad relations: --plot %s: cannot write\n", args.plot.c_str());
      SetExitCode(1);
      return;
    }
  }
  if (args.format == "json") {
    nlohmann::ordered_json j;
    j["a"] = A;
    j["b"] = B;
    j["a_name"] = ActorDisplayName(A);
    j["b_name"] = ActorDisplayName(B);
    j["by"] = PeriodName(s.by);
    j["exact"] = args.exact;
    j["total"] = {{"ab", StatsJson(s.total_ab)}, {"ba", StatsJson(s.total_ba)}, {"both", StatsJson(s.total_both)}};
    auto arr = [](const std::vector<PeriodStats>& v) {
      auto a = nlohmann::ordered_json::array();
      for (const auto& p : v) a.push_back(StatsJson(p));
      return a;
    };
    j["ab"] = arr(s.ab);
    j["ba"] = arr(s.ba);
    j["both"] = arr(s.both);
    auto ch = nlohmann::ordered_json::array();
    for (const auto& c : s.changes) {
      nlohmann::ordered_json cj;
      cj["from"] = c.from_period;
      cj["to"] = c.to_period;
      cj["delta_goldstein"] = std::round(c.delta * 100) / 100;
      cj["from_goldstein"] = c.from_goldstein;
      cj["to_goldstein"] = c.to_goldstein;
      cj["from_index"] = c.from_index;
      cj["to_index"] = c.to_index;
      cj["from_events"] = c.from_events;
      cj["to_events"] = c.to_events;
      auto ev = nlohmann::ordered_json::array();
      for (const auto& e : c.evidence)
        ev.push_back({{"event_id", e.event_id}, {"doc_id", e.doc_id}, {"sentence", e.sentence}, {"date", e.date},
                      {"source", e.source}, {"target", e.target}, {"code", e.code}, {"quad_class", e.quad_class},
                      {"goldstein", e.goldstein}, {"text", e.text}, {"title", e.title}, {"url", e.url}});
      cj["evidence"] = ev;
      ch.push_back(cj);
    }
    j["changes"] = ch;
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return;
  }
  if (args.format == "csv") {
    std::printf("direction,period,start,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                "goldstein_sum,goldstein_mean,coop_index\n");
    auto rows = [&](const std::string& dir, const std::vector<PeriodStats>& v) {
      for (const auto& p : v)
        std::printf("%s,%s,%s,%lld,%lld,%lld,%lld,%lld,%.2f,%.3f,%.3f\n", CsvField(dir).c_str(), p.period.c_str(),
                    p.start.c_str(), static_cast<long long>(p.events), static_cast<long long>(p.quad[0]),
                    static_cast<long long>(p.quad[1]), static_cast<long long>(p.quad[2]),
                    static_cast<long long>(p.quad[3]), p.goldstein_sum, p.goldstein_mean, p.coop_index);
    };
    rows(A + "->" + B, s.ab);
    rows(B + "->" + A, s.ba);
    rows("both", s.both);
    return;
  }
  // Table.
  std::printf("Relations %s <-> %s, by %s%s%s%s\n", Label(*store, A).c_str(), Label(*store, B).c_str(),
              PeriodName(s.by), args.exact ? " (exact codes)" : " (agents included)",
              s.both.empty() ? "" : (", " + s.both.front().period + " .. " + s.both.back().period).c_str(),
              args.db.empty() ? "" : ("  [" + args.db + "]").c_str());
  if (s.total_both.events == 0) {
    std::printf("\nNo events between %s and %s in this store%s.\n", A.c_str(), B.c_str(),
                (args.from.empty() && args.to.empty()) ? "" : " for this date range");
    std::printf("Try `dyad dyads --db %s` to see which pairs have events.\n", args.db.c_str());
    return;
  }
  auto dir_line = [&](const char* label, const PeriodStats& t) {
    std::printf("  %-12s %6lld events  coop %5lld / %-5lld conflict %5lld / %-5lld  Goldstein sum %8.1f mean %+5.2f  "
                "index %+.2f\n",
                label, static_cast<long long>(t.events), static_cast<long long>(t.quad[0]),
                static_cast<long long>(t.quad[1]), static_cast<long long>(t.quad[2]),
                static_cast<long long>(t.quad[3]), t.goldstein_sum, t.goldstein_mean, t.coop_index);
  };
  std::string ab = A + "->" + B, ba = B + "->" + A;
  std::printf("\n  (coop = verbal / material cooperation; conflict = verbal / material conflict;\n"
              "   index = (cooperation - conflict) / events, from -1 to +1)\n");
  dir_line(ab.c_str(), s.total_ab);
  dir_line(ba.c_str(), s.total_ba);
  dir_line("both", s.total_both);
  std::printf("\n  index %-9s %s\n", ab.c_str(), Sparkline(s.ab, true).c_str());
  std::printf("  index %-9s %s\n", ba.c_str(), Sparkline(s.ba, true).c_str());
  std::printf("  events        %s\n", Sparkline(s.both, false).c_str());

  std::printf("\n%-10s %8s %8s %5s %5s %5s %5s %9s %7s %6s\n", "period", ab.substr(0, 8).c_str(),
              ba.substr(0, 8).c_str(), "vcoop", "mcoop", "vconf", "mconf", "gold.sum", "mean", "index");
  int hidden = 0;
  for (size_t i = 0; i < s.both.size(); ++i) {
    const PeriodStats& p = s.both[i];
    if (!p.events && !args.all_periods) {
      ++hidden;
      continue;
    }
    std::printf("%-10s %8lld %8lld %5lld %5lld %5lld %5lld %9.1f %+7.2f %+6.2f\n", p.period.c_str(),
                static_cast<long long>(s.ab[i].events), static_cast<long long>(s.ba[i].events),
                static_cast<long long>(p.quad[0]), static_cast<long long>(p.quad[1]),
                static_cast<long long>(p.quad[2]), static_cast<long long>(p.quad[3]), p.goldstein_sum,
                p.goldstein_mean, p.coop_index);
  }
  if (hidden) std::printf("(%d %s%s without events not shown; --all-periods shows them)\n", hidden, PeriodName(s.by),
                          hidden == 1 ? "" : "s");
  if (!s.changes.empty()) {
    std::printf("\nLargest changes (Goldstein sum, both directions) and the events behind them:\n");
    for (const auto& c : s.changes) {
      std::printf("\n  %s -> %s: %+.1f (Goldstein %.1f -> %.1f, index %+.2f -> %+.2f, events %lld -> %lld)\n",
                  c.from_period.c_str(), c.to_period.c_str(), c.delta, c.from_goldstein, c.to_goldstein,
                  c.from_index, c.to_index, static_cast<long long>(c.from_events),
                  static_cast<long long>(c.to_events));
      for (const auto& e : c.evidence) {
        std::string text = e.text;
        if (text.size() > 160) text = text.substr(0, 157) + "...";
        std::printf("    %s %s->%s %s (%+.1f) \"%s\" [%s]\n", e.date.c_str(), e.source.c_str(), e.target.c_str(),
                    e.code.c_str(), e.goldstein, text.c_str(), e.doc_id.c_str());
      }
    }
  }
  if (!args.plot.empty()) std::printf("\nChart written to %s\n", args.plot.c_str());
}

struct ActivityArgs {
  std::string db = DefaultDb(), from, to, actor, format = "table";
  bool exact = false, full_codes = false, directed = false, one_a_day = false;
  int limit = 20;
};

ActivityQuery MakeActivityQuery(const ActivityArgs& a) {
  ActivityQuery q;
  q.from = a.from;
  q.to = a.to;
  q.actor = a.actor;
  q.exact = a.exact;
  q.by_root = !a.full_codes;
  q.directed = a.directed;
  q.limit = a.limit;
  q.one_a_day = a.one_a_day;
  return q;
}

void RunDyads(const ActivityArgs& args) {
  if (!CheckFormat(args.format, "dyads")) return;
  auto store = OpenOrReport(args.db, "dyads");
  if (!store) return;
  auto r = TopDyads(*store, MakeActivityQuery(args));
  if (!r.ok()) {
    std::fprintf(stderr, "dyad dyads: %s\n", r.status().message().c_str());
    SetExitCode(1);
    return;
  }
  const char* sep = args.directed ? "->" : "<->";
  if (args.format == "json") {
    auto j = nlohmann::ordered_json::array();
    for (const auto& d : *r) {
      nlohmann::ordered_json x = {{"a", d.a}, {"b", d.b}, {"a_name", d.a_name}, {"b_name", d.b_name},
                                  {"first_date", d.first_date}, {"last_date", d.last_date}};
      x["stats"] = StatsJson(d.stats);
      j.push_back(x);
    }
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else if (args.format == "csv") {
    std::printf("a,b,a_name,b_name,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                "goldstein_mean,coop_index,first_date,last_date\n");
    for (const auto& d : *r)
      std::printf("%s,%s,%s,%s,%lld,%lld,%lld,%lld,%lld,%.3f,%.3f,%s,%s\n", d.a.c_str(), d.b.c_str(),
                  CsvField(d.a_name).c_str(), CsvField(d.b_name).c_str(), static_cast<long long>(d.stats.events),
                  static_cast<long long>(d.stats.quad[0]), static_cast<long long>(d.stats.quad[1]),
                  static_cast<long long>(d.stats.quad[2]), static_cast<long long>(d.stats.quad[3]),
                  d.stats.goldstein_mean, d.stats.coop_index, d.first_date.c_str(), d.last_date.c_str());
  } else {
    if (r->empty()) {
      std::printf("No dyads with events in %s for these filters.\n", args.db.c_str());
      return;
    }
    std::printf("%-4s %-22s %7s %6s %6s %7s %6s  %-10s  %-10s  %s\n", "#", "dyad", "events", "coop", "confl",
                "g.mean", "index", "first", "last", "names");
    int i = 0;
    for (const auto& d : *r) {
      std::string pair = d.a + sep + d.b;
      std::printf("%-4d %-22s %7lld %6lld %6lld %+7.2f %+6.2f  %-10s  %-10s  %s%s%s\n", ++i, pair.c_str(),
                  static_cast<long long>(d.stats.events), static_cast<long long>(d.stats.quad[0] + d.stats.quad[1]),
                  static_cast<long long>(d.stats.quad[2] + d.stats.quad[3]), d.stats.goldstein_mean,
                  d.stats.coop_index, d.first_date.c_str(), d.last_date.c_str(), d.a_name.c_str(),
                  d.a_name.empty() && d.b_name.empty() ? "" : " / ", d.b_name.c_str());
    }
  }
}

void RunActors(const ActivityArgs& args) {
  if (!CheckFormat(args.format, "actors")) return;
  auto store = OpenOrReport(args.db, "actors");
  if (!store) return;
  auto r = TopActors(*store, MakeActivityQuery(args));
  if (!r.ok()) {
    std::fprintf(stderr, "dyad actors: %s\n", r.status().message().c_str());
    SetExitCode(1);
    return;
  }
  if (args.format == "json") {
    auto j = nlohmann::ordered_json::array();
    for (const auto& a : *r) {
      nlohmann::ordered_json x = {{"code", a.code}, {"name", a.name}, {"as_source", a.as_source},
                                  {"as_target", a.as_target}, {"first_date", a.first_date},
                                  {"last_date", a.last_date}};
      x["stats"] = StatsJson(a.stats);
      j.push_back(x);
    }
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else if (args.format == "csv") {
    std::printf("code,name,events,as_source,as_target,goldstein_mean,coop_index,first_date,last_date\n");
    for (const auto& a : *r)
      std::printf("%s,%s,%lld,%lld,%lld,%.3f,%.3f,%s,%s\n", a.code.c_str(), CsvField(a.name).c_str(),
                  static_cast<long long>(a.stats.events), static_cast<long long>(a.as_source),
                  static_cast<long long>(a.as_target), a.stats.goldstein_mean, a.stats.coop_index,
                  a.first_date.c_str(), a.last_date.c_str());
  } else {
    if (r->empty()) {
      std::printf("No actors with events in %s for these filters.\n", args.db.c_str());
      return;
    }
    std::printf("%-4s %-12s %7s %7s %7s %7s %6s  %-10s  %-10s  %s\n", "#", "actor", "events", "source", "target",
                "g.mean", "index", "first", "last", "name");
    int i = 0;
    for (const auto& a : *r)
      std::printf("%-4d %-12s %7lld %7lld %7lld %+7.2f %+6.2f  %-10s  %-10s  %s\n", ++i, a.code.c_str(),
                  static_cast<long long>(a.stats.events), static_cast<long long>(a.as_source),
                  static_cast<long long>(a.as_target), a.stats.goldstein_mean, a.stats.coop_index,
                  a.first_date.c_str(), a.last_date.c_str(), a.name.c_str());
  }
}

void AddActivityOptions(CLI::App* cmd, ActivityArgs* a) {
  cmd->add_option("--db", a->db, "Event store (default $DYAD_DB or dyad.sqlite)");
  cmd->add_option("--from", a->from, "First date, YYYY-MM-DD");
  cmd->add_option("--to", a->to, "Last date, YYYY-MM-DD");
  cmd->add_option("--actor", a->actor, "Only pairs / actors involving this code or name");
  cmd->add_flag("--exact", a->exact, "--actor matches the exact code (not its agents)");
  cmd->add_flag("--full-codes", a->full_codes, "Group by full actor codes (KORGOV) instead of countries (KOR)");
  cmd->add_option("--limit,-n", a->limit, "How many rows")->capture_default_str();
  cmd->add_option("--format", a->format, "table|csv|json")->capture_default_str();
  cmd->add_flag("--one-a-day", a->one_a_day, "Count one event per (date, source, target, code) (Phoenix filter)");
}

}  // namespace

void AddReportCommands(CLI::App& app) {
  auto rel = std::make_shared<RelationsArgs>();
  auto* r = app.add_subcommand("relations", "How relations between two actors moved: series, changes, evidence");
  r->add_option("a", rel->a, "First actor: code or name (KOR, KORGOV, \"South Korea\")")->required();
  r->add_option("b", rel->b, "Second actor")->required();
  r->add_option("--db", rel->db, "Event store (default $DYAD_DB or dyad.sqlite)");
  r->add_option("--from", rel->from, "First date, YYYY-MM-DD");
  r->add_option("--to", rel->to, "Last date, YYYY-MM-DD");
  r->add_option("--by", rel->by, "day|week|month|year")->capture_default_str();
  r->add_option("--format", rel->format, "table|csv|json")->capture_default_str();
  r->add_option("--plot", rel->plot, "Also write an SVG chart to this file");
  r->add_flag("--exact", rel->exact, "Match the codes exactly (a country code then excludes its agents)");
  r->add_option("--changes", rel->changes, "How many largest changes to show")->capture_default_str();
  r->add_option("--evidence", rel->evidence, "Events shown per change")->capture_default_str();
  r->add_flag("--all-periods", rel->all_periods, "Table: also list periods without events");
  r->add_flag("--one-a-day", rel->one_a_day, "Count one event per (date, source, target, code) (Phoenix filter)");
  r->callback([rel] { RunRelations(*rel); });

  auto dy = std::make_shared<ActivityArgs>();
  auto* d = app.add_subcommand("dyads", "Most active actor pairs");
  AddActivityOptions(d, dy.get());
  d->add_flag("--directed", dy->directed, "Count A->B and B->A apart");
  d->callback([dy] { RunDyads(*dy); });

  auto ac = std::make_shared<ActivityArgs>();
  auto* a = app.add_subcommand("actors", "Actors by activity");
  AddActivityOptions(a, ac.get());
  a->callback([ac] { RunActors(*ac); });
}

}  // namespace dyad::cli
