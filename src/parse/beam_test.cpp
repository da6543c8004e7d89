// Tests of the beam-search parser: beam width 1 is exactly the greedy parse
// (committed model, EWT dev with gold tags), wider beams give well-formed
// trees, and global (beam) training on a small slice is deterministic (also
// with cached jackknifed tags), stores its beam width in the model file and
// round-trips.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "parse/annotator.h"
#include "parse/model.h"
#include "parse/parser.h"
#include "parse/test_files.h"
#include "parse/train.h"
#include "text/conllu.h"

namespace dyad {
namespace {

const std::string kEwt = std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/";
const std::string kModel = std::string(DYAD_SOURCE_DIR) + "/models/en_ewt.dyadmodel";

parse::ParserInput GoldTagInput(const ConlluSentence& s, const parse::WordClusters* clusters) {
  std::vector<std::string> joint;
  std::vector<std::string_view> forms, tags;
  for (const auto& t : s.tokens) joint.push_back(t.upos + "|" + t.xpos);
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    forms.push_back(s.tokens[k].form);
    tags.push_back(joint[k]);
  }
  return parse::MakeParserInput(forms, tags, clusters);
}

// One root (label "root"), heads in range, no cycles.
void ExpectTree(const std::vector<int>& head, const std::vector<int>& label, const parse::DepParser& p) {
  int n = static_cast<int>(head.size()) - 1, roots = 0;
  for (int d = 1; d <= n; ++d) {
    ASSERT_GE(head[d], 0);
    ASSERT_LE(head[d], n);
    ASSERT_GE(label[d], 0);
    EXPECT_EQ(head[d] == 0, p.Label(label[d]) == "root") << "word " << d;
    roots += head[d] == 0;
    int x = d, steps = 0;
    while (x != 0 && steps <= n) x = head[x], ++steps;
    EXPECT_EQ(x, 0) << "cycle through word " << d;
  }
  EXPECT_EQ(roots, 1);
}

TEST(BeamParser, WidthOneIsTheGreedyParse) {
  if (!std::filesystem::exists(kEwt + "en_ewt-ud-dev.conllu") || !std::filesystem::exists(kModel))
    GTEST_SKIP() << "no ../shared EWT or committed model";
  auto m = ModelImpl::Load(kModel);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const parse::DepParser& p = m.value()->parser;
  ASSERT_EQ(p.beam(), 1);  // the committed model decodes greedily
  auto dev = ReadConlluFile(kEwt + "en_ewt-ud-dev.conllu");
  ASSERT_TRUE(dev.ok());
  size_t words = 0, differ4 = 0, sents = 0;
  std::vector<int> gh, gl, bh, bl, h4, l4;
  for (size_t i = 0; i < dev.value().size() && i < 250; ++i) {
    auto in = GoldTagInput(dev.value()[i], m.value()->tagger.clusters());
    p.Parse(in, &gh, &gl);
    p.ParseBeam(in, 1, &bh, &bl);
    ASSERT_EQ(gh, bh) << "sentence " << i;
    ASSERT_EQ(gl, bl) << "sentence " << i;
    p.ParseBeam(in, 4, &h4, &l4);
    ExpectTree(h4, l4, p);
    words += gh.size() - 1;
    differ4 += (h4 != gh || l4 != gl);
    ++sents;
  }
  EXPECT_GT(words, 3000u);
  // A wider beam finds other (higher-scoring) sequences for some sentences.
  EXPECT_GT(differ4, 0u);
  EXPECT_LT(differ4, sents);
}

TEST(BeamParser, GlobalTrainingOnASliceIsDeterministicAndRoundTrips) {
  if (!std::filesystem::exists(kEwt + "en_ewt-ud-train.conllu")) GTEST_SKIP() << "no ../shared EWT";
  parse::TrainOptions o;
  o.train_path = kEwt + "en_ewt-ud-train.conllu";
  o.limit_sentences = 120;
  o.tagger_iterations = 1;
  o.parser_iterations = 2;
  o.folds = 2;
  o.threads = 2;
  o.tagger_runs = 1;
  o.parser_beam = 4;
  // The first training writes the jackknifed tags, the second reads them:
  // the two models must still be identical.
  o.jackknife_tags = parse::testing::TempPath("parse", "beam_jackknife.tsv");
  std::remove(o.jackknife_tags.c_str());
  auto m1 = parse::TrainModel(o, {});
  ASSERT_TRUE(m1.ok()) << m1.status().ToString();
  std::string tags = parse::testing::Slurp(o.jackknife_tags);
  EXPECT_EQ(std::count(tags.begin(), tags.end(), '\n'), 120);
  EXPECT_NE(tags.find("NOUN|NN"), std::string::npos);
  auto m2 = parse::TrainModel(o, {});
  ASSERT_TRUE(m2.ok()) << m2.status().ToString();
  EXPECT_EQ(m1.value()->parser.beam(), 4);
  std::string p1 = parse::testing::TempPath("parse", "beam_a.dyadmodel");
  std::string p2 = parse::testing::TempPath("parse", "beam_b.dyadmodel");
  ASSERT_TRUE(m1.value()->Save(p1).ok());
  ASSERT_TRUE(m2.value()->Save(p2).ok());
  std::string b1 = parse::testing::Slurp(p1), b2 = parse::testing::Slurp(p2);
  EXPECT_GT(b1.size(), 1000u);
  EXPECT_EQ(b1, b2) << "beam training is not deterministic";

  auto loaded = ModelImpl::Load(p1);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded.value()->parser.beam(), 4);  // the beam width is stored in the file
  auto dev = ReadConlluFile(kEwt + "en_ewt-ud-dev.conllu");
  ASSERT_TRUE(dev.ok());
  size_t words = 0, correct = 0;
  std::vector<int> ha, la, hb, lb;
  for (size_t i = 0; i < 200; ++i) {
    const auto& s = dev.value()[i];
    auto in = GoldTagInput(s, nullptr);
    m1.value()->parser.Parse(in, &ha, &la);
    loaded.value()->parser.Parse(in, &hb, &lb);
    ExpectTree(ha, la, m1.value()->parser);
    EXPECT_EQ(ha, hb);
    EXPECT_EQ(la, lb);
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      ++words;
      correct += ha[k + 1] == s.tokens[k].head;
    }
  }
  // 120 sentences, 2 iterations, tags of taggers trained on 60: weak, but
  // far above chance (48.4% when this test was written).
  double uas = 100.0 * static_cast<double>(correct) / static_cast<double>(words);
  std::printf("beam-4 slice model: UAS %.2f on %zu dev words (gold tags)\n", uas, words);
  EXPECT_GT(uas, 40.0);
  std::remove(p1.c_str());
  std::remove(p2.c_str());

  // A tag file that does not match the training data is refused, naming the file.
  {
    std::FILE* f = std::fopen(o.jackknife_tags.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("NOUN|NN\n", f);
    std::fclose(f);
  }
  auto bad = parse::TrainModel(o, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(o.jackknife_tags), std::string::npos) << bad.status().ToString();
  std::remove(o.jackknife_tags.c_str());
}

}  // namespace
}  // namespace dyad
