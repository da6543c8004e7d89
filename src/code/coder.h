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

// Per-call coding switches: TABARI's run-time options, which its validation suite
// changes record by record (`dyad validate --tabari` reads them from the project's
// .options file and the records' { OPTION: ... } lines). The defaults are dyad's
// own behaviour.
struct CodeOptions {
  // SET: CODE BY ...: kClause (default) codes every verb's event as dyad does;
  // kSentence only the first event of a sentence (in word order); kAll also the
  // events of complements dyad leaves to their governing verb ("urged X to assist").
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // DEFAULT: SOURCE [S] <PRIOR> TARGET [T] <AFTER>: codes used when no source / target
  // actor is found. Without PRIOR a missing source is first looked for after the verb;
  // without AFTER a missing target is first looked for before the verb.
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  // SET: MINIMUM WORDS = n: sentences of fewer words (a comma counts as one) code nothing.
  int min_words = 0;
  // SET: CONVERT AGENTS = TRUE: a phrase naming only an agent is an actor (~COP).
  bool convert_agents = false;
  // COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR: a sentence with n or more dictionary verbs,
  // n or more conjunctions (AND BUT OR NOR), or no actor before its first verb is too
  // complex to code (0 / false = not checked).
  int complex_verbs = 0, complex_conj = 0;
  bool complex_no_actor_prior = false;
  // COMMA: comma-delimited clauses TABARI ignores (no actors, no verbs there): w words
  // with min < w <= max between two commas, bmin < w <= bmax before the first comma,
  // emin < w <= emax after the last. Commas between two actor names do not count.
  bool comma = false;
  int comma_min = 2, comma_max = 10, comma_bmin = 128, comma_bmax = 0, comma_emin = 2, comma_emax = 10;
  // FORWARD: a personal pronoun before any actor of the text, which the text itself does
  // not resolve, stands for `forward_actor` (the lead actor of the previous sentence of
  // the story, see Coder::LeadActor); THEY / THEM / THEIR only when it was compound.
  std::string forward_actor;
  bool forward_compound = false;
  // FORWARD: ^^***NNN*SSS (validation): where record ids hold the story (N) and sentence
  // (S) numbers; empty = no forwarding. Read by `dyad validate`, not by the coder.
  std::string forward_format;
  // PETRARCH-2 (Penn-tree) semantics where UD-PETRARCH codes the same sentence
  // differently: a passive verb without a by-phrase keeps its subject as the source
  // ("X was criticized over its dispute with Y": X -> Y), and adverbs before the verb
  // match a pattern naming only them ("HEAVILY *": "X was heavily criticized").
  // `dyad validate` sets it for PETRARCH XML records whose parses are Penn trees.
  bool petrarch2 = false;
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
  std::vector<Event> Code(const Document& doc, const CodeOptions& options,
                          std::vector<std::string>* explain = nullptr) const;

  // TABARI's FORWARD: the actor code (without agents) of the first actor of the document's
  // first sentence when it comes before the first verb, else "" (a pronoun there that
  // options.forward_actor resolves counts); *compound when that phrase names several.
  std::string LeadActor(const Document& doc, const CodeOptions& options, bool* compound) const;

  // Non-fatal dictionary problems found while loading ("file:line: message").
  const std::vector<std::string>& warnings() const;
  // Identifies the dictionary set (e.g. "dyad-dict 2026.11" or file names + hash).
  const std::string& dict_version() const;

 private:
  std::shared_ptr<const CoderImpl> impl_;
};

}  // namespace dyad
