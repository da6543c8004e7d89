#include "analyze/series.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

#include "store/actor_names.h"
#include "text/date.h"

namespace dyad {
namespace {


// Monday = 0.
int Weekday(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// ISO year and week of a day.
void IsoWeek(int64_t days, int* iso_year, int* week) {
  int64_t thursday = days - Weekday(days) + 3;
  int y;
  unsigned m, d;
  CivilFromDays(thursday, &y, &m, &d);
  int64_t jan1 = DaysFromCivil(y, 1, 1);
  *iso_year = y;
  *week = static_cast<int>((thursday - jan1) / 7 + 1);
}

int64_t IsoWeekStart(int iso_year, int week) {
  int64_t jan4 = DaysFromCivil(iso_year, 1, 4);
  int64_t week1 = jan4 - Weekday(jan4);
  return week1 + static_cast<int64_t>(week - 1) * 7;
}

std::string Col(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

class Query {
 public:
  Query(sqlite3* db, const std::string& sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &st_, nullptr);
  }
  ~Query() { sqlite3_finalize(st_); }
  Status status(const std::string& what) const {
    if (rc_ == SQLITE_OK) return Status::OK();
    return Status::IoError(std::string(sqlite3_db_filename(db_, "main")) + ": " + what + ": " + sqlite3_errmsg(db_));
  }
  void Bind(const std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i)
      sqlite3_bind_text(st_, static_cast<int>(i + 1), args[i].c_str(), -1, SQLITE_TRANSIENT);
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return rc_ = sqlite3_step(st_); }
  bool done_ok() const { return rc_ == SQLITE_DONE; }
  sqlite3_stmt* get() { return st_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  int rc_;
};

// SQL condition matching column `col` (source or target) against `code`,
// appending its parameters. Country roots use the *_root columns (indexed).
std::string MatchActor(const std::string& col, const std::string& code, bool exact, std::vector<std::string>* args) {
  if (exact) {
    args->push_back(code);
    return col + " = ?";
  }
  if (code.size() == 3) {
    args->push_back(code);
    return col + "_root = ?";
  }
  args->push_back(code);
  args->push_back(code);
  return "(" + col + " = ? OR substr(" + col + ", 1, " + std::to_string(code.size()) + ") = ?)";
}

std::string DateRange(const std::string& from, const std::string& to, std::vector<std::string>* args) {
  std::string s;
  if (!from.empty()) {
    s += " AND date >= ?";
    args->push_back(from);
  }
  if (!to.empty()) {
    s += " AND date <= ?";
    args->push_back(to);
  }
  return s;
}

void Add(PeriodStats* p, int quad, double g) {
  p->events++;
  if (quad >= 1 && quad <= 4) p->quad[quad - 1]++;
  p->goldstein_sum += g;
}

void Finish(PeriodStats* p) {
  if (p->events > 0) {
    p->goldstein_mean = p->goldstein_sum / static_cast<double>(p->events);
    p->coop_index = static_cast<double>(p->quad[0] + p->quad[1] - p->quad[2] - p->quad[3]) /
                    static_cast<double>(p->events);
  } else {
    p->goldstein_mean = 0;
    p->coop_index = 0;
  }
}

Status ValidateDateBound(const std::string& d, const char* which) {
  int y;
  unsigned m, dd;
  if (!d.empty() && !ParseYmdPrefix(d, &y, &m, &dd))
    return Status::Invalid(std::string("--") + which + " " + d + ": expected a date YYYY-MM-DD");
  return Status::OK();
}

std::string ActorName(sqlite3* db, const std::string& code) {
  Query q(db, "SELECT name FROM actors WHERE code = ?");
  q.Bind({code});
  if (q.Step() == SQLITE_ROW) {
    std::string n = Col(q.get(), 0);
    if (!n.empty()) return n;
  }
  return ActorDisplayName(code);
}

}  // namespace

StatusOr<Period> ParsePeriod(const std::string& s) {
  if (s == "day") return Period::kDay;
  if (s == "week") return Period::kWeek;
  if (s == "month") return Period::kMonth;
  if (s == "year") return Period::kYear;
  return Status::Invalid("period '" + s + "': expected day, week, month or year");
}

const char* PeriodName(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kYear: return "year";
  }
  return "?";
}

std::string PeriodKey(const std::string& date, Period p) {
  int y;
  unsigned m, d;
  if (!ParseYmdPrefix(date, &y, &m, &d)) return "";
  char buf[16];
  switch (p) {
    case Period::kDay: return date.substr(0, 10);
    case Period::kMonth: return date.substr(0, 7);
    case Period::kYear: return date.substr(0, 4);
    case Period::kWeek: {
      int iy, w;
      IsoWeek(DaysFromCivil(y, m, d), &iy, &w);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", iy, w);
      return buf;
    }
  }
  return "";
}

std::string PeriodStart(const std::string& key, Period p) {
  switch (p) {
    case Period::kDay: return key;
    case Period::kMonth: return key + "-01";
    case Period::kYear: return key + "-01-01";
    case Period::kWeek: {
      if (key.size() != 8) return "";
      return FormatDate(IsoWeekStart(std::stoi(key.substr(0, 4)), std::stoi(key.substr(6, 2))));
    }
  }
  return "";
}

std::string NextPeriodKey(const std::string& key, Period p) {
  int y;
  unsigned m, d;
  std::string start = PeriodStart(key, p);
  if (!ParseYmdPrefix(start, &y, &m, &d)) return "";
  int64_t days = DaysFromCivil(y, m, d);
  switch (p) {
    case Period::kDay: return PeriodKey(FormatDate(days + 1), p);
    case Period::kWeek: return PeriodKey(FormatDate(days + 7), p);
    case Period::kMonth: {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02u", m == 12 ? y + 1 : y, m == 12 ? 1u : m + 1);
      return buf;
    }
    case Period::kYear: return std::to_string(y + 1);
  }
  return "";
}

StatusOr<std::string> ResolveActor(const Store& store, const std::string& input) {
  std::string s = input;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(s.begin());
  if (s.empty()) return Status::Invalid("empty actor name");
  std::string upper = s;
  bool code_like = s.size() >= 3 && s.size() <= 15;
  for (char& c : upper) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!std::isalnum(static_cast<unsigned char>(c))) code_like = false;
  }
  sqlite3* db = store.db();
  if (code_like) {
    Query q(db,
            "SELECT 1 FROM actors WHERE code = ?1 UNION ALL "
            "SELECT 1 FROM (SELECT 1 FROM events WHERE source = ?1 OR target = ?1 "
            "OR source_root = ?1 OR target_root = ?1 LIMIT 1)");
    q.Bind({upper});
    if (q.Step() == SQLITE_ROW) return upper;
  }
  {
    Query q(db, "SELECT code FROM actors WHERE lower(name) = lower(?) ORDER BY length(code), code LIMIT 1");
    q.Bind({s});
    if (q.Step() == SQLITE_ROW) return Col(q.get(), 0);
  }
  std::string builtin = CountryCodeForName(s);
  if (!builtin.empty()) return builtin;
  {
    Query q(db,
            "SELECT code FROM actors WHERE lower(name) LIKE lower(?) || '%' ORDER BY length(code), code LIMIT 1");
    q.Bind({s});
    if (q.Step() == SQLITE_ROW) return Col(q.get(), 0);
  }
  // An all-upper-case code the store has never seen is still a valid query (empty result).
  if (code_like && s == upper) return upper;
  return Status::NotFound("actor '" + input + "': not a known actor code or name in " + store.path() +
                          " (try `dyad actors --db " + store.path() + "`)");
}

