// Dictionary readers on the peers' real files (../shared) and on small
// malformed inputs written here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/actors.h"
#include "dict/cameo.h"
#include "dict/dict_util.h"
#include "dict/verbs.h"

namespace dyad::dict {
namespace {

const std::string kShared = DYAD_SHARED_DIR;
const std::string kP2 = kShared + "/data/petrarch2/dictionaries/";

std::string WriteTemp(const std::string& name, const std::string& body) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_dict_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path) << body;
  return path;
}

std::vector<std::string> Words(const std::string& s) { return SplitPhrase(Upper(s)); }

TEST(DictUtil, PluralsVerbFormsDates) {
  EXPECT_EQ(Plural("MINISTER"), "MINISTERS");
  EXPECT_EQ(Plural("ARMY"), "ARMIES");
  EXPECT_EQ(Plural("CONGRESS"), "CONGRESSES");
  auto f = VerbForms("ACCUSE");
  EXPECT_NE(std::find(f.begin(), f.end(), "ACCUSED"), f.end());
  EXPECT_NE(std::find(f.begin(), f.end(), "ACCUSING"), f.end());
  f = VerbForms("STOP");
  EXPECT_NE(std::find(f.begin(), f.end(), "STOPPED"), f.end());
  EXPECT_EQ(ParseDate("090120"), 20090120);
  EXPECT_EQ(ParseDate("451024"), 19451024);
  EXPECT_EQ(ParseDate("2019-08-01"), 20190801);
  EXPECT_EQ(ParseDate("20191301"), 0);
  // A comment starts outside [...]: TABARI's discard code [###] is a code.
  EXPECT_EQ(StripComment("- * DIPLXMATIC  [###]  # -PAS 95.12.18"), "- * DIPLXMATIC  [###]  ");
  EXPECT_EQ(StripComment("ENT  [### <890101] [ENT] ; old", "#;"), "ENT  [### <890101] [ENT] ");
  EXPECT_EQ(StripComment("#NASGUL  [###]"), "");
  EXPECT_EQ(StripComment("FOO [ABC # unclosed", "#"), "FOO [ABC ");
}

TEST(ActorDict, PhoenixCountriesWithDatedRoles) {
  Diagnostics diag;
  ActorDict d;
  ASSERT_TRUE(d.LoadFile(kP2 + "Phoenix.Countries.actors.txt", &diag).ok());
  d.Finish();
  EXPECT_GT(d.size(), 10000u);
  auto w = Words("the president of Afghanistan");
  auto m = d.Longest(w, 3);
  ASSERT_EQ(m.length, 1);
  EXPECT_EQ(d.actor(m.payload).CodeAt(20100101), "AFG");
  // A dated entry: Hamid Karzai was head of government from late 2001.
  w = Words("Hamid Karzai said");
  m = d.Longest(w, 0);
  ASSERT_EQ(m.length, 2);
  EXPECT_EQ(d.actor(m.payload).CodeAt(20050101), "AFGGOV");
}

TEST(ActorDict, ValidationActorsDateRestrictions) {
  Diagnostics diag;
  ActorDict d;
  ASSERT_TRUE(d.LoadFile(kShared + "/data/universalpetrarch/PETR_Validate_actors_2_02.txt", &diag).ok());
  d.Finish();
  auto w = Words("Sam Gamgee");
  auto m = d.Longest(w, 0);
  ASSERT_EQ(m.length, 2);
  const Actor& sam = d.actor(m.payload);
  EXPECT_EQ(sam.CodeAt(20070101), "HOBCIV");
  EXPECT_EQ(sam.CodeAt(20100110), "ORCHOB");  // listed first, overrides the next range
  EXPECT_EQ(sam.CodeAt(20110101), "HOBMIL");
  EXPECT_EQ(sam.CodeAt(20140101), "HOBELI");
  w = Words("Stinker");  // synonym of Gollum
  m = d.Longest(w, 0);
  ASSERT_EQ(m.length, 1);
  EXPECT_EQ(d.actor(m.payload).CodeAt(19960101), "HOBGOV");
  EXPECT_EQ(d.actor(m.payload).CodeAt(19950101), "HOB");  // [HOB < 950601]
  EXPECT_EQ(d.actor(m.payload).CodeAt(20000101), "HOBREB");
  // Longest match wins: NEW_ZEALAND over ZEALAND.
  w = Words("New Zealand");
  m = d.Longest(w, 0);
  ASSERT_EQ(m.length, 2);
  EXPECT_EQ(d.actor(m.payload).CodeAt(0), "NZE");
}

