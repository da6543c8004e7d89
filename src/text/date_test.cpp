#include "text/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Date, KnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(FormatDate(DaysFromCivil(2019, 8, 1)), "2019-08-01");
  EXPECT_EQ(FormatDate(DaysFromCivil(2024, 2, 29) + 1), "2024-03-01");
  EXPECT_EQ(FormatDate(DaysFromCivil(2023, 2, 28) + 1), "2023-03-01");
  EXPECT_EQ(FormatDate(-1), "1969-12-31");
}

TEST(Date, RoundTripEveryDayOfFourCenturies) {
  for (int64_t z = DaysFromCivil(1900, 1, 1); z < DaysFromCivil(2300, 1, 1); ++z) {
    int y;
    unsigned m, d;
    CivilFromDays(z, &y, &m, &d);
    ASSERT_EQ(DaysFromCivil(y, m, d), z);
    ASSERT_GE(d, 1u);
    ASSERT_LE(d, 31u);
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Date, ParseYmdPrefix) {
  int y;
  unsigned m, d;
  ASSERT_TRUE(ParseYmdPrefix("2019-08-01", &y, &m, &d));
  EXPECT_EQ(y, 2019);
  EXPECT_EQ(m, 8u);
  EXPECT_EQ(d, 1u);
  EXPECT_TRUE(ParseYmdPrefix("2019-08-01T10:00", &y, &m, &d));
  EXPECT_FALSE(ParseYmdPrefix("2019-13-01", &y, &m, &d));
  EXPECT_FALSE(ParseYmdPrefix("2019-08-00", &y, &m, &d));
  EXPECT_FALSE(ParseYmdPrefix("2019-8-01", &y, &m, &d));
  EXPECT_FALSE(ParseYmdPrefix("20190801", &y, &m, &d));
  EXPECT_FALSE(ParseYmdPrefix("", &y, &m, &d));
}

}  // namespace
}  // namespace dyad
