// Store: schema, idempotent re-runs, resumed runs after a kill, clear errors.
#include "store/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "store/actor_names.h"
#include "store/schema.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string TempPath(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("dyad_store_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path p = dir / name;
  fs::remove(p);
  fs::remove(p.string() + "-wal");
  fs::remove(p.string() + "-shm");
  return p.string();
}

// A document with n sentences "Sentence k of <id>." and one event per sentence.
Document MakeDoc(const std::string& id, int n, const std::string& date = "2019-07-04") {
  Document d;
  d.id = id;
  d.date = date;
  d.title = "Title " + id;
  d.source = "test";
  for (int k = 0; k < n; ++k) {
    Sentence s;
    s.begin = static_cast<uint32_t>(d.text.size());
    s.text = "Sentence " + std::to_string(k) + " of " + id + ".";
    d.text += s.text + " ";
    s.end = s.begin + static_cast<uint32_t>(s.text.size());
    d.sentences.push_back(s);
  }
  return d;
}

std::vector<Event> MakeEvents(const Document& d) {
  std::vector<Event> out;
  for (size_t k = 0; k < d.sentences.size(); ++k) {
    Event e;
    e.doc_id = d.id;
    e.sentence = static_cast<int>(k);
    e.date = d.date;
    e.source = k % 2 ? "KORGOV" : "RUS";
    e.target = k % 2 ? "RUSGOV" : "KOR";
    e.code = k % 2 ? "036" : "190";
    e.root = e.code.substr(0, 2);
    e.quad_class = k % 2 ? 1 : 4;
    e.goldstein = k % 2 ? 4.0 : -10.0;
    out.push_back(e);
  }
  return out;
}

int64_t QueryInt(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sql << ": " << sqlite3_errmsg(db);
  int64_t v = -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

// Writes docs [begin, end) in batches of `batch` documents.
void WriteDocs(Store* s, int begin, int end, int batch) {
  auto hashes = s->DocumentHashes();
  ASSERT_TRUE(hashes.ok()) << hashes.status().ToString();
  int in_batch = 0;
  for (int i = begin; i < end; ++i) {
    Document d = MakeDoc("doc" + std::to_string(i), 1 + i % 4);
    auto it = hashes->find(d.id);
    if (it != hashes->end() && it->second == ContentHash(d.text)) continue;
    if (in_batch == 0) {
      ASSERT_TRUE(s->Begin().ok());
    }
    ASSERT_TRUE(s->PutDocument(d, MakeEvents(d)).ok());
    if (++in_batch == batch) {
      ASSERT_TRUE(s->Commit().ok());
      in_batch = 0;
    }
  }
  if (in_batch > 0) {
    ASSERT_TRUE(s->Commit().ok());
  }
}

TEST(StoreTest, CreatesCurrentSchemaWithWal) {
  std::string path = TempPath("schema.sqlite");
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->schema_version(), kSchemaVersion);
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                 "('documents','sentences','events','actors','meta','event_counts',"
                                 "'events_one_a_day','sentences_fts')"),
            8);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2((*s)->db(), "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
}

