// Dyad series, actor resolution and activity summaries on a small constructed store.
#include "analyze/series.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct E {
  const char* date;
  const char* source;
  const char* target;
  const char* code;
  int quad;
  double g;
};

// KOR<->RUS: cooperation in Jan 2019, nothing in Feb, conflict in Mar, plus a
// KOR->JPN event and a USA->KOR event that must not count.
const E kEvents[] = {
    {"2019-01-03", "KORGOV", "RUSGOV", "036", 1, 4.0},   // a->b
    {"2019-01-20", "RUS", "KOR", "057", 1, 8.0},          // b->a
    {"2019-01-21", "KOR", "RUSBUS", "061", 2, 6.4},       // a->b (agent of RUS)
    {"2019-03-02", "RUSMIL", "KOR", "190", 4, -10.0},     // b->a
    {"2019-03-05", "KORGOV", "RUS", "111", 3, -2.0},      // a->b
    {"2019-03-05", "KOR", "JPN", "036", 1, 4.0},          // other dyad
    {"2019-02-10", "USA", "KOR", "042", 1, 1.9},          // other dyad
};

class SeriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::path dir = fs::temp_directory_path() / ("dyad_series_test_" + std::to_string(getpid()));
    fs::create_directories(dir);
    path_ = (dir / (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".sqlite")).string();
    fs::remove(path_);
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    ASSERT_TRUE(store_->Begin().ok());
    int i = 0;
    for (const E& x : kEvents) {
      Document d;
      d.id = "d" + std::to_string(i++);
      d.date = x.date;
      d.title = "T" + d.id;
      d.text = std::string("Sentence of ") + d.id + ".";
      Sentence s;
      s.begin = 0;
      s.end = static_cast<uint32_t>(d.text.size());
      s.text = d.text;
      d.sentences.push_back(s);
      Event e;
      e.doc_id = d.id;
      e.date = x.date;
      e.source = x.source;
      e.target = x.target;
      e.code = x.code;
      e.quad_class = x.quad;
      e.goldstein = x.g;
      ASSERT_TRUE(store_->PutDocument(d, {e}).ok());
    }
    ASSERT_TRUE(store_->PutActor("KOR", "South Korea").ok());
    ASSERT_TRUE(store_->PutActor("RUS", "Russia").ok());
    ASSERT_TRUE(store_->PutActor("KORGOV", "South Korea: government").ok());
    ASSERT_TRUE(store_->Commit().ok());
  }
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(SeriesTest, MonthlySeriesBothDirections) {
  SeriesQuery q;
  q.a = "South Korea";
  q.b = "RUS";
  auto r = ComputeDyadSeries(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->a_code, "KOR");
  EXPECT_EQ(r->b_code, "RUS");
  ASSERT_EQ(r->both.size(), 3u);  // Jan, Feb (empty), Mar
  EXPECT_EQ(r->both[0].period, "2019-01");
  EXPECT_EQ(r->both[1].period, "2019-02");
  EXPECT_EQ(r->both[2].period, "2019-03");
  EXPECT_EQ(r->both[1].start, "2019-02-01");
  EXPECT_EQ(r->ab[0].events, 2);
  EXPECT_EQ(r->ba[0].events, 1);
  EXPECT_EQ(r->both[0].events, 3);
  EXPECT_EQ(r->both[0].quad[0], 2);
  EXPECT_EQ(r->both[0].quad[1], 1);
  EXPECT_DOUBLE_EQ(r->both[0].goldstein_sum, 18.4);
  EXPECT_NEAR(r->both[0].goldstein_mean, 18.4 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(r->both[0].coop_index, 1.0);
  EXPECT_EQ(r->both[1].events, 0);
  EXPECT_EQ(r->both[2].events, 2);
  EXPECT_DOUBLE_EQ(r->both[2].coop_index, -1.0);
  EXPECT_DOUBLE_EQ(r->ab[2].goldstein_sum, -2.0);
  EXPECT_DOUBLE_EQ(r->ba[2].goldstein_sum, -10.0);
  EXPECT_EQ(r->total_both.events, 5);
  EXPECT_EQ(r->total_ab.events, 3);
  EXPECT_EQ(r->total_ba.events, 2);
  EXPECT_DOUBLE_EQ(r->total_both.coop_index, 1.0 / 5);
  // The change: Jan (+18.4) -> Mar (-12); empty Feb is skipped.
  ASSERT_EQ(r->changes.size(), 1u);
  EXPECT_EQ(r->changes[0].from_period, "2019-01");
  EXPECT_EQ(r->changes[0].to_period, "2019-03");
  EXPECT_DOUBLE_EQ(r->changes[0].delta, -30.4);
  ASSERT_EQ(r->changes[0].evidence.size(), 2u);
  EXPECT_EQ(r->changes[0].evidence[0].code, "190");  // the most negative first
  EXPECT_EQ(r->changes[0].evidence[0].text, "Sentence of d3.");
  EXPECT_EQ(r->changes[0].evidence[0].title, "Td3");
}

TEST_F(SeriesTest, ExactCodesAndRanges) {
  SeriesQuery q;
  q.a = "KORGOV";
  q.b = "RUS";
  q.exact = true;
  auto r = ComputeDyadSeries(*store_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total_both.events, 1);  // only KORGOV -> RUS, not KORGOV -> RUSGOV
  q.exact = false;
  q.by = Period::kYear;
  r = ComputeDyadSeries(*store_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total_both.events, 2);  // KORGOV -> RUSGOV, KORGOV -> RUS
  ASSERT_EQ(r->both.size(), 1u);
  EXPECT_EQ(r->both[0].period, "2019");

  SeriesQuery w;
  w.a = "kor";
  w.b = "Russia";
  w.by = Period::kWeek;
  w.from = "2019-01-01";
  w.to = "2019-01-31";
  r = ComputeDyadSeries(*store_, w);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->both.front().period, "2019-W01");
  EXPECT_EQ(r->both.back().period, "2019-W05");
  EXPECT_EQ(r->both.size(), 5u);
  EXPECT_EQ(r->total_both.events, 3);

  w.from = "2019-13-01";
  EXPECT_FALSE(ComputeDyadSeries(*store_, w).ok());
  SeriesQuery bad;
  bad.a = "Atlantis";
  bad.b = "KOR";
  auto br = ComputeDyadSeries(*store_, bad);
  ASSERT_FALSE(br.ok());
  EXPECT_NE(br.status().message().find("Atlantis"), std::string::npos);
}

