// Tests of the tagger's training options: case classes learned from unlabeled
// text, and weights averaged over several perceptron runs.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "parse/clusters.h"
#include "parse/lemmatizer.h"
#include "parse/tagger.h"
#include "parse/test_files.h"
#include "text/conllu.h"

namespace dyad::parse {
namespace {

const std::string kEwt = std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/";

std::string TempPath(const std::string& name) { return parse::testing::TempPath("tagger", name); }

uint32_t Band(uint32_t case_class) { return (case_class - 1) / 3; }
uint32_t Confidence(uint32_t case_class) { return (case_class - 1) % 3; }

TEST(CaseClasses, CountCapitalisationOutsideSentenceStarts) {
  // Our own text: "Marlow" is a name (capitalised mid-sentence), "harbour" a
  // common noun that only ever starts a sentence or a line capitalised, and
  // "NOTICE" appears in capitals only (says nothing about case).
  std::string p = TempPath("case.txt");
  {
    std::ofstream out(p);
    for (int i = 0; i < 40; ++i) {
      out << "We met Marlow at the harbour and the boat was late. Harbour fees rose again.\n";
      out << "Harbour lights were on\n";
      out << "The ship left the harbour with Marlow on board; NOTICE was given.\n";
    }
    for (int i = 0; i < 3; ++i) out << "a marlow appears in lower case here.\n";
  }
  ClusterOptions o;
  o.fine = 2;
  o.coarse = 1;
  o.iterations = 2;
  auto wc = WordClusters::Build({p}, {}, o);
  std::remove(p.c_str());
  ASSERT_TRUE(wc.ok()) << wc.status().ToString();
  const WordClusters& c = wc.value();
  ASSERT_GT(c.case_size(), 0u);
  uint32_t marlow = c.CaseClass("Marlow"), harbour = c.CaseClass("harbour");
  ASSERT_NE(marlow, 0u);
  ASSERT_NE(harbour, 0u);
  EXPECT_EQ(Band(marlow), 5u);  // 80 of 83 informative occurrences capitalised: 0.9-0.98
  EXPECT_EQ(Confidence(marlow), 1u);  // 10-99 occurrences
  EXPECT_EQ(Band(harbour), 0u);  // capitalised only at sentence and line starts
  EXPECT_EQ(c.CaseClass("HARBOUR"), harbour);  // looked up by the lowercase form
  EXPECT_EQ(c.CaseClass("notice"), 0u);  // all-caps occurrences are not counted
  EXPECT_EQ(c.CaseClass("zanzibar"), 0u);

  // Stored and read back.
  ByteWriter w;
  c.Save(&w);
  c.SaveCase(&w);
  ByteReader r(w.data().data(), w.data().size());
  WordClusters back;
  ASSERT_TRUE(back.Load(&r));
  ASSERT_TRUE(back.LoadCase(&r));
  EXPECT_TRUE(r.at_end());
  EXPECT_EQ(back.CaseClass("marlow"), marlow);
  EXPECT_EQ(back.case_size(), c.case_size());

  // case_min_count 0 turns them off.
  o.case_min_count = 0;
  std::ofstream(p) << "We met Marlow at the harbour.\nThe harbour saw Marlow.\nMarlow and the harbour.\n";
  auto none = WordClusters::Build({p}, {}, o);
  std::remove(p.c_str());
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none.value().case_size(), 0u);
}

TEST(TaggerRuns, AveragedWeightsAreDeterministicAndRoundTrip) {
  if (!std::filesystem::exists(kEwt + "en_ewt-ud-train.conllu")) GTEST_SKIP() << "no ../shared EWT";
  auto data = ReadConlluFile(kEwt + "en_ewt-ud-train.conllu");
  ASSERT_TRUE(data.ok());
  std::vector<const ConlluSentence*> train;
  for (size_t i = 0; i < 200; ++i) train.push_back(&data.value()[i]);
  Tagger one = Tagger::Train(train, 2, 1, {});
  Tagger two_1thread = Tagger::Train(train, 2, 1, {}, nullptr, 2, 1);
  Tagger two_2threads = Tagger::Train(train, 2, 1, {}, nullptr, 2, 2);
  ByteWriter w1, w2a, w2b;
  one.Save(&w1);
  two_1thread.Save(&w2a);
  two_2threads.Save(&w2b);
  EXPECT_EQ(w2a.data(), w2b.data()) << "the thread count changed the averaged tagger";
  EXPECT_NE(w1.data(), w2a.data());
  // The mean of two runs has at least the features of either.
  EXPECT_GE(two_1thread.num_features(), one.num_features());

  ByteReader r(w2a.data().data(), w2a.data().size());
  Tagger back;
  ASSERT_TRUE(back.Load(&r));
  EXPECT_TRUE(r.at_end());
  size_t agree = 0, total = 0;
  for (size_t i = 200; i < 260; ++i) {
    std::vector<std::string_view> forms;
    for (const auto& t : data.value()[i].tokens) forms.push_back(t.form);
    std::vector<int> a, b;
    two_1thread.Tag(forms, &a);
    back.Tag(forms, &b);
    EXPECT_EQ(a, b);
    for (size_t k = 0; k < a.size(); ++k) {
      agree += two_1thread.Upos(a[k]) == data.value()[i].tokens[k].upos;
      ++total;
    }
  }
  // 200 sentences, 2 iterations: weak but far from chance.
  EXPECT_GT(static_cast<double>(agree) / total, 0.7);
}

TEST(Lemmatizer, WordListPicksTheRuleThatYieldsAWord) {
  // Our own toy lexicon: two doubled-consonant verbs make "-bed" strip 3
  // bytes; the regular ones make "-ed" and "-ked" strip 2.
  ConlluSentence s;
  for (auto [form, lemma] : std::vector<std::pair<std::string, std::string>>{
           {"robbed", "rob"}, {"rubbed", "rub"}, {"walked", "walk"}, {"talked", "talk"}, {"jumped", "jump"},
           {"parked", "park"}, {"wanted", "want"}}) {
    Token t;
    t.form = form;
    t.lemma = lemma;
    t.upos = "VERB";
    t.xpos = "VBD";
    s.tokens.push_back(t);
  }
  Lemmatizer plain = Lemmatizer::Train({&s});
  EXPECT_EQ(plain.Lemma("walked", "VBD"), "walk");   // lexicon
  EXPECT_EQ(plain.Lemma("bombed", "VBD"), "bom");    // longest suffix "-bed": strip 3
  EXPECT_EQ(plain.Lemma("hiked", "VBD"), "hik");     // "-ked": strip 2
  Lemmatizer with_words = plain;
  with_words.SetWordList([](std::string_view w) { return w == "bomb" || w == "hike"; });
  EXPECT_EQ(with_words.Lemma("walked", "VBD"), "walk");
  EXPECT_EQ(with_words.Lemma("Bombed", "VBD"), "bomb");  // "bom" is no word; "-ed" gives "bomb"
  EXPECT_EQ(with_words.Lemma("hiked", "VBD"), "hike");   // "hik" is no word; + "e" is
  EXPECT_EQ(with_words.Lemma("zorbed", "VBD"), "zor");   // no candidate is a word: the first
  EXPECT_EQ(with_words.Lemma("rubbed", "VBD"), "rub");   // lexicon first
  // A lemma of the lexicon counts as a word too: "-bed" gives "ro", "-ed"
  // gives "rob", a lemma of the lexicon ("robe" is in neither list here).
  EXPECT_EQ(with_words.Lemma("robed", "VBD"), "rob");
  EXPECT_EQ(plain.Lemma("robed", "VBD"), "ro");
}

}  // namespace
}  // namespace dyad::parse