TEST(StoreTest, RecodingTheSameInputAddsNothing) {
  std::string path = TempPath("idem.sqlite");
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    WriteDocs(s->get(), 0, 20, 7);
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  auto c1 = (*s)->CountRows();
  ASSERT_TRUE(c1.ok());
  EXPECT_EQ(c1->documents, 20);
  EXPECT_EQ(c1->events, c1->sentences);
  // Same documents again, and the same events written twice inside one document.
  WriteDocs(s->get(), 0, 20, 3);
  Document d = MakeDoc("doc3", 4);
  auto ev = MakeEvents(d);
  auto twice = ev;
  twice.insert(twice.end(), ev.begin(), ev.end());
  ASSERT_TRUE((*s)->Begin().ok());
  ASSERT_TRUE((*s)->PutDocument(d, twice).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  auto c2 = (*s)->CountRows();
  EXPECT_EQ(c2->documents, c1->documents);
  EXPECT_EQ(c2->sentences, c1->sentences);
  EXPECT_EQ(c2->events, c1->events);
  // Event ids are the stable ones.
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM events WHERE length(event_id) = 16"), c2->events);
  // FTS is in step with the sentences (no duplicates after replacing a document).
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'doc3'"), 4);
}

TEST(StoreTest, ChangedDocumentIsReplaced) {
  std::string path = TempPath("replace.sqlite");
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  Document d = MakeDoc("x", 4);
  ASSERT_TRUE((*s)->Begin().ok());
  ASSERT_TRUE((*s)->PutDocument(d, MakeEvents(d)).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  Document d2 = MakeDoc("x", 2);
  ASSERT_TRUE((*s)->Begin().ok());
  ASSERT_TRUE((*s)->PutDocument(d2, MakeEvents(d2)).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  auto c = (*s)->CountRows();
  EXPECT_EQ(c->documents, 1);
  EXPECT_EQ(c->sentences, 2);
  EXPECT_EQ(c->events, 2);
  auto h = (*s)->DocumentHashes();
  EXPECT_EQ(h->at("x"), ContentHash(d2.text));
  EXPECT_NE(ContentHash(d.text), ContentHash(d2.text));
}

TEST(StoreTest, AggregatesAndOneADayFilter) {
  std::string path = TempPath("agg.sqlite");
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*s)->Begin().ok());
  // Two documents report the same event the same day; one reports it twice.
  for (const char* id : {"a", "b"}) {
    Document d = MakeDoc(id, 2, "2022-02-24");
    std::vector<Event> ev;
    for (int k = 0; k < (id[0] == 'a' ? 2 : 1); ++k) {
      Event e;
      e.doc_id = id;
      e.sentence = k;
      e.date = d.date;
      e.source = "RUSMIL";
      e.target = "UKR";
      e.code = "190";
      e.quad_class = 4;
      e.goldstein = -10;
      ev.push_back(e);
    }
    ASSERT_TRUE((*s)->PutDocument(d, ev).ok());
  }
  ASSERT_TRUE((*s)->Commit().ok());
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2((*s)->db(),
                               "SELECT mentions, sentences, documents FROM event_counts WHERE source='RUSMIL'",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 3);
  EXPECT_EQ(sqlite3_column_int(st, 1), 3);
  EXPECT_EQ(sqlite3_column_int(st, 2), 2);
  sqlite3_finalize(st);
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM events_one_a_day"), 1);
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM events WHERE source_root='RUS' AND target_root='UKR'"), 3);
}

// A writer killed in the middle of a transaction: the next open sees only
// whole documents, and a second run completes the store.
TEST(StoreTest, KilledRunLeavesConsistentStoreAndResumes) {
  std::string path = TempPath("killed.sqlite");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto s = Store::Open(path);
    if (!s.ok()) _exit(2);
    // Batch 1 (docs 0..9) is committed; batch 2 is half written when we die.
    (*s)->Begin();
    for (int i = 0; i < 10; ++i) {
      Document d = MakeDoc("doc" + std::to_string(i), 1 + i % 4);
      (*s)->PutDocument(d, MakeEvents(d));
    }
    (*s)->Commit();
    (*s)->Begin();
    for (int i = 10; i < 15; ++i) {
      Document d = MakeDoc("doc" + std::to_string(i), 1 + i % 4);
      (*s)->PutDocument(d, MakeEvents(d));
    }
    raise(SIGKILL);
    _exit(3);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_EQ(WTERMSIG(status), SIGKILL);

  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto c = (*s)->CountRows();
  EXPECT_EQ(c->documents, 10);
  sqlite3* db = (*s)->db();
  // Every stored document has all its sentences, every event a document.
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM documents d WHERE n_sentences != "
                         "(SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id)"),
            0);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                         "(SELECT 1 FROM documents d WHERE d.id = e.doc_id)"),
            0);
  {
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
    sqlite3_finalize(st);
  }
  WriteDocs(s->get(), 0, 30, 8);
  c = (*s)->CountRows();
  EXPECT_EQ(c->documents, 30);
  int64_t expected_sentences = 0;
  for (int i = 0; i < 30; ++i) expected_sentences += 1 + i % 4;
  EXPECT_EQ(c->sentences, expected_sentences);
  EXPECT_EQ(c->events, expected_sentences);
}

TEST(StoreTest, AbandonedTransactionIsRolledBack) {
  std::string path = TempPath("abandoned.sqlite");
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->Begin().ok());
    Document d = MakeDoc("lost", 3);
    ASSERT_TRUE((*s)->PutDocument(d, MakeEvents(d)).ok());
    // Destroyed without Commit().
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->CountRows()->documents, 0);
  EXPECT_EQ((*s)->CountRows()->sentences, 0);
}