TEST_F(SeriesTest, OneADayFilter) {
  // A second report of the 2019-03-02 RUSMIL -> KOR attack, in another document.
  Document d;
  d.id = "dup";
  d.date = "2019-03-02";
  d.text = "Again.";
  Event e;
  e.doc_id = "dup";
  e.date = "2019-03-02";
  e.source = "RUSMIL";
  e.target = "KOR";
  e.code = "190";
  e.quad_class = 4;
  e.goldstein = -10;
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(d, {e}).ok());
  ASSERT_TRUE(store_->Commit().ok());
  SeriesQuery q;
  q.a = "KOR";
  q.b = "RUS";
  auto all = ComputeDyadSeries(*store_, q);
  q.one_a_day = true;
  auto filtered = ComputeDyadSeries(*store_, q);
  ASSERT_TRUE(all.ok() && filtered.ok());
  EXPECT_EQ(all->total_both.events, 6);
  EXPECT_EQ(filtered->total_both.events, 5);
  ActivityQuery aq;
  aq.one_a_day = true;
  auto d1 = TopDyads(*store_, aq);
  ASSERT_TRUE(d1.ok());
  EXPECT_EQ((*d1)[0].stats.events, 5);
  auto a1 = TopActors(*store_, aq);
  ASSERT_TRUE(a1.ok()) << a1.status().ToString();
  EXPECT_EQ((*a1)[0].stats.events, 7);
}

TEST_F(SeriesTest, PeriodKeys) {
  EXPECT_EQ(PeriodKey("2020-12-31", Period::kWeek), "2020-W53");
  EXPECT_EQ(PeriodKey("2021-01-03", Period::kWeek), "2020-W53");
  EXPECT_EQ(PeriodKey("2021-01-04", Period::kWeek), "2021-W01");
  EXPECT_EQ(PeriodStart("2021-W01", Period::kWeek), "2021-01-04");
  EXPECT_EQ(NextPeriodKey("2020-W53", Period::kWeek), "2021-W01");
  EXPECT_EQ(NextPeriodKey("2019-12", Period::kMonth), "2020-01");
  EXPECT_EQ(NextPeriodKey("2020-02-29", Period::kDay), "2020-03-01");
  EXPECT_EQ(PeriodKey("garbage", Period::kMonth), "");
  EXPECT_FALSE(ParsePeriod("fortnight").ok());
}

TEST_F(SeriesTest, TopDyadsAndActors) {
  ActivityQuery q;
  auto d = TopDyads(*store_, q);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->size(), 3u);
  EXPECT_EQ((*d)[0].a, "KOR");
  EXPECT_EQ((*d)[0].b, "RUS");
  EXPECT_EQ((*d)[0].a_name, "South Korea");
  EXPECT_EQ((*d)[0].stats.events, 5);
  EXPECT_EQ((*d)[0].first_date, "2019-01-03");
  EXPECT_EQ((*d)[0].last_date, "2019-03-05");
  q.directed = true;
  q.actor = "USA";
  d = TopDyads(*store_, q);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->size(), 1u);
  EXPECT_EQ((*d)[0].a, "USA");
  EXPECT_EQ((*d)[0].b, "KOR");

  ActivityQuery aq;
  auto a = TopActors(*store_, aq);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_GE(a->size(), 4u);
  EXPECT_EQ((*a)[0].code, "KOR");
  EXPECT_EQ((*a)[0].stats.events, 7);
  EXPECT_EQ((*a)[0].as_source, 4);
  EXPECT_EQ((*a)[0].as_target, 3);
  aq.by_root = false;
  aq.actor = "KOR";
  a = TopActors(*store_, aq);
  ASSERT_TRUE(a.ok());
  for (const auto& x : *a) EXPECT_EQ(x.code.substr(0, 3), "KOR");
}

// Removes this process's scratch directory at the end.
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::temp_directory_path() / ("dyad_series_test_" + std::to_string(getpid())), ec);
  }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace
}  // namespace dyad
