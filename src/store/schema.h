// The SQLite schema of a dyad event store (version kSchemaVersion; v1, v2, v3 below). This is a contract:
// analyze/ and serve/ query these tables directly. Change it only through a
// new version and a migration in store/ (PRAGMA user_version holds the version).
#pragma once

namespace dyad {

inline constexpr int kSchemaVersion = 3;

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

// Version 2 (added; nothing of v1 renamed or removed): key/value metadata,
// FTS triggers that keep sentences_fts in step with sentences, and the
// aggregate views. Applied on top of kSchemaV1 by store/ (Store::Open).
inline constexpr const char* kSchemaV2 = R"SQL(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,              -- e.g. 'dict_version', 'created_by'
  value TEXT
);
CREATE TRIGGER IF NOT EXISTS sentences_fts_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_fts_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
-- GDELT-style aggregates: per (date, source, target, code) the number of
-- events (mentions), distinct sentences and distinct documents.
CREATE VIEW IF NOT EXISTS event_counts AS
  SELECT date, source, target, code, root, quad_class,
         COUNT(*) AS mentions,
         COUNT(DISTINCT doc_id || '#' || sentence) AS sentences,
         COUNT(DISTINCT doc_id) AS documents,
         AVG(goldstein) AS goldstein
  FROM events GROUP BY date, source, target, code;
-- The Phoenix one-a-day filter: one event per (date, source, target, code),
-- the one with the smallest event_id (stable across runs).
CREATE VIEW IF NOT EXISTS events_one_a_day AS
  SELECT e.* FROM events e
  WHERE e.event_id = (SELECT MIN(event_id) FROM events x
                      WHERE x.date = e.date AND x.source = e.source
                        AND x.target = e.target AND x.code = e.code);
CREATE INDEX IF NOT EXISTS events_dedup ON events(date, source, target, code);
)SQL";

// Version 3: the per-row insert trigger of v2 is dropped. It made FTS5 write
// a new index segment for every sentence (a trigger runs in a savepoint, and
// FTS5 flushes its pending terms at every savepoint), ~90% of the writer's
// time. Store indexes the sentences it writes in one statement per
// transaction instead (Store::Commit); whoever inserts into sentences directly
// indexes the new rows itself:
//   INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE ...
// The delete trigger stays, so removing sentences keeps the index in step.
// Also indexes for queries by target actor (root or full code, by date).
inline constexpr const char* kSchemaV3 = R"SQL(
DROP TRIGGER IF EXISTS sentences_fts_ai;
CREATE INDEX IF NOT EXISTS events_target ON events(target_root, date);
CREATE INDEX IF NOT EXISTS events_target_full ON events(target, date);
)SQL";

}  // namespace dyad
