// Event output formats of `dyad code` (and of any tool exporting a store):
// JSON lines, TSV, the 61-column GDELT 2.0 event table and the 26-column
// Phoenix layout. docs/STORE.md lists every column and which ones we leave
// empty. Each function returns one line without the trailing newline.
#pragma once

#include <string>

#include "code/event.h"
#include "text/document.h"
#include "text/status.h"

namespace dyad {

enum class EventFormat { kJsonl, kTsv, kGdelt, kPhoenix };

// "jsonl"|"json"|"tsv"|"gdelt"|"phoenix" -> EventFormat.
StatusOr<EventFormat> ParseEventFormat(const std::string& s);

// Header line for formats that have one (TSV); "" otherwise.
std::string EventHeader(EventFormat f);

// One event as a line. doc supplies the URL, title and source name when known
// (may be nullptr). event_id is filled with StableEventId() when empty.
std::string FormatEvent(const Event& e, const Document* doc, EventFormat f);

inline constexpr int kGdeltColumns = 61;
inline constexpr int kPhoenixColumns = 26;

}  // namespace dyad