StatusOr<DyadSeries> ComputeDyadSeries(const Store& store, const SeriesQuery& q) {
  Status vs = ValidateDateBound(q.from, "from");
  if (!vs.ok()) return vs;
  if (!(vs = ValidateDateBound(q.to, "to")).ok()) return vs;
  auto a = ResolveActor(store, q.a);
  if (!a.ok()) return a.status();
  auto b = ResolveActor(store, q.b);
  if (!b.ok()) return b.status();
  DyadSeries out;
  out.a_code = *a;
  out.b_code = *b;
  out.by = q.by;

  std::vector<std::string> args;
  // (Each call appends its parameters: sequence them explicitly.)
  std::string ab = MatchActor("source", out.a_code, q.exact, &args);
  ab += " AND " + MatchActor("target", out.b_code, q.exact, &args);
  std::string ba = MatchActor("source", out.b_code, q.exact, &args);
  ba += " AND " + MatchActor("target", out.a_code, q.exact, &args);
  // The same conditions again in the WHERE clause (so the indexes are used).
  MatchActor("source", out.a_code, q.exact, &args);
  MatchActor("target", out.b_code, q.exact, &args);
  MatchActor("source", out.b_code, q.exact, &args);
  MatchActor("target", out.a_code, q.exact, &args);
  std::string range = DateRange(q.from, q.to, &args);
  // dir: 1 = a->b, 2 = b->a, 3 = both (a and b overlap, e.g. KOR and KORGOV).
  std::string sql = "SELECT event_id, date, quad_class, goldstein, (CASE WHEN " + ab +
                    " THEN 1 ELSE 0 END) + (CASE WHEN " + ba + " THEN 2 ELSE 0 END) FROM " +
                    (q.one_a_day ? "events_one_a_day" : "events") + " WHERE ((" + ab +
                    ") OR (" + ba + "))" + range + " ORDER BY date, event_id";
  Query st(store.db(), sql);
  if (Status s = st.status("querying events"); !s.ok()) return s;
  st.Bind(args);

  struct Row {
    std::string id, key;
    int quad;
    double g;
    int dir;
  };
  std::vector<Row> rows;
  while (st.Step() == SQLITE_ROW) {
    Row r{Col(st.get(), 0), PeriodKey(Col(st.get(), 1), q.by), sqlite3_column_int(st.get(), 2),
          sqlite3_column_double(st.get(), 3), sqlite3_column_int(st.get(), 4)};
    if (r.key.empty()) continue;  // malformed date: not in any period
    rows.push_back(std::move(r));
  }
  if (!st.done_ok()) return Status::IoError(store.path() + ": reading events: " + sqlite3_errmsg(store.db()));

  // Period range: from/to when given, else first..last event.
  std::string first = !q.from.empty() ? PeriodKey(q.from, q.by) : (rows.empty() ? "" : rows.front().key);
  std::string last = !q.to.empty() ? PeriodKey(q.to, q.by) : (rows.empty() ? "" : rows.back().key);
  std::map<std::string, size_t> index;
  if (!first.empty() && !last.empty() && first <= last) {
    for (std::string k = first; !k.empty() && k <= last; k = NextPeriodKey(k, q.by)) {
      index[k] = out.both.size();
      PeriodStats p;
      p.period = k;
      p.start = PeriodStart(k, q.by);
      out.ab.push_back(p);
      out.ba.push_back(p);
      out.both.push_back(p);
      if (out.both.size() > 200000) return Status::Invalid("too many periods; use a coarser --by");
    }
  }
  out.total_ab.period = out.total_ba.period = out.total_both.period = "total";
  for (const Row& r : rows) {
    auto it = index.find(r.key);
    if (it == index.end()) continue;
    if (r.dir & 1) {
      Add(&out.ab[it->second], r.quad, r.g);
      Add(&out.total_ab, r.quad, r.g);
    }
    if (r.dir & 2) {
      Add(&out.ba[it->second], r.quad, r.g);
      Add(&out.total_ba, r.quad, r.g);
    }
    Add(&out.both[it->second], r.quad, r.g);
    Add(&out.total_both, r.quad, r.g);
  }
  for (auto* v : {&out.ab, &out.ba, &out.both})
    for (auto& p : *v) Finish(&p);
  Finish(&out.total_ab);
  Finish(&out.total_ba);
  Finish(&out.total_both);

  // Largest changes of the combined Goldstein sum between a period and the
  // previous period that had events (sparse stores have many empty periods).
  std::vector<Change> changes;
  size_t prev = out.both.size();
  for (size_t i = 0; i < out.both.size(); ++i) {
    if (out.both[i].events == 0) continue;
    if (prev == out.both.size()) {
      prev = i;
      continue;
    }
    const PeriodStats& p0 = out.both[prev];
    const PeriodStats& p1 = out.both[i];
    prev = i;
    double delta = p1.goldstein_sum - p0.goldstein_sum;
    if (delta == 0) continue;
    Change c;
    c.from_period = p0.period;
    c.to_period = p1.period;
    c.from_index = p0.coop_index;
    c.to_index = p1.coop_index;
    c.from_goldstein = p0.goldstein_sum;
    c.to_goldstein = p1.goldstein_sum;
    c.from_events = p0.events;
    c.to_events = p1.events;
    c.delta = delta;
    changes.push_back(std::move(c));
  }
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& x, const Change& y) { return std::fabs(x.delta) > std::fabs(y.delta); });
  if (static_cast<int>(changes.size()) > q.max_changes) changes.resize(std::max(0, q.max_changes));

  // Evidence: the events of the later period pulling hardest in the change's direction.
  for (Change& c : changes) {
    std::vector<std::pair<double, std::string>> cands;
    for (const Row& r : rows)
      if (r.key == c.to_period) cands.emplace_back(c.delta < 0 ? r.g : -r.g, r.id);
    std::stable_sort(cands.begin(), cands.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (size_t i = 0; i < cands.size() && static_cast<int>(i) < q.evidence_per_change; ++i) {
      Query ev(store.db(),
               "SELECT e.event_id, e.doc_id, e.date, e.source, e.target, e.code, e.sentence, e.quad_class, "
               "e.goldstein, s.text, d.title, d.url FROM events e "
               "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence "
               "LEFT JOIN documents d ON d.id = e.doc_id WHERE e.event_id = ?");
      ev.Bind({cands[i].second});
      if (ev.Step() != SQLITE_ROW) continue;
      EvidenceEvent e;
      e.event_id = Col(ev.get(), 0);
      e.doc_id = Col(ev.get(), 1);
      e.date = Col(ev.get(), 2);
      e.source = Col(ev.get(), 3);
      e.target = Col(ev.get(), 4);
      e.code = Col(ev.get(), 5);
      e.sentence = sqlite3_column_int(ev.get(), 6);
      e.quad_class = sqlite3_column_int(ev.get(), 7);
      e.goldstein = sqlite3_column_double(ev.get(), 8);
      e.text = Col(ev.get(), 9);
      e.title = Col(ev.get(), 10);
      e.url = Col(ev.get(), 11);
      c.evidence.push_back(std::move(e));
    }
  }
  out.changes = std::move(changes);
  return out;
}

