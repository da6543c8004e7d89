// Weights: the open-addressing table of (class, bf16 weight) rows that the
// tagger and the parser score with. Rows short enough to live in the slot and
// rows in the overflow array, absent keys, several destinations per batch, the
// model-file round trip and pruning.
#include <gtest/gtest.h>

#include <vector>

#include "parse/binio.h"
#include "parse/perceptron.h"

namespace dyad::parse {
namespace {

// Rows of lengths 1..6 (inline and overflow) over num_classes classes; every
// weight is exactly representable in bfloat16.
Weights MakeWeights(int num_classes, std::vector<uint64_t>* keys) {
  keys->clear();
  std::vector<uint32_t> begin;
  std::vector<uint16_t> cls;
  std::vector<float> w;
  for (int r = 0; r < 6; ++r) {
    keys->push_back(0x1000 + 0x10001ULL * static_cast<uint64_t>(r));  // sorted, non-zero
    begin.push_back(static_cast<uint32_t>(cls.size()));
    for (int j = 0; j <= r; ++j) {
      cls.push_back(static_cast<uint16_t>((num_classes - 1 - 3 * j) % num_classes));
      w.push_back(0.25f * static_cast<float>(r + 1) * (j % 2 ? -1.0f : 1.0f));
    }
  }
  begin.push_back(static_cast<uint32_t>(cls.size()));
  Weights out;
  out.Build(num_classes, *keys, begin, cls, w);
  return out;
}

// The expected scores of MakeWeights' rows for the given row numbers.
std::vector<float> Expected(int num_classes, const std::vector<int>& rows) {
  std::vector<float> s(num_classes, 0.0f);
  for (int r : rows)
    for (int j = 0; j <= r; ++j) s[(num_classes - 1 - 3 * j) % num_classes] += 0.25f * (r + 1) * (j % 2 ? -1 : 1);
  return s;
}

TEST(Weights, ScoresInlineAndOverflowRowsAndSkipsAbsentKeys) {
  for (int nc : {20, 300}) {  // classes fit a byte / do not
    std::vector<uint64_t> keys;
    Weights w = MakeWeights(nc, &keys);
    EXPECT_EQ(w.num_features(), 6u);
    EXPECT_EQ(w.num_weights(), 21u);
    std::vector<uint64_t> feats = {keys[0], 0x777, keys[2], keys[5], keys[1], 0x12345678ULL, keys[3], keys[4]};
    std::vector<float> scores(nc, 0.0f);
    w.Score(feats.data(), feats.size(), scores.data());
    EXPECT_EQ(scores, Expected(nc, {0, 1, 2, 3, 4, 5})) << nc;

    // Features bound for two score vectors in one batch.
    std::vector<float> a(nc, 0.0f), b(nc, 0.0f);
    std::vector<float*> dst = {a.data(), b.data(), b.data(), a.data(), b.data(), a.data(), a.data(), b.data()};
    w.ScoreInto(feats.data(), feats.size(), dst.data());
    EXPECT_EQ(a, Expected(nc, {0, 5, 3})) << nc;
    EXPECT_EQ(b, Expected(nc, {2, 1, 4})) << nc;
  }
}

TEST(Weights, RoundTripsThroughTheModelFileAndPrunes) {
  std::vector<uint64_t> keys;
  Weights w = MakeWeights(20, &keys);
  ByteWriter out;
  w.Save(&out);
  Weights back;
  ByteReader in(out.data().data(), out.data().size());
  ASSERT_TRUE(back.Load(&in));
  EXPECT_EQ(back.num_classes(), 20);
  EXPECT_EQ(back.num_weights(), w.num_weights());
  std::vector<float> s1(20, 0.0f), s2(20, 0.0f);
  w.Score(keys.data(), keys.size(), s1.data());
  back.Score(keys.data(), keys.size(), s2.data());
  EXPECT_EQ(s1, s2);

  // |w| < 0.6 goes: rows 0 and 1 (weights 0.25, 0.5) disappear entirely.
  back.Prune(0.6f);
  EXPECT_EQ(back.num_features(), 4u);
  EXPECT_EQ(back.num_weights(), 18u);
  std::vector<float> s3(20, 0.0f);
  back.Score(keys.data(), keys.size(), s3.data());
  EXPECT_EQ(s3, Expected(20, {2, 3, 4, 5}));
}

}  // namespace
}  // namespace dyad::parse
