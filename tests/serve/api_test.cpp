// API tests for `dyad serve` against a temporary store: a synthetic one
// (serve/synth.h) plus hand-made documents with multibyte text, missing and
// broken spans and SQL metacharacters. Checks answers against direct SQL.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "serve/api.h"
#include "serve/db.h"
#include "serve/synth.h"
#include "store/schema.h"

namespace dyad::serve {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const std::string kSentence = "Seoul\xE2\x80\x99s envoy \xE2\x80\x94 Kim \xC3\x91o\xC3\xB1o \xE2\x80\x94 criticized Moscow's drills near Busan.";
const std::string kMeta = "Officials said '; DROP TABLE events; -- was 100% _not_ \"quoted\" \\ at all.";

void Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "") << "\n" << sql;
}

long long Count(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  long long n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Q(const std::string& s) {
  std::string r = "'";
  for (char c : s) r += c == '\'' ? std::string("''") : std::string(1, c);
  return r + "'";
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("dyad-serve-test-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.sqlite").string();
    SynthOptions o;
    o.events = 3000;
    o.seed = 11;
    o.first_date = "2019-01-01";
    o.days = 730;
    Status s = WriteSyntheticStore(path_, o);
    ASSERT_TRUE(s.ok()) << s.message();
    AddHandMade();
    auto api = Api::Open(path_);
    ASSERT_TRUE(api.ok()) << api.status().message();
    api_ = std::move(api).value().release();
  }
  static void TearDownTestSuite() {
    delete api_;
    api_ = nullptr;
    fs::remove_all(dir_);
  }

  // hand-1: one sentence, four KOR-RUS events: exact spans, no spans, spans out
  // of range, spans inside a multibyte character. hand-2: SQL metacharacters.
  static void AddHandMade() {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    std::string prefix = "Intro line. ";
    std::string text = prefix + kSentence;
    long long sb = static_cast<long long>(prefix.size());
    auto off = [&](const std::string& needle) { return sb + static_cast<long long>(kSentence.find(needle)); };
    long long src_b = off("Seoul"), src_e = off(" envoy") + 6;
    long long verb_b = off("criticized"), verb_e = verb_b + 10;
    long long tgt_b = off("Moscow's"), tgt_e = tgt_b + 8;
    Exec(db, "INSERT INTO documents VALUES('hand-1','2018-06-15','hand','https://example.org/hand-1','Hand one','x',2,'now')");
    Exec(db, "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES('hand-1',0,0,11,'Intro line.')");
    Exec(db, "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES('hand-1',1," + std::to_string(sb) + "," +
                 std::to_string(text.size()) + "," + Q(kSentence) + ")");
    auto ev = [&](const std::string& id, const std::string& code, const std::string& spans) {
      Exec(db, "INSERT INTO events(event_id, doc_id, sentence, date, source, target, source_root, target_root,"
               " source_begin, source_end, target_begin, target_end, verb_begin, verb_end, code, root, quad_class, goldstein)"
               " VALUES(" + Q(id) + ",'hand-1',1,'2018-06-15','KORGOV','RUSMIL','KOR','RUS'," + spans + "," + Q(code) + "," +
                   Q(code.substr(0, 2)) + ",3,-2.0)");
    };
    ev("h1-exact", "111", std::to_string(src_b) + "," + std::to_string(src_e) + "," + std::to_string(tgt_b) + "," +
                              std::to_string(tgt_e) + "," + std::to_string(verb_b) + "," + std::to_string(verb_e));
    ev("h2-nospans", "112", "NULL,NULL,NULL,NULL,NULL,NULL");
    ev("h3-outside", "120", "5,9,900,950,-4,2");  // before the sentence, past its end, negative
    // Source begins inside the 3-byte apostrophe after "Seoul": moved back to it.
    ev("h4-midchar", "130", std::to_string(off("Seoul") + 6) + "," + std::to_string(src_e) + ",NULL,NULL,NULL,NULL");
    Exec(db, "INSERT INTO documents VALUES('hand-2','2018-06-16','hand',NULL,NULL,'y',1,'now')");
    Exec(db, "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES('hand-2',0,0," + std::to_string(kMeta.size()) + "," +
                 Q(kMeta) + ")");
    Exec(db, "INSERT INTO events(event_id, doc_id, sentence, date, source, target, source_root, target_root, code, root,"
             " quad_class, goldstein) VALUES('h5-meta','hand-2',0,'2018-06-16','RUS','KOR','RUS','KOR','042','04',1,1.9)");
    Exec(db, "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE doc_id LIKE 'hand-%'");
    sqlite3_close(db);
  }

  static json Get(const std::string& path, const Params& p = {}, int want = 200) {
    Response r = api_->Handle(path, p);
    EXPECT_EQ(r.status, want) << path << " " << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    return json::parse(r.body);
  }
  static long long Sql(const std::string& sql) { return Count(path_, sql); }

  static inline fs::path dir_;
  static inline std::string path_;
  static inline Api* api_ = nullptr;
};