TEST(ActorDict, TabariDiscardCodes) {
  // TABARI.Demo.actors: NASGUL [###], USSR [USR <911226] [###], ENT [### <890101] [ENT].
  Diagnostics diag;
  ActorDict d;
  ASSERT_TRUE(d.LoadFile(kShared + "/data/tabari/TABARI.Demo.actors", &diag).ok());
  d.Finish();
  for (const auto& w : diag.warnings) ADD_FAILURE() << w;
  auto code = [&](const std::string& name, int date) -> std::string {
    auto m = d.Longest(Words(name), 0);
    return m.length == 1 ? d.actor(m.payload).CodeAt(date) : "(no match)";
  };
  EXPECT_EQ(code("Nasgul", 20000101), "###");
  EXPECT_EQ(code("USSR", 19900101), "USR");
  EXPECT_EQ(code("USSR", 19950101), "###");
  EXPECT_EQ(code("Ent", 19880101), "###");
  EXPECT_EQ(code("Ent", 19950101), "ENT");
}

TEST(ActorDict, MalformedLinesNamedAndSkipped) {
  std::string path = WriteTemp("bad.actors.txt",
                               "+ORPHAN\n"
                               "ARNOR [ARN]\n"
                               "GONDOR [GON 2019-13]\n"
                               "ROHAN [ROH\n"
                               "MORDOR [MOR]\n");
  Diagnostics diag;
  ActorDict d;
  ASSERT_TRUE(d.LoadFile(path, &diag).ok());
  d.Finish();
  ASSERT_EQ(diag.warnings.size(), 3u);
  EXPECT_NE(diag.warnings[0].find("bad.actors.txt:1:"), std::string::npos);
  EXPECT_NE(diag.warnings[1].find("bad.actors.txt:3:"), std::string::npos);
  EXPECT_NE(diag.warnings[2].find("bad.actors.txt:4:"), std::string::npos);
  auto w = Words("Mordor");
  EXPECT_EQ(d.Longest(w, 0).length, 1);  // the rest is loaded

  Diagnostics strict;
  strict.strict = true;
  ActorDict d2;
  Status st = d2.LoadFile(path, &strict);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad.actors.txt:1:"), std::string::npos);
}

TEST(ActorDict, UndatedDocumentsCodeTheLatestRole) {
  std::string path = WriteTemp("dated.actors.txt",
                               "ARAGORN [ARNELI]\n"
                               "\t[ARNMIL 300101-310101]\n"
                               "\t[GONGOV >310102]\n"
                               "DENETHOR [GONELI]\n"
                               "\t[GONGOV 300101-310101]\n"
                               "GOLLUM\n"
                               "\t[HOB <300101]\n"
                               "\t[HOBREB 300102-310101]\n");
  Diagnostics diag;
  ActorDict d;
  ASSERT_TRUE(d.LoadFile(path, &diag).ok());
  d.Finish();
  EXPECT_TRUE(diag.warnings.empty());
  auto code0 = [&](const std::string& name) {
    auto w = Words(name);
    auto m = d.Longest(w, 0);
    return m.length == 1 ? d.actor(m.payload).CodeAt(0) : std::string("(no match)");
  };
  EXPECT_EQ(code0("Aragorn"), "GONGOV");   // still in office: the open-ended rule
  EXPECT_EQ(code0("Denethor"), "GONELI");  // office ended: the default
  EXPECT_EQ(code0("Gollum"), "HOBREB");    // no default: the rule ending last
}

