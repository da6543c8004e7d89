// Read-only access to a dyad event store (schema: store/schema.h) for the
// web server. Every connection is opened with SQLITE_OPEN_READONLY and
// `PRAGMA query_only = 1`, so nothing the server runs can change the file.
// Connections are pooled: the HTTP server answers requests on several
// threads and each request borrows one connection for its duration.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/status.h"

namespace dyad::serve {

// A prepared statement with typed binding and reading. Bind indices are 1-based
// like SQLite's; column indices are 0-based.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* s) : db_(db), s_(s) {}
  Stmt(Stmt&& o) noexcept : db_(o.db_), s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  void Bind(int i, std::string_view v);
  void Bind(int i, int64_t v);
  void Bind(int i, double v);
  void BindNull(int i);
  // Steps once; true while a row is available. Errors end the iteration and
  // are reported by status().
  bool Step();
  const Status& status() const { return status_; }

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  // The column's bytes, valid until the next Step.
  std::string_view View(int col) const;
  std::optional<int64_t> OptInt(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* s_ = nullptr;
  Status status_;
};

// One read-only connection.
class Connection {
 public:
  static StatusOr<std::unique_ptr<Connection>> Open(const std::string& path);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Prepares `sql`; errors name the SQLite message.
  StatusOr<Stmt> Prepare(const std::string& sql);
  // PRAGMA data_version: changes when another connection commits.
  int64_t DataVersion();
  sqlite3* raw() { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// A fixed-size pool of read-only connections to one file.
class Pool {
 public:
  // Opens one connection now (so a missing or invalid file fails early, naming
  // the path) and up to `size` lazily; Acquire waits while all are in use.
  static StatusOr<std::unique_ptr<Pool>> Open(const std::string& path, int size = 8);

  // A borrowed connection, returned to the pool when destroyed.
  class Lease {
   public:
    Lease(Pool* p, std::unique_ptr<Connection> c) : pool_(p), conn_(std::move(c)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Connection* operator->() { return conn_.get(); }
    Connection& operator*() { return *conn_; }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };
  StatusOr<Lease> Acquire();
  const std::string& path() const { return path_; }

 private:
  explicit Pool(std::string path, int size) : path_(std::move(path)), size_(size) {}
  std::string path_;
  int size_;
  int open_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace dyad::serve
