// Dyad time series: how relations between two actors move, period by period.
//
// The same functions back `dyad relations|dyads|actors` and the web
// dashboard (serve/). Inputs are an open Store (store/store.h) and a plain
// query struct; results are plain structs, filled in period order.
//
// Actor matching: an actor is given as a code ("KOR", "KORGOV") or a name
// ("South Korea"). A code matches itself and, unless exact, every code that
// extends it ("KOR" matches "KORGOV", "KORMIL"...). Names are resolved
// through the store's actors table, then a small built-in country table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/store.h"
#include "text/status.h"

namespace dyad {

enum class Period { kDay, kWeek, kMonth, kYear };

// "day"|"week"|"month"|"year" -> Period; Invalid otherwise.
StatusOr<Period> ParsePeriod(const std::string& s);
const char* PeriodName(Period p);

// Period key of a YYYY-MM-DD date: "2019-07-15", "2019-W28" (ISO week),
// "2019-07", "2019". Empty when the date is malformed.
std::string PeriodKey(const std::string& date, Period p);
// First day (YYYY-MM-DD) of the period a key names.
std::string PeriodStart(const std::string& key, Period p);
// The key of the following period ("2019-12" -> "2020-01").
std::string NextPeriodKey(const std::string& key, Period p);

// Resolves "South Korea" / "kor" / "KORGOV" to an actor code (upper case).
// NotFound names the input when nothing matches.
StatusOr<std::string> ResolveActor(const Store& store, const std::string& name_or_code);

struct PeriodStats {
  std::string period;         // key, e.g. "2019-07"
  std::string start;          // first day, YYYY-MM-DD
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // by quad class 1..4 (index 0 = verbal coop)
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 when no events
  // Cooperation-minus-conflict index: (q1 + q2 - q3 - q4) / events, in
  // [-1, 1]; 0 when no events.
  double coop_index = 0;
};

struct SeriesQuery {
  std::string a, b;            // codes or names (resolved with ResolveActor)
  std::string from, to;        // inclusive YYYY-MM-DD bounds; empty = open
  Period by = Period::kMonth;
  bool exact = false;          // match codes exactly (no agents)
  int max_changes = 5;         // largest changes to report
  int evidence_per_change = 3; // events shown for each change
  bool one_a_day = false;      // count the Phoenix one-a-day filtered events (events_one_a_day)
};

struct EvidenceEvent {
  std::string event_id, doc_id, date, source, target, code;
  int sentence = 0;
  int quad_class = 0;
  double goldstein = 0;
  std::string text;            // the sentence
  std::string title, url;      // of the document, when stored
};

// A large move of the combined (both directions) Goldstein sum between a
// period and the previous period that had events, with the events of the
// later period that pulled hardest in the direction of the move.
struct Change {
  std::string from_period, to_period;
  double from_index = 0, to_index = 0;
  double from_goldstein = 0, to_goldstein = 0;   // Goldstein sums
  int64_t from_events = 0, to_events = 0;
  double delta = 0;            // to_goldstein - from_goldstein (sign = direction)
  std::vector<EvidenceEvent> evidence;
};

struct DyadSeries {
  std::string a_code, b_code;  // resolved codes
  Period by = Period::kMonth;
  // One entry per period from the first to the last (empty periods included),
  // the same period keys in all three vectors.
  std::vector<PeriodStats> ab;    // events a -> b
  std::vector<PeriodStats> ba;    // events b -> a
  std::vector<PeriodStats> both;  // both directions
  PeriodStats total_ab, total_ba, total_both;  // whole range (period = "total")
  std::vector<Change> changes;    // largest |delta| first
};

StatusOr<DyadSeries> ComputeDyadSeries(const Store& store, const SeriesQuery& q);

// Most active pairs and actors.
struct ActivityQuery {
  std::string from, to;        // inclusive; empty = open
  std::string actor;           // only pairs involving this actor (code or name; prefix unless exact)
  bool exact = false;
  bool by_root = true;         // group by country/IGO root (KORGOV -> KOR) or by full code
  bool directed = false;       // dyads: A->B and B->A apart (default: merged, A < B)
  int limit = 20;
  bool one_a_day = false;      // count the Phoenix one-a-day filtered events (events_one_a_day)
};

struct DyadSummary {
  std::string a, b;            // a < b unless directed
  std::string a_name, b_name;  // from the actors table when known
  PeriodStats stats;           // period = "total"
  std::string first_date, last_date;
};

struct ActorSummary {
  std::string code, name;
  int64_t as_source = 0, as_target = 0;
  PeriodStats stats;           // all its events (either role)
  std::string first_date, last_date;
};

StatusOr<std::vector<DyadSummary>> TopDyads(const Store& store, const ActivityQuery& q);
StatusOr<std::vector<ActorSummary>> TopActors(const Store& store, const ActivityQuery& q);

}  // namespace dyad