// ------------------------------------------------------------------ summary

TEST_F(ApiTest, SummaryMatchesTheStore) {
  json s = Get("/api/summary");
  EXPECT_EQ(s["events"], Sql("SELECT count(*) FROM events"));
  EXPECT_EQ(s["documents"], Sql("SELECT count(*) FROM documents"));
  EXPECT_EQ(s["sentences"], Sql("SELECT count(*) FROM sentences"));
  EXPECT_EQ(s["first_date"], "2018-06-15");
  long long q = 0;
  for (auto& x : s["quad"]) q += x.get<long long>();
  EXPECT_EQ(q, s["events"].get<long long>());
  EXPECT_EQ(s["quad"][2], Sql("SELECT count(*) FROM events WHERE quad_class=3"));
  EXPECT_FALSE(s["top_dyads"].empty());
}

// The synthetic store is what its schema version says: every migration step is
// applied (v2's metadata table, v3's target indexes and no per-row FTS trigger),
// and each sentence is in the full-text index once.
TEST_F(ApiTest, SyntheticStoreHasTheCurrentSchema) {
  EXPECT_EQ(Sql("PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'"), 1);
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_master WHERE type='index' AND name IN ('events_target','events_target_full')"), 2);
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name='sentences_fts_ai'"), 0);
  EXPECT_EQ(Sql("SELECT count(*) FROM sentences_fts"), Sql("SELECT count(*) FROM sentences"));
}

// ------------------------------------------------------------------ actors

TEST_F(ApiTest, ActorSearchByCodeAndName) {
  json r = Get("/api/actors", {{"q", "kor"}});
  ASSERT_FALSE(r["actors"].empty());
  EXPECT_EQ(r["actors"][0]["code"], "KOR");  // exact code first
  EXPECT_EQ(r["actors"][0]["name"], "South Korea");
  EXPECT_EQ(r["actors"][0]["events"], Sql("SELECT count(*) FROM events WHERE source_root='KOR'") +
                                          Sql("SELECT count(*) FROM events WHERE target_root='KOR'"));
  for (auto& a : r["actors"]) {
    std::string code = a["code"], name = a["name"].is_null() ? "" : a["name"].get<std::string>();
    EXPECT_TRUE(code.rfind("KOR", 0) == 0 || name.find("Korea") != std::string::npos) << code;
  }
  json byname = Get("/api/actors", {{"q", "ssia: mil"}});
  ASSERT_EQ(byname["total"], 1);
  EXPECT_EQ(byname["actors"][0]["code"], "RUSMIL");
  json roots = Get("/api/actors", {{"level", "root"}, {"limit", "1000"}});
  for (auto& a : roots["actors"]) EXPECT_EQ(a["code"].get<std::string>().size(), 3u);
  EXPECT_EQ(Get("/api/actors", {{"q", "no such actor xyz"}})["total"], 0);
}

TEST_F(ApiTest, ActorPagination) {
  json all = Get("/api/actors", {{"limit", "6"}});
  json p1 = Get("/api/actors", {{"limit", "3"}});
  json p2 = Get("/api/actors", {{"limit", "3"}, {"offset", "3"}});
  ASSERT_EQ(all["actors"].size(), 6u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(p1["actors"][i], all["actors"][i]);
    EXPECT_EQ(p2["actors"][i], all["actors"][i + 3]);
  }
  json past = Get("/api/actors", {{"offset", "100000"}});
  EXPECT_TRUE(past["actors"].empty());
  EXPECT_EQ(past["total"], all["total"]);
}

// ------------------------------------------------------------------- dyads

