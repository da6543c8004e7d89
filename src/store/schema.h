// The SQLite schema of a dyad event store. Version 1. This is a contract:
// analyze/ and serve/ query these tables directly. Change it only through a
// new version and a migration in store/ (PRAGMA user_version holds the version).
#pragma once

namespace dyad {

inline constexpr int kSchemaVersion = 1;

inline constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE IF NOT EXISTS documents (
  id           TEXT PRIMARY KEY,       -- the input's id
  date         TEXT,                   -- YYYY-MM-DD
  source       TEXT,
  url          TEXT,
  title        TEXT,
  content_hash TEXT NOT NULL,          -- hex hash of the text; same hash => skip on re-run
  n_sentences  INTEGER NOT NULL DEFAULT 0,
  coded_at     TEXT NOT NULL           -- ISO timestamp
);
CREATE TABLE IF NOT EXISTS sentences (
  id       INTEGER PRIMARY KEY,        -- rowid
  doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,           -- 0-based sentence index in the document
  begin    INTEGER NOT NULL,           -- byte offsets into the document text
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  UNIQUE (doc_id, idx)
);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TABLE IF NOT EXISTS actors (
  code  TEXT PRIMARY KEY,              -- e.g. KORGOV
  name  TEXT,                          -- preferred name, e.g. "South Korea: government"
  country TEXT                         -- first three letters when a country code, else NULL
);
CREATE TABLE IF NOT EXISTS events (
  event_id     TEXT PRIMARY KEY,       -- stable hash of doc_id, sentence, source, target, code
  doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence     INTEGER NOT NULL,
  date         TEXT NOT NULL,          -- YYYY-MM-DD
  source       TEXT NOT NULL,
  target       TEXT NOT NULL DEFAULT '',
  source_root  TEXT NOT NULL,          -- first 3 letters of source (country / IGO root)
  target_root  TEXT NOT NULL DEFAULT '',
  source_text  TEXT, target_text TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_begin INTEGER, target_end INTEGER,
  verb_begin   INTEGER, verb_end   INTEGER,
  code         TEXT NOT NULL,          -- full CAMEO code
  root         TEXT NOT NULL,          -- CAMEO root (2 digits)
  quad_class   INTEGER NOT NULL,       -- 1..4
  goldstein    REAL NOT NULL,
  verb         TEXT, pattern TEXT, dict_version TEXT,
  location     TEXT, issues TEXT
);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_root, target_root, date);
CREATE INDEX IF NOT EXISTS events_dyad_full ON events(source, target, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id, sentence);
)SQL";

}  // namespace dyad
