// Output formats: column counts of the GDELT and Phoenix layouts, JSON keys.
#include "store/export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

int Columns(const std::string& line) {
  int n = 1;
  for (char c : line) n += c == '\t';
  return n;
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

Event Sample() {
  Event e;
  e.doc_id = "doc-1";
  e.sentence = 0;
  e.date = "2019-07-04";
  e.source = "JPNGOV";
  e.target = "KOR";
  e.source_text = "Japan";
  e.target_text = "South\tKorea";  // a tab must not break the layout
  e.code = "163";
  e.root = "16";
  e.quad_class = 4;
  e.goldstein = -8.0;
  e.verb = "impose";
  e.text = "Japan imposed export restrictions on South Korea.\nNew line.";
  return e;
}

TEST(ExportTest, GdeltHas61Columns) {
  Document d;
  d.url = "https://example.org/a";
  std::string line = FormatEvent(Sample(), &d, EventFormat::kGdelt);
  ASSERT_EQ(Columns(line), kGdeltColumns) << line;
  auto c = Split(line);
  EXPECT_EQ(c[1], "20190704");   // SQLDATE
  EXPECT_EQ(c[2], "201907");     // MonthYear
  EXPECT_EQ(c[3], "2019");       // Year
  EXPECT_EQ(c[5], "JPNGOV");     // Actor1Code
  EXPECT_EQ(c[6], "JAPAN: GOVERNMENT");
  EXPECT_EQ(c[7], "JPN");        // Actor1CountryCode
  EXPECT_EQ(c[12], "GOV");       // Actor1Type1Code
  EXPECT_EQ(c[15], "KOR");       // Actor2Code
  EXPECT_EQ(c[25], "1");         // IsRootEvent
  EXPECT_EQ(c[26], "163");       // EventCode
  EXPECT_EQ(c[27], "163");       // EventBaseCode
  EXPECT_EQ(c[28], "16");        // EventRootCode
  EXPECT_EQ(c[29], "4");         // QuadClass
  EXPECT_EQ(c[30], "-8.0");      // GoldsteinScale
  EXPECT_EQ(c[60], "https://example.org/a");
  // The id is a stable decimal.
  EXPECT_EQ(c[0], Split(FormatEvent(Sample(), nullptr, EventFormat::kGdelt))[0]);
  EXPECT_NE(c[0].find_first_not_of("0123456789"), 0u);
}

TEST(ExportTest, PhoenixHas26Columns) {
  Document d;
  d.source = "Example Wire";
  std::string line = FormatEvent(Sample(), &d, EventFormat::kPhoenix);
  ASSERT_EQ(Columns(line), kPhoenixColumns) << line;
  auto c = Split(line);
  EXPECT_EQ(c[1], "20190704");
  EXPECT_EQ(c[2], "2019");
  EXPECT_EQ(c[3], "07");
  EXPECT_EQ(c[4], "04");
  EXPECT_EQ(c[5], "JPNGOV");
  EXPECT_EQ(c[6], "JPN");
  EXPECT_EQ(c[7], "GOV");
  EXPECT_EQ(c[9], "KOR");
  EXPECT_EQ(c[13], "163");
  EXPECT_EQ(c[14], "16");
  EXPECT_EQ(c[15], "4");  // penta class: material conflict
  EXPECT_EQ(c[23], "doc-1_0");
  EXPECT_EQ(c[25], "Example Wire");
}

TEST(ExportTest, TsvMatchesHeaderAndJsonHasContractKeys) {
  std::string h = EventHeader(EventFormat::kTsv);
  std::string line = FormatEvent(Sample(), nullptr, EventFormat::kTsv);
  EXPECT_EQ(Columns(line), Columns(h));
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(FormatEvent(Sample(), nullptr, EventFormat::kJsonl));
  for (const char* k : {"event_id", "doc_id", "sentence", "date", "source", "target", "source_text", "target_text",
                        "code", "root", "quad_class", "goldstein", "text", "spans", "verb", "pattern"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["event_id"].get<std::string>().size(), 16u);
  EXPECT_EQ(j["target_text"], "South\tKorea");
  EXPECT_FALSE(ParseEventFormat("xml").ok());
  EXPECT_TRUE(ParseEventFormat("gdelt").ok());
}

}  // namespace
}  // namespace dyad
