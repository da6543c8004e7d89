#include "serve/db.h"

namespace dyad::serve {

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (s_) sqlite3_finalize(s_);
    db_ = o.db_;
    s_ = o.s_;
    status_ = o.status_;
    o.s_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() {
  if (s_) sqlite3_finalize(s_);
}

void Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void Stmt::Bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
void Stmt::Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
void Stmt::BindNull(int i) { sqlite3_bind_null(s_, i); }

bool Stmt::Step() {
  int rc = sqlite3_step(s_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Status::Internal(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return false;
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(s_, col); }
double Stmt::Real(int col) const { return sqlite3_column_double(s_, col); }
std::string Stmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
  if (!p) return {};
  return std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, col)));
}
std::string_view Stmt::View(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, col));
  if (!p) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, col)));
}
std::optional<int64_t> Stmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

StatusOr<std::unique_ptr<Connection>> Connection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open database read-only: " + msg);
  }
  sqlite3_busy_timeout(db, 5000);
  std::unique_ptr<Connection> c(new Connection(db));
  char* err = nullptr;
  if (sqlite3_exec(db, "PRAGMA query_only = 1", nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    return Status::IoError(path + ": " + msg);
  }
  // Fail early on a file that is not a dyad store.
  auto st = c->Prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('events','sentences','documents','actors')");
  if (!st.ok()) return Status::IoError(path + ": " + st.status().message());
  if (!st->Step()) {
    return Status::IoError(path + ": not a readable SQLite database: " + st->status().message());
  }
  if (st->Int(0) != 4) {
    return Status::Invalid(path + ": not a dyad event store (tables events, sentences, documents, actors missing)");
  }
  return c;
}

Connection::~Connection() { sqlite3_close_v2(db_); }

StatusOr<Stmt> Connection::Prepare(const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db_));
  }
  return Stmt(db_, s);
}

int64_t Connection::DataVersion() {
  auto st = Prepare("PRAGMA data_version");
  if (!st.ok() || !st->Step()) return -1;
  return st->Int(0);
}

StatusOr<std::unique_ptr<Pool>> Pool::Open(const std::string& path, int size) {
  auto first = Connection::Open(path);
  if (!first.ok()) return first.status();
  std::unique_ptr<Pool> p(new Pool(path, size < 1 ? 1 : size));
  p->idle_.push_back(std::move(first).value());
  p->open_ = 1;
  return p;
}

StatusOr<Pool::Lease> Pool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(c));
    }
    if (open_ < size_) {
      ++open_;
      lock.unlock();
      auto c = Connection::Open(path_);
      if (!c.ok()) {
        std::lock_guard<std::mutex> relock(mu_);
        --open_;
        return c.status();
      }
      return Lease(this, std::move(c).value());
    }
    cv_.wait(lock);
  }
}

Pool::Lease::~Lease() {
  if (!conn_ || !pool_) return;
  {
    std::lock_guard<std::mutex> lock(pool_->mu_);
    pool_->idle_.push_back(std::move(conn_));
  }
  pool_->cv_.notify_one();
}

}  // namespace dyad::serve
