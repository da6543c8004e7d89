// Calendar arithmetic on proleptic Gregorian dates, for periods (day, week,
// month, year) in reports and the API. Days are counted from 1970-01-01.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Days since 1970-01-01 of y-m-d (H. Hinnant's days_from_civil). No range check.
int64_t DaysFromCivil(int y, unsigned m, unsigned d);

// The civil date of a day count (inverse of DaysFromCivil).
void CivilFromDays(int64_t days, int* y, unsigned* m, unsigned* d);

// Reads the "YYYY-MM-DD" at the start of s (anything after the 10th byte is
// ignored). Checks the shape and that 1 <= m <= 12 and 1 <= d <= 31, not the
// month's length. False when s does not start with such a date.
bool ParseYmdPrefix(std::string_view s, int* y, unsigned* m, unsigned* d);

// "YYYY-MM-DD" of a day count.
std::string FormatDate(int64_t days);

}  // namespace dyad
