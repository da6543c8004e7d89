// Validation suites: PETRARCH XML records (<Sentence> with <EventCoding
// sourcecode targetcode eventcode>, noevents, <Text>, <Parse>) and TABARI
// validation text (records "YYMMDD ID", text, then { SRC / TGT / CODE }
// comments). The files are not well-formed XML; they are scanned leniently.
#pragma once

#include <map>
#include <tuple>
#include <string>
#include <vector>

#include "code/coder.h"
#include "text/status.h"

namespace dyad {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator<(const ExpectedEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const ExpectedEvent& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

struct ValidationRecord {
  std::string id;
  std::string category;
  std::string date;        // YYYY-MM-DD
  bool evaluate = true;
  bool noevents = false;
  std::string error;       // e.g. "bad_input_parse", "storydiscard"
  std::vector<ExpectedEvent> events;
  std::string text;        // whitespace collapsed
  std::string conllu;      // the <Parse> when it is CoNLL-U ("" otherwise)
  bool penn_parse = false; // the <Parse> is a Penn tree (PETRARCH-2 records)
  std::string parse_error; // why that Penn tree is malformed ("" = well formed)
  size_t line = 0;         // where the record starts
  std::vector<std::string> options;  // TABARI "OPTION:" lines in the record
};

struct ValidationSuite {
  std::string path;
  std::map<std::string, std::vector<std::string>> environment;  // Verbfile -> names, ...
  std::vector<std::string> include;                              // categories evaluated ("" = all)
  std::vector<ValidationRecord> records;
};

// Reads PETRARCH XML validation records. Errors name the file and line.
StatusOr<ValidationSuite> ReadPetrarchValidation(const std::string& path);

// Reads a TABARI project file (<actorsfile>, <verbsfile>, <agentsfile>,
// <optionsfile>, <textfile>) into environment keys actors/verbs/agents/options/text,
// and the records of `text_path` (or the project's <textfile> beside it).
StatusOr<ValidationSuite> ReadTabariValidation(const std::string& project, const std::string& text_path);

// Applies one TABARI .options command ("DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER",
// "DEFAULT: OFF", "SET: CODE BY SENTENCE", "SET: CODE ALL", "SET: MINIMUM WORDS = n",
// "SET: CONVERT AGENTS = TRUE"; a leading "OPTION:" as in validation records is
// skipped), "COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR", "COMMA: MIN = a MAX = b ...",
// "COMMA: OFF" and "FORWARD: ^^***NNN*SSS [OFF]". Commands dyad does not model (OUTPUT,
// LABEL, ...) are accepted and ignored; a line with no "COMMAND:" is an error.
Status ApplyTabariOption(const std::string& line, CodeOptions* o);

// FORWARD's sequence format ("^^*****NNN*SSS") applied to a record id ("FRWD-002-003"):
// the story (N characters) and sentence number (S digits); false when the id does not fit.
bool TabariStorySentence(const std::string& format, const std::string& id, std::string* story, int* sentence);

// TABARI's settings before any .options command: MINIMUM WORDS = 8 and the
// default COMMA clause elimination.
CodeOptions TabariDefaultOptions();

}  // namespace dyad
