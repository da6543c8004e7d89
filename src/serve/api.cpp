#include "serve/api.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <variant>

#include "serve/db.h"
#include "text/date.h"

namespace dyad::serve {

using json = nlohmann::json;

namespace {

// ---------------------------------------------------------------- helpers

std::string Lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Response Error(int status, const std::string& msg) {
  return Response{status, "application/json", Dump(json{{"error", msg}})};
}

// Exactly "YYYY-MM-DD".
bool ParseYmd(std::string_view s, int* y, unsigned* m, unsigned* d) {
  return s.size() == 10 && ParseYmdPrefix(s, y, m, d);
}

// ------------------------------------------------------- parameter parsing

// Query parameters checked against the names an endpoint accepts.
class Query {
 public:
  Query(const Params& p, std::initializer_list<const char*> allowed) {
    std::set<std::string> ok(allowed.begin(), allowed.end());
    for (const auto& [k, v] : p) {
      if (!ok.count(k)) {
        err_ = "unknown parameter '" + k + "'";
        return;
      }
      if (!vals_.emplace(k, v).second) {
        err_ = "parameter '" + k + "' given more than once";
        return;
      }
    }
  }
  const std::string& error() const { return err_; }
  // The value, or "" when absent (an empty value counts as absent).
  std::string Get(const std::string& k) const {
    auto it = vals_.find(k);
    return it == vals_.end() ? std::string() : Trim(it->second);
  }
  bool Has(const std::string& k) const { return !Get(k).empty(); }

