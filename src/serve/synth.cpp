#include "serve/synth.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string_view>
#include <vector>

#include "store/schema.h"
#include "text/date.h"

namespace dyad::serve {

namespace {

struct Country {
  const char* code;
  const char* name;
};
// Ordered by how often the generator picks them (Zipf-like weights).
constexpr Country kCountries[] = {
    {"USA", "United States"}, {"RUS", "Russia"},       {"CHN", "China"},        {"KOR", "South Korea"},
    {"PRK", "North Korea"},   {"JPN", "Japan"},        {"UKR", "Ukraine"},      {"GBR", "United Kingdom"},
    {"FRA", "France"},        {"DEU", "Germany"},      {"IRN", "Iran"},         {"ISR", "Israel"},
    {"IND", "India"},         {"PAK", "Pakistan"},     {"TUR", "Turkey"},       {"SYR", "Syria"},
    {"EGY", "Egypt"},         {"SAU", "Saudi Arabia"}, {"IRQ", "Iraq"},         {"AFG", "Afghanistan"},
    {"BRA", "Brazil"},        {"MEX", "Mexico"},       {"ZAF", "South Africa"}, {"NGA", "Nigeria"},
    {"KEN", "Kenya"},         {"IDN", "Indonesia"},    {"AUS", "Australia"},    {"CAN", "Canada"},
    {"ITA", "Italy"},         {"POL", "Poland"},       {"VNM", "Vietnam"},      {"PHL", "Philippines"},
    {"ETH", "Ethiopia"},      {"VEN", "Venezuela"},    {"ARG", "Argentina"},    {"SWE", "Sweden"},
};
struct Agent {
  const char* suffix;
  const char* name;   // for actors.name
  const char* words;  // in sentences
};
constexpr Agent kAgents[] = {
    {"", "", ""},           {"GOV", "government", "the government of "}, {"MIL", "military", "the military of "},
    {"COP", "police", "the police of "}, {"OPP", "opposition", "the opposition in "}, {"MED", "media", "the media of "},
};
struct Verb {
  const char* code;
  int quad;
  double goldstein;
  const char* words;
};
constexpr Verb kVerbs[] = {
    {"010", 1, 0.0, "commented on"},        {"020", 1, 3.0, "appealed to"},
    {"036", 1, 4.0, "offered to meet"},     {"042", 1, 1.9, "visited"},
    {"043", 1, 2.8, "hosted"},              {"051", 1, 3.4, "praised"},
    {"057", 1, 8.0, "signed a treaty with"}, {"061", 2, 6.4, "expanded trade with"},
    {"071", 2, 7.4, "sent aid to"},         {"081", 2, 5.0, "eased restrictions on"},
    {"090", 3, -2.0, "investigated"},       {"111", 3, -2.0, "criticized"},
    {"112", 3, -2.0, "accused"},            {"120", 3, -4.0, "rejected a proposal by"},
    {"130", 3, -4.4, "threatened"},         {"141", 4, -6.5, "protested against"},
    {"150", 4, -7.2, "mobilized troops near"}, {"163", 4, -8.0, "imposed an embargo on"},
    {"172", 4, -5.0, "imposed sanctions on"}, {"190", 4, -10.0, "attacked"},
};
constexpr const char* kTails[] = {
    ", officials said.", " on Tuesday, a spokesman said.", " after talks in the capital.",
    ", according to a statement.", " amid rising tension.", " for the second time this year.",
};

uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}
std::string Hex(uint64_t h) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

struct Db {
  sqlite3* db = nullptr;
  ~Db() { sqlite3_close(db); }
  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      return Status::IoError(m);
    }
    return Status::OK();
  }
};

struct Ins {
  sqlite3_stmt* s = nullptr;
  ~Ins() { sqlite3_finalize(s); }
};

}  // namespace

