// Validation suites: PETRARCH XML records (<Sentence> with <EventCoding
// sourcecode targetcode eventcode>, noevents, <Text>, <Parse>) and TABARI
// validation text (records "YYMMDD ID", text, then { SRC / TGT / CODE }
// comments). The files are not well-formed XML; they are scanned leniently.
#pragma once

#include <map>
#include <tuple>
#include <string>
#include <vector>

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

}  // namespace dyad