TEST(AgentDict, SubstitutionSetsPluralsAndPrefixCodes) {
  Diagnostics diag;
  AgentDict d;
  ASSERT_TRUE(d.LoadFile(kP2 + "PETR.Validate.agents.txt", &diag).ok());
  d.Finish();
  EXPECT_TRUE(diag.warnings.empty()) << diag.warnings[0];
  auto check = [&](const std::string& text, int len, const std::string& code, bool prefix) {
    auto w = Words(text);
    auto m = d.Longest(w, 0);
    ASSERT_EQ(m.length, len) << text;
    EXPECT_EQ(d.agent(m.payload).code, code) << text;
    EXPECT_EQ(d.agent(m.payload).prefix, prefix) << text;
  };
  check("congressmen", 1, "LEG", false);           // !PERSON! substitution
  check("Ministry of Silly Walks", 4, "GOV", false);  // !MINST! inside a phrase
  check("congresses", 1, "LEG", false);            // SS -> ES plural
  check("golden geese", 2, "GGS", false);          // irregular plural
  check("foreign ministers", 2, "GOVFRM", false);  // longest match beats MINISTER
  check("human rights organizations", 3, "NGO", true);
  auto w = Words("polices");  // POLICE {} has no plural
  EXPECT_EQ(d.Longest(w, 0).length, 0);
  std::string bad = WriteTemp("bad.agents.txt", "SOLDIER [MIL]\nMEDIC {MEDICS [~MED]\nNURSE [~MED]\n");
  Diagnostics d2;
  AgentDict a2;
  ASSERT_TRUE(a2.LoadFile(bad, &d2).ok());
  EXPECT_EQ(d2.warnings.size(), 2u);
  EXPECT_EQ(a2.size(), 1u);
}

TEST(VerbDict, Petrarch2PhoenixVerbs) {
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(kP2 + "CAMEO.2.0.txt", &diag).ok());
  EXPECT_GT(v.patterns(), 4500u);
  EXPECT_GT(v.synsets(), 30u);
  EXPECT_GT(v.transformations(), 0u);
  // Two patterns name synsets the file never defines; both are reported.
  EXPECT_EQ(diag.warnings.size(), 2u);
  // Irregular forms are indexed.
  const auto* said = v.ByForm("SAID");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(v.entry((*said)[0]).word, "SAY");
}

TEST(VerbDict, ValidationVerbsBlocksPatternsMultiword) {
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(kShared + "/data/universalpetrarch/PETR_Validate_verbs_2_02.txt", &diag).ok());
  // Multi-word verb with the verb word marked: WIRE_+TAP {WIRE_+TAPPED ...}.
  const auto* tapped = v.ByForm("TAPPED");
  ASSERT_NE(tapped, nullptr);
  bool wire = false;
  for (uint32_t e : *tapped)
    if (v.entry(e).before == std::vector<std::string>{"WIRE"}) wire = true;
  EXPECT_TRUE(wire);
  // +CORDON_OFF: the verb first, OFF after it; regular forms generated.
  const auto* cordoned = v.ByForm("CORDONED");
  ASSERT_NE(cordoned, nullptr);
  EXPECT_EQ(v.entry((*cordoned)[0]).after, std::vector<std::string>{"OFF"});
  // Own code on a verb line overrides the block code.
  const auto* left = v.ByForm("LEFT");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(v.entry((*left)[0]).code, "042:043");
  // Pattern structure: (PREP +) marks the target, % a compound actor.
  bool found_with_plus = false, found_percent = false;
  for (size_t i = 0; i < v.patterns(); ++i) {
    if (v.pattern(static_cast<uint32_t>(i)).target_prep == "WITH") found_with_plus = true;
    if (v.pattern(static_cast<uint32_t>(i)).compound) found_percent = true;
  }
  EXPECT_TRUE(found_with_plus);
  EXPECT_TRUE(found_percent);
}