namespace {

StatusOr<std::string> ActivityFilter(const Store& store, const ActivityQuery& q, const std::string& a_col,
                                     const std::string& b_col, std::vector<std::string>* args) {
  Status vs = ValidateDateBound(q.from, "from");
  if (!vs.ok()) return vs;
  if (!(vs = ValidateDateBound(q.to, "to")).ok()) return vs;
  std::string where = " WHERE target != ''" + DateRange(q.from, q.to, args);
  if (!q.actor.empty()) {
    auto code = ResolveActor(store, q.actor);
    if (!code.ok()) return code.status();
    where += " AND (" + MatchActor("source", *code, q.exact, args);
    where += " OR " + MatchActor("target", *code, q.exact, args) + ")";
  }
  return where;
}

constexpr const char* kStatsCols =
    "COUNT(*), SUM(quad_class = 1), SUM(quad_class = 2), SUM(quad_class = 3), SUM(quad_class = 4), "
    "SUM(goldstein), MIN(date), MAX(date)";

// Reads the 8 kStatsCols starting at column i.
void ReadStats(sqlite3_stmt* st, int i, PeriodStats* p, std::string* first, std::string* last) {
  p->period = "total";
  p->events = sqlite3_column_int64(st, i);
  for (int k = 0; k < 4; ++k) p->quad[k] = sqlite3_column_int64(st, i + 1 + k);
  p->goldstein_sum = sqlite3_column_double(st, i + 5);
  *first = Col(st, i + 6);
  *last = Col(st, i + 7);
  Finish(p);
}

}  // namespace

