// Coder: dictionaries in, parsed documents out as CAMEO events.
//
// Load the dictionaries once (dyad's own dict/ by default, or PETRARCH/TABARI
// files), then call Code() on documents annotated by parse/Annotator. Code is
// const and thread-safe. Events carry everything in code/event.h.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "code/event.h"
#include "text/document.h"
#include "text/status.h"

namespace dyad {

struct CoderOptions {
  // Empty lists mean "dyad's own dictionaries" from DefaultDictDir().
  std::vector<std::string> verbs;     // PETRARCH-2 (CAMEO.2.0.txt) or PETR-1/TABARI pattern files
  std::vector<std::string> actors;
  std::vector<std::string> agents;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
  bool strict = false;                // a malformed dictionary line stops loading
  // CAMEO table (code, name, goldstein, quad_class); empty = DefaultDictDir()/cameo.tsv.
  std::string cameo;
  // Optional PETRARCH internal coding ontology (PICO): negated codes map to
  // their opposite ("will not clash" -> 050) instead of being dropped.
  std::string ontology;
  // Actors named only by an agent ("police", "the government") are coded with
  // the agent code alone (e.g. "COP"); off = such mentions do not make events.
  bool agent_only_actors = false;
  // TABARI semantics: a one-word actor written without a trailing _ is a stem
  // ("ERIADOR" codes "Eriadori"). PETRARCH dictionaries match whole words.
  bool actor_stems = false;
};

class CoderImpl;

class Coder {
 public:
  // Errors (or, unless strict, warnings collected in warnings()) name file and line.
  static StatusOr<Coder> Load(const CoderOptions& options);

  // $DYAD_DICT if set, else dict/ in the source tree, else ./dict.
  static std::string DefaultDictDir();

  // Codes every sentence of an annotated document. When explain is non-null,
  // appends human-readable lines saying why each event fired or each candidate
  // was dropped.
  std::vector<Event> Code(const Document& doc, std::vector<std::string>* explain = nullptr) const;

  // Non-fatal dictionary problems found while loading ("file:line: message").
  const std::vector<std::string>& warnings() const;
  // Identifies the dictionary set (e.g. "dyad-dict 2026.11" or file names + hash).
  const std::string& dict_version() const;

 private:
  std::shared_ptr<const CoderImpl> impl_;
};

}  // namespace dyad
