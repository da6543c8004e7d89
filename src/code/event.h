// Event: one coded "who did what to whom" record. Produced by the coder
// (code/), stored by store/, aggregated by analyze/, served by serve/.
// The JSON names (see ToJson in event_json.h) are a public contract.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

struct Span {
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
};

struct Event {
  std::string event_id;     // stable: hash of doc_id, sentence, source, target, code
  std::string doc_id;
  int sentence = 0;         // 0-based sentence index in the document
  std::string date;         // YYYY-MM-DD
  std::string source;       // actor code, e.g. "KORGOV"
  std::string target;       // actor code, may be empty when the event has no target
  std::string source_text;  // the words that named the source
  std::string target_text;
  Span source_span, target_span, verb_span;
  std::string code;         // full CAMEO code, e.g. "036"
  std::string root;         // root code, e.g. "03"
  int quad_class = 0;       // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;
  std::string verb;         // the verb lemma / trigger text
  std::string pattern;      // the dictionary pattern that fired
  std::string dict_version; // which dictionary set coded it
  std::string text;         // the sentence text
  std::string location;     // place name, if any (geo/)
  std::string issues;       // issue codes, comma separated
};

}  // namespace dyad
