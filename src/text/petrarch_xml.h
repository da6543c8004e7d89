// Lenient reader for PETRARCH / UniversalPetrarch XML record files.
//
// The peers' record files are not well-formed XML (comments contain "--" and
// stray markup such as "<Sentence ...>"), so no XML parser is used: the
// scanner skips <!-- ... --> comments and cuts the stream at each
// <Sentence ...> ... </Sentence>, streaming line by line. Each record keeps its
// attributes and the raw inner XML (<EventCoding>, <Text>, <Parse>, comments),
// for the validation runner; small helpers pull elements out of that body.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/status.h"

namespace dyad {

using XmlAttributes = std::vector<std::pair<std::string, std::string>>;  // in document order, unescaped

// Value of attribute `name`, or "" when absent.
std::string XmlAttr(const XmlAttributes& attrs, std::string_view name);
bool XmlHasAttr(const XmlAttributes& attrs, std::string_view name);

// Parses `name="v" name2 = 'v2'` (the inside of a start tag after its name).
XmlAttributes ParseXmlAttributes(std::string_view s);

// &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN; -> characters; unknown entities are kept as written;
// <![CDATA[...]]> sections are copied as written.
std::string XmlUnescape(std::string_view s);

struct XmlElement {
  XmlAttributes attrs;
  std::string inner;   // raw content between start and end tag ("" for <X ... />)
  size_t line = 0;     // line of the start tag, 1-based, relative to the start of the searched text
};

// Every <tag ...>...</tag> or <tag .../> in `body`, in order, outside comments.
// (Not nested: the first </tag> closes the element.)
std::vector<XmlElement> FindXmlElements(std::string_view body, std::string_view tag);

struct PetrarchRecord {
  XmlAttributes attrs;  // attributes of <Sentence ...>: date, id, source, category, evaluate, ...
  std::string body;     // raw inner XML between <Sentence ...> and </Sentence>
  size_t line = 0;      // line of <Sentence in the file, 1-based
  size_t body_line = 0; // line on which `body` starts

  std::string Attr(std::string_view name) const { return XmlAttr(attrs, name); }
  // The <Text> element: unescaped, line breaks and tabs turned into spaces, trimmed.
  // Returns false when the record has no <Text> element.
  bool Text(std::string* text) const;
};

// Streams records from a file; "-" reads stdin. The record element is
// <Sentence> by default; any other tag name works the same way (the readers
// use "REUTERS" for Reuters-21578 SGML).
class PetrarchXmlScanner {
 public:
  PetrarchXmlScanner(std::istream* in, std::string source_name, std::string record_tag = "Sentence");

  enum class Result { kRecord, kError, kEnd };
  // kError: *error names the file and line (e.g. a <Sentence> never closed, an
  // unterminated comment); the scanner then continues after the problem.
  Result Next(PetrarchRecord* rec, Status* error);

 private:
  bool NextLine();
  std::istream* in_;
  std::string source_;
  std::string tag_, open_, close_;  // "Sentence", "<Sentence", "</Sentence"
  std::string line_;
  size_t pos_ = 0;       // position in line_
  size_t lineno_ = 0;
  bool have_line_ = false;
  bool eof_ = false;
};

// Reads every record of a file (convenience for tests and the validation runner).
// Problems in single records are collected in *warnings (may be null) and skipped.
StatusOr<std::vector<PetrarchRecord>> ReadPetrarchXmlFile(const std::string& path,
                                                          std::vector<std::string>* warnings = nullptr);

}  // namespace dyad