TEST(StoreTest, MigratesVersion1Store) {
  std::string path = TempPath("v1.sqlite");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kSchemaV1, nullptr, nullptr, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA user_version=1;"
                           "INSERT INTO documents VALUES ('d1','2018-01-01','s','u','t','h',1,'now');"
                           "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES ('d1',0,0,20,'Moon met Putin today');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto ro = Store::Open(path, {.read_only = true});
  ASSERT_FALSE(ro.ok());
  EXPECT_NE(ro.status().message().find("needs migrating"), std::string::npos) << ro.status().message();
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ((*s)->schema_version(), kSchemaVersion);
  // The v1 sentence is searchable after the migration rebuilt the index.
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'putin'"), 1);
  EXPECT_EQ(QueryInt((*s)->db(), "SELECT COUNT(*) FROM event_counts"), 0);
  auto m = (*s)->GetMeta("created_by");
  ASSERT_TRUE(m.ok());
}

// FTS5's own check of the index against the content table (sentences).
bool FtsIntact(sqlite3* db) {
  return sqlite3_exec(db, "INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)", nullptr,
                      nullptr, nullptr) == SQLITE_OK;
}

TEST(StoreTest, MigratesVersion2Store) {
  std::string path = TempPath("v2.sqlite");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kSchemaV1, nullptr, nullptr, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kSchemaV2, nullptr, nullptr, nullptr), SQLITE_OK);
    // v2: the insert trigger indexes the sentence.
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA user_version=2;"
                           "INSERT INTO documents VALUES ('d1','2018-01-01','s','u','t','h',1,'now');"
                           "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES ('d1',0,0,20,'Moon met Putin today');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  sqlite3* db = (*s)->db();
  EXPECT_EQ((*s)->schema_version(), 3);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_fts_ai'"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_fts_ad'"), 1);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'putin'"), 1);
  // Queries by target actor use the new indexes.
  for (const char* q : {"events_target|SELECT COUNT(*) FROM events WHERE target_root = 'RUS' AND date >= '2018-01-01'",
                        "events_target_full|SELECT COUNT(*) FROM events WHERE target = 'RUSGOV'"}) {
    std::string sql = q;
    std::string index = sql.substr(0, sql.find('|'));
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql.substr(sql.find('|') + 1)).c_str(), -1, &st, nullptr),
              SQLITE_OK);
    std::string plan;
    while (sqlite3_step(st) == SQLITE_ROW) plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    sqlite3_finalize(st);
    EXPECT_NE(plan.find(index), std::string::npos) << plan;
  }
  // Written after the migration: indexed by Store::Commit; replacing d1 removes its old entry.
  ASSERT_TRUE((*s)->Begin().ok());
  Document d = MakeDoc("d2", 3);
  ASSERT_TRUE((*s)->PutDocument(d, MakeEvents(d)).ok());
  Document d1 = MakeDoc("d1", 2);
  ASSERT_TRUE((*s)->PutDocument(d1, MakeEvents(d1)).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'putin'"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'd2'"), 3);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'd1'"), 2);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM events WHERE target_root = 'RUS'"), 2);
  EXPECT_TRUE(FtsIntact(db)) << sqlite3_errmsg(db);
}

TEST(StoreTest, FullTextIndexFollowsWritesReplacementsAndRollbacks) {
  std::string path = TempPath("fts.sqlite");
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  sqlite3* db = (*s)->db();
  auto match = [&](const std::string& q) {
    return QueryInt(db, ("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH '" + q + "'").c_str());
  };
  // One transaction: x, y, then x replaced before anything was indexed.
  ASSERT_TRUE((*s)->Begin().ok());
  for (auto [id, n] : {std::pair<const char*, int>{"x", 4}, {"y", 3}, {"x", 2}}) {
    Document d = MakeDoc(id, n);
    ASSERT_TRUE((*s)->PutDocument(d, MakeEvents(d)).ok());
  }
  ASSERT_TRUE((*s)->Commit().ok());
  EXPECT_EQ(match("x"), 2);
  EXPECT_EQ(match("y"), 3);
  EXPECT_EQ(match("sentence"), 5);
  EXPECT_TRUE(FtsIntact(db)) << sqlite3_errmsg(db);
  // A rolled-back transaction leaves neither sentences nor index entries; the next one indexes its own.
  ASSERT_TRUE((*s)->Begin().ok());
  Document z = MakeDoc("z", 5);
  ASSERT_TRUE((*s)->PutDocument(z, {}).ok());
  ASSERT_TRUE((*s)->Rollback().ok());
  ASSERT_TRUE((*s)->Begin().ok());
  Document w = MakeDoc("w", 1);
  ASSERT_TRUE((*s)->PutDocument(w, {}).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  EXPECT_EQ(match("z"), 0);
  EXPECT_EQ(match("w"), 1);
  EXPECT_EQ(match("sentence"), 6);
  // Without Begin() (autocommit) a document is indexed at once.
  Document v = MakeDoc("v", 2);
  ASSERT_TRUE((*s)->PutDocument(v, {}).ok());
  EXPECT_EQ(match("v"), 2);
  EXPECT_TRUE(FtsIntact(db)) << sqlite3_errmsg(db);
}

TEST(StoreTest, NewerSchemaIsRefused) {
  std::string path = TempPath("v99.sqlite");
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(sqlite3_exec((*s)->db(), "PRAGMA user_version=99", nullptr, nullptr, nullptr), SQLITE_OK);
  }
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer"), std::string::npos) << s.status().message();
}