 private:
  std::map<std::string, std::string> vals_;
  std::string err_;
};

Status ParseActor(const std::string& name, const std::string& v, std::string* out) {
  if (v.size() < 3 || v.size() > 32)
    return Status::Invalid("parameter '" + name + "': actor code must be 3 to 32 letters or digits");
  std::string r;
  for (char c : v) {
    if (!std::isalnum(static_cast<unsigned char>(c)))
      return Status::Invalid("parameter '" + name + "': actor code must be letters or digits only");
    r += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  *out = r;
  return Status::OK();
}

Status ParseDate(const std::string& name, const std::string& v, std::string* out) {
  std::string s = v;
  if (s.size() == 8 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    s = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  int y;
  unsigned m, d;
  if (!ParseYmd(s, &y, &m, &d))
    return Status::Invalid("parameter '" + name + "': expected a date YYYY-MM-DD, got '" + v + "'");
  *out = s;
  return Status::OK();
}

Status ParseInt(const std::string& name, const std::string& v, long long lo, long long hi, long long* out) {
  if (v.empty() || v.size() > 12 || !std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return Status::Invalid("parameter '" + name + "': expected an integer");
  long long x = std::atoll(v.c_str());
  if (x < lo || x > hi)
    return Status::Invalid("parameter '" + name + "': must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  *out = x;
  return Status::OK();
}

Status ParseRoots(const std::string& v, std::vector<std::string>* out) {
  size_t start = 0;
  while (start <= v.size()) {
    size_t comma = v.find(',', start);
    std::string item = Trim(v.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    long long r;
    if (!ParseInt("root", item, 1, 20, &r).ok())
      return Status::Invalid("parameter 'root': expected CAMEO root codes 01..20 (comma-separated), got '" + v + "'");
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02lld", r);
    out->push_back(buf);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return Status::OK();
}

// SQL WHERE clause under construction, with its bound values.
struct Where {
  std::vector<std::string> clauses;
  std::vector<std::variant<std::string, long long>> args;

  void Add(std::string clause) { clauses.push_back(std::move(clause)); }
  std::string Arg(std::string v) {
    args.emplace_back(std::move(v));
    return "?" + std::to_string(args.size());
  }
  std::string Arg(long long v) {
    args.emplace_back(v);
    return "?" + std::to_string(args.size());
  }
  std::string Sql() const {
    if (clauses.empty()) return "";
    std::string s = " WHERE ";
    for (size_t i = 0; i < clauses.size(); ++i) s += (i ? " AND " : "") + clauses[i];
    return s;
  }
  void BindTo(Stmt& st, int first = 1) const {
    for (size_t i = 0; i < args.size(); ++i) {
      if (auto* s = std::get_if<std::string>(&args[i])) st.Bind(first + static_cast<int>(i), std::string_view(*s));
      else st.Bind(first + static_cast<int>(i), static_cast<int64_t>(std::get<long long>(args[i])));
    }
  }
};

bool IsRoot(const std::string& code) { return code.size() == 3; }
std::string SrcCol(const std::string& code) { return IsRoot(code) ? "e.source_root" : "e.source"; }
std::string TgtCol(const std::string& code) { return IsRoot(code) ? "e.target_root" : "e.target"; }

// The common filters: from, to, root (list), quad.
struct Filters {
  std::string from, to;
  std::vector<std::string> roots;
  long long quad = 0;
  bool Any() const { return !from.empty() || !to.empty() || !roots.empty() || quad; }
};

// A required actor parameter: missing is an error naming it, else ParseActor.
Status RequiredActor(const Query& q, const std::string& name, std::string* out) {
  if (!q.Has(name)) return Status::Invalid("parameter '" + name + "' is required");
  return ParseActor(name, q.Get(name), out);
}

Status ParseFilters(const Query& q, Filters* f) {
  Status s;
  if (q.Has("from") && !(s = ParseDate("from", q.Get("from"), &f->from)).ok()) return s;
  if (q.Has("to") && !(s = ParseDate("to", q.Get("to"), &f->to)).ok()) return s;
  if (!f->from.empty() && !f->to.empty() && f->from > f->to)
    return Status::Invalid("parameter 'from' is after 'to'");
  if (q.Has("root") && !(s = ParseRoots(q.Get("root"), &f->roots)).ok()) return s;
  if (q.Has("quad") && !(s = ParseInt("quad", q.Get("quad"), 1, 4, &f->quad)).ok()) return s;
  return Status::OK();
}

void AddFilters(const Filters& f, Where* w) {
  if (!f.from.empty()) w->Add("e.date >= " + w->Arg(f.from));
  if (!f.to.empty()) w->Add("e.date <= " + w->Arg(f.to));
  if (!f.roots.empty()) {
    std::string in;
    for (const auto& r : f.roots) in += (in.empty() ? "" : ",") + w->Arg(r);
    w->Add("e.root IN (" + in + ")");
  }
  if (f.quad) w->Add("e.quad_class = " + w->Arg(f.quad));
}

Status ParsePage(const Query& q, long long def_limit, long long* limit, long long* offset) {
  Status s;
  *limit = def_limit;
  *offset = 0;
  if (q.Has("limit") && !(s = ParseInt("limit", q.Get("limit"), 1, 1000, limit)).ok()) return s;
  if (q.Has("offset") && !(s = ParseInt("offset", q.Get("offset"), 0, 100000000, offset)).ok()) return s;
  return Status::OK();
}

// ------------------------------------------------------------ the overview

// Aggregates over the whole store, computed in one scan and kept until the
// database changes (PRAGMA data_version).
struct Overview {
  struct ActorStat {
    std::string code, name;
    long long as_source = 0, as_target = 0;
    bool root = false;
  };
  struct DyadStat {
    long long n = 0, quad[4] = {0, 0, 0, 0};
    double gsum = 0;
  };
  long long documents = 0, sentences = 0, events = 0;
  std::string first_date, last_date;
  long long quad[4] = {0, 0, 0, 0};
  std::map<std::string, long long> cameo_roots;
  std::vector<ActorStat> actors;                                      // roots and full codes
  std::map<std::pair<std::string, std::string>, DyadStat> root_dyads;  // (source_root, target_root)
  std::unordered_map<std::string, std::string> names;
  // Events per (source_root, target_root) and (day, CAMEO root, quad class),
  // sorted by day: answers series, dyads, map, network and event totals at
  // root level with date, root and quad filters, without touching SQL.
  struct Agg {
    int32_t day;   // days since 1970-01-01
    uint8_t root;  // CAMEO root 1..20, 0 when not a number
    uint8_t quad;  // 1..4, 0 when out of range
    uint32_t n;
    double gsum;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Agg>> aggs;
  long long undated = 0;  // events whose date is not YYYY-MM-DD (left out of aggs)
};

// Filters in the form the aggregates use.
struct AggFilter {
  int32_t from = INT32_MIN, to = INT32_MAX;
  uint32_t roots = 0;  // bit r set = CAMEO root r allowed; 0 = all
  int quad = 0;
  bool Pass(const Overview::Agg& a) const {
    return a.day >= from && a.day <= to && (!roots || (roots >> a.root & 1u)) && (!quad || a.quad == quad);
  }
};

int32_t DayOf(std::string_view date) {
  int y;
  unsigned m, d;
  if (!ParseYmd(date, &y, &m, &d)) return INT32_MIN;
  return static_cast<int32_t>(DaysFromCivil(y, m, d));
}

AggFilter ToAggFilter(const Filters& f) {
  AggFilter a;
  if (!f.from.empty()) a.from = DayOf(f.from);
  if (!f.to.empty()) a.to = DayOf(f.to);
  for (const auto& r : f.roots) a.roots |= 1u << std::atoi(r.c_str());
  a.quad = static_cast<int>(f.quad);
  return a;
}

StatusOr<std::shared_ptr<const Overview>> BuildOverview(Connection& c) {
  auto ov = std::make_shared<Overview>();
  auto count = [&](const char* sql, long long* out) -> Status {
    auto st = c.Prepare(sql);
    if (!st.ok()) return st.status();
    if (st->Step()) *out = st->Int(0);
    return st->status();
  };
  Status s;
  if (!(s = count("SELECT count(*) FROM documents", &ov->documents)).ok()) return s;
  if (!(s = count("SELECT count(*) FROM sentences", &ov->sentences)).ok()) return s;
  {
    auto st = c.Prepare("SELECT code, name FROM actors");
    if (!st.ok()) return st.status();
    while (st->Step())
      if (!st->IsNull(1)) ov->names[st->Text(0)] = st->Text(1);
    if (!st->status().ok()) return st->status();
  }
  std::unordered_map<std::string, Overview::ActorStat> roots, full;
  struct Cell {
    uint32_t n = 0;
    double gsum = 0;
  };
  // One entry per (source_root, target_root), found through a hash of the pair.
  struct PairAcc {
    std::string sr, tr;
    Overview::DyadStat d;
    std::unordered_map<uint64_t, Cell> cells;
  };
  std::vector<PairAcc> pairs;
  std::unordered_map<std::string, size_t> pair_ids;
  long long cameo[21] = {0};
  std::string key_buf, code_buf;
  std::string first_s, last_s;
  auto bump = [&](std::unordered_map<std::string, Overview::ActorStat>& m, std::string_view code, bool as_source) {
    code_buf.assign(code);
    auto it = m.find(code_buf);
    if (it == m.end()) it = m.emplace(code_buf, Overview::ActorStat{}).first;
    (as_source ? it->second.as_source : it->second.as_target)++;
  };
  auto st = c.Prepare("SELECT source_root, target_root, source, target, quad_class, goldstein, date, root FROM events");
  if (!st.ok()) return st.status();
  while (st->Step()) {
    std::string_view sr = st->View(0), tr = st->View(1), so = st->View(2), ta = st->View(3);
    long long q = st->Int(4);
    double g = st->Real(5);
    std::string_view date = st->View(6), cr = st->View(7);
    ++ov->events;
    if (q >= 1 && q <= 4) ov->quad[q - 1]++;
    int r = cr.size() == 2 && std::isdigit(static_cast<unsigned char>(cr[0])) && std::isdigit(static_cast<unsigned char>(cr[1]))
                ? (cr[0] - '0') * 10 + (cr[1] - '0')
                : 0;
    if (r > 20) r = 0;
    if (r) cameo[r]++;
    else ov->cameo_roots[std::string(cr)]++;
    if (first_s.empty() || date < first_s) first_s.assign(date);
    if (date > last_s) last_s.assign(date);
    bump(roots, sr, true);
    if (!tr.empty()) bump(roots, tr, false);
    if (so.size() > 3) bump(full, so, true);
    if (ta.size() > 3) bump(full, ta, false);
    key_buf.assign(sr);
    key_buf.push_back('\x1f');
    key_buf.append(tr);
    auto pit = pair_ids.find(key_buf);
    if (pit == pair_ids.end()) {
      pit = pair_ids.emplace(key_buf, pairs.size()).first;
      pairs.push_back(PairAcc{std::string(sr), std::string(tr), {}, {}});
    }
    PairAcc& pa = pairs[pit->second];
    pa.d.n++;
    if (q >= 1 && q <= 4) pa.d.quad[q - 1]++;
    pa.d.gsum += g;
    int32_t day = DayOf(date);
    if (day == INT32_MIN) {
      ov->undated++;
      continue;
    }
    uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(day)) << 16) | (static_cast<uint64_t>(r) << 8) |
                   static_cast<uint64_t>(q >= 1 && q <= 4 ? q : 0);
    Cell& cell = pa.cells[key];
    cell.n++;
    cell.gsum += g;
  }
  if (!st->status().ok()) return st->status();
  ov->first_date = first_s;
  ov->last_date = last_s;
  for (int r = 1; r <= 20; ++r) {
    if (!cameo[r]) continue;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", r);
    ov->cameo_roots[buf] += cameo[r];
  }
  for (auto& pa : pairs) {
    ov->root_dyads[{pa.sr, pa.tr}] = pa.d;
    auto& v = ov->aggs[{pa.sr, pa.tr}];
    v.reserve(pa.cells.size());
    for (const auto& [key, cell] : pa.cells)
      v.push_back({static_cast<int32_t>(static_cast<uint32_t>(key >> 16)), static_cast<uint8_t>((key >> 8) & 0xff),
                   static_cast<uint8_t>(key & 0xff), cell.n, cell.gsum});
    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.day < y.day; });
    pa.cells = {};
  }
  for (auto* m : {&roots, &full}) {
    for (auto& [code, a] : *m) {
      a.code = code;
      a.root = (m == &roots);
      auto it = ov->names.find(code);
      if (it != ov->names.end()) a.name = it->second;
      ov->actors.push_back(std::move(a));
    }
  }
  std::sort(ov->actors.begin(), ov->actors.end(), [](const auto& x, const auto& y) {
    long long nx = x.as_source + x.as_target, ny = y.as_source + y.as_target;
    return nx != ny ? nx > ny : x.code < y.code;
  });
  return std::shared_ptr<const Overview>(std::move(ov));
}

json QuadJson(const long long q[4]) { return json::array({q[0], q[1], q[2], q[3]}); }

}  // namespace

// ------------------------------------------------------------------ Impl

struct Api::Impl {
  std::unique_ptr<Pool> pool;
  std::unique_ptr<Connection> version_conn;  // PRAGMA data_version watcher
  std::mutex ov_mu;
  int64_t ov_version = -2;
  std::shared_ptr<const Overview> ov;

  StatusOr<std::shared_ptr<const Overview>> GetOverview() {
    std::lock_guard<std::mutex> lock(ov_mu);
    int64_t v = version_conn->DataVersion();
    if (!ov || v != ov_version) {
      auto built = BuildOverview(*version_conn);
      if (!built.ok()) return built.status();
      ov = *built;
      ov_version = v;
    }
    return ov;
  }

  StatusOr<json> Summary(const Query& q);
  StatusOr<json> Actors(const Query& q);
  StatusOr<json> Dyads(const Query& q);
  StatusOr<json> Series(const Query& q);
  StatusOr<json> Events(const Query& q);
  StatusOr<json> Map(const Query& q);
  StatusOr<json> Network(const Query& q);

  // Partners of `actor` (at the actor's level), with filters.
  struct Partner {
    std::string code;
    long long ab = 0, ba = 0, quad[4] = {0, 0, 0, 0};
    double gsum = 0;
    long long n() const { return ab + ba; }
  };
  StatusOr<std::vector<Partner>> Partners(const std::string& actor, const Filters& f, bool roots_only);
  std::string NameOf(const Overview& ov, const std::string& code) {
    auto it = ov.names.find(code);
    return it == ov.names.end() ? std::string() : it->second;
  }
};

Api::Api(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

StatusOr<std::unique_ptr<Api>> Api::Open(const std::string& db_path, int pool_size) {
  auto impl = std::make_unique<Impl>();
  auto pool = Pool::Open(db_path, pool_size);
  if (!pool.ok()) return pool.status();
  impl->pool = std::move(pool).value();
  auto vc = Connection::Open(db_path);
  if (!vc.ok()) return vc.status();
  impl->version_conn = std::move(vc).value();
  auto ov = impl->GetOverview();
  if (!ov.ok()) return Status::IoError(db_path + ": " + ov.status().message());
  return std::unique_ptr<Api>(new Api(std::move(impl)));
}

Response Api::Handle(std::string_view path, const Params& params) {
  using Fn = StatusOr<json> (Impl::*)(const Query&);
  struct Route {
    const char* path;
    Fn fn;
    std::initializer_list<const char*> allowed;
  };
  static const Route routes[] = {
      {"/api/summary", &Impl::Summary, {}},
      {"/api/actors", &Impl::Actors, {"q", "level", "limit", "offset"}},
      {"/api/dyads", &Impl::Dyads, {"actor", "from", "to", "root", "quad", "limit", "offset"}},
      {"/api/series", &Impl::Series, {"a", "b", "by", "from", "to", "root", "quad"}},
      {"/api/events",
       &Impl::Events,
       {"a", "b", "dir", "from", "to", "root", "quad", "q", "limit", "offset", "cursor"}},
      {"/api/map", &Impl::Map, {"actor", "from", "to", "root", "quad"}},
      {"/api/network", &Impl::Network, {"actor", "from", "to", "root", "quad", "limit"}},
  };
  std::string_view p = path;
  if (p.size() > 5 && p.back() == '/') p.remove_suffix(1);
  for (const auto& r : routes) {
    if (p != r.path) continue;
    Query q(params, r.allowed);
    if (!q.error().empty()) return Error(400, q.error());
    StatusOr<json> out = Status::Internal("unreachable");
    try {
      out = (impl_.get()->*r.fn)(q);
    } catch (const std::exception& e) {
      return Error(500, std::string("internal error: ") + e.what());
    }
    if (!out.ok()) {
      const Status& s = out.status();
      int code = s.code() == Status::Code::kInvalidInput ? 400 : s.code() == Status::Code::kNotFound ? 404 : 500;
      return Error(code, s.message());
    }
    return Response{200, "application/json", Dump(*out)};
  }
  return Error(404, "no such API endpoint: " + std::string(path));
}

// ---------------------------------------------------------------- summary

StatusOr<json> Api::Impl::Summary(const Query&) {
  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  const Overview& ov = **ovr;
  json roots = json::array();
  for (const auto& [r, n] : ov.cameo_roots) roots.push_back({{"root", r}, {"events", n}});
  std::vector<std::pair<long long, std::pair<std::string, std::string>>> dy;
  for (const auto& [k, d] : ov.root_dyads)
    if (!k.second.empty() && k.first != k.second) dy.push_back({d.n, k});
  std::sort(dy.begin(), dy.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
  json top = json::array();
  for (size_t i = 0; i < dy.size() && i < 10; ++i)
    top.push_back({{"source", dy[i].second.first}, {"target", dy[i].second.second}, {"events", dy[i].first}});
  json actors = json::array();
  for (const auto& a : ov.actors) {
    if (!a.root) continue;
    actors.push_back({{"code", a.code}, {"name", a.name}, {"events", a.as_source + a.as_target}});
    if (actors.size() >= 10) break;
  }
  return json{{"documents", ov.documents},
              {"sentences", ov.sentences},
              {"events", ov.events},
              {"actors", ov.actors.size()},
              {"first_date", ov.first_date.empty() ? json(nullptr) : json(ov.first_date)},
              {"last_date", ov.last_date.empty() ? json(nullptr) : json(ov.last_date)},
              {"quad", QuadJson(ov.quad)},
              {"roots", roots},
              {"top_dyads", top},
              {"top_actors", actors}};
}

// ----------------------------------------------------------------- actors

StatusOr<json> Api::Impl::Actors(const Query& q) {
  long long limit, offset;
  Status s = ParsePage(q, 20, &limit, &offset);
  if (!s.ok()) return s;
  std::string level = q.Has("level") ? q.Get("level") : "any";
  if (level != "any" && level != "root" && level != "actor")
    return Status::Invalid("parameter 'level': expected root, actor or any");
  std::string needle = Lower(q.Get("q"));
  if (needle.size() > 200) return Status::Invalid("parameter 'q': longer than 200 bytes");
  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  const Overview& ov = **ovr;
  std::vector<const Overview::ActorStat*> hits, exact;
  for (const auto& a : ov.actors) {
    if (level == "root" && !a.root) continue;
    if (level == "actor" && a.root) continue;
    std::string code = Lower(a.code);
    if (!needle.empty()) {
      if (code == needle) {
        exact.push_back(&a);
        continue;
      }
      if (code.rfind(needle, 0) != 0 && Lower(a.name).find(needle) == std::string::npos) continue;
    }
    hits.push_back(&a);
  }
  hits.insert(hits.begin(), exact.begin(), exact.end());
  json items = json::array();
  for (size_t i = static_cast<size_t>(offset); i < hits.size() && items.size() < static_cast<size_t>(limit); ++i) {
    const auto* a = hits[i];
    items.push_back({{"code", a->code},
                     {"name", a->name.empty() ? json(nullptr) : json(a->name)},
                     {"level", a->root ? "root" : "actor"},
                     {"events", a->as_source + a->as_target},
                     {"as_source", a->as_source},
                     {"as_target", a->as_target}});
  }
  return json{{"total", hits.size()}, {"limit", limit}, {"offset", offset}, {"actors", items}};
}

// ------------------------------------------------------------------ dyads

StatusOr<std::vector<Api::Impl::Partner>> Api::Impl::Partners(const std::string& actor, const Filters& f,
                                                              bool roots_only) {
  std::map<std::string, Partner> acc;
  bool root_level = IsRoot(actor) || roots_only;
  if (IsRoot(actor)) {
    auto ovr = GetOverview();
    if (!ovr.ok()) return ovr.status();
    const AggFilter af = ToAggFilter(f);
    for (const auto& [k, v] : (*ovr)->aggs) {
      bool out = k.first == actor, in = k.second == actor;
      if (!out && !in) continue;
      if (out && k.second.empty()) continue;  // events without a target
      const std::string& partner = out ? k.second : k.first;
      Partner* p = nullptr;
      for (const auto& a : v) {
        if (!af.Pass(a)) continue;
        if (!p) {
          p = &acc[partner];
          p->code = partner;
        }
        (out ? p->ab : p->ba) += a.n;
        if (a.quad >= 1 && a.quad <= 4) p->quad[a.quad - 1] += a.n;
        p->gsum += a.gsum;
      }
    }
  } else {
    auto lease = pool->Acquire();
    if (!lease.ok()) return lease.status();
    for (int dir = 0; dir < 2; ++dir) {
      Where w;
      std::string self = dir == 0 ? SrcCol(actor) : TgtCol(actor);
      std::string other = dir == 0 ? (root_level ? "e.target_root" : "e.target") : (root_level ? "e.source_root" : "e.source");
      w.Add(self + " = " + w.Arg(actor));
      w.Add(other + " <> ''");
      if (dir == 1) w.Add("NOT (" + SrcCol(actor) + " = " + w.Arg(actor) + ")");
      AddFilters(f, &w);
      auto st = (*lease.value()).Prepare("SELECT " + other + ", e.quad_class, count(*), total(e.goldstein) FROM events e" + w.Sql() +
                                         " GROUP BY 1, 2");
      if (!st.ok()) return st.status();
      w.BindTo(*st);
      while (st->Step()) {
        Partner& p = acc[st->Text(0)];
        p.code = st->Text(0);
        long long qc = st->Int(1), n = st->Int(2);
        (dir == 0 ? p.ab : p.ba) += n;
        if (qc >= 1 && qc <= 4) p.quad[qc - 1] += n;
        p.gsum += st->Real(3);
      }
      if (!st->status().ok()) return st->status();
    }
  }
  std::vector<Partner> out;
  for (auto& [k, p] : acc) out.push_back(p);
  std::sort(out.begin(), out.end(), [](const Partner& x, const Partner& y) {
    return x.n() != y.n() ? x.n() > y.n() : x.code < y.code;
  });
  return out;
}

StatusOr<json> Api::Impl::Dyads(const Query& q) {
  std::string actor;
  Status s;
  if (!(s = RequiredActor(q, "actor", &actor)).ok()) return s;
  Filters f;
  if (!(s = ParseFilters(q, &f)).ok()) return s;
  long long limit, offset;
  if (!(s = ParsePage(q, 50, &limit, &offset)).ok()) return s;
  auto parts = Partners(actor, f, false);
  if (!parts.ok()) return parts.status();
  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  json items = json::array();
  for (size_t i = static_cast<size_t>(offset); i < parts->size() && items.size() < static_cast<size_t>(limit); ++i) {
    const Partner& p = (*parts)[i];
    items.push_back({{"partner", p.code},
                     {"name", NameOf(**ovr, p.code)},
                     {"events", p.n()},
                     {"ab", p.ab},
                     {"ba", p.ba},
                     {"quad", QuadJson(p.quad)},
                     {"goldstein_mean", p.n() ? json(p.gsum / static_cast<double>(p.n())) : json(nullptr)}});
  }
  return json{{"actor", actor}, {"name", NameOf(**ovr, actor)}, {"total", parts->size()},
              {"limit", limit}, {"offset", offset}, {"dyads", items}};
}

// ----------------------------------------------------------------- series

StatusOr<json> Api::Impl::Series(const Query& q) {
  Status s;
  std::string a, b;
  if (!(s = RequiredActor(q, "a", &a)).ok()) return s;
  if (q.Has("b") && !(s = ParseActor("b", q.Get("b"), &b)).ok()) return s;
  std::string by = q.Has("by") ? q.Get("by") : "month";
  std::string period;
  if (by == "day") period = "e.date";
  else if (by == "week") period = "date(e.date, 'weekday 0', '-6 days')";
  else if (by == "month") period = "substr(e.date, 1, 7) || '-01'";
  else if (by == "year") period = "substr(e.date, 1, 4) || '-01-01'";
  else return Status::Invalid("parameter 'by': expected day, week, month or year");
  Filters f;
  if (!(s = ParseFilters(q, &f)).ok()) return s;

  Where w;
  std::string dir;
  if (b.empty()) {
    std::string pa = w.Arg(a);
    w.Add("(" + SrcCol(a) + " = " + pa + " OR " + TgtCol(a) + " = " + pa + ")");
    dir = "CASE WHEN " + SrcCol(a) + " = " + pa + " THEN 0 ELSE 1 END";
  } else {
    std::string pa = w.Arg(a), pb = w.Arg(b);
    std::string ab = "(" + SrcCol(a) + " = " + pa + " AND " + TgtCol(b) + " = " + pb + ")";
    std::string ba = "(" + SrcCol(b) + " = " + pb + " AND " + TgtCol(a) + " = " + pa + ")";
    w.Add("(" + ab + " OR " + ba + ")");
    dir = "CASE WHEN " + ab + " THEN 0 ELSE 1 END";
  }
  AddFilters(f, &w);
  struct Cell {
    long long n = 0, quad[4] = {0, 0, 0, 0};
    double gsum = 0;
  };
  std::map<std::string, Cell> cells[2];
  if (IsRoot(a) && (b.empty() || IsRoot(b))) {
    // Root level: from the in-memory aggregates.
    auto ovr = GetOverview();
    if (!ovr.ok()) return ovr.status();
    const AggFilter af = ToAggFilter(f);
    std::map<int32_t, Cell> by_day[2];
    for (const auto& [k, v] : (*ovr)->aggs) {
      int d;
      if (!b.empty()) {
        if (k.first == a && k.second == b) d = 0;
        else if (k.first == b && k.second == a) d = 1;
        else continue;
      } else {
        if (k.first == a) d = 0;
        else if (k.second == a) d = 1;
        else continue;
      }
      for (const auto& x : v) {
        if (!af.Pass(x)) continue;
        int32_t start = x.day;
        if (by == "week") start -= ((x.day + 3) % 7 + 7) % 7;  // back to Monday (1970-01-01 was a Thursday)
        Cell& c = by_day[d][start];
        c.n += x.n;
        if (x.quad >= 1 && x.quad <= 4) c.quad[x.quad - 1] += x.n;
        c.gsum += x.gsum;
      }
    }
    for (int d = 0; d < 2; ++d) {
      for (const auto& [day, c] : by_day[d]) {
        std::string key = FormatDate(day);
        if (by == "month") key = key.substr(0, 8) + "01";
        else if (by == "year") key = key.substr(0, 5) + "01-01";
        Cell& t = cells[d][key];
        t.n += c.n;
        for (int i = 0; i < 4; ++i) t.quad[i] += c.quad[i];
        t.gsum += c.gsum;
      }
    }
  } else {
    auto lease = pool->Acquire();
    if (!lease.ok()) return lease.status();
    auto st = (*lease.value()).Prepare("SELECT " + period + " AS p, " + dir + " AS d, e.quad_class, count(*), total(e.goldstein) FROM events e" +
                                       w.Sql() + " GROUP BY p, d, e.quad_class ORDER BY p");
    if (!st.ok()) return st.status();
    w.BindTo(*st);
    while (st->Step()) {
      if (st->IsNull(0)) continue;  // an invalid date in the store
      Cell& c = cells[st->Int(1) ? 1 : 0][st->Text(0)];
      long long qc = st->Int(2), n = st->Int(3);
      c.n += n;
      if (qc >= 1 && qc <= 4) c.quad[qc - 1] += n;
      c.gsum += st->Real(4);
    }
    if (!st->status().ok()) return st->status();
  }

  // Continuous periods from the first to the last one seen (or the filter range).
  std::vector<std::string> periods;
  std::string lo, hi;
  for (auto& m : cells)
    for (auto& [k, c] : m) {
      if (lo.empty() || k < lo) lo = k;
      if (hi.empty() || k > hi) hi = k;
    }
  if (!lo.empty()) {
    int y;
    unsigned mo, d;
    if (ParseYmd(lo, &y, &mo, &d)) {
      long long day = DaysFromCivil(y, mo, d);
      for (int i = 0; i < 40000; ++i) {
        std::string p;
        if (by == "month" || by == "year") {
          long long mm = by == "year" ? 12LL * i : static_cast<long long>(mo) - 1 + i;
          char buf[64];
          std::snprintf(buf, sizeof buf, "%04lld-%02lld-01", y + mm / 12, mm % 12 + 1);
          p = buf;
        } else {
          p = FormatDate(day + (by == "week" ? 7LL * i : i));
        }
        if (p > hi) break;
        periods.push_back(p);
      }
    }
  }
  auto side = [&](int k) {
    json n = json::array(), qs = json::array({json::array(), json::array(), json::array(), json::array()}), gs = json::array(),
         gm = json::array();
    for (const auto& p : periods) {
      auto it = cells[k].find(p);
      Cell c = it == cells[k].end() ? Cell{} : it->second;
      n.push_back(c.n);
      for (int i = 0; i < 4; ++i) qs[i].push_back(c.quad[i]);
      gs.push_back(c.gsum);
      gm.push_back(c.n ? json(c.gsum / static_cast<double>(c.n)) : json(nullptr));
    }
    return json{{"events", n}, {"quad", qs}, {"goldstein_sum", gs}, {"goldstein_mean", gm}};
  };
  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  return json{{"a", a},
              {"b", b.empty() ? json(nullptr) : json(b)},
              {"a_name", NameOf(**ovr, a)},
              {"b_name", b.empty() ? std::string() : NameOf(**ovr, b)},
              {"by", by},
              {"periods", periods},
              {"ab", side(0)},
              {"ba", side(1)}};
}

// ----------------------------------------------------------------- events

std::string FtsQuery(std::string_view q) {
  std::string out;
  size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && std::isspace(static_cast<unsigned char>(q[i]))) ++i;
    size_t j = i;
    while (j < q.size() && !std::isspace(static_cast<unsigned char>(q[j]))) ++j;
    if (j > i) {
      std::string_view w = q.substr(i, j - i);
      bool prefix = w.size() > 1 && w.back() == '*';
      if (prefix) w.remove_suffix(1);
      std::string quoted = "\"";
      for (char c : w) {
        if (c == '"') quoted += "\"\"";
        else quoted += c;
      }
      quoted += "\"";
      if (prefix) quoted += "*";
      out += (out.empty() ? "" : " ") + quoted;
    }
    i = j;
  }
  return out;
}

std::vector<Part> SplitSentence(std::string_view text, std::vector<Span> spans) {
  const long long len = static_cast<long long>(text.size());
  auto cont = [&](long long x) { return x > 0 && x < len && (static_cast<unsigned char>(text[x]) & 0xC0) == 0x80; };
  auto boundary = [&](long long x) {  // a begin moves back to its character's first byte
    x = std::clamp<long long>(x, 0, len);
    while (cont(x)) --x;
    return x;
  };
  auto end_boundary = [&](long long x) {  // an end moves forward past its character
    x = std::clamp<long long>(x, 0, len);
    while (cont(x)) ++x;
    return x;
  };
  std::vector<Span> ok;
  for (auto sp : spans) {
    if (sp.begin < 0 || sp.end <= sp.begin || sp.begin >= len) continue;
    sp.begin = boundary(sp.begin);
    sp.end = end_boundary(std::min(sp.end, len));
    if (sp.end <= sp.begin) continue;
    ok.push_back(sp);
  }
  std::stable_sort(ok.begin(), ok.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
  std::vector<Part> parts;
  long long pos = 0;
  for (const auto& sp : ok) {
    if (sp.begin < pos) continue;  // overlaps an earlier span
    if (sp.begin > pos) parts.push_back({std::string(text.substr(pos, sp.begin - pos)), ""});
    parts.push_back({std::string(text.substr(sp.begin, sp.end - sp.begin)), sp.role});
    pos = sp.end;
  }
  if (pos < len) parts.push_back({std::string(text.substr(pos)), ""});
  return parts;
}

StatusOr<json> Api::Impl::Events(const Query& q) {
  Status s;
  std::string a, b;
  if (q.Has("a") && !(s = ParseActor("a", q.Get("a"), &a)).ok()) return s;
  if (q.Has("b") && !(s = ParseActor("b", q.Get("b"), &b)).ok()) return s;
  if (!b.empty() && a.empty()) return Status::Invalid("parameter 'b' needs 'a'");
  std::string dir = q.Has("dir") ? q.Get("dir") : "both";
  if (dir != "both" && dir != "ab" && dir != "ba") return Status::Invalid("parameter 'dir': expected both, ab or ba");
  Filters f;
  if (!(s = ParseFilters(q, &f)).ok()) return s;
  long long limit, offset;
  if (!(s = ParsePage(q, 50, &limit, &offset)).ok()) return s;
  std::string fts;
  if (q.Has("q")) {
    if (q.Get("q").size() > 500) return Status::Invalid("parameter 'q': longer than 500 bytes");
    fts = FtsQuery(q.Get("q"));
  }
  // Pages are in (date, rowid) order; a cursor is the last "date|rowid" seen.
  std::string cur_date;
  long long cur_row = -1;
  if (q.Has("cursor")) {
    std::string c = q.Get("cursor");
    size_t bar = c.find('|');
    if (bar == std::string::npos || !ParseDate("cursor", c.substr(0, bar), &cur_date).ok() ||
        !ParseInt("cursor", c.substr(bar + 1), 0, 999999999999LL, &cur_row).ok())
      return Status::Invalid("parameter 'cursor': not a cursor returned by this API");
    if (offset) return Status::Invalid("parameters 'cursor' and 'offset' cannot be combined");
  }

  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  auto lease = pool->Acquire();
  if (!lease.ok()) return lease.status();
  Connection& c = *lease.value();

  // Text search: start from whichever side is smaller. From the FTS hits,
  // events come through the events_doc index; the dyad columns get a "+" so
  // SQLite does not start from them. From the dyad's events, each sentence is
  // tested for membership in the hit list; "+s.id" keeps SQLite from probing
  // the sentence index once per hit per event, which is quadratic.
  bool from_hits = a.empty();
  if (!fts.empty() && !a.empty() && IsRoot(a) && (b.empty() || IsRoot(b))) {
    long long hits = 0, dyad = 0;
    auto hs = c.Prepare("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?1");
    if (!hs.ok()) return hs.status();
    hs->Bind(1, std::string_view(fts));
    if (hs->Step()) hits = hs->Int(0);
    if (!hs->status().ok()) return Status::Invalid("parameter 'q': search failed: " + hs->status().message());
    for (const auto& [k, v] : (*ovr)->aggs) {
      bool ab = b.empty() ? k.first == a : (k.first == a && k.second == b);
      bool ba = b.empty() ? k.second == a : (k.first == b && k.second == a);
      if (ab || ba)
        for (const auto& x : v) dyad += x.n;
    }
    from_hits = hits < dyad;
  }
  const std::string plus = !fts.empty() && from_hits ? "+" : "";
  auto src = [&](const std::string& code) { return plus + SrcCol(code); };
  auto tgt = [&](const std::string& code) { return plus + TgtCol(code); };

  Where w;
  if (!a.empty()) {
    std::string pa = w.Arg(a);
    std::string ab, ba;
    if (b.empty()) {
      ab = src(a) + " = " + pa;
      ba = tgt(a) + " = " + pa;
    } else {
      std::string pb = w.Arg(b);
      ab = "(" + src(a) + " = " + pa + " AND " + tgt(b) + " = " + pb + ")";
      ba = "(" + src(b) + " = " + pb + " AND " + tgt(a) + " = " + pa + ")";
    }
    if (dir == "ab") w.Add(ab);
    else if (dir == "ba") w.Add(ba + " AND NOT " + ab);
    else w.Add("(" + ab + " OR " + ba + ")");
  }
  AddFilters(f, &w);
  if (!fts.empty())
    w.Add(std::string(from_hits ? "s.id" : "+s.id") + " IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " +
          w.Arg(fts) + ")");
  std::string from = fts.empty() ? " FROM events e"
                                  : " FROM events e JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence";

  long long total = 0;
  if (fts.empty() && (*ovr)->undated == 0 && (a.empty() || IsRoot(a)) && (b.empty() || IsRoot(b))) {
    // Root level without text search: count from the aggregates.
    const AggFilter af = ToAggFilter(f);
    for (const auto& [k, v] : (*ovr)->aggs) {
      bool match = a.empty();
      if (!match) {
        bool ab = b.empty() ? k.first == a : (k.first == a && k.second == b);
        bool ba = b.empty() ? k.second == a : (k.first == b && k.second == a);
        match = dir == "ab" ? ab : dir == "ba" ? (ba && !ab) : (ab || ba);
      }
      if (!match) continue;
      for (const auto& x : v)
        if (af.Pass(x)) total += x.n;
    }
  } else {
    auto st = c.Prepare("SELECT count(*)" + from + w.Sql());
    if (!st.ok()) return st.status();
    w.BindTo(*st);
    if (st->Step()) total = st->Int(0);
    if (!st->status().ok()) {
      if (!fts.empty()) return Status::Invalid("parameter 'q': search failed: " + st->status().message());
      return st->status();
    }
  }
  // The page's rowids first (on the covering dyad and date indexes when the
  // filters allow), then the rows with their sentence and document.
  Where page = w;
  if (cur_row >= 0) page.Add("(e.date, e.rowid) > (" + page.Arg(cur_date) + ", " + page.Arg(cur_row) + ")");
  std::string inner = "SELECT e.rowid AS rid" + from + page.Sql() + " ORDER BY e.date, e.rowid LIMIT " + page.Arg(limit) +
                      " OFFSET " + page.Arg(offset);
  std::string sql =
      "SELECT e.event_id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.verb,"
      " e.source_text, e.target_text, e.source_begin, e.source_end, e.target_begin, e.target_end,"
      " e.verb_begin, e.verb_end, e.doc_id, e.sentence, s.begin, s.text, d.url, d.title, d.source, e.rowid"
      " FROM (" + inner + ") AS pg JOIN events e ON e.rowid = pg.rid"
      " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence"
      " LEFT JOIN documents d ON d.id = e.doc_id ORDER BY e.date, e.rowid";
  auto st = c.Prepare(sql);
  if (!st.ok()) return st.status();
  page.BindTo(*st);
  json items = json::array();
  std::string last_date, last_id;
  auto opt = [&](int col) { return st->IsNull(col) ? json(nullptr) : json(st->Text(col)); };
  while (st->Step()) {
    json ev = {{"event_id", st->Text(0)},
               {"date", st->Text(1)},
               {"source", st->Text(2)},
               {"target", st->Text(3)},
               {"source_name", NameOf(**ovr, st->Text(2))},
               {"target_name", NameOf(**ovr, st->Text(3))},
               {"code", st->Text(4)},
               {"root", st->Text(5)},
               {"quad_class", st->Int(6)},
               {"goldstein", st->Real(7)},
               {"verb", opt(8)},
               {"source_text", opt(9)},
               {"target_text", opt(10)},
               {"doc_id", st->Text(17)},
               {"sentence_index", st->Int(18)},
               {"url", opt(21)},
               {"title", opt(22)},
               {"doc_source", opt(23)}};
    if (!st->IsNull(20)) {
      long long sb = st->Int(19);
      std::string text = st->Text(20);
      std::vector<Span> spans;
      const char* roles[3] = {"source", "target", "verb"};
      for (int k = 0; k < 3; ++k) {
        auto b0 = st->OptInt(11 + 2 * k), e0 = st->OptInt(12 + 2 * k);
        if (b0 && e0) spans.push_back({*b0 - sb, *e0 - sb, roles[k]});
      }
      json parts = json::array();
      for (const auto& p : SplitSentence(text, spans)) {
        json pj = {{"text", p.text}};
        if (!p.role.empty()) pj["role"] = p.role;
        parts.push_back(pj);
      }
      ev["sentence"] = text;
      ev["parts"] = parts;
    } else {
      ev["sentence"] = nullptr;
      ev["parts"] = json::array();
    }
    last_date = st->Text(1);
    last_id = std::to_string(st->Int(24));
    items.push_back(std::move(ev));
  }
  if (!st->status().ok()) {
    if (!fts.empty()) return Status::Invalid("parameter 'q': search failed: " + st->status().message());
    return st->status();
  }
  json out = {{"total", total}, {"limit", limit}, {"offset", offset}, {"events", items}};
  out["next_cursor"] = static_cast<long long>(items.size()) == limit ? json(last_date + "|" + last_id) : json(nullptr);
  return out;
}

// --------------------------------------------------------- map and network

StatusOr<json> Api::Impl::Map(const Query& q) {
  std::string actor;
  Status s;
  if (!(s = RequiredActor(q, "actor", &actor)).ok()) return s;
  Filters f;
  if (!(s = ParseFilters(q, &f)).ok()) return s;
  auto parts = Partners(actor, f, true);
  if (!parts.ok()) return parts.status();
  std::map<std::string, long long> by_country;
  for (const auto& p : *parts) by_country[p.code.substr(0, 3)] += p.n();
  json items = json::array();
  for (const auto& [c, n] : by_country) items.push_back({{"code", c}, {"events", n}});
  return json{{"actor", actor}, {"countries", items}};
}

StatusOr<json> Api::Impl::Network(const Query& q) {
  std::string actor;
  Status s;
  if (!(s = RequiredActor(q, "actor", &actor)).ok()) return s;
  Filters f;
  if (!(s = ParseFilters(q, &f)).ok()) return s;
  long long limit = 12;
  if (q.Has("limit") && !(s = ParseInt("limit", q.Get("limit"), 1, 100, &limit)).ok()) return s;
  std::string self = actor.substr(0, 3);
  auto parts = Partners(self, f, true);
  if (!parts.ok()) return parts.status();
  auto ovr = GetOverview();
  if (!ovr.ok()) return ovr.status();
  std::vector<std::string> nodes_codes = {self};
  json nodes = json::array();
  long long self_n = 0;
  for (const auto& p : *parts) self_n += p.code == self ? 0 : p.n();
  nodes.push_back({{"code", self}, {"name", NameOf(**ovr, self)}, {"events", self_n}});
  for (const auto& p : *parts) {
    if (p.code == self) continue;
    if (static_cast<long long>(nodes_codes.size()) > limit) break;
    nodes_codes.push_back(p.code);
    nodes.push_back({{"code", p.code}, {"name", NameOf(**ovr, p.code)}, {"events", p.n()}});
  }
  // Ties among the nodes, both directions added together.
  std::map<std::pair<std::string, std::string>, std::pair<long long, double>> ties;
  std::set<std::string> in(nodes_codes.begin(), nodes_codes.end());
  auto add = [&](const std::string& x, const std::string& y, long long n, double g) {
    if (x == y || !in.count(x) || !in.count(y)) return;
    auto key = x < y ? std::make_pair(x, y) : std::make_pair(y, x);
    ties[key].first += n;
    ties[key].second += g;
  };
  const AggFilter af = ToAggFilter(f);
  for (const auto& [k, v] : (*ovr)->aggs) {
    if (!in.count(k.first) || !in.count(k.second)) continue;
    long long n = 0;
    double g = 0;
    for (const auto& a : v)
      if (af.Pass(a)) {
        n += a.n;
        g += a.gsum;
      }
    if (n) add(k.first, k.second, n, g);
  }
  json edges = json::array();
  for (const auto& [k, v] : ties)
    edges.push_back({{"source", k.first}, {"target", k.second}, {"events", v.first},
                     {"goldstein_mean", v.first ? v.second / static_cast<double>(v.first) : 0.0}});
  return json{{"actor", self}, {"nodes", nodes}, {"edges", edges}};
}

}  // namespace dyad::serve
