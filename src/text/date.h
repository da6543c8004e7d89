// Calendar arithmetic on proleptic Gregorian dates, for periods (day, week,
// month, year) in reports and the API. Days are counted from 1970-01-01.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

// Days since 1970-01-01 of y-m-d (H. Hinnant's days_from_civil). No range check.
int64_t DaysFromCivil(int y, unsigned m, unsigned d);

// The civil date of a day count (inverse of DaysFromCivil).
void CivilFromDays(int64_t days, int* y, unsigned* m, unsigned* d);

// "YYYY-MM-DD" of a day count.
std::string FormatDate(int64_t days);

}  // namespace dyad