TEST(StoreTest, NotADyadStoreOrNotSqlite) {
  std::string other = TempPath("other.sqlite");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = Store::Open(other);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a dyad store"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find(other), std::string::npos);

  std::string text = TempPath("text.sqlite");
  std::ofstream(text) << "id,date\n1,2020-01-01\n";
  auto t = Store::Open(text);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("not a SQLite database"), std::string::npos) << t.status().message();
  // The file was not touched.
  EXPECT_EQ(fs::file_size(text), 21u);
}

TEST(StoreTest, LockedDatabaseGivesClearError) {
  std::string path = TempPath("locked.sqlite");
  { ASSERT_TRUE(Store::Open(path).ok()); }
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE; INSERT INTO meta VALUES ('k','v');", nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto s = Store::Open(path, {.busy_timeout_ms = 50});
  if (s.ok()) {
    // WAL lets the open itself through; the first write must then fail clearly.
    Status b = (*s)->Begin();
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.message().find("locked"), std::string::npos) << b.message();
    EXPECT_NE(b.message().find(path), std::string::npos) << b.message();
  } else {
    EXPECT_NE(s.status().message().find("locked"), std::string::npos) << s.status().message();
  }
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  auto again = Store::Open(path, {.busy_timeout_ms = 50});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE((*again)->Begin().ok());
  EXPECT_TRUE((*again)->Commit().ok());
}

TEST(StoreTest, ReadOnlyGivesClearError) {
  std::string path = TempPath("ro.sqlite");
  { ASSERT_TRUE(Store::Open(path).ok()); }
  auto ro = Store::Open(path, {.read_only = true});
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  Status b = (*ro)->Begin();
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.message().find("read-only"), std::string::npos) << b.message();
  Document d = MakeDoc("x", 1);
  EXPECT_FALSE((*ro)->PutDocument(d, {}).ok());

  auto missing = Store::Open(TempPath("missing.sqlite"), {.read_only = true});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no such database"), std::string::npos);

  auto nodir = Store::Open("/nonexistent-dir-dyad/x.sqlite");
  ASSERT_FALSE(nodir.ok());
  EXPECT_NE(nodir.status().message().find("/nonexistent-dir-dyad/x.sqlite"), std::string::npos);

  if (geteuid() != 0) {  // root ignores file permissions
    ASSERT_EQ(chmod(path.c_str(), 0444), 0);
    auto w = Store::Open(path);
    ASSERT_FALSE(w.ok());
    EXPECT_NE(w.status().message().find("read-only"), std::string::npos) << w.status().message();
    chmod(path.c_str(), 0644);
  }
}

TEST(StoreTest, StableIdsAndNames) {
  Event e;
  e.doc_id = "d";
  e.sentence = 2;
  e.source = "KOR";
  e.target = "RUS";
  e.code = "036";
  std::string id = StableEventId(e);
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(id, StableEventId(e));
  e.code = "037";
  EXPECT_NE(id, StableEventId(e));
  EXPECT_EQ(ActorRoot("KORGOV"), "KOR");
  EXPECT_EQ(ActorDisplayName("KORGOV"), "South Korea: government");
  EXPECT_EQ(ActorDisplayName("RUSMILGOV"), "Russia: military, government");
  EXPECT_EQ(ActorDisplayName("ZZZ"), "");
  EXPECT_EQ(CountryCodeForName("South Korea"), "KOR");
  EXPECT_EQ(CountryCodeForName("the United States"), "USA");
  EXPECT_EQ(CountryCodeForName("Atlantis"), "");
}

// Removes this process's scratch directory at the end.
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::temp_directory_path() / ("dyad_store_test_" + std::to_string(getpid())), ec);
  }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace
}  // namespace dyad
