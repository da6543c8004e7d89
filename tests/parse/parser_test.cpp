// DepParser on a tiny made-up treebank: training, the model-section trailer
// that records which optional templates a parser was trained with, and that
// parsing (with its cached per-position scores) gives well-formed trees.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/binio.h"
#include "parse/parser.h"

namespace dyad::parse {
namespace {

ParserExample Example(const std::vector<std::string>& forms, const std::vector<std::string>& tags,
                      const std::vector<int>& heads, const std::vector<std::string>& rels) {
  std::vector<std::string_view> f(forms.begin(), forms.end()), t(tags.begin(), tags.end());
  ParserExample ex;
  ex.in = MakeParserInput(f, t);
  ex.head.push_back(-1);
  ex.deprel.push_back("");
  for (size_t i = 0; i < forms.size(); ++i) {
    ex.head.push_back(heads[i]);
    ex.deprel.push_back(rels[i]);
  }
  return ex;
}

std::vector<ParserExample> Treebank() {
  std::vector<ParserExample> tb;
  for (int k = 0; k < 4; ++k) {
    tb.push_back(Example({"the", "cat", "sleeps"}, {"DET|DT", "NOUN|NN", "VERB|VBZ"}, {2, 3, 0},
                         {"det", "nsubj", "root"}));
    tb.push_back(Example({"a", "dog", "sees", "the", "cat"}, {"DET|DT", "NOUN|NN", "VERB|VBZ", "DET|DT", "NOUN|NN"},
                         {2, 3, 0, 5, 3}, {"det", "nsubj", "root", "det", "obj"}));
    tb.push_back(Example({"dogs", "bark", "loudly"}, {"NOUN|NNS", "VERB|VBP", "ADV|RB"}, {2, 0, 2},
                         {"nsubj", "root", "advmod"}));
  }
  return tb;
}

std::string Saved(const DepParser& p) {
  ByteWriter w;
  p.Save(&w);
  return w.data();
}

TEST(DepParser, LearnsATinyTreebankAndRecordsItsTemplatesInTheModel) {
  auto tb = Treebank();
  DepParser p = DepParser::Train(tb, 5, 1, TrainProgress{});
  EXPECT_TRUE(p.uses_context_templates());
  EXPECT_FALSE(p.uses_clusters());
  std::vector<int> heads, labels;
  for (const auto& ex : tb) {
    p.Parse(ex.in, &heads, &labels);
    ASSERT_EQ(heads.size(), ex.head.size());
    for (size_t i = 1; i < heads.size(); ++i) {
      EXPECT_EQ(heads[i], ex.head[i]) << i;
      EXPECT_EQ(p.Label(labels[i]), ex.deprel[i]) << i;
    }
  }

  // Round trip: same flags, same parses.
  std::string bytes = Saved(p);
  DepParser q;
  ByteReader r(bytes.data(), bytes.size());
  ASSERT_TRUE(q.Load(&r));
  EXPECT_TRUE(q.uses_context_templates());
  std::vector<int> h2, l2;
  q.Parse(tb[1].in, &h2, &l2);
  p.Parse(tb[1].in, &heads, &labels);
  EXPECT_EQ(h2, heads);
  EXPECT_EQ(l2, labels);

  // The trailer is the last byte (bit 1: context templates). Without it, the
  // section reads as a parser of before the trailer existed; unknown bits are refused.
  ASSERT_EQ(bytes.back(), '\x02');
  std::string old = bytes.substr(0, bytes.size() - 1);
  DepParser o;
  ByteReader ro(old.data(), old.size());
  ASSERT_TRUE(o.Load(&ro));
  EXPECT_FALSE(o.uses_context_templates());
  EXPECT_FALSE(o.uses_clusters());
  o.Parse(tb[1].in, &h2, &l2);  // still a single-rooted tree
  int roots = 0;
  for (size_t i = 1; i < h2.size(); ++i) roots += h2[i] == 0;
  EXPECT_EQ(roots, 1);

  std::string bad = bytes;
  bad.back() = '\x04';
  DepParser b;
  ByteReader rb(bad.data(), bad.size());
  EXPECT_FALSE(b.Load(&rb));
}

}  // namespace
}  // namespace dyad::parse
