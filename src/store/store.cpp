#include "store/store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "store/schema.h"

namespace dyad {
namespace {

std::string Hex128(XXH128_hash_t h) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// RAII prepared statement.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &st_, nullptr); }
  ~Stmt() { sqlite3_finalize(st_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return st_; }
  void Text(int i, const std::string& s) { sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
  void Int(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(st_, i, v); }
  int Step() { return sqlite3_step(st_); }
  void Reset() { sqlite3_reset(st_); sqlite3_clear_bindings(st_); }

 private:
  sqlite3_stmt* st_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

// A statement owned by the Store's cache: same interface as Stmt, no finalize.
class Cached {
 public:
  explicit Cached(sqlite3_stmt* st) : st_(st) {}
  bool ok() const { return st_ != nullptr; }
  void Text(int i, const std::string& s) { sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
  void Int(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(st_, i, v); }
  int Step() { return sqlite3_step(st_); }
  void Reset() { sqlite3_reset(st_); sqlite3_clear_bindings(st_); }

 private:
  sqlite3_stmt* st_;
};

bool IsLockError(int rc) {
  int p = rc & 0xff;
  return p == SQLITE_BUSY || p == SQLITE_LOCKED;
}

}  // namespace

std::string ContentHash(const std::string& text) { return Hex128(XXH3_128bits(text.data(), text.size())); }

std::string StableEventId(const Event& e) {
  std::string key = e.doc_id;
  key += '\x1f';
  key += std::to_string(e.sentence);
  key += '\x1f';
  key += e.source;
  key += '\x1f';
  key += e.target;
  key += '\x1f';
  key += e.code;
  // 16 hex digits: short enough to read, collisions negligible below 10^9 events.
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  return buf;
}

std::string ActorRoot(const std::string& code) { return code.size() <= 3 ? code : code.substr(0, 3); }

Store::~Store() {
  for (sqlite3_stmt* st : stmts_) sqlite3_finalize(st);
  if (db_) {
    if (in_txn_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }
}

namespace {
enum Slot { kDelDoc, kInsDoc, kInsSentence, kInsEvent, kIndexFts, kSlots };
}

sqlite3_stmt* Store::Prepared(int slot, const char* sql) {
  if (stmts_.empty()) stmts_.assign(kSlots, nullptr);
  sqlite3_stmt*& st = stmts_[slot];
  if (!st) {
    if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      st = nullptr;
    }
  } else {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
  return st;
}

Status Store::Exec(const char* sql, const char* what) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = path_ + ": " + what + ": " + (err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    if (IsLockError(rc)) msg += " (the database is locked by another process; try again when it has finished)";
    if ((rc & 0xff) == SQLITE_READONLY) msg += " (the database or its directory is read-only)";
    return Status::IoError(msg);
  }
  return Status::OK();
}

int Store::schema_version() const {
  sqlite3_stmt* st = nullptr;
  int v = -1;
  if (sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return v;
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::unique_ptr<Store> s(new Store());
  s->path_ = path;
  s->read_only_ = options.read_only;
  // A quick look at the header first: a file that is not SQLite at all gets a plain answer.
  {
    std::ifstream f(path, std::ios::binary);
    if (f) {
      char head[16] = {0};
      f.read(head, 16);
      auto n = f.gcount();
      if (n > 0 && (n < 16 || std::string(head, 15) != "SQLite format 3"))
        return Status::Invalid(path + ": not a SQLite database (and so not a dyad store)");
    } else if (options.read_only) {
      return Status::NotFound(path + ": no such database (create it with `dyad code --db " + path + "`)");
    }
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &s->db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open database: " + (s->db_ ? sqlite3_errmsg(s->db_) : sqlite3_errstr(rc));
    if ((rc & 0xff) == SQLITE_CANTOPEN && !options.read_only)
      msg += " (is the directory writable?)";
    return Status::IoError(msg);
  }
  sqlite3_extended_result_codes(s->db_, 1);
  sqlite3_busy_timeout(s->db_, options.busy_timeout_ms);

  // Reading the schema verifies the file is a database at all.
  int version = -1;
  int64_t tables = 0;
  bool has_documents = false;
  {
    Stmt st(s->db_, "SELECT name FROM sqlite_master WHERE type='table'");
    if (!st.ok()) {
      int ec = sqlite3_errcode(s->db_);
      std::string msg = path + ": " + sqlite3_errmsg(s->db_);
      if (IsLockError(ec)) return Status::IoError(msg + " (the database is locked by another process)");
      return Status::Invalid(path + ": not a usable SQLite database: " + sqlite3_errmsg(s->db_));
    }
    int r;
    while ((r = st.Step()) == SQLITE_ROW) {
      ++tables;
      if (std::string(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0))) == "documents")
        has_documents = true;
    }
    if (r != SQLITE_DONE) {
      std::string msg = path + ": " + sqlite3_errmsg(s->db_);
      if (IsLockError(r)) msg += " (the database is locked by another process)";
      return Status::IoError(msg);
    }
    version = s->schema_version();
  }
  if (tables > 0 && (!has_documents || version <= 0))
    return Status::Invalid(path + ": a SQLite database but not a dyad store (no dyad schema; user_version " +
                           std::to_string(version) + ")");
  if (version > kSchemaVersion)
    return Status::Invalid(path + ": dyad store schema version " + std::to_string(version) +
                           " is newer than this dyad (" + std::to_string(kSchemaVersion) + "); upgrade dyad");
  if (options.read_only) {
    if (tables == 0) return Status::Invalid(path + ": empty database, not a dyad store");
    if (version < kSchemaVersion)
      return Status::Invalid(path + ": dyad store schema version " + std::to_string(version) +
                             " needs migrating; open it once with `dyad code --db " + path + "`");
    return s;
  }
  if (sqlite3_db_readonly(s->db_, "main") == 1)
    return Status::IoError(path + ": the database is read-only (check file permissions)");
  Status st = s->Exec("PRAGMA journal_mode=WAL", "setting WAL journal");
  if (!st.ok()) return st;
  if (!(st = s->Exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON", "pragmas")).ok()) return st;
  if (!(st = s->Migrate()).ok()) return st;
  return s;
}

Status Store::Migrate() {
  int v = schema_version();
  if (v == kSchemaVersion) return Status::OK();
  Status st = Exec("BEGIN IMMEDIATE", "starting migration");
  if (!st.ok()) return st;
  auto fail = [&](Status s) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  if (v < 1) {
    if (!(st = Exec(kSchemaV1, "creating schema v1")).ok()) return fail(st);
  }
  if (v < 2) {
    if (!(st = Exec(kSchemaV2, "migrating to schema v2")).ok()) return fail(st);
    // A v1 store may hold sentences that never reached the index: rebuild it.
    if (v == 1 && !(st = Exec("INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild')", "rebuilding FTS")).ok())
      return fail(st);
  }
  if (v < 3) {
    if (!(st = Exec(kSchemaV3, "migrating to schema v3")).ok()) return fail(st);
  }
  std::string set = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
  if (!(st = Exec(set.c_str(), "setting schema version")).ok()) return fail(st);
  if (!(st = Exec("INSERT OR IGNORE INTO meta(key, value) VALUES ('created_by', 'dyad 0.1.0')", "meta")).ok())
    return fail(st);
  return Exec("COMMIT", "committing migration");
}

Status Store::Begin() {
  if (read_only_) return Status::Invalid(path_ + ": opened read-only");
  Status s = Exec("BEGIN IMMEDIATE", "starting a transaction");
  if (s.ok()) in_txn_ = true;
  fts_first_ = fts_last_ = 0;
  fts_docs_.clear();
  return s;
}

Status Store::Commit() {
  Status s = IndexPending();
  if (!s.ok()) return s;
  s = Exec("COMMIT", "committing");
  if (s.ok()) in_txn_ = false;
  return s;
}

Status Store::Rollback() {
  in_txn_ = false;
  fts_first_ = fts_last_ = 0;
  fts_docs_.clear();
  return Exec("ROLLBACK", "rolling back");
}

Status Store::IndexPending() {
  if (fts_first_ == 0) return Status::OK();
  Cached ins(Prepared(kIndexFts, "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences "
                                 "WHERE id BETWEEN ?1 AND ?2"));
  if (!ins.ok()) return Status::IoError(path_ + ": preparing the full-text index: " + sqlite3_errmsg(db_));
  ins.Int(1, fts_first_);
  ins.Int(2, fts_last_);
  if (ins.Step() != SQLITE_DONE) return Status::IoError(path_ + ": full-text index: " + sqlite3_errmsg(db_));
  fts_first_ = fts_last_ = 0;
  fts_docs_.clear();
  return Status::OK();
}

StatusOr<std::unordered_map<std::string, std::string>> Store::DocumentHashes() const {
  std::unordered_map<std::string, std::string> out;
  Stmt st(db_, "SELECT id, content_hash FROM documents");
  if (!st.ok()) return Status::IoError(path_ + ": " + sqlite3_errmsg(db_));
  int r;
  while ((r = st.Step()) == SQLITE_ROW) {
    out.emplace(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)),
                reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 1)));
  }
  if (r != SQLITE_DONE) return Status::IoError(path_ + ": reading documents: " + sqlite3_errmsg(db_));
  return out;
}

Status Store::PutDocument(const Document& doc, const std::vector<Event>& events) {
  if (read_only_) return Status::Invalid(path_ + ": opened read-only");
  auto err = [&](const char* what) {
    std::string msg = path_ + ": document " + doc.id + ": " + what + ": " + sqlite3_errmsg(db_);
    return Status::IoError(msg);
  };
  // Replacing a document whose sentences are not indexed yet: index them first,
  // so that the delete trigger removes index entries that exist.
  if (fts_docs_.count(doc.id)) {
    Status s = IndexPending();
    if (!s.ok()) return s;
  }
  {
    Cached del(Prepared(kDelDoc, "DELETE FROM documents WHERE id = ?"));
    if (!del.ok()) return err("preparing");
    del.Text(1, doc.id);
    if (del.Step() != SQLITE_DONE) return err("removing the old version");
  }
  {
    Cached ins(Prepared(kInsDoc,
                        "INSERT INTO documents(id, date, source, url, title, content_hash, n_sentences, coded_at) "
                        "VALUES (?,?,?,?,?,?,?,?)"));
    if (!ins.ok()) return err("preparing");
    ins.Text(1, doc.id);
    ins.Text(2, doc.date);
    ins.Text(3, doc.source);
    ins.Text(4, doc.url);
    ins.Text(5, doc.title);
    ins.Text(6, ContentHash(doc.text));
    ins.Int(7, static_cast<int64_t>(doc.sentences.size()));
    ins.Text(8, NowIso());
    if (ins.Step() != SQLITE_DONE) return err("inserting");
  }
  {
    Cached ins(Prepared(kInsSentence, "INSERT INTO sentences(doc_id, idx, begin, end, text) VALUES (?,?,?,?,?)"));
    if (!ins.ok()) return err("preparing");
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      ins.Text(1, doc.id);
      ins.Int(2, static_cast<int64_t>(i));
      ins.Int(3, s.begin);
      ins.Int(4, s.end);
      if (!s.text.empty()) {
        ins.Text(5, s.text);
      } else if (s.end > s.begin && s.end <= doc.text.size()) {
        ins.Text(5, doc.text.substr(s.begin, s.end - s.begin));
      } else {
        ins.Text(5, "");
      }
      if (ins.Step() != SQLITE_DONE) return err("inserting a sentence");
      ins.Reset();
      // Rowids grow within a transaction: the pending ones are one range.
      int64_t id = sqlite3_last_insert_rowid(db_);
      if (fts_first_ == 0) fts_first_ = id;
      fts_last_ = id;
    }
    if (!doc.sentences.empty()) {
      fts_docs_.insert(doc.id);
      if (!in_txn_) {  // autocommit (no Begin): index at once
        Status s = IndexPending();
        if (!s.ok()) return s;
      }
    }
  }
  {
    Cached ins(Prepared(kInsEvent,
             "INSERT OR IGNORE INTO events(event_id, doc_id, sentence, date, source, target, source_root, "
             "target_root, source_text, target_text, source_begin, source_end, target_begin, target_end, "
             "verb_begin, verb_end, code, root, quad_class, goldstein, verb, pattern, dict_version, location, "
             "issues) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins.ok()) return err("preparing");
    for (const Event& e : events) {
      ins.Text(1, e.event_id.empty() ? StableEventId(e) : e.event_id);
      ins.Text(2, e.doc_id.empty() ? doc.id : e.doc_id);
      ins.Int(3, e.sentence);
      ins.Text(4, e.date.empty() ? doc.date : e.date);
      ins.Text(5, e.source);
      ins.Text(6, e.target);
      ins.Text(7, ActorRoot(e.source));
      ins.Text(8, ActorRoot(e.target));
      ins.Text(9, e.source_text);
      ins.Text(10, e.target_text);
      ins.Int(11, e.source_span.begin);
      ins.Int(12, e.source_span.end);
      ins.Int(13, e.target_span.begin);
      ins.Int(14, e.target_span.end);
      ins.Int(15, e.verb_span.begin);
      ins.Int(16, e.verb_span.end);
      ins.Text(17, e.code);
      ins.Text(18, e.root.empty() ? e.code.substr(0, 2) : e.root);
      ins.Int(19, e.quad_class);
      ins.Real(20, e.goldstein);
      ins.Text(21, e.verb);
      ins.Text(22, e.pattern);
      ins.Text(23, e.dict_version);
      ins.Text(24, e.location);
      ins.Text(25, e.issues);
      if (ins.Step() != SQLITE_DONE) return err("inserting an event");
      ins.Reset();
    }
  }
  return Status::OK();
}

Status Store::PutActor(const std::string& code, const std::string& name, bool replace) {
  if (code.empty()) return Status::OK();
  Stmt st(db_, replace ? "INSERT OR REPLACE INTO actors(code, name, country) VALUES (?,?,?)"
                       : "INSERT INTO actors(code, name, country) VALUES (?,?,?) "
                         "ON CONFLICT(code) DO UPDATE SET name = excluded.name WHERE actors.name IS NULL OR actors.name = ''");
  st.Text(1, code);
  st.Text(2, name);
  bool alpha3 = code.size() >= 3;
  for (size_t i = 0; i < 3 && i < code.size(); ++i) alpha3 = alpha3 && code[i] >= 'A' && code[i] <= 'Z';
  if (alpha3) {
    st.Text(3, code.substr(0, 3));
  }
  if (st.Step() != SQLITE_DONE) return Status::IoError(path_ + ": actor " + code + ": " + sqlite3_errmsg(db_));
  return Status::OK();
}

Status Store::SetMeta(const std::string& key, const std::string& value) {
  Stmt st(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)");
  st.Text(1, key);
  st.Text(2, value);
  if (st.Step() != SQLITE_DONE) return Status::IoError(path_ + ": meta " + key + ": " + sqlite3_errmsg(db_));
  return Status::OK();
}

StatusOr<std::string> Store::GetMeta(const std::string& key) const {
  Stmt st(db_, "SELECT value FROM meta WHERE key = ?");
  st.Text(1, key);
  if (st.Step() == SQLITE_ROW) {
    const unsigned char* v = sqlite3_column_text(st.get(), 0);
    return std::string(v ? reinterpret_cast<const char*>(v) : "");
  }
  return Status::NotFound(path_ + ": no meta key " + key);
}

StatusOr<Store::Counts> Store::CountRows() const {
  Counts c;
  const char* sql =
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), "
      "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM actors)";
  Stmt st(db_, sql);
  if (st.Step() != SQLITE_ROW) return Status::IoError(path_ + ": counting rows: " + sqlite3_errmsg(db_));
  c.documents = sqlite3_column_int64(st.get(), 0);
  c.sentences = sqlite3_column_int64(st.get(), 1);
  c.events = sqlite3_column_int64(st.get(), 2);
  c.actors = sqlite3_column_int64(st.get(), 3);
  return c;
}

}  // namespace dyad