TEST_F(ApiTest, DyadsCountBothWays) {
  json r = Get("/api/dyads", {{"actor", "KOR"}, {"limit", "1000"}});
  long long ab = 0, ba = 0;
  json rus;
  for (auto& d : r["dyads"]) {
    ab += d["ab"].get<long long>();
    ba += d["ba"].get<long long>();
    if (d["partner"] == "RUS") rus = d;
  }
  EXPECT_EQ(ab, Sql("SELECT count(*) FROM events WHERE source_root='KOR' AND target_root<>''"));
  EXPECT_EQ(ba, Sql("SELECT count(*) FROM events WHERE target_root='KOR' AND source_root<>'KOR'"));
  ASSERT_FALSE(rus.is_null());
  EXPECT_EQ(rus["ab"], Sql("SELECT count(*) FROM events WHERE source_root='KOR' AND target_root='RUS'"));
  EXPECT_EQ(rus["ba"], Sql("SELECT count(*) FROM events WHERE source_root='RUS' AND target_root='KOR'"));
  EXPECT_EQ(rus["name"], "Russia");
  // Sorted by events, descending.
  for (size_t i = 1; i < r["dyads"].size(); ++i) EXPECT_GE(r["dyads"][i - 1]["events"], r["dyads"][i]["events"]);
  // The cached answer equals the live query (a filter that keeps everything forces SQL).
  json live = Get("/api/dyads", {{"actor", "KOR"}, {"limit", "1000"}, {"from", "1900-01-01"}});
  ASSERT_EQ(live["dyads"].size(), r["dyads"].size());
  for (size_t i = 0; i < r["dyads"].size(); ++i) {
    EXPECT_EQ(live["dyads"][i]["partner"], r["dyads"][i]["partner"]);
    EXPECT_EQ(live["dyads"][i]["quad"], r["dyads"][i]["quad"]);
  }
}

TEST_F(ApiTest, DyadsFilteredByDateAndRoot) {
  json r = Get("/api/dyads", {{"actor", "USA"}, {"from", "2019-03-01"}, {"to", "2019-05-31"}, {"root", "19,04"}, {"limit", "1000"}});
  long long n = 0;
  for (auto& d : r["dyads"]) n += d["events"].get<long long>();
  EXPECT_EQ(n, Sql("SELECT count(*) FROM events WHERE (source_root='USA' OR target_root='USA') AND date BETWEEN "
                   "'2019-03-01' AND '2019-05-31' AND root IN ('19','04')"));
  EXPECT_GT(n, 0);
  json full = Get("/api/dyads", {{"actor", "KORGOV"}, {"limit", "1000"}});
  long long m = 0;
  bool rusmil = false;
  for (auto& d : full["dyads"]) {
    m += d["events"].get<long long>();
    rusmil |= d["partner"] == "RUSMIL";  // full codes meet full codes (the hand-made events)
  }
  EXPECT_TRUE(rusmil);
  EXPECT_EQ(m, Sql("SELECT count(*) FROM events WHERE source='KORGOV' OR target='KORGOV'"));
}

// ------------------------------------------------------------------ series

TEST_F(ApiTest, SeriesBothDirectionsByMonth) {
  json s = Get("/api/series", {{"a", "KOR"}, {"b", "RUS"}, {"by", "month"}});
  auto sum = [](const json& a) {
    long long n = 0;
    for (auto& x : a) n += x.get<long long>();
    return n;
  };
  EXPECT_EQ(sum(s["ab"]["events"]), Sql("SELECT count(*) FROM events WHERE source_root='KOR' AND target_root='RUS'"));
  EXPECT_EQ(sum(s["ba"]["events"]), Sql("SELECT count(*) FROM events WHERE source_root='RUS' AND target_root='KOR'"));
  const auto& periods = s["periods"];
  ASSERT_GT(periods.size(), 10u);
  EXPECT_EQ(periods[0], "2018-06-01");
  for (size_t i = 0; i < periods.size(); ++i) {
    std::string p = periods[i];
    EXPECT_EQ(p.substr(8), "01");
    if (i) {
      std::string q = periods[i - 1];
      int y0 = std::stoi(q.substr(0, 4)), m0 = std::stoi(q.substr(5, 2)), y1 = std::stoi(p.substr(0, 4)), m1 = std::stoi(p.substr(5, 2));
      EXPECT_EQ(y1 * 12 + m1, y0 * 12 + m0 + 1) << "periods are consecutive months";
    }
    long long qsum = 0;
    for (int k = 0; k < 4; ++k) qsum += s["ab"]["quad"][k][i].get<long long>();
    EXPECT_EQ(qsum, s["ab"]["events"][i]);
    if (s["ab"]["events"][i] == 0) {
      EXPECT_TRUE(s["ab"]["goldstein_mean"][i].is_null());
    }
  }
  // June 2018 holds the hand-made events: 4 KOR->RUS with Goldstein -2, 1 RUS->KOR.
  EXPECT_EQ(s["ab"]["events"][0], 4);
  EXPECT_EQ(s["ab"]["quad"][2][0], 4);
  EXPECT_DOUBLE_EQ(s["ab"]["goldstein_sum"][0].get<double>(), -8.0);
  EXPECT_DOUBLE_EQ(s["ab"]["goldstein_mean"][0].get<double>(), -2.0);
  EXPECT_EQ(s["ba"]["events"][0], 1);
}

