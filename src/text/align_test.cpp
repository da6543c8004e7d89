#include "text/align.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dyad {
namespace {

using Sents = std::vector<std::vector<std::string>>;

TEST(ScoreSegmentation, IdenticalIsPerfect) {
  Sents gold = {{"Moon", "Jae-in", "met", "Putin", "."}, {"He", "did", "n't", "sign", "."}};
  SegmentationScore s = ScoreSegmentation(gold, gold);
  EXPECT_DOUBLE_EQ(s.token_f1, 100.0);
  EXPECT_DOUBLE_EQ(s.sentence_f1, 100.0);
  EXPECT_EQ(s.matched_tokens, 10);
  ASSERT_EQ(s.system_to_gold.size(), 10u);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(s.system_to_gold[i], i);
}

TEST(ScoreSegmentation, MergedTokenAndMissedBoundary) {
  Sents gold = {{"He", "did", "n't", "sign", "."}, {"Seoul", "refused", "."}};
  Sents sys = {{"He", "didn't", "sign", ".", "Seoul", "refused", "."}};
  SegmentationScore s = ScoreSegmentation(gold, sys);
  EXPECT_EQ(s.gold_tokens, 8);
  EXPECT_EQ(s.system_tokens, 7);
  EXPECT_EQ(s.matched_tokens, 6);
  EXPECT_EQ(s.system_to_gold[0], 0);
  EXPECT_EQ(s.system_to_gold[1], -1);  // "didn't" spans two gold words
  EXPECT_EQ(s.system_to_gold[2], 3);
  EXPECT_EQ(s.system_to_gold[4], 5);
  EXPECT_EQ(s.matched_sentences, 0);
  EXPECT_NEAR(s.token_p, 600.0 / 7, 1e-9);
  EXPECT_NEAR(s.token_r, 75.0, 1e-9);
  EXPECT_DOUBLE_EQ(s.sentence_f1, 0.0);
}

TEST(ScoreSegmentation, WhitespaceInsideTokensIsIgnored) {
  Sents gold = {{"1 800 555", "today"}};
  Sents sys = {{"1800555", "today"}};
  SegmentationScore s = ScoreSegmentation(gold, sys);
  EXPECT_EQ(s.matched_tokens, 2);
  EXPECT_EQ(s.matched_sentences, 1);
}

TEST(ReconstructUdRawText, EwtTest) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  auto raw = ReconstructUdRawText(path);
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  EXPECT_EQ(raw->gold_sentences.size(), 2077u);
  EXPECT_GT(raw->documents, 300);
  EXPECT_GE(raw->paragraphs, raw->documents);
  // The gold words cover exactly the non-space bytes of the text.
  size_t words = 0, text = 0;
  for (const auto& s : raw->gold_sentences)
    for (const auto& w : s)
      for (char c : w) words += c != ' ';
  for (size_t i = 0; i < raw->text.size(); ++i) {
    if (raw->text.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;  // one no-break space in EWT test
      continue;
    }
    text += !(raw->text[i] == ' ' || raw->text[i] == '\n');
  }
  EXPECT_EQ(words, text);
  SegmentationScore self = ScoreSegmentation(raw->gold_sentences, raw->gold_sentences);
  EXPECT_DOUBLE_EQ(self.token_f1, 100.0);
}

TEST(ReconstructUdRawText, MissingFileNamesIt) {
  auto raw = ReconstructUdRawText("/nonexistent/x.conllu");
  ASSERT_FALSE(raw.ok());
  EXPECT_NE(raw.status().message().find("/nonexistent/x.conllu"), std::string::npos);
}

}  // namespace
}  // namespace dyad
