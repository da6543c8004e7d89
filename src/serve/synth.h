// A synthetic dyad event store for tests, the browser test and the API
// benchmark: made-up documents, sentences and events over real country codes,
// written with the schema of store/schema.h. Deterministic for a given seed.
// Nothing in it comes from a real corpus.
#pragma once

#include <cstdint>
#include <string>

#include "text/status.h"

namespace dyad::serve {

struct SynthOptions {
  int64_t events = 10000;
  uint64_t seed = 1;
  std::string first_date = "2015-01-01";
  int days = 3650;        // events spread over this many days from first_date
  bool progress = false;  // progress line on stderr
};

// Creates `path` (which must not exist) and fills it.
Status WriteSyntheticStore(const std::string& path, const SynthOptions& opts);

}  // namespace dyad::serve