StatusOr<std::vector<DyadSummary>> TopDyads(const Store& store, const ActivityQuery& q) {
  std::vector<std::string> args;
  std::string src = q.by_root ? "source_root" : "source";
  std::string tgt = q.by_root ? "target_root" : "target";
  auto where = ActivityFilter(store, q, src, tgt, &args);
  if (!where.ok()) return where.status();
  std::string a = q.directed ? src : "min(" + src + ", " + tgt + ")";
  std::string b = q.directed ? tgt : "max(" + src + ", " + tgt + ")";
  std::string table = q.one_a_day ? "events_one_a_day" : "events";
  std::string sql = "SELECT " + a + " AS a, " + b + " AS b, " + kStatsCols + " FROM " + table + *where +
                    " AND " + src + " != '' GROUP BY a, b ORDER BY COUNT(*) DESC, a, b LIMIT " +
                    std::to_string(std::max(0, q.limit));
  Query st(store.db(), sql);
  if (Status s = st.status("querying dyads"); !s.ok()) return s;
  st.Bind(args);
  std::vector<DyadSummary> out;
  while (st.Step() == SQLITE_ROW) {
    DyadSummary d;
    d.a = Col(st.get(), 0);
    d.b = Col(st.get(), 1);
    ReadStats(st.get(), 2, &d.stats, &d.first_date, &d.last_date);
    out.push_back(std::move(d));
  }
  if (!st.done_ok()) return Status::IoError(store.path() + ": reading dyads: " + sqlite3_errmsg(store.db()));
  for (auto& d : out) {
    d.a_name = ActorName(store.db(), d.a);
    d.b_name = ActorName(store.db(), d.b);
  }
  return out;
}