TEST_F(ApiTest, SeriesByWeekAndDay) {
  json w = Get("/api/series", {{"a", "USA"}, {"b", "RUS"}, {"by", "week"}, {"from", "2019-01-01"}, {"to", "2019-12-31"}});
  ASSERT_FALSE(w["periods"].empty());
  // 2018-12-31 was a Monday: weeks start on Mondays, 7 days apart.
  EXPECT_EQ(w["periods"][0].get<std::string>() >= "2018-12-31", true);
  for (auto& p : w["periods"]) {
    std::tm tm{};
    std::string d = p;
    tm.tm_year = std::stoi(d.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(d.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(d.substr(8, 2));
    tm.tm_hour = 12;
    timegm(&tm);
    EXPECT_EQ(tm.tm_wday, 1) << d << " is not a Monday";
  }
  long long n = 0;
  for (auto& x : w["ab"]["events"]) n += x.get<long long>();
  for (auto& x : w["ba"]["events"]) n += x.get<long long>();
  EXPECT_EQ(n, Sql("SELECT count(*) FROM events WHERE ((source_root='USA' AND target_root='RUS') OR (source_root='RUS' AND "
                   "target_root='USA')) AND date BETWEEN '2019-01-01' AND '2019-12-31'"));
  json d = Get("/api/series", {{"a", "KOR"}, {"b", "RUS"}, {"by", "day"}, {"from", "2018-06-14"}, {"to", "2018-06-16"}});
  EXPECT_EQ(d["periods"], json::array({"2018-06-15", "2018-06-16"}));
  EXPECT_EQ(d["ab"]["events"], json::array({4, 0}));
  EXPECT_EQ(d["ba"]["events"], json::array({0, 1}));
  // Without b: the actor with anyone.
  json any = Get("/api/series", {{"a", "KOR"}});
  long long m = 0;
  for (auto& x : any["ab"]["events"]) m += x.get<long long>();
  EXPECT_EQ(m, Sql("SELECT count(*) FROM events WHERE source_root='KOR'"));
}

// ------------------------------------------------------------------ events

TEST_F(ApiTest, EventsEvidenceWithSpans) {
  json r = Get("/api/events", {{"a", "KOR"}, {"b", "RUS"}, {"from", "2018-06-15"}, {"to", "2018-06-15"}});
  ASSERT_EQ(r["total"], 4);
  std::map<std::string, json> by_id;
  for (auto& e : r["events"]) by_id[e["event_id"]] = e;
  const json& ex = by_id["h1-exact"];
  EXPECT_EQ(ex["sentence"], kSentence);
  EXPECT_EQ(ex["url"], "https://example.org/hand-1");
  std::string joined, roles;
  for (auto& p : ex["parts"]) {
    joined += p["text"].get<std::string>();
    if (p.contains("role")) roles += p["role"].get<std::string>() + "=" + p["text"].get<std::string>() + ";";
  }
  EXPECT_EQ(joined, kSentence);
  EXPECT_EQ(roles, "source=Seoul\xE2\x80\x99s envoy;verb=criticized;target=Moscow's;");
  EXPECT_EQ(by_id["h2-nospans"]["parts"].size(), 1u);
  EXPECT_EQ(by_id["h2-nospans"]["parts"][0]["text"], kSentence);
  // Spans before the sentence, past its end or negative are dropped, not clamped into wrong text.
  for (auto& p : by_id["h3-outside"]["parts"]) EXPECT_FALSE(p.contains("role")) << p.dump();
  // A span starting inside a multibyte character starts at that character.
  json mid = by_id["h4-midchar"]["parts"];
  ASSERT_GE(mid.size(), 2u);
  EXPECT_EQ(mid[1]["role"], "source");
  EXPECT_EQ(mid[1]["text"], "\xE2\x80\x99s envoy");
  for (auto& e : r["events"]) EXPECT_EQ(e["source"], "KORGOV");
}

TEST_F(ApiTest, EventsFilters) {
  json ab = Get("/api/events", {{"a", "KOR"}, {"b", "RUS"}, {"dir", "ab"}, {"limit", "1000"}});
  EXPECT_EQ(ab["total"], Sql("SELECT count(*) FROM events WHERE source_root='KOR' AND target_root='RUS'"));
  for (auto& e : ab["events"]) EXPECT_EQ(e["source"].get<std::string>().substr(0, 3), "KOR");
  json ba = Get("/api/events", {{"a", "KOR"}, {"b", "RUS"}, {"dir", "ba"}, {"limit", "1000"}});
  EXPECT_EQ(ba["total"], Sql("SELECT count(*) FROM events WHERE source_root='RUS' AND target_root='KOR'"));
  json rq = Get("/api/events", {{"a", "USA"}, {"root", "19"}, {"quad", "4"}, {"from", "2019-06-01"}, {"to", "2019-12-31"}});
  EXPECT_EQ(rq["total"], Sql("SELECT count(*) FROM events WHERE (source_root='USA' OR target_root='USA') AND root='19' AND "
                             "quad_class=4 AND date BETWEEN '2019-06-01' AND '2019-12-31'"));
  for (auto& e : rq["events"]) {
    EXPECT_EQ(e["root"], "19");
    EXPECT_GE(e["date"].get<std::string>(), "2019-06-01");
  }
  json full = Get("/api/events", {{"a", "KORGOV"}, {"b", "RUSMIL"}, {"limit", "1000"}});
  EXPECT_EQ(full["total"], Sql("SELECT count(*) FROM events WHERE (source='KORGOV' AND target='RUSMIL') OR (source='RUSMIL' AND target='KORGOV')"));
}

TEST_F(ApiTest, EventsTextSearch) {
  json r = Get("/api/events", {{"q", "attacked Russia"}, {"limit", "1000"}});
  EXPECT_GT(r["total"].get<long long>(), 0);
  EXPECT_EQ(r["total"], Sql("SELECT count(*) FROM events e JOIN sentences s ON s.doc_id=e.doc_id AND s.idx=e.sentence "
                            "WHERE s.text LIKE '%attacked%' AND s.text LIKE '%Russia%'"));
  for (auto& e : r["events"]) {
    std::string s = e["sentence"];
    EXPECT_NE(s.find("attacked"), std::string::npos);
    EXPECT_NE(s.find("Russia"), std::string::npos);
  }
  // Both plans (from the hits when they are fewer than the dyad's events, from
  // the dyad otherwise) give SQL's answer.
  for (const char* word : {"Russia", "Sweden", "attacked", "Argentina"}) {
    for (const char* a : {"USA", "SWE"}) {
      json r2 = Get("/api/events", {{"q", word}, {"a", a}, {"limit", "1000"}});
      EXPECT_EQ(r2["total"], Sql(std::string("SELECT count(*) FROM events e JOIN sentences s ON s.doc_id=e.doc_id AND "
                                             "s.idx=e.sentence WHERE (e.source_root='") + a + "' OR e.target_root='" + a +
                                 "') AND s.text LIKE '%" + word + "%'"))
          << word << " " << a;
      EXPECT_EQ(r2["events"].size(), std::min<size_t>(1000, r2["total"].get<size_t>()));
    }
  }
  json prefix = Get("/api/events", {{"q", "criticiz*"}, {"a", "KOR"}, {"b", "RUS"}, {"from", "2018-06-15"}, {"to", "2018-06-15"}});
  EXPECT_EQ(prefix["total"], 4);
  // Metacharacters are searched as words, not as SQL or FTS syntax.
  json meta = Get("/api/events", {{"q", "DROP TABLE events;"}});
  ASSERT_EQ(meta["total"], 1);
  EXPECT_EQ(meta["events"][0]["event_id"], "h5-meta");
  EXPECT_EQ(meta["events"][0]["sentence"], kMeta);
  EXPECT_EQ(Get("/api/events", {{"q", "NEAR( \"unbalanced OR AND NOT *"}})["total"], 0);
}

TEST_F(ApiTest, EventsPaginationOffsetAndCursor) {
  Params base = {{"a", "USA"}, {"limit", "7"}};
  long long total = Sql("SELECT count(*) FROM events WHERE source_root='USA' OR target_root='USA'");
  std::vector<std::string> by_offset, by_cursor, dates;
  for (long long off = 0; off < total; off += 7) {
    Params p = base;
    p.push_back({"offset", std::to_string(off)});
    json r = Get("/api/events", p);
    EXPECT_EQ(r["total"], total);
    for (auto& e : r["events"]) {
      by_offset.push_back(e["event_id"]);
      dates.push_back(e["date"]);
    }
  }
  std::string cursor;
  for (int guard = 0; guard < 10000; ++guard) {
    Params p = base;
    if (!cursor.empty()) p.push_back({"cursor", cursor});
    json r = Get("/api/events", p);
    for (auto& e : r["events"]) by_cursor.push_back(e["event_id"]);
    if (r["next_cursor"].is_null()) break;
    cursor = r["next_cursor"];
  }
  EXPECT_EQ(static_cast<long long>(by_offset.size()), total);
  EXPECT_EQ(by_offset, by_cursor);
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
  EXPECT_EQ(std::set<std::string>(by_offset.begin(), by_offset.end()).size(), by_offset.size());
  // Totals with filters and directions agree with SQL.
  EXPECT_EQ(Get("/api/events", {{"a", "KOR"}, {"dir", "ba"}, {"root", "04,19"}, {"from", "2019-05-01"}})["total"],
            Sql("SELECT count(*) FROM events WHERE target_root='KOR' AND source_root<>'KOR' AND root IN ('04','19') AND "
                "date >= '2019-05-01'"));
  EXPECT_EQ(Get("/api/events", {{"quad", "2"}})["total"], Sql("SELECT count(*) FROM events WHERE quad_class=2"));
}

// The series answered from memory equal SQL's grouping, period by period.
TEST_F(ApiTest, SeriesMatchesSqlGrouping) {
  const char* exprs[][2] = {{"day", "date"}, {"week", "date(date, 'weekday 0', '-6 days')"}, {"month", "substr(date,1,7)||'-01'"},
                            {"year", "substr(date,1,4)||'-01-01'"}};
  for (auto& [by, expr] : exprs) {
    json s = Get("/api/series", {{"a", "RUS"}, {"b", "USA"}, {"by", by}, {"root", "04,19,11"}, {"from", "2019-02-10"}, {"to", "2020-08-20"}});
    std::map<std::string, long long> got;
    double gsum = 0;
    for (size_t i = 0; i < s["periods"].size(); ++i) {
      if (s["ab"]["events"][i] != 0) got[s["periods"][i]] = s["ab"]["events"][i];
      gsum += s["ab"]["goldstein_sum"][i].get<double>();
    }
    std::map<std::string, long long> want;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    double want_g = 0;
    std::string sql = std::string("SELECT ") + expr + ", count(*), total(goldstein) FROM events WHERE source_root='RUS' AND target_root='USA' AND root IN "
                      "('04','19','11') AND date BETWEEN '2019-02-10' AND '2020-08-20' GROUP BY 1";
    ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW)
    {
      want[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int64(st, 1);
      want_g += sqlite3_column_double(st, 2);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    EXPECT_EQ(got, want) << by;
    EXPECT_FALSE(want.empty());
    EXPECT_NEAR(gsum, want_g, 1e-6) << by;
  }
  // Full codes take the SQL path; both agree on the hand-made day.
  json full = Get("/api/series", {{"a", "KORGOV"}, {"b", "RUSMIL"}, {"by", "day"}, {"from", "2018-06-15"}, {"to", "2018-06-15"}});
  EXPECT_EQ(full["ab"]["events"], json::array({4}));
}

// ---------------------------------------------------------- map and network

TEST_F(ApiTest, MapAndNetwork) {
  json m = Get("/api/map", {{"actor", "KORGOV"}});
  long long n = 0;
  for (auto& c : m["countries"]) {
    EXPECT_EQ(c["code"].get<std::string>().size(), 3u);
    n += c["events"].get<long long>();
  }
  EXPECT_EQ(n, Sql("SELECT count(*) FROM events WHERE (source='KORGOV' AND target_root<>'') OR (target='KORGOV' AND source<>'KORGOV')"));
  json net = Get("/api/network", {{"actor", "KOR"}, {"limit", "5"}});
  ASSERT_EQ(net["nodes"].size(), 6u);
  EXPECT_EQ(net["nodes"][0]["code"], "KOR");
  std::set<std::string> nodes;
  for (auto& x : net["nodes"]) nodes.insert(x["code"]);
  for (auto& e : net["edges"]) {
    EXPECT_TRUE(nodes.count(e["source"]) && nodes.count(e["target"]));
    EXPECT_LT(e["source"].get<std::string>(), e["target"].get<std::string>());
  }
  json filtered = Get("/api/network", {{"actor", "KOR"}, {"limit", "5"}, {"from", "1900-01-01"}});
  ASSERT_EQ(filtered["edges"].size(), net["edges"].size());
  for (size_t i = 0; i < net["edges"].size(); ++i) {
    EXPECT_EQ(filtered["edges"][i]["source"], net["edges"][i]["source"]);
    EXPECT_EQ(filtered["edges"][i]["events"], net["edges"][i]["events"]);
    EXPECT_NEAR(filtered["edges"][i]["goldstein_mean"].get<double>(), net["edges"][i]["goldstein_mean"].get<double>(), 1e-9);
  }
}

// -------------------------------------------------------------- bad input

TEST_F(ApiTest, BadParametersAre400) {
  struct Case {
    const char* path;
    Params params;
  };
  const Case cases[] = {
      {"/api/events", {{"a", "KOR'"}}},
      {"/api/events", {{"a", "KO"}}},
      {"/api/events", {{"b", "RUS"}}},
      {"/api/events", {{"from", "2020-13-01"}}},
      {"/api/events", {{"to", "yesterday"}}},
      {"/api/events", {{"from", "2020-02-01"}, {"to", "2020-01-01"}}},
      {"/api/events", {{"limit", "0"}}},
      {"/api/events", {{"limit", "abc"}}},
      {"/api/events", {{"limit", "100000"}}},
      {"/api/events", {{"limit", "-1"}}},
      {"/api/events", {{"offset", "1e9"}}},
      {"/api/events", {{"root", "21"}}},
      {"/api/events", {{"root", "1;DROP"}}},
      {"/api/events", {{"quad", "5"}}},
      {"/api/events", {{"dir", "up"}}},
      {"/api/events", {{"cursor", "garbage"}}},
      {"/api/events", {{"cursor", "2020-01-01|x"}, {"offset", "5"}}},
      {"/api/events", {{"a", "KOR"}, {"a", "RUS"}}},
      {"/api/events", {{"nope", "1"}}},
      {"/api/series", {}},
      {"/api/series", {{"a", "KOR"}, {"by", "quarter"}}},
      {"/api/dyads", {}},
      {"/api/map", {{"actor", ""}}},
      {"/api/network", {{"actor", "KOR"}, {"limit", "1000"}}},
      {"/api/actors", {{"level", "x"}}},
      {"/api/summary", {{"x", "1"}}},
  };
  for (const auto& c : cases) {
    Response r = api_->Handle(c.path, c.params);
    EXPECT_EQ(r.status, 400) << c.path << " " << json(c.params).dump() << " -> " << r.body;
    json body = json::parse(r.body);
    EXPECT_TRUE(body.contains("error") && !body["error"].get<std::string>().empty()) << r.body;
  }
  EXPECT_EQ(api_->Handle("/api/nothing", {}).status, 404);
  EXPECT_EQ(api_->Handle("/api/events/../../etc/passwd", {}).status, 404);
  EXPECT_THAT(json::parse(api_->Handle("/api/events", {{"limit", "0"}}).body)["error"].get<std::string>(),
              ::testing::HasSubstr("limit"));
}

TEST_F(ApiTest, SqlMetacharactersInEveryParameterNeverReachSql) {
  const std::string before = FileBytes(path_);
  const long long events = Sql("SELECT count(*) FROM events");
  const std::vector<std::string> evil = {
      "' OR '1'='1", "KOR' --", "\"; DROP TABLE events; --", "%", "_", "\\", "KOR%", "*", "NEAR(",
      "1); DELETE FROM events; --", "2020-01-01' OR 1=1 --", "01,02) OR (1=1", "\x01\xff", "KOR\nRUS", std::string(5000, 'A')};
  const std::map<std::string, std::vector<std::string>> endpoints = {
      {"/api/actors", {"q", "level", "limit", "offset"}},
      {"/api/dyads", {"actor", "from", "to", "root", "quad", "limit", "offset"}},
      {"/api/series", {"a", "b", "by", "from", "to", "root", "quad"}},
      {"/api/events", {"a", "b", "dir", "from", "to", "root", "quad", "q", "limit", "offset", "cursor"}},
      {"/api/map", {"actor", "from", "to", "root", "quad"}},
      {"/api/network", {"actor", "from", "to", "root", "quad", "limit"}},
  };
  int answered = 0;
  for (const auto& [path, names] : endpoints) {
    for (const auto& name : names) {
      for (const auto& v : evil) {
        Params p;
        // Give the required actor so the evil value is what gets checked.
        if (name != "actor" && (path == "/api/dyads" || path == "/api/map" || path == "/api/network")) p.push_back({"actor", "KOR"});
        if (name != "a" && path == "/api/series") p.push_back({"a", "KOR"});
        p.push_back({name, v});
        Response r = api_->Handle(path, p);
        EXPECT_TRUE(r.status == 200 || r.status == 400) << path << " " << name << "=" << v << " -> " << r.status << " " << r.body;
        EXPECT_TRUE(json::accept(r.body)) << r.body;
        if (r.status == 200 && name != "q") {
          // Only free text may pass; it must not widen a result to everything.
          ADD_FAILURE() << path << " accepted " << name << "=" << v;
        }
        ++answered;
      }
    }
  }
  // Free-text parameters are answered and match nothing here.
  EXPECT_EQ(Get("/api/actors", {{"q", "' OR '1'='1"}})["total"], 0);
  EXPECT_EQ(Get("/api/events", {{"q", "' OR '1'='1"}})["total"], 0);
  EXPECT_EQ(Get("/api/actors", {{"q", "%"}})["total"], 0);
  EXPECT_EQ(Get("/api/actors", {{"q", "_"}})["total"], 0);
  EXPECT_GT(answered, 500);
  EXPECT_EQ(Sql("SELECT count(*) FROM events"), events);
  EXPECT_EQ(FileBytes(path_), before) << "the store changed";
}

// ------------------------------------------------------------- read-only

TEST_F(ApiTest, ConnectionsAreReadOnly) {
  auto pool = Pool::Open(path_, 2);
  ASSERT_TRUE(pool.ok());
  auto lease = (*pool)->Acquire();
  ASSERT_TRUE(lease.ok());
  for (const char* sql : {"DELETE FROM events", "DROP TABLE events", "CREATE TABLE x(y)", "PRAGMA query_only=0"}) {
    char* err = nullptr;
    int rc = sqlite3_exec((*lease.value()).raw(), sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (std::string(sql).rfind("PRAGMA", 0) == 0) continue;  // allowed to run, but the file stays read-only
    EXPECT_NE(rc, SQLITE_OK) << sql;
  }
  char* err = nullptr;
  EXPECT_NE(sqlite3_exec((*lease.value()).raw(), "DELETE FROM events", nullptr, nullptr, &err), SQLITE_OK);
  sqlite3_free(err);
  EXPECT_GT(Sql("SELECT count(*) FROM events"), 0);
}

TEST(ApiOpen, ErrorsNameTheFile) {
  auto missing = Api::Open("/nonexistent/dir/store.sqlite");
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(missing.status().message(), ::testing::HasSubstr("/nonexistent/dir/store.sqlite"));
  auto path = (fs::temp_directory_path() / ("dyad-serve-empty-" + std::to_string(getpid()) + ".sqlite")).string();
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto other = Api::Open(path);
  ASSERT_FALSE(other.ok());
  EXPECT_THAT(other.status().message(), ::testing::HasSubstr("not a dyad event store"));
  EXPECT_THAT(other.status().message(), ::testing::HasSubstr(path));
  fs::remove(path);
  std::ofstream(path) << "this is not sqlite at all, just text long enough to be a header......................";
  auto junk = Api::Open(path);
  EXPECT_FALSE(junk.ok());
  fs::remove(path);
}

TEST(ApiOpen, SeesChangesMadeWhileServing) {
  auto path = (fs::temp_directory_path() / ("dyad-serve-live-" + std::to_string(getpid()) + ".sqlite")).string();
  fs::remove(path);
  SynthOptions o;
  o.events = 50;
  ASSERT_TRUE(WriteSyntheticStore(path, o).ok());
  auto api = Api::Open(path);
  ASSERT_TRUE(api.ok());
  auto events = [&] { return json::parse((*api)->Handle("/api/summary", {}).body)["events"].get<long long>(); };
  EXPECT_EQ(events(), 50);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "DELETE FROM events WHERE rowid IN (SELECT rowid FROM events LIMIT 10)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_EQ(events(), 40);
  fs::remove(path);
}

// ------------------------------------------------------------ pure helpers

TEST(SplitSentence, PartsCoverTheTextAndKeepUtf8Whole) {
  std::string t = "Abc \xC3\xA9t\xC3\xA9 def";  // "Abc été def"
  auto parts = SplitSentence(t, {{0, 3, "source"}, {5, 8, "verb"}, {2, 6, "target"}});
  std::string joined;
  for (auto& p : parts) joined += p.text;
  EXPECT_EQ(joined, t);
  // The verb span began inside "é" (byte 5) and moves back to byte 4; the
  // overlapping target span is dropped.
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].text, "Abc");
  EXPECT_EQ(parts[0].role, "source");
  EXPECT_EQ(parts[2].text, "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(parts[2].role, "verb");
  EXPECT_EQ(SplitSentence("", {{0, 5, "source"}}).size(), 0u);
  EXPECT_EQ(SplitSentence("abc", {{5, 9, "x"}, {-3, -1, "y"}, {2, 2, "z"}}).size(), 1u);
}

TEST(FtsQuery, QuotesEveryWord) {
  EXPECT_EQ(FtsQuery("  north  korea "), "\"north\" \"korea\"");
  EXPECT_EQ(FtsQuery("sanction*"), "\"sanction\"*");
  EXPECT_EQ(FtsQuery("say \"hi\""), "\"say\" \"\"\"hi\"\"\"");
  EXPECT_EQ(FtsQuery("OR AND NEAR("), "\"OR\" \"AND\" \"NEAR(\"");
  EXPECT_EQ(FtsQuery("   "), "");
}

}  // namespace
}  // namespace dyad::serve
