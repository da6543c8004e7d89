// Store: the SQLite event store (schema in store/schema.h).
//
// One Store owns one SQLite connection. Writers open it read-write (WAL
// journal, foreign keys on) and call PutDocument() for every coded document
// between Begin() and Commit(); a document, its sentences and its events are
// always written in the same transaction, so a run killed half way leaves a
// consistent database and the next run skips what is already stored (same id
// and same content hash) and completes the rest. Event ids are stable, so
// re-coding the same input adds nothing.
//
// Readers (analyze/, serve/) open it with read_only = true and query the
// tables of schema.h through db(). A Store is not thread-safe; open one per
// thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "code/event.h"
#include "text/document.h"
#include "text/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad {

struct StoreOptions {
  bool read_only = false;     // open an existing store for queries only
  int busy_timeout_ms = 5000; // how long to wait for another writer's lock
};

// Hex digest (xxh3-128) of a document's text: equal hash => the document is unchanged.
std::string ContentHash(const std::string& text);

// The stable event id: hex hash of doc_id, sentence, source, target and code.
std::string StableEventId(const Event& e);

// "KORGOV" -> "KOR": the country / IGO root of an actor code (first 3 letters).
std::string ActorRoot(const std::string& code);

class Store {
 public:
  // Opens (creating and migrating unless read_only) the store at path.
  // Errors say what is wrong: the path cannot be opened, it is not a SQLite
  // file, it is a SQLite file but not a dyad store, its schema is newer than
  // this binary, it is read-only or locked by another process.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                               const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  sqlite3* db() const { return db_; }
  int schema_version() const;

  // The id -> content hash of every stored document (to skip unchanged ones).
  StatusOr<std::unordered_map<std::string, std::string>> DocumentHashes() const;

  // Transactions: writes between Begin() and Commit() become visible together.
  // Commit() also adds the sentences written since Begin() to the full-text
  // index (one statement for the whole transaction: far cheaper than one per row).
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores a coded document (metadata, sentences, events). A document already
  // stored under the same id is replaced (its sentences and events removed
  // first). Events with an empty event_id get StableEventId(); events whose
  // id is already stored are ignored. Call between Begin() and Commit().
  Status PutDocument(const Document& doc, const std::vector<Event>& events);

  // Records an actor's preferred name (keeps the first name seen unless replace).
  Status PutActor(const std::string& code, const std::string& name, bool replace = false);

  // Key/value metadata (dictionary version, model, created_by...).
  Status SetMeta(const std::string& key, const std::string& value);
  StatusOr<std::string> GetMeta(const std::string& key) const;

  // Row counts, for summaries and tests.
  struct Counts {
    int64_t documents = 0, sentences = 0, events = 0, actors = 0;
  };
  StatusOr<Counts> CountRows() const;

 private:
  Store() = default;
  Status Migrate();
  Status Exec(const char* sql, const char* what);
  // Prepared statements of the write path, prepared once (slot = enum in store.cpp).
  struct sqlite3_stmt* Prepared(int slot, const char* sql);
  // Adds the sentences written since the last call (rowids fts_first_..fts_last_) to sentences_fts.
  Status IndexPending();
  int64_t fts_first_ = 0, fts_last_ = 0;       // 0: nothing pending
  std::unordered_set<std::string> fts_docs_;   // documents whose sentences are pending
  std::vector<struct sqlite3_stmt*> stmts_;
  std::string path_;
  sqlite3* db_ = nullptr;
  bool read_only_ = false;
  bool in_txn_ = false;
};

}  // namespace dyad