TEST(VerbDict, TabariAndPetr1PatternFiles) {
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(kP2 + "CAMEO.verbpatterns.150430.txt", &diag).ok());
  EXPECT_GT(v.patterns(), 5000u);
  VerbDict t;
  Diagnostics d2;
  ASSERT_TRUE(t.LoadFile(kShared + "/data/tabari/TABARI.Demo.verbs", &d2).ok());
  EXPECT_GT(t.patterns(), 300u);
  EXPECT_EQ(d2.warnings.size(), 0u);  // its one [###] pattern was once read as a comment
  bool discard = false;
  for (size_t i = 0; i < t.patterns(); ++i) discard |= t.pattern(static_cast<uint32_t>(i)).code == "###";
  EXPECT_TRUE(discard);
  // "BURN DOWN [222]": the verb BURN with the pattern "* DOWN".
  const auto* burn = t.ByLemma("BURN");
  ASSERT_NE(burn, nullptr);
  bool down = false;
  for (uint32_t pid : t.block(t.entry((*burn)[0]).block).patterns)
    down |= t.pattern(pid).code == "222";
  EXPECT_TRUE(down);
}

TEST(VerbDict, TabariPositionalMarkersAndGluedAlternatives) {
  std::string path = WriteTemp("markers.verbs",
                               "SHOULD [101]\n"
                               "- SUGGESTED + * APPLY_{ GENEVA | INTERNATIONAL }_CONVENTIONS [151]\n"
                               "- * IFTAR AT ^ ^ + [044]\n"
                               "~~FINISH\n");
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(path, &diag).ok());
  ASSERT_EQ(v.patterns(), 2u);
  const VerbPattern& a = v.pattern(0);
  EXPECT_EQ(a.target_before, 0);  // the first actor after SUGGESTED, before the verb
  EXPECT_EQ(a.target_after, -2);
  ASSERT_EQ(a.post.size(), 1u);   // APPLY, the alternatives and CONVENTIONS are contiguous
  EXPECT_EQ(a.post[0].items.size(), 3u);
  EXPECT_EQ(a.post[0].items[0].word, "APPLY");
  EXPECT_GE(a.post[0].items[1].synset, 0);
  EXPECT_EQ(a.post[0].items[2].word, "CONVENTIONS");
  const VerbPattern& b = v.pattern(1);
  EXPECT_EQ(b.target_after, 1);  // after AT, skipping two actor phrases
  EXPECT_EQ(b.target_skip, 2);
  // Words without a trailing _ are stems in a TABARI file; GENEVA_ is not.
  EXPECT_FALSE(a.post[0].items[0].stem);  // APPLY_ is glued, so exact
  EXPECT_TRUE(a.post[0].items[2].stem);
  EXPECT_TRUE(b.post[0].items[0].stem);   // IFTAR
}

TEST(VerbDict, TabariStemsInSynsetsAndGluedVerbWords) {
  std::string path = WriteTemp("stems.verbs",
                               "<SYNSETS>\n&MONEY\n+JAVANESE_YEN\n+KRONER_\n</SYNSETS>\n"
                               "<TIME>\nWHEN_PEACE_COMES [+++]\nTOMORROW [+1]\n</TIME>\n"
                               "ALLOW [060]\n- RECENT~_* [025]\n- *_HOPE [024]\n- * &MONEY [903]\n- IN_* [075]\n~~FINISH\n");
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(path, &diag).ok());
  ASSERT_EQ(v.patterns(), 4u);
  EXPECT_TRUE(v.pattern(0).glued_pre);
  EXPECT_TRUE(v.pattern(0).pre[0].items[0].stem);  // RECENT~ is a stem
  EXPECT_TRUE(v.pattern(3).glued_pre);
  EXPECT_FALSE(v.pattern(3).pre[0].items[0].stem);  // IN_ is not ("into" is no IN_*)
  EXPECT_TRUE(v.pattern(1).post_glued);
  int sid = v.pattern(2).post[0].items[0].synset;
  ASSERT_GE(sid, 0);
  const Synset& money = v.synset(sid);
  ASSERT_EQ(money.stems.size(), money.phrases.size());
  bool yen = false, kroner = false;
  for (size_t k = 0; k < money.phrases.size(); ++k) {
    if (money.phrases[k] == std::vector<std::string>{"JAVANESE", "YEN"}) {
      yen = true;
      EXPECT_FALSE(money.stems[k][0]);
      EXPECT_TRUE(money.stems[k][1]);
    }
    if (money.phrases[k] == std::vector<std::string>{"KRONER"}) {
      kroner = true;
      EXPECT_FALSE(money.stems[k][0]);
    }
  }
  EXPECT_TRUE(yen && kroner);
  // <TIME>: only the complex / discard phrases are kept.
  ASSERT_EQ(v.special_phrases().size(), 1u);
  EXPECT_EQ(v.special_phrases()[0].first, (std::vector<std::string>{"WHEN", "PEACE", "COMES"}));
  EXPECT_EQ(v.special_phrases()[0].second, "+++");
}

