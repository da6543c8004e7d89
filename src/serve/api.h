// The JSON API of `dyad serve`, independent of the HTTP library so it can be
// tested and benchmarked directly. Api::Handle maps a path and its query
// parameters to a status code and a JSON body. All SQL is parameterized and
// runs on read-only connections (serve/db.h).
//
// Endpoints (GET; every response is a JSON object; errors are
// {"error": "..."} with status 400 for bad parameters and 404 for unknown
// paths; unknown parameter names are errors too):
//   /api/summary                       counts, date range, quad classes, roots, top dyads
//   /api/actors?q=&level=&limit=&offset=
//        search by code prefix or name substring (case-insensitive);
//        level = root (3-letter roots such as KOR), actor (full codes such as
//        KORGOV) or any (default); sorted by event count
//   /api/dyads?actor=&from=&to=&root=&limit=&offset=
//        the actor's partners with counts both ways, quad classes, Goldstein mean
//   /api/series?a=&b=&by=day|week|month|year&from=&to=&root=
//        a->b and b->a per period: events, counts by quad class, Goldstein
//        sum and mean; b omitted = a with any partner; periods without events
//        are filled with zeros
//   /api/events?a=&b=&dir=both|ab|ba&from=&to=&root=&quad=&q=&limit=&offset=&cursor=
//        events ordered by date (then store order) with the evidence sentence split
//        into parts with role source/target/verb; q is a full-text search
//        over sentences (words are ANDed; a trailing * makes a prefix);
//        cursor = next_cursor of the previous page (keyset pagination)
//   /api/map?actor=&from=&to=&root=    event counts by partner country root
//   /api/network?actor=&from=&to=&root=&limit=
//        the actor and its strongest partners as nodes, ties among them as edges
//
// Actor codes: a 3-character code matches the roots (source_root /
// target_root), a longer one the full codes. Codes are letters and digits
// only. Dates are YYYY-MM-DD (or YYYYMMDD); root is a CAMEO root 01..20 or a
// comma-separated list of them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/status.h"

namespace dyad::serve {

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// Query parameters in request order (a name may repeat; the API rejects that).
using Params = std::vector<std::pair<std::string, std::string>>;

class Api {
 public:
  // Opens `db_path` read-only; fails with a message naming the file.
  static StatusOr<std::unique_ptr<Api>> Open(const std::string& db_path, int pool_size = 8);
  ~Api();

  // Answers one request. `path` starts with /api/. Thread-safe.
  Response Handle(std::string_view path, const Params& params);

  struct Impl;

 private:
  explicit Api(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Splits `text` (a sentence) into consecutive parts at the given byte spans,
// which are relative to the sentence start; spans out of range, empty or
// overlapping an earlier one are dropped; a span that starts or ends inside a
// UTF-8 character is widened to the whole character. Exposed for tests.
struct Span {
  long long begin = -1, end = -1;
  std::string role;
};
struct Part {
  std::string text;
  std::string role;  // "" for plain text
};
std::vector<Part> SplitSentence(std::string_view text, std::vector<Span> spans);

// Turns user search words into an FTS5 query that cannot be a syntax error:
// each whitespace-separated word becomes a quoted string (a trailing * is kept
// as a prefix marker). Returns "" when there are no words.
std::string FtsQuery(std::string_view q);

}  // namespace dyad::serve
