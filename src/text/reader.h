// Document readers: plain text, one-document-per-line text, JSON lines and
// PETRARCH XML records. Readers stream: a 50 MB line or a bad record never
// stops the others. A record that cannot be read becomes a Reject naming the
// file and line (or record id) and the reason; the caller reports it, may
// write it to a rejects file, and goes on.
//
// Decisions:
//  - Invalid UTF-8 is REPAIRED, not rejected: each bad sequence becomes U+FFFD
//    and NUL bytes become spaces; the document gets a warning in
//    Document::warnings naming the origin and the byte offset of the first
//    problem ("news.jsonl:17: invalid UTF-8 at byte 230 (2 sequences replaced
//    by U+FFFD)"). Callers print the warnings, so nothing changes silently.
//  - Text over ReadOptions::max_document_bytes (8 MiB by default) is a Reject
//    naming its size; the reader goes on with the next record.
//  - Empty or whitespace-only text is a Reject ("empty text"); in kLines mode
//    blank lines are simply separators.
//  - A bad "date" is a Reject (the coder depends on dates); a missing one takes
//    ReadOptions::default_date.
//  - Files may be gzip-compressed (detected from the content, any name).
//  - kText: the document id is the path ("stdin" for "-"); kLines: "path:line";
//    kJsonl: "id" (string or number), else "path:line"; kPetrarchXml: the id
//    attribute, else "path:line". Document::origin is always "path:line"
//    (the path alone for kText).
//  - kPetrarchXml: the <Text> is unescaped, its line breaks and tabs become
//    spaces and it is trimmed; the record's raw inner XML is kept in
//    Document::raw (see text/petrarch_xml.h for the record-level API).
//  - kReutersSgml: id = NEWID, date from <DATE>, title from <TITLE>, text =
//    <BODY> (the <TITLE> for title-only briefs, the bare <TEXT> for
//    unprocessed items), entities decoded and control characters made spaces.
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "text/document.h"
#include "text/status.h"

namespace dyad {

enum class InputFormat {
  kAuto,         // by extension / first byte: .jsonl/.json -> jsonl, .sgm -> reuters, .xml or '<' -> petrarch
                 // ("<!DOCTYPE lewis" or "<REUTERS" -> reuters), '{' -> jsonl, else text
  kText,         // whole file is one document; first line is the title when title_first_line
  kLines,        // --split-lines: every non-empty line is a document
  kJsonl,        // {"id","date","text"} plus optional title, source, url
  kPetrarchXml,  // <Sentence date="YYYYMMDD" id="..."><Text>...</Text></Sentence>
  kReutersSgml,  // Reuters-21578 (.sgm): <REUTERS NEWID=".."><DATE>26-FEB-1987 ..</DATE> <TITLE> <BODY>
};

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string default_date;       // used when a record has no date (YYYY-MM-DD or YYYYMMDD)
  bool title_first_line = false;  // kText: treat the first line as the title (also kept in text)
  // Documents with more text than this are rejected ("document too large"),
  // 0 = no limit. A document is parsed and coded whole: one of 8 MB of text
  // peaks at ~450 MB in `dyad parse` and ~610 MB in `dyad code` (15 MB: 710 MB
  // and 1 GB), so 8 MiB keeps both within their memory targets (600 / 800 MB);
  // a news article is far below 1 MB.
  size_t max_document_bytes = 8u << 20;
};

struct Reject {
  std::string origin;   // "file:line" or "file:record-id"
  std::string id;       // document id when known
  std::string reason;   // human-readable reason
  std::string raw;      // the raw record (truncated to 64 KiB)
};

// One line of a rejects file: {"origin","id","reason","raw"} as JSON (invalid UTF-8 in
// `raw` replaced by U+FFFD), without the trailing newline. Every command that takes
// --rejects writes this.
std::string RejectJsonLine(const Reject& r);

// Normalises "YYYY-MM-DD" or "YYYYMMDD" to "YYYY-MM-DD"; returns "" when invalid.
std::string NormalizeDate(const std::string& s);

class DocumentReader {
 public:
  // path "-" reads stdin. Fails only when the file cannot be opened.
  static StatusOr<std::unique_ptr<DocumentReader>> Open(const std::string& path,
                                                        const ReadOptions& options);
  virtual ~DocumentReader() = default;

  enum class Result { kDocument, kReject, kEnd };
  // Reads the next record into *doc (text validated as UTF-8, metadata normalised)
  // or, when the record is bad, into *reject.
  virtual Result Next(Document* doc, Reject* reject) = 0;
};

}  // namespace dyad