TEST(VerbDict, MalformedPatternsReported) {
  std::string path = WriteTemp("bad.verbs.txt",
                               "&GOOD\n+ONE\n"
                               "--- ATTACK [190] ---\n"
                               "ATTACK\n"
                               "- * {UNCLOSED [191]\n"
                               "- * &UNDEFINED [192]\n"
                               "- * NOSTAR\n"
                               "- * &GOOD [193]\n");
  Diagnostics diag;
  VerbDict v;
  ASSERT_TRUE(v.LoadFile(path, &diag).ok());
  EXPECT_EQ(diag.warnings.size(), 3u);
  EXPECT_EQ(v.patterns(), 1u);
  EXPECT_NE(diag.warnings[0].find("bad.verbs.txt:5:"), std::string::npos);
  Diagnostics strict;
  strict.strict = true;
  VerbDict v2;
  EXPECT_FALSE(v2.LoadFile(path, &strict).ok());
}

TEST(TextPhraseList, DiscardsAndIssues) {
  Diagnostics diag;
  TextPhraseList d;
  ASSERT_TRUE(d.LoadDiscards(kP2 + "PETR.Validate.discards.txt", &diag).ok());
  auto f = d.Find("Arnor will host the World Golf Championships next year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(d.item(f[0]).story);
  f = d.Find("Fans watched BASEBALL games.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(d.item(f[0]).story);
  EXPECT_TRUE(d.Find("Arnor restored ties with Gondor.").empty());
  TextPhraseList issues;
  ASSERT_TRUE(issues.LoadIssues(kP2 + "Phoenix.IssueCoding.txt", &diag).ok());
  EXPECT_GT(issues.size(), 100u);
  f = issues.Find("The teachers went on strike.");
  bool teachers = false;
  for (size_t i : f) teachers |= issues.item(i).code == "TEACHERS";
  EXPECT_TRUE(teachers);
}

TEST(CameoTable, GoldsteinAndNegation) {
  Diagnostics diag;
  CameoTable t;
  ASSERT_TRUE(t.LoadFile(kShared + "/data/cameo/cameo_eventcodes.tsv", &diag).ok());
  const CameoInfo* i = t.Find("190");
  ASSERT_NE(i, nullptr);
  EXPECT_LT(i->goldstein, -5);
  EXPECT_EQ(i->quad_class, 4);
  EXPECT_EQ(CameoTable::QuadFromRoot("036"), 1);
  EXPECT_EQ(CameoTable::QuadFromRoot("070"), 2);
  Ontology o;
  ASSERT_TRUE(o.LoadFile(kShared + "/data/universalpetrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt", &diag).ok());
  EXPECT_EQ(o.Negate("110"), "050");
  EXPECT_EQ(o.Negate("170"), "057");
  EXPECT_EQ(o.Negate("190"), "");
}

}  // namespace
}  // namespace dyad::dict