Status WriteSyntheticStore(const std::string& path, const SynthOptions& opts) {
  if (std::filesystem::exists(path)) return Status::Invalid(path + ": already exists; the generator only writes new files");
  Db d;
  if (sqlite3_open_v2(path.c_str(), &d.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return Status::IoError(path + ": cannot create: " + sqlite3_errmsg(d.db));
  Status s;
  if (!(s = d.Exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")).ok()) return Status::IoError(path + ": " + s.message());
  // Every schema step, so the store is what its version says (v3 drops v2's
  // insert trigger: the sentences are indexed once, by the rebuild at the end).
  for (const char* step : {kSchemaV1, kSchemaV2, kSchemaV3})
    if (!(s = d.Exec(step)).ok()) return Status::IoError(path + ": schema: " + s.message());
  if (!(s = d.Exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str())).ok()) return s;
  if (!(s = d.Exec("BEGIN")).ok()) return s;

  auto prep = [&](Ins& i, const char* sql) -> Status {
    if (sqlite3_prepare_v2(d.db, sql, -1, &i.s, nullptr) != SQLITE_OK)
      return Status::Internal(std::string("prepare: ") + sqlite3_errmsg(d.db));
    return Status::OK();
  };
  Ins ins_actor, ins_doc, ins_sent, ins_ev;
  if (!(s = prep(ins_actor, "INSERT INTO actors(code, name, country) VALUES(?,?,?)")).ok()) return s;
  if (!(s = prep(ins_doc, "INSERT INTO documents(id, date, source, url, title, content_hash, n_sentences, coded_at)"
                          " VALUES(?,?,?,?,?,?,?,?)")).ok()) return s;
  if (!(s = prep(ins_sent, "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES(?,?,?,?,?)")).ok()) return s;
  if (!(s = prep(ins_ev, "INSERT INTO events(event_id, doc_id, sentence, date, source, target, source_root, target_root,"
                         " source_text, target_text, source_begin, source_end, target_begin, target_end, verb_begin, verb_end,"
                         " code, root, quad_class, goldstein, verb, pattern, dict_version)"
                         " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")).ok()) return s;
  auto text = [](sqlite3_stmt* st, int i, std::string_view v) {
    sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  };
  auto step = [&](sqlite3_stmt* st) -> Status {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return Status::IoError(path + ": insert: " + sqlite3_errmsg(d.db));
    return Status::OK();
  };

  for (const auto& c : kCountries) {
    for (const auto& a : kAgents) {
      std::string code = std::string(c.code) + a.suffix;
      std::string name = *a.suffix ? std::string(c.name) + ": " + a.name : c.name;
      text(ins_actor.s, 1, code);
      text(ins_actor.s, 2, name);
      text(ins_actor.s, 3, c.code);
      if (!(s = step(ins_actor.s)).ok()) return s;
    }
  }

  constexpr int kN = sizeof(kCountries) / sizeof(kCountries[0]);
  std::vector<double> cum(kN);
  double tot = 0;
  for (int i = 0; i < kN; ++i) cum[i] = (tot += 1.0 / std::pow(i + 1, 0.8));
  std::mt19937_64 rng(opts.seed);
  auto uniform = [&]() { return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0); };
  auto pick_country = [&]() {
    double x = uniform() * tot;
    int i = 0;
    while (i < kN - 1 && cum[i] < x) ++i;
    return i;
  };
  auto below = [&](uint64_t n) { return static_cast<int>(rng() % n); };

  int y, m, dd;
  if (std::sscanf(opts.first_date.c_str(), "%d-%d-%d", &y, &m, &dd) != 3) return Status::Invalid("bad first_date " + opts.first_date);
  const long long day0 = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(dd));
  const int days = opts.days < 1 ? 1 : opts.days;

  int64_t made = 0, doc_no = 0;
  const bool tty = opts.progress;
  while (made < opts.events) {
    int n_sent = 1 + below(4);
    if (made + n_sent > opts.events) n_sent = static_cast<int>(opts.events - made);
    std::string doc_id = "synth-" + std::to_string(doc_no++);
    // Weekly rhythm plus a slow wave so the series are not flat.
    long long day = day0 + below(static_cast<uint64_t>(days));
    std::string date = FormatDate(day);
    std::string doc_text;
    struct Sent {
      long long begin, end;
      std::string text;
    };
    std::vector<Sent> sents;
    struct Ev {
      int sentence;
      std::string src, tgt, src_text, tgt_text, verb;
      long long sb, se, tb, te, vb, ve;
      const Verb* v;
    };
    std::vector<Ev> evs;
    for (int k = 0; k < n_sent; ++k) {
      int si = pick_country(), ti = pick_country();
      while (ti == si) ti = pick_country();
      const Agent& sa = kAgents[below(std::size(kAgents))];
      const Agent& ta = kAgents[below(std::size(kAgents))];
      // Conflict is more likely between some pairs: tilt by pair parity.
      int vi = below(std::size(kVerbs));
      if (((si + ti) % 3 == 0) && vi < 10 && uniform() < 0.5) vi += 10;
      const Verb& v = kVerbs[vi];
      std::string src_words = std::string(sa.words) + kCountries[si].name;
      if (!src_words.empty()) src_words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(src_words[0])));
      std::string tgt_words = std::string(ta.words) + kCountries[ti].name;
      std::string sent = src_words + " " + v.words + " " + tgt_words + kTails[below(std::size(kTails))];
      if (!doc_text.empty()) doc_text += ' ';
      long long sbeg = static_cast<long long>(doc_text.size());
      doc_text += sent;
      sents.push_back({sbeg, static_cast<long long>(doc_text.size()), sent});
      Ev e;
      e.sentence = k;
      e.src = std::string(kCountries[si].code) + sa.suffix;
      e.tgt = std::string(kCountries[ti].code) + ta.suffix;
      e.src_text = src_words;
      e.tgt_text = tgt_words;
      e.verb = v.words;
      e.sb = sbeg;
      e.se = sbeg + static_cast<long long>(src_words.size());
      e.vb = e.se + 1;
      e.ve = e.vb + static_cast<long long>(std::string_view(v.words).size());
      e.tb = e.ve + 1;
      e.te = e.tb + static_cast<long long>(tgt_words.size());
      e.v = &v;
      evs.push_back(std::move(e));
    }
    text(ins_doc.s, 1, doc_id);
    text(ins_doc.s, 2, date);
    text(ins_doc.s, 3, "synthetic");
    text(ins_doc.s, 4, "https://example.org/synthetic/" + doc_id);
    text(ins_doc.s, 5, "Synthetic report " + std::to_string(doc_no));
    text(ins_doc.s, 6, Hex(Fnv(doc_text)));
    sqlite3_bind_int(ins_doc.s, 7, n_sent);
    text(ins_doc.s, 8, "2026-01-01T00:00:00Z");
    if (!(s = step(ins_doc.s)).ok()) return s;
    for (int k = 0; k < n_sent; ++k) {
      text(ins_sent.s, 1, doc_id);
      sqlite3_bind_int(ins_sent.s, 2, k);
      sqlite3_bind_int64(ins_sent.s, 3, sents[k].begin);
      sqlite3_bind_int64(ins_sent.s, 4, sents[k].end);
      text(ins_sent.s, 5, sents[k].text);
      if (!(s = step(ins_sent.s)).ok()) return s;
    }
    for (const auto& e : evs) {
      sqlite3_stmt* st = ins_ev.s;
      text(st, 1, Hex(Fnv(doc_id + "|" + std::to_string(e.sentence) + "|" + e.src + "|" + e.tgt + "|" + e.v->code)));
      text(st, 2, doc_id);
      sqlite3_bind_int(st, 3, e.sentence);
      text(st, 4, date);
      text(st, 5, e.src);
      text(st, 6, e.tgt);
      text(st, 7, std::string_view(e.src).substr(0, 3));
      text(st, 8, std::string_view(e.tgt).substr(0, 3));
      text(st, 9, e.src_text);
      text(st, 10, e.tgt_text);
      sqlite3_bind_int64(st, 11, e.sb);
      sqlite3_bind_int64(st, 12, e.se);
      sqlite3_bind_int64(st, 13, e.tb);
      sqlite3_bind_int64(st, 14, e.te);
      sqlite3_bind_int64(st, 15, e.vb);
      sqlite3_bind_int64(st, 16, e.ve);
      text(st, 17, e.v->code);
      text(st, 18, std::string_view(e.v->code).substr(0, 2));
      sqlite3_bind_int(st, 19, e.v->quad);
      sqlite3_bind_double(st, 20, e.v->goldstein);
      text(st, 21, e.verb);
      text(st, 22, "synthetic");
      text(st, 23, "synthetic-1");
      if (!(s = step(st)).ok()) return s;
    }
    made += n_sent;
    if (tty && (doc_no % 20000 == 0 || made == opts.events))
      std::fprintf(stderr, "\rsynth: %lld / %lld events", static_cast<long long>(made), static_cast<long long>(opts.events));
  }
  if (tty) std::fprintf(stderr, "\nsynth: full-text index\n");
  if (!(s = d.Exec("INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild')")).ok()) return Status::IoError(path + ": fts: " + s.message());
  if (!(s = d.Exec("COMMIT")).ok()) return s;
  return Status::OK();
}

}  // namespace dyad::serve