StatusOr<std::vector<ActorSummary>> TopActors(const Store& store, const ActivityQuery& q) {
  std::vector<std::string> args;
  Status vs = ValidateDateBound(q.from, "from");
  if (!vs.ok()) return vs;
  if (!(vs = ValidateDateBound(q.to, "to")).ok()) return vs;
  std::string src = q.by_root ? "source_root" : "source";
  std::string tgt = q.by_root ? "target_root" : "target";
  std::string table = q.one_a_day ? "events_one_a_day" : "events";
  std::string range1 = DateRange(q.from, q.to, &args);
  std::string range2 = DateRange(q.from, q.to, &args);
  std::string filter;
  if (!q.actor.empty()) {
    auto code = ResolveActor(store, q.actor);
    if (!code.ok()) return code.status();
    std::string cond = q.exact ? "actor = ?" : "substr(actor, 1, " + std::to_string(code->size()) + ") = ?";
    filter = " AND " + cond;
    args.push_back(*code);
  }
  std::string sql = "SELECT actor, SUM(role), SUM(1 - role), COUNT(*), SUM(quad_class = 1), SUM(quad_class = 2), "
                    "SUM(quad_class = 3), SUM(quad_class = 4), SUM(goldstein), MIN(date), MAX(date) FROM ("
                    "SELECT " + src + " AS actor, 1 AS role, quad_class, goldstein, date FROM " + table + " WHERE 1" +
                    range1 + " UNION ALL SELECT " + tgt + ", 0, quad_class, goldstein, date FROM " + table + " WHERE 1" +
                    range2 + ") WHERE actor != ''" + filter + " GROUP BY actor ORDER BY COUNT(*) DESC, actor LIMIT " +
                    std::to_string(std::max(0, q.limit));
  Query st(store.db(), sql);
  if (Status s = st.status("querying actors"); !s.ok()) return s;
  st.Bind(args);
  std::vector<ActorSummary> out;
  while (st.Step() == SQLITE_ROW) {
    ActorSummary a;
    a.code = Col(st.get(), 0);
    a.as_source = sqlite3_column_int64(st.get(), 1);
    a.as_target = sqlite3_column_int64(st.get(), 2);
    ReadStats(st.get(), 3, &a.stats, &a.first_date, &a.last_date);
    out.push_back(std::move(a));
  }
  if (!st.done_ok()) return Status::IoError(store.path() + ": reading actors: " + sqlite3_errmsg(store.db()));
  for (auto& a : out) a.name = ActorName(store.db(), a.code);
  return out;
}

}  // namespace dyad
