// Coder mechanisms on small sentences given as hand-written CoNLL-U parses
// (so the tests do not depend on parser accuracy) and a small dictionary set
// written here.
#include "code/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include "code/validate.h"
#include "text/conllu.h"

namespace dyad {
namespace {

std::string Dir() {
  static std::string d = [] {
    auto p = std::filesystem::temp_directory_path() / ("dyad_coder_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(p);
    return p.string();
  }();
  return d;
}

std::string Write(const std::string& name, const std::string& body) {
  std::string path = Dir() + "/" + name;
  std::ofstream(path) << body;
  return path;
}

const char* kVerbs = R"(&TIES_
+TIES
+RELATIONS
--- ATTACK [190] ---
ATTACK
SHELL
- WILL NOT * [138]
- RECENTLY * [191]
--- CRITICIZE [111] ---
CRITICIZE
CONDEMN
- HARSHLY * [122]
--- URGE [020] ---
URGE
- * (FOR TALKS) [023]
- * (TO CONDEMN) [021]
--- RAISE [---] ---
RAISE
- * VOICE FOR + TO WIN [042]
--- EXPRESS [---] ---
EXPRESS
- * READINESS [030]
--- VISIT [042:043] ---
VISIT
--- AGREE [---] ---
AGREE
- % * [050]
--- SAY [010] ---
SAY {SAID SAYS SAYING}
--- RESTORE [050] ---
RESTORE
- * &TIES [064]
--- RECEIVE [---] ---
RECEIVE
- + * AID $ [070]
- * PROTESTS (FROM $) [111]
- * GIFTS $ [071]
- + HOSTING * GUESTS $ [043]
--- REFUSE [120] ---
REFUSE
--- THREATEN [130] ---
THREATEN
--- MEET [040] ---
MEET {MET MEETS MEETING}
- MOVED CLOSER * [036]
~ a (a b ATTACK) THREATEN = a b 138
--- NOUN_TRIP [042] ---
TRIP
- * (OF $) (TO +) [042]
- * (TO +) [042]
--- CLASH [---] ---
CLASH
- AND % * [190]
--- READY [030] ---
READY
- * (FOR TALKS) [036]
--- WIRETAP [170] ---
WIRE_+TAP
--- COOPERATE [---] ---
COOPERATE
- * WITH % [031]
--- CELEBRATE [040] ---
CELEBRATE
- * HOLIDAY AT ^ ^ + [044]
--- ACT [100] ---
ACT
- INDICATED WOULD * [1010]
- RECENTLY_* [025]
- * ASYLUM [174]
--- BEGIN [---] ---
BEGIN {BEGAN BEGUN}
- * (TO PONDER) [110]
--- DOUBT [110] ---
DOUBT
- BEGAN * [112]
--- IMPOSE [170] ---
IMPOSE
- * CURB [163]
- * PENALTY [163]
--- RENEW [050] ---
RENEW
- * BROKEN &TIES [+++]
- * &TIES [064]
)";

const char* kActors = R"(RUSSIA [RUS]
+RUSSIAN
+MOSCOW
UKRAINE [UKR]
+UKRAINIAN
CHINA [CHN]
JAPAN [JAP]
SOUTH_KOREA [KOR]
+SEOUL
JOHN_BOLTON [USAELI]
	[USAGOV 20180409-20190910]
VLADIMIR_PUTIN [RUSGOV]
US [USA]
THE_WEST [WST]
WEST_BANK [PSE]
)";

const char* kAgents = R"(POLICE {} [~COP]
STUDENT [~EDU]
FOREIGN_MINISTER [~GOVFRM]
MINISTER [~GOV]
PROTESTER [~OPP]
)";

Coder MakeCoder(const std::string& ontology = "", const std::string& more_verbs = "") {
  CoderOptions o;
  o.verbs = {Write("t.verbs.txt", kVerbs)};
  if (!more_verbs.empty()) o.verbs.push_back(Write("t.more.verbs.txt", more_verbs));
  o.actors = {Write("t.actors.txt", kActors)};
  o.agents = {Write("t.agents.txt", kAgents)};
  o.discards = {Write("t.discards.txt", "WORLD CUP\n+FOOTBALL_\n")};
  o.cameo = Write("t.cameo.tsv", "code\tname\tgoldstein\tquad_class\n190\tUse conventional military force\t-10\t4\n"
                                 "042\tMake a visit\t1.9\t1\n043\tHost a visit\t2.8\t1\n");
  o.ontology = ontology;
  auto c = Coder::Load(o);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return *c;
}

// One sentence document from CoNLL-U rows "form lemma upos head deprel [xpos]" (xpos derived
// when not given).
Document Doc(const std::string& rows, const std::string& date = "2019-08-01") {
  std::istringstream in(rows);
  std::string conllu, line;
  int i = 0;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string form, lemma, upos, head, rel, xpos;
    if (!(ls >> form >> lemma >> upos >> head >> rel)) continue;
    if (!(ls >> xpos)) xpos = upos == "VERB" ? "VBD" : upos == "PROPN" ? "NNP" : "_";  // optional 6th column
    conllu += std::to_string(++i) + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t" + head + "\t" +
              rel + "\t_\t_\n";
  }
  std::istringstream cin(conllu + "\n");
  auto parsed = ReadConllu(cin, "test");
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  Document d;
  d.id = "doc1";
  d.date = date;
  Sentence s;
  s.tokens = (*parsed)[0].tokens;
  for (auto& t : s.tokens) {
    t.begin = static_cast<uint32_t>(d.text.size());
    d.text += t.form;
    t.end = static_cast<uint32_t>(d.text.size());
    d.text += " ";
  }
  s.begin = 0;
  s.end = static_cast<uint32_t>(d.text.size());
  s.text = d.text;
  d.sentences.push_back(s);
  return d;
}

std::vector<std::string> Codes(const std::vector<Event>& ev) {
  std::vector<std::string> out;
  for (const Event& e : ev) out.push_back(e.source + " " + e.target + " " + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(Coder, SubjectVerbObjectFillsEveryField) {
  Coder c = MakeCoder();
  Document d = Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
Ukraine Ukraine PROPN 2 obj
. . PUNCT 2 punct)");
  auto ev = c.Code(d);
  ASSERT_EQ(Codes(ev), V{"RUS UKR 190"});
  const Event& e = ev[0];
  EXPECT_EQ(e.doc_id, "doc1");
  EXPECT_EQ(e.date, "2019-08-01");
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10);
  EXPECT_EQ(e.source_text, "Russia");
  EXPECT_EQ(e.target_text, "Ukraine");
  EXPECT_EQ(d.text.substr(e.source_span.begin, e.source_span.end - e.source_span.begin), "Russia");
  EXPECT_EQ(d.text.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin), "shelled");
  EXPECT_EQ(e.verb, "shell");
  EXPECT_FALSE(e.pattern.empty());
  EXPECT_FALSE(e.dict_version.empty());
  EXPECT_EQ(e.text, d.sentences[0].text);
  EXPECT_EQ(e.event_id.size(), 16u);
  // Stable id: same input, same id; another sentence index, another id.
  EXPECT_EQ(c.Code(d)[0].event_id, e.event_id);
}

// A pattern noun matches its regular plural even when the tagger took the plural
// for a singular noun and left it unlemmatized ("curbs"/NN, lemma "curbs").
TEST(Coder, PatternNounMatchesAPluralTaggedAsSingular) {
  Coder c = MakeCoder();
  EXPECT_EQ(Codes(c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
imposed impose VERB 0 root
curbs curbs NOUN 2 obj NN
on on ADP 5 case
Russia Russia PROPN 3 nmod)"))),
            V{"JAP RUS 163"});
  EXPECT_EQ(Codes(c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
imposed impose VERB 0 root
penalties penalties NOUN 2 obj NN
on on ADP 5 case
Russia Russia PROPN 3 nmod)"))),
            V{"JAP RUS 163"});
  // Not a plural of CURB: the verb's own code.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
imposed impose VERB 0 root
curbside curbside NOUN 2 obj NN
on on ADP 5 case
Russia Russia PROPN 3 nmod)"))),
            V{"JAP RUS 170"});
}

TEST(Coder, LowerCasePronounIsNoActorAndLongerNameAfterDeterminerWins) {
  Coder c = MakeCoder();
  // "us" (PRON) is not the US; "US" is.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
us we PRON 2 obj)"))).empty());
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
US US PROPN 2 obj)"))),
            V{"RUS USA 111"});
  // "the West Bank": WEST_BANK, not THE_WEST followed by "Bank".
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
the the DET 5 det
West West PROPN 5 compound
Bank Bank PROPN 2 obj)"))),
            V{"RUS PSE 190"});
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
West West PROPN 2 obj)"))),
            V{"RUS WST 111"});
}

TEST(Coder, PlaceAndTimePhrasesAreNoTargets) {
  Coder c = MakeCoder();
  // "A and B agreed in China": China is where; the compound pattern pairs A and B.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
agreed agree VERB 0 root
in in ADP 6 case
China China PROPN 4 obl)"))),
            (V{"RUS UKR 050", "UKR RUS 050"}));
  // A place is a target only when nothing else is: "shelled Ukraine in China".
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
in in ADP 4 case
China China PROPN 2 obl
, , PUNCT 2 punct
hitting hit VERB 2 advcl)"))),
            V{"RUS CHN 190"});
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
in in ADP 4 case
China China PROPN 2 obl
Ukraine Ukraine PROPN 2 obj)"))),
            V{"RUS UKR 190"});
  // The same phrase with "with" names the target.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
China China PROPN 2 obl)"))),
            V{"RUS CHN 040"});
  // "said, years after Japan ...": a time phrase names no target.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
years year NOUN 2 obl:unmarked
after after ADP 5 case
Japan Japan PROPN 3 nmod)"))).empty());
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
after after ADP 4 case
Japan Japan PROPN 2 obl)"))).empty());
}

TEST(Coder, RoleOnlyTargetTakesTheSourcesCountry) {
  Coder c = MakeCoder();
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
protesters protester NOUN 2 obj)"))),
            V{"RUS RUSOPP 111"});
  // A named target wins; an actor-less subject gives nothing to borrow.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
Ukrainian Ukrainian ADJ 4 amod
protesters protester NOUN 2 obj)"))),
            V{"RUS UKROPP 111"});
  EXPECT_TRUE(Codes(c.Code(Doc(R"(students student NOUN 2 nsubj
criticized criticize VERB 0 root
protesters protester NOUN 2 obj)"))).empty());
}

TEST(Coder, RootNounThatIsAVerbFormAfterANameIsTheVerb) {
  Coder c = MakeCoder();
  // "Russia attacks/NOUN Ukraine" misparsed as a noun phrase headed by "attacks".
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 compound
attacks attack NOUN 0 root
on on ADP 4 case
Ukraine Ukraine PROPN 2 nmod)"))),
            V{"RUS UKR 190"});
  // With a determiner it is a noun: "the Russia attacks on Ukraine" codes nothing here.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(the the DET 3 det
Russia Russia PROPN 3 compound
attacks attack NOUN 0 root
on on ADP 5 case
Ukraine Ukraine PROPN 3 nmod)"))).empty());
}

TEST(Coder, CoordinatedAdjectivesAreNoClausesAndPlacesOfThingsNoActors) {
  Coder c = MakeCoder();
  // "AND % *" sees the "and" between coordinated adjectives of the subject.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russian Russian ADJ 4 amod
and and CCONJ 3 cc
Ukrainian Ukrainian ADJ 1 conj
students student NOUN 5 nsubj
clashed clash VERB 0 root)"))),
            (V{"RUSEDU UKREDU 190", "UKREDU RUSEDU 190"}));
  // "A and B agreed on the agreement in China": China is where the agreement is;
  // the compound pattern pairs A and B.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
agreed agree VERB 0 root
on on ADP 7 case
the the DET 7 det
agreement agreement NOUN 4 obl
in in ADP 9 case
China China PROPN 7 nmod)"))),
            (V{"RUS UKR 050", "UKR RUS 050"}));
  // Also with a role word modifying the thing: "the student agreement in China".
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
agreed agree VERB 0 root
on on ADP 8 case
the the DET 8 det
student student NOUN 8 compound
agreement agreement NOUN 4 obl
in in ADP 10 case
China China PROPN 8 nmod)"))),
            (V{"RUS UKR 050", "UKR RUS 050"}));
  // "the police in China": a role with a place names that place's actor.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
police police NOUN 2 obj
in in ADP 6 case
China China PROPN 4 nmod)"))),
            V{"RUS CHNCOP 111"});
}

TEST(Coder, ParticipleRightAfterRootNounIsTheVerb) {
  Coder c = MakeCoder();
  // "Russian students attacked/acl in China": no object, but the sentence has no other verb.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
students student NOUN 0 root
attacked attack VERB 2 acl
in in ADP 5 case
China China PROPN 3 obl)"))),
            V{"RUSEDU CHN 190"});
  // Not adjacent and no object: a real modifier, nothing coded.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
students student NOUN 0 root
recently recently ADV 4 advmod
attacked attack VERB 2 acl
in in ADP 6 case
China China PROPN 4 obl)"))).empty());
}

TEST(Coder, ParticipleBeforeBareConjunctIsTheVerb) {
  Coder c = MakeCoder();
  // "Russian police/root criticized/amod Ukrainian students/conj": no conjunction, no
  // comma, so no list: the participle is the verb and the noun its object.
  const char* text = R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
criticized criticize VERB 5 amod
Ukrainian Ukrainian ADJ 5 amod
students student NOUN 2 conj)";
  EXPECT_EQ(Codes(c.Code(Doc(text))), V{"RUSCOP UKREDU 111"});
  // A real list ("police and ... students") stays a list: nothing coded.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
and and CCONJ 6 cc
criticized criticize VERB 6 amod
Ukrainian Ukrainian ADJ 6 amod
students student NOUN 2 conj)"))).empty());
  // PETRARCH-2 codes a role named without its country with a blank one.
  CodeOptions p2;
  p2.petrarch2 = true;
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
criticized criticize VERB 4 amod
students student NOUN 2 conj)"), p2)), V{"RUSCOP ---EDU 111"});
}

TEST(Coder, VerbClaimsToInfinitiveOfItsObject) {
  Coder c = MakeCoder();
  // "Russia renewed efforts/obj to attack/acl Ukraine": one event, the governing verb's.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
renewed renew VERB 0 root
efforts effort NOUN 2 obj
to to PART 5 mark
attack attack VERB 3 acl
Ukraine Ukraine PROPN 5 obj)"))),
            V{"RUS UKR 050"});
}

TEST(Coder, Petrarch2PlainPatternWordsMatchAsWritten) {
  Coder c = MakeCoder();
  // "- * READINESS [030]": "readinesses" matches through its lemma in dyad's own
  // reading, not in PETRARCH-2's (plurals are formed for synset phrases only).
  const char* text = R"(Russia Russia PROPN 2 nsubj
expressed express VERB 0 root
readinesses readiness NOUN 2 obj
for for ADP 5 case
Ukraine Ukraine PROPN 3 nmod)";
  EXPECT_EQ(Codes(c.Code(Doc(text))), V{"RUS UKR 030"});
  CodeOptions p2;
  p2.petrarch2 = true;
  EXPECT_TRUE(Codes(c.Code(Doc(text), p2)).empty());
}

TEST(Coder, Petrarch2DeterminerKeepsFirstMembersModifiers) {
  Coder c = MakeCoder();
  const char* text = R"(The the DET 3 det
Russian Russian ADJ 3 amod
police police NOUN 6 nsubj
and and CCONJ 5 cc
students student NOUN 3 conj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 6 obj)";
  // dyad's own reading shares "Russian" with both members...
  EXPECT_EQ(Codes(c.Code(Doc(text))), (V{"RUSCOP UKR 190", "RUSEDU UKR 190"}));
  // ...PETRARCH-2's leaves the second member without a country.
  CodeOptions p2;
  p2.petrarch2 = true;
  EXPECT_EQ(Codes(c.Code(Doc(text), p2)), (V{"---EDU UKR 190", "RUSCOP UKR 190"}));
}

TEST(Coder, RoleInItsOwnCountryPlaceIsNoEvent) {
  Coder c = MakeCoder();
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
students student NOUN 3 nsubj
attacked attack VERB 0 root
in in ADP 5 case
Moscow Moscow PROPN 3 obl)"))).empty());
  // Named as the object, the country is the target.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russian Russian ADJ 2 amod
students student NOUN 3 nsubj
attacked attack VERB 0 root
Moscow Moscow PROPN 3 obj)"))),
            V{"RUSEDU RUS 190"});
}

TEST(Coder, VerbNamedByAnotherVerbsPatternIsClaimed) {
  Coder c = MakeCoder();
  // "urged China to condemn Japan" with "condemn" parsed as advcl: one event, the pattern's.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
urged urge VERB 0 root
China China PROPN 2 obj
to to PART 5 mark
condemn condemn VERB 2 advcl
Japan Japan PROPN 5 obj)"))),
            V{"RUS CHN 021"});
  // "expressed READINESS to attack Ukraine": the infinitive modifies the matched noun.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
expressed express VERB 0 root
readiness readiness NOUN 2 obj
to to PART 5 mark
attack attack VERB 3 acl
Ukraine Ukraine PROPN 5 obj)"))),
            V{"RUS UKR 030"});
}

TEST(Coder, VerbParsedAsAdjectiveInVerblessSentenceHeadsIt) {
  Coder c = MakeCoder();
  // "Russia restored/amod ties/root with Ukraine": the pattern * &TIES sees its object.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 3 compound
restored restore VERB 3 amod
ties tie NOUN 0 root
with with ADP 5 case
Ukraine Ukraine PROPN 3 nmod)"))),
            V{"RUS UKR 064"});
}

TEST(Coder, WordOrderTargetReadsPastAdjectivalParticiple) {
  Coder c = MakeCoder();
  // "Russia shelled advancing/xcomp troops near Ukraine": the tree names no target; the
  // words after the verb do, past the participle modifying "troops".
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
advancing advance VERB 2 xcomp VBG
troops troop NOUN 3 obj
of of ADP 6 case
Ukraine Ukraine PROPN 3 obl)"))),
            V{"RUS UKR 190"});
  // "... positions against besieged/advcl Ukraine": a participle before a name.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
positions position NOUN 2 obj
against against ADP 5 mark
besieged besiege VERB 2 advcl VBN
Ukraine Ukraine PROPN 5 obj)"))),
            V{"RUS UKR 190"});
}

TEST(Coder, TargetFromObjectOfInfinitiveThatCodesNothing) {
  Coder c = MakeCoder();
  // "Russia restored (something) to help Japan": "help" is in no dictionary here.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
restored restore VERB 0 root
to to PART 4 mark
help help VERB 2 advcl
Japan Japan PROPN 4 obj)"))),
            V{"RUS JAP 050"});
}

TEST(Coder, TargetFromSubjectOfThatClauseInTheObject) {
  Coder c = MakeCoder();
  // "Russia expressed readiness that Japan wins": the clause codes nothing itself.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
expressed express VERB 0 root
readiness readiness NOUN 2 obj
that that SCONJ 6 mark
Japan Japan PROPN 6 nsubj
wins win VERB 3 acl)"))),
            V{"RUS JAP 030"});
}

TEST(Coder, ConjunctionOfAdjectivesDoesNotListTheNames) {
  Coder c = MakeCoder();
  // Two subjects read as one phrase: "Russia's awful and evil minister Ukraine" names
  // Russia's minister; the "and" joins adjectives, not names.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 6 nmod:poss
's 's PART 1 case
awful awful ADJ 6 amod
and and CCONJ 5 cc
evil evil ADJ 3 conj
minister minister NOUN 8 nsubj
Ukraine Ukraine PROPN 8 nsubj
criticized criticize VERB 0 root
Japan Japan PROPN 8 obj)"))),
            V{"RUSGOV JAP 111"});
}

TEST(Coder, PatternsNameNegativeAuxiliariesNotLoneAdverbs) {
  Coder c = MakeCoder();
  // The pattern names the negation: its code, not negated again.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Ukraine Ukraine PROPN 4 obj)"))),
            V{"RUS UKR 138"});
  // An adverb alone before the verb is not a pattern word (UniversalPetrarch).
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 3 nsubj
recently recently ADV 3 advmod
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj)"))),
            V{"RUS UKR 190"});
}

TEST(Coder, TabariPreVerbWordsAreAnyWordsBeforeTheVerb) {
  // A TABARI verb file (no "---" headers): pattern words before * are read off the
  // words of the sentence, not a subtree ("SAID WOULD * NOW").
  CoderOptions o;
  o.verbs = {Write("tabari.verbs", "SHELL [190]\n- SAID WOULD * NOW [138]\n- * TODAY [137]\n~~FINISH\n")};
  o.actors = {Write("t.actors.txt", kActors)};
  o.agents = {Write("t.agents.txt", kAgents)};
  auto c = Coder::Load(o);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
shell shell VERB 2 ccomp
now now ADV 5 advmod
Ukraine Ukraine PROPN 5 obj)"))),
            V{"RUS UKR 138"});
  // And the words after it: "today" hangs from "said", outside the verb's subtree.
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
Ukraine Ukraine PROPN 2 obj
, , PUNCT 6 punct
officials official NOUN 6 nsubj
said say VERB 2 parataxis
today today NOUN 6 obl:tmod)"))),
            V{"RUS UKR 137"});
}

TEST(Coder, TabariReadsTheWordAfterTheOpeningNameAsVerb) {
  CoderOptions o;
  o.verbs = {Write("tabari2.verbs", "ACT_ [100]\n~~FINISH\n")};
  o.actors = {Write("t.actors.txt", kActors)};
  o.agents = {Write("t.agents.txt", kAgents)};
  const char* rows = R"(Russia Russia PROPN 2 compound
act act NOUN 5 nsubj
with with ADP 4 case
Ukraine Ukraine PROPN 2 nmod
collapsed collapse VERB 0 root)";
  o.actor_stems = true;  // TABARI mode (dyad validate --tabari)
  auto tabari = Coder::Load(o);
  ASSERT_TRUE(tabari.ok()) << tabari.status().ToString();
  EXPECT_EQ(Codes(tabari->Code(Doc(rows))), V{"RUS UKR 100"});
  // Dependency-tree coding keeps the noun a noun when it is not the root.
  o.actor_stems = false;
  auto tree = Coder::Load(o);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_TRUE(Codes(tree->Code(Doc(rows))).empty());
}

// TABARI semantics (dyad validate --tabari): dictionary nouns are verbs unless A / AN /
// THE precedes them, the default actor search fills what the tree leaves open, each
// clause codes its first event, subordinate codes (?) yield to other events, and run-time
// options (DEFAULT, MINIMUM WORDS, COMPLEX, COMMA) are per call.
TEST(Coder, TabariVerbWordsDefaultActorsAndOptions) {
  CoderOptions o;
  o.verbs = {Write("tabari3.verbs",
                   "SAID [010?]\nVOICE [020]\n- RECENTLY RAISED ITS * [042]\nSHELL [190]\nCLASH [193]\n"
                   "WELCOME [---]\n- % * [044:045]\n~~FINISH\n")};
  o.actors = {Write("t.actors.txt", kActors)};
  o.agents = {Write("t.agents.txt", kAgents)};
  o.actor_stems = true;
  auto c = Coder::Load(o);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  // "Russia recently raised its voice for Japan": VOICE is the verb, with its pattern;
  // source and target by word order (the tree gives the noun no subject).
  const char* voice = R"(Russia Russia PROPN 3 nsubj
recently recently ADV 3 advmod
raised raise VERB 0 root
its its PRON 5 nmod:poss
voice voice NOUN 3 obj
for for ADP 7 case
Japan Japan PROPN 5 nmod)";
  EXPECT_EQ(Codes(c->Code(Doc(voice))), V{"RUS JAP 042"});
  // After a determiner it is a noun.
  const char* a_voice = R"(Russia Russia PROPN 3 nsubj
recently recently ADV 3 advmod
raised raise VERB 0 root
a a DET 5 det
voice voice NOUN 3 obj
for for ADP 7 case
Japan Japan PROPN 5 nmod)";
  EXPECT_TRUE(Codes(c->Code(Doc(a_voice))).empty());
  // One event per clause: the first verb that codes; the subordinate SAID only alone.
  const char* two = R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
Ukraine Ukraine PROPN 2 obj
after after SCONJ 6 mark
troops troop NOUN 6 nsubj
clashed clash VERB 2 advcl
, , PUNCT 9 punct
Japan Japan PROPN 9 nsubj
said say VERB 2 parataxis)";
  EXPECT_EQ(Codes(c->Code(Doc(two))), V{"RUS UKR 190"});
  CodeOptions all;
  all.code_by = CodeOptions::CodeBy::kAll;
  auto every = Codes(c->Code(Doc(two), all));
  EXPECT_EQ(every.size(), 2u);
  EXPECT_EQ(every[0], "RUS UKR 190");
  // MINIMUM WORDS = 11 stops the sentence (9 words and a comma, which counts twice here:
  // the test document writes it as a word of its own).
  CodeOptions minw;
  minw.min_words = 11;
  EXPECT_TRUE(Codes(c->Code(Doc(two), minw)).empty());
  // DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER: "Russia shelled" codes.
  const char* alone = R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
yesterday yesterday NOUN 2 obl:tmod)";
  EXPECT_TRUE(Codes(c->Code(Doc(alone))).empty());
  CodeOptions def;
  ASSERT_TRUE(ApplyTabariOption("OPTION: DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &def).ok());
  EXPECT_EQ(Codes(c->Code(Doc(alone), def)), V{"RUS DEFTAR 190"});
  // COMPLEX: NOACTPRIOR: no actor before the first verb.
  CodeOptions complex;
  ASSERT_TRUE(ApplyTabariOption("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", &complex).ok());
  EXPECT_EQ(complex.complex_verbs, 5);
  EXPECT_EQ(complex.complex_conj, 4);
  EXPECT_TRUE(complex.complex_no_actor_prior);
  const char* late = R"(Yesterday yesterday NOUN 2 obl:tmod
shelled shell VERB 0 root
Ukraine Ukraine PROPN 2 obj
Russia Russia PROPN 2 nsubj)";
  EXPECT_TRUE(Codes(c->Code(Doc(late), complex)).empty());
  // A % pattern with a paired code: each pair of the compound once, in the order named.
  const char* welcomed = R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
Ukraine Ukraine PROPN 1 conj
welcomed welcome VERB 0 root
talks talk NOUN 4 obj)";
  EXPECT_EQ(Codes(c->Code(Doc(welcomed))), (V{"RUS UKR 044", "UKR RUS 045"}));
  // "Former" before an agent makes it an elite (ELI).
  const char* former = R"(former former ADJ 3 amod
Russian Russian ADJ 3 amod
police police NOUN 4 nsubj
shelled shell VERB 0 root
Ukraine Ukraine PROPN 4 obj)";
  EXPECT_EQ(Codes(c->Code(Doc(former))), V{"RUSELI UKR 190"});
}

TEST(Coder, TabariStemsAndPatternLength) {
  CoderOptions o;
  o.verbs = {Write("tabari4.verbs", "VOW [170]\n- * RESIST { TO THE END | TO THE DEATH } [113]\n"
                                    "- * RESISTANCE TO THE INVADING [114]\n- * REVOLUTION [802]\n"
                                    "- * { GOLDEN FLORIN | YEN } [903]\n~~FINISH\n")};
  o.actors = {Write("t.actors.txt", kActors)};
  o.agents = {Write("t.agents.txt", kAgents)};
  o.actor_stems = true;
  auto c = Coder::Load(o);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  // RESIST is a stem of "resistance": both patterns name four words; the longer wins.
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
vowed vow VERB 0 root
resistance resistance NOUN 2 obj
to to ADP 6 case
the the DET 6 det
end end NOUN 3 nmod
to to ADP 10 case
the the DET 10 det
invading invade VERB 10 amod
Ukrainians Ukrainian PROPN 3 nmod)"))),
            V{"RUS UKR 114"});
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
vowed vow VERB 0 root
revolutionary revolutionary ADJ 4 amod
change change NOUN 2 obj
with with ADP 6 case
Ukraine Ukraine PROPN 2 obl)"))),
            V{"RUS UKR 802"});
  // A blank between the words of an alternative lets a few words in ("golden old florin").
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
vowed vow VERB 0 root
golden golden ADJ 5 amod
old old ADJ 5 amod
florins florin NOUN 2 obj
to to ADP 7 case
Ukraine Ukraine PROPN 2 obl)"))),
            V{"RUS UKR 903"});
}

TEST(Coder, TabariForwardAndHyphenatedNames) {
  CoderOptions o;
  o.verbs = {Write("tabari5.verbs", "ASK [090]\nAPPEAL [095]\n~~FINISH\n")};
  o.actors = {Write("tabari5.actors", "RUSSIA [RUS]\nBARAD-DUR [MOR]\nUKRAINE [UKR]\nUKRAINE TELEVISION [UKRTV]\n")};
  o.agents = {Write("t.agents.txt", kAgents)};
  o.actor_stems = true;
  auto c = Coder::Load(o);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  // The tokenizer splits "Barad-Dur"; TABARI reads the dictionary's BARAD-DUR there.
  Document lead = Doc(R"(Russia Russia PROPN 6 nsubj
and and CCONJ 3 cc
Barad Barad PROPN 1 conj
- - PUNCT 5 punct
Dur Dur PROPN 3 flat
appealed appeal VERB 0 root
to to ADP 8 case
Ukraine Ukraine PROPN 6 obl)");
  // Doc() separates tokens by blanks; the hyphen is glued in the text.
  lead.sentences[0].tokens[2].space_after = false;
  lead.sentences[0].tokens[3].space_after = false;
  EXPECT_EQ(Codes(c->Code(lead)), (V{"MOR UKR 095", "RUS UKR 095"}));
  bool compound = false;
  EXPECT_EQ(c->LeadActor(lead, CodeOptions(), &compound), "RUS");
  EXPECT_TRUE(compound);
  // The next sentence's opening pronoun stands for it (THEY: only as it was compound).
  const char* next = R"(They they PRON 2 nsubj
asked ask VERB 0 root
Ukraine Ukraine PROPN 2 obj)";
  EXPECT_TRUE(Codes(c->Code(Doc(next))).empty());
  CodeOptions fwd;
  fwd.forward_actor = "RUS";
  fwd.forward_compound = true;
  EXPECT_EQ(Codes(c->Code(Doc(next), fwd)), V{"RUS UKR 090"});
  fwd.forward_compound = false;
  EXPECT_TRUE(Codes(c->Code(Doc(next), fwd)).empty());
  // Regular plural endings on a name's words: "Ukraine televisions".
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
appealed appeal VERB 0 root
to to ADP 5 case
Ukraine Ukraine PROPN 5 compound
televisions television NOUN 2 obl)"))),
            V{"RUS UKRTV 095"});
  // A blank in a TABARI actor phrase lets a few other words in: "Ukraine state television".
  EXPECT_EQ(Codes(c->Code(Doc(R"(Russia Russia PROPN 2 nsubj
appealed appeal VERB 0 root
to to ADP 6 case
Ukraine Ukraine PROPN 6 compound
state state NOUN 6 compound
television television NOUN 2 obl)"))),
            V{"RUS UKRTV 095"});
  std::string story;
  int sentence = 0;
  ASSERT_TRUE(TabariStorySentence("^^*****NNN*SSS", "FRWD-002-003", &story, &sentence));
  EXPECT_EQ(story, "002");
  EXPECT_EQ(sentence, 3);
  EXPECT_FALSE(TabariStorySentence("^^*****NNN*SSS", "FRWD-Initialize", &story, &sentence));
}

TEST(Validation, TabariOptionCommands) {
  CodeOptions o = TabariDefaultOptions();
  EXPECT_EQ(o.min_words, 8);
  EXPECT_TRUE(o.comma);
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [DEFSRC]  TARGET [DEFTAR] AFTER", &o).ok());
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_FALSE(o.default_prior);
  EXPECT_TRUE(o.default_after);
  ASSERT_TRUE(ApplyTabariOption("OPTION: DEFAULT: OFF", &o).ok());
  EXPECT_TRUE(o.default_source.empty() && o.default_target.empty());
  ASSERT_TRUE(ApplyTabariOption("SET: CODE ALL", &o).ok());
  EXPECT_EQ(o.code_by, CodeOptions::CodeBy::kAll);
  ASSERT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE // comment", &o).ok());
  EXPECT_EQ(o.code_by, CodeOptions::CodeBy::kSentence);
  ASSERT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 20", &o).ok());
  EXPECT_EQ(o.min_words, 20);
  ASSERT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", &o).ok());
  EXPECT_TRUE(o.convert_agents);
  ASSERT_TRUE(ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX=6 BMIN = 3 BMAX = 8", &o).ok());
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_bmax, 8);
  ASSERT_TRUE(ApplyTabariOption("COMMA: OFF", &o).ok());
  EXPECT_FALSE(o.comma);
  EXPECT_FALSE(ApplyTabariOption("COMMA: WIDTH = 3", &o).ok());
  EXPECT_FALSE(ApplyTabariOption("no command here", &o).ok());
  // Records carry their { OPTION: ... } lines, also one without its closing brace.
  auto t = ReadTabariValidation(std::string(DYAD_SHARED_DIR) + "/data/tabari/Validate.project",
                                std::string(DYAD_SHARED_DIR) + "/data/validation/tabari/Validate.dev.text");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  int minimum_words = 0;
  for (const auto& r : t->records)
    for (const auto& opt : r.options) minimum_words += opt.find("MINIMUM WORDS") != std::string::npos;
  EXPECT_GE(minimum_words, 3);
}

TEST(Coder, NameAsConjunctOfTheVerbJoinsItsObject) {
  Coder c = MakeCoder();
  // "criticized Japan, and Ukraine" with Ukraine parsed as conj of the verb.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
Japan Japan PROPN 2 obj
, , PUNCT 6 punct
and and CCONJ 6 cc
Ukraine Ukraine PROPN 2 conj)"))),
            (V{"RUS JAP 111", "RUS UKR 111"}));
}

TEST(Coder, PassiveTakesSourceFromByPhrase) {
  Coder c = MakeCoder();
  auto ev = c.Code(Doc(R"(Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB 0 root
by by ADP 5 case
Russia Russia PROPN 3 obl:agent)"));
  EXPECT_EQ(Codes(ev), V{"RUS UKR 190"});
}

TEST(Coder, NegationDropsOrInvertsNeverPositive) {
  Document d = Doc(R"(Russia Russia PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
criticize criticize VERB 0 root
Japan Japan PROPN 4 obj)");
  Coder c = MakeCoder();
  std::vector<std::string> why;
  EXPECT_TRUE(c.Code(d, &why).empty());
  bool said = false;
  for (auto& w : why) said |= w.find("negated") != std::string::npos;
  EXPECT_TRUE(said);
  // With the PETRARCH ontology, "not criticize" (110-family) becomes cooperation, never 111.
  Coder o = MakeCoder(std::string(DYAD_SHARED_DIR) +
                      "/data/universalpetrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt");
  for (const Event& e : o.Code(d)) EXPECT_NE(e.code, "111");
}

TEST(Coder, CompoundActorsGiveOneEventPerPair) {
  Coder c = MakeCoder();
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
China China PROPN 1 conj
criticized criticize VERB 0 root
Japan Japan PROPN 4 obj
and and CCONJ 7 cc
Ukraine Ukraine PROPN 5 conj)"));
  EXPECT_EQ(Codes(ev), (V{"CHN JAP 111", "CHN UKR 111", "RUS JAP 111", "RUS UKR 111"}));
}

TEST(Coder, AgentsCombineWithDemonymsAndPossessives) {
  Coder c = MakeCoder();
  auto ev = c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 3 nsubj
attacked attack VERB 0 root
Ukrainian Ukrainian ADJ 5 amod
students student NOUN 3 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSCOP UKREDU 190"});
  ev = c.Code(Doc(R"(Russia Russia PROPN 4 nmod:poss
's 's PART 1 case
foreign foreign ADJ 4 amod
minister minister NOUN 5 nsubj
criticized criticize VERB 0 root
Japan Japan PROPN 5 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSGOVFRM JAP 111"});
}

TEST(Coder, DateRestrictedRoles) {
  Coder c = MakeCoder();
  std::string rows = R"(John John PROPN 3 nsubj
Bolton Bolton PROPN 1 flat
visited visit VERB 0 root
Seoul Seoul PROPN 3 obj)";
  // Paired code: the visit and the hosting.
  EXPECT_EQ(Codes(c.Code(Doc(rows, "2019-08-01"))), (V{"KOR USAGOV 043", "USAGOV KOR 042"}));
  EXPECT_EQ(Codes(c.Code(Doc(rows, "2021-01-01"))), (V{"KOR USAELI 043", "USAELI KOR 042"}));
}

TEST(Coder, TargetInsidePrepositionalPhrases) {
  Coder c = MakeCoder();
  // "South Korea expressed readiness for dialogue and cooperation with Russia."
  auto ev = c.Code(Doc(R"(South South PROPN 2 compound
Korea Korea PROPN 3 nsubj
expressed express VERB 0 root
readiness readiness NOUN 3 obj
for for ADP 6 case
dialogue dialogue NOUN 4 nmod
and and CCONJ 8 cc
cooperation cooperation NOUN 6 conj
with with ADP 10 case
Russia Russia PROPN 8 nmod)"));
  EXPECT_EQ(Codes(ev), V{"KOR RUS 030"});
}

TEST(Coder, ReportedSpeechCodesTheReportedEventWithPronoun) {
  Coder c = MakeCoder();
  std::vector<std::string> why;
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would will AUX 5 aux
attack attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj)"),
                   &why);
  EXPECT_EQ(Codes(ev), V{"RUS UKR 190"});
}

TEST(Coder, GoverningVerbClaimsItsComplement) {
  Coder c = MakeCoder();
  auto ev = c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
urged urge VERB 0 root
China China PROPN 2 obj
to to PART 5 mark
attack attack VERB 2 xcomp
Russia Russia PROPN 5 obj)"));
  EXPECT_EQ(Codes(ev), V{"JAP CHN 020"});
}

TEST(Coder, CompoundPatternAndRoleMarkers) {
  Coder c = MakeCoder();
  // "- % * [050]": reciprocal events inside a compound subject.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
and and CCONJ 3 cc
China China PROPN 1 conj
agree agree VERB 0 root)"));
  EXPECT_EQ(Codes(ev), (V{"CHN RUS 050", "RUS CHN 050"}));
  // "- + * AID $ [070]": the subject is the target, the source follows.
  ev = c.Code(Doc(R"(Ukraine Ukraine PROPN 2 nsubj
received receive VERB 0 root
aid aid NOUN 2 obj
from from ADP 5 case
Japan Japan PROPN 3 nmod)"));
  EXPECT_EQ(Codes(ev), V{"JAP UKR 070"});
}

TEST(Coder, SynsetPatternsAndDiscards) {
  Coder c = MakeCoder();
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
restored restore VERB 0 root
relations relation NOUN 2 obj
with with ADP 5 case
Japan Japan PROPN 3 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 064"});
  std::vector<std::string> why;
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Japan Japan PROPN 2 obj
at at ADP 6 case
World World PROPN 6 compound
Cup Cup PROPN 2 obl)"),
              &why);
  EXPECT_TRUE(ev.empty());
  ASSERT_FALSE(why.empty());
  EXPECT_NE(why[0].find("discarded"), std::string::npos);
}

TEST(Coder, NominalEventsAndPredicativeAdjectives) {
  Coder c = MakeCoder();
  // "The trip of Vladimir Putin to Seoul ended."
  auto ev = c.Code(Doc(R"(The the DET 2 det
trip trip NOUN 8 nsubj
of of ADP 4 case
Vladimir Vladimir PROPN 2 nmod
Putin Putin PROPN 4 flat
to to ADP 7 case
Seoul Seoul PROPN 2 nmod
ended end VERB 0 root)"));
  EXPECT_EQ(Codes(ev), V{"RUSGOV KOR 042"});
  // Possessor as source: "Japan's trip to China".
  ev = c.Code(Doc(R"(Japan Japan PROPN 3 nmod:poss
's 's PART 1 case
trip trip NOUN 0 root
to to ADP 5 case
China China PROPN 3 nmod)"));
  EXPECT_EQ(Codes(ev), V{"JAP CHN 042"});
  // A bare event noun without its role phrases codes nothing.
  EXPECT_TRUE(c.Code(Doc("The the DET 2 det\ntrip trip NOUN 3 nsubj\nended end VERB 0 root")).empty());
  // "Japan is ready for talks with China."
  ev = c.Code(Doc(R"(Japan Japan PROPN 3 nsubj
is be AUX 3 cop
ready ready ADJ 0 root
for for ADP 5 case
talks talk NOUN 3 obl
with with ADP 7 case
China China PROPN 5 nmod)"));
  EXPECT_EQ(Codes(ev), V{"JAP CHN 036"});
}

TEST(Coder, RefusalsAndTransformationsNeverCodeThePositiveEvent) {
  Coder c = MakeCoder();
  // "Russia refused to meet Japan": 120 towards Japan, never the meeting (040).
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Japan Japan PROPN 4 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 120"});
  // "~ a (a b ATTACK) THREATEN = a b 138": "China threatened to attack Japan".
  std::vector<std::string> why;
  ev = c.Code(Doc(R"(China China PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Japan Japan PROPN 4 obj)"),
              &why);
  EXPECT_EQ(Codes(ev), V{"CHN JAP 138"});
}

TEST(Coder, TransformationVariablesBindAsWritten) {
  // PETRARCH-2's reading: a letter named twice is one actor, '.' any actor, '_' none.
  Coder c = MakeCoder("", R"(--- DECLINE [---] ---
DECLINE
--- WANT [---] ---
WANT
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK) WANT = a b 021
)");
  const char* said = R"(China China PROPN 2 nsubj
said say VERB 0 root
%s %s PROPN 4 nsubj
attacked attack VERB 2 ccomp
Japan Japan PROPN 4 obj)";
  auto doc = [&](const char* rows, const char* who) {
    char buf[512];
    std::snprintf(buf, sizeof buf, rows, who, who);
    return Doc(buf);
  };
  // "China said China attacked Japan": a claim of its own attack.
  EXPECT_EQ(Codes(c.Code(doc(said, "China"))), V{"CHN JAP 015"});
  // "China said Russia attacked Japan": not China's attack, an accusation of Russia.
  EXPECT_EQ(Codes(c.Code(doc(said, "Russia"))), V{"CHN RUS 112"});
  // "China wants to attack Japan" (no subject of its own) against "China wants Russia
  // to attack Japan" (object control: Russia is the attacker).
  EXPECT_EQ(Codes(c.Code(Doc(R"(China China PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Japan Japan PROPN 4 obj)"))),
            V{"CHN JAP 138"});
  EXPECT_EQ(Codes(c.Code(Doc(R"(China China PROPN 2 nsubj
wants want VERB 0 root
Russia Russia PROPN 2 obj
to to PART 5 mark
attack attack VERB 2 xcomp
Japan Japan PROPN 5 obj)"))),
            V{"CHN RUS 021"});
  // A refusal the dictionary does not code ([---]) still never codes the positive event.
  std::vector<std::string> why;
  EXPECT_TRUE(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
declined decline VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Japan Japan PROPN 4 obj)"),
                     &why)
                  .empty());
  bool explained = false;
  for (const auto& w : why) explained = explained || w.find("refuses it") != std::string::npos;
  EXPECT_TRUE(explained);
  // --explain names the drop of an event whose source and target are one actor.
  why.clear();
  EXPECT_TRUE(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
Russia Russia PROPN 2 obj)"),
                     &why)
                  .empty());
  explained = false;
  for (const auto& w : why) explained = explained || w.find("source and target are the same actor") != std::string::npos;
  EXPECT_TRUE(explained);
}

TEST(Coder, PositionalTargetMarker) {
  Coder c = MakeCoder();
  // "- * VOICE FOR + TO WIN": the target is the actor between FOR and TO WIN,
  // wherever the parser attached it.
  auto ev = c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
raised raise VERB 0 root
its its PRON 4 nmod:poss
voice voice NOUN 2 obj
for for ADP 8 mark
China China PROPN 8 nsubj
to to PART 8 mark
win win VERB 2 advcl
a a DET 10 det
role role NOUN 8 obj)"));
  EXPECT_EQ(Codes(ev), V{"JAP CHN 042"});
}

TEST(Coder, RepairsCommonMisparsesAroundNames) {
  Coder c = MakeCoder();
  // "Russia shelled/amod Ukraine/root": the verb taken for an adjective of its object.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
shelled shell VERB 3 amod
Ukraine Ukraine PROPN 0 root)"));
  EXPECT_EQ(Codes(ev), V{"RUS UKR 190"});
  // "Russian police and students attacked/acl at Kyiv": a participle right after the
  // root noun's phrase heads the sentence.
  ev = c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
and and CCONJ 4 cc
students student NOUN 2 conj
attacked attack VERB 2 acl VBD
Ukraine Ukraine PROPN 5 obl)"));
  EXPECT_EQ(Codes(ev), (V{"RUSCOP UKR 190", "RUSEDU UKR 190"}));
  // "Russian police attacked/acl Ukrainian students": a participle with an object.
  ev = c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
attacked attack VERB 2 acl
Ukrainian Ukrainian ADJ 5 amod
students student NOUN 3 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSCOP UKREDU 190"});
  // "Japan/AUX shelled China": a dictionary name is never an auxiliary.
  ev = c.Code(Doc(R"(Japan Japan AUX 2 aux
shelled shell VERB 0 root
China China PROPN 2 obj)"));
  EXPECT_EQ(Codes(ev), V{"JAP CHN 190"});
  // Two subjects of one verb: "Russia | foreign minister Lavrov criticized Japan".
  ev = c.Code(Doc(R"(Russia Russia PROPN 5 nsubj
foreign foreign ADJ 3 amod
minister minister NOUN 4 compound
Lavrov Lavrov PROPN 5 nsubj
criticized criticize VERB 0 root
Japan Japan PROPN 5 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSGOVFRM JAP 111"});
}

TEST(Coder, RepairsSplitNamesAndMultiWordVerbs) {
  Coder c = MakeCoder();
  // "Russia's deputy | Minister Lavrov": an apposition with nothing between it and its
  // head is part of the head's phrase; its agent combines with the possessor.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 3 nmod:poss
's 's PART 1 case
deputy deputy NOUN 7 nsubj
Minister Minister PROPN 3 appos
Lavrov Lavrov PROPN 4 flat
sharply sharply ADV 7 advmod
criticized criticize VERB 0 root
Japan Japan PROPN 7 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSGOV JAP 111"});
  // Set off by a comma it stays an apposition of its own.
  ev = c.Code(Doc(R"(Russia Russia PROPN 3 nmod:poss
's 's PART 1 case
envoy envoy NOUN 7 nsubj
, , PUNCT 5 punct
minister minister NOUN 3 appos
, , PUNCT 5 punct
criticized criticize VERB 0 root
Japan Japan PROPN 7 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 111"});
  // "Russia will wire/VERB tap/NOUN Japan's phones": the multi-word verb WIRE_+TAP.
  ev = c.Code(Doc(R"(Russia Russia PROPN 3 nsubj
will will AUX 3 aux
wire wire VERB 0 root
tap tap NOUN 3 obj
Japan Japan PROPN 6 nmod:poss
phones phone NOUN 3 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 170"});
  // "Pyongyang/VERB on Thursday shelled/amod islands near Seoul": the name taken for the
  // root verb is the subject of the verb taken for an adjective.
  ev = c.Code(Doc(R"(Moscow Moscow VERB 0 root VBG
on on ADP 3 case
Thursday Thursday PROPN 1 obl
shelled shell VERB 5 amod VBN
islands island NOUN 1 obj
near near ADP 7 case
Seoul Seoul PROPN 5 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS KOR 190"});
}

TEST(Coder, PassiveWithoutByPhraseAndAdverbOnlyPatterns) {
  Coder c = MakeCoder();
  // "Japan was harshly criticized over its dispute with China": no by-phrase, the
  // actor of the verb's other prepositional phrase is the source; "HARSHLY *" is not
  // matched by an adverb alone, even next to the auxiliary.
  std::vector<std::string> why;
  auto ev = c.Code(Doc(R"(Japan Japan PROPN 4 nsubj:pass
was be AUX 4 aux:pass
harshly harshly ADV 4 advmod
criticized criticize VERB 0 root VBN
over over ADP 7 case
its its PRON 7 nmod:poss
dispute dispute NOUN 4 obl
with with ADP 9 case
China China PROPN 7 nmod)"), &why);
  EXPECT_EQ(Codes(ev), V{"CHN JAP 111"});
  // Not a destination: "Japan was invited to China" names no source.
  EXPECT_TRUE(c.Code(Doc(R"(Japan Japan PROPN 3 nsubj:pass
was be AUX 3 aux:pass
criticized criticize VERB 0 root VBN
to to ADP 5 case
China China PROPN 3 obl)")).empty());
}

TEST(Coder, CaretsSkipWordsAndWhetherClausesGiveTargets) {
  Coder c = MakeCoder();
  // "- * HOLIDAY AT ^ ^ +": each ^ skips a noun phrase ("at [Seoul] with [the Moscow
  // police] of | Japan").
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
celebrated celebrate VERB 0 root
holiday holiday NOUN 2 obj
at at ADP 5 case
Seoul Seoul PROPN 2 obl
with with ADP 9 case
the the DET 9 det
Moscow Moscow PROPN 9 compound
police police NOUN 2 obl
of of ADP 11 case
Japan Japan PROPN 9 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 044"});
  // "Russia doubted whether it has a future with Japan": the clause's subject is the
  // source itself, its object's phrase names the target.
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
doubted doubt VERB 0 root
whether whether SCONJ 5 mark
it it PRON 5 nsubj
has have VERB 2 advcl
a a DET 7 det
future future NOUN 5 obj
with with ADP 9 case
Japan Japan PROPN 7 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 110"});
  // "Russia began to ponder whether it has a future with Japan": the clause under the
  // infinitive the pattern names.
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
began begin VERB 0 root
to to PART 4 mark
ponder ponder VERB 2 xcomp
whether whether SCONJ 7 mark
it it PRON 7 nsubj
has have VERB 4 ccomp
a a DET 9 det
future future NOUN 7 obj
with with ADP 11 case
Japan Japan PROPN 9 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 110"});
}

TEST(Coder, SourceNamedAfterTheVerbMakesTheSubjectTheTarget) {
  Coder c = MakeCoder();
  // "- * PROTESTS (FROM $)": "Japan received protests from China" is CHN -> JAP.
  auto ev = c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
received receive VERB 0 root
protests protest NOUN 2 obj
from from ADP 5 case
China China PROPN 2 obl)"));
  EXPECT_EQ(Codes(ev), V{"CHN JAP 111"});
  // "- * GIFTS $": the same with a positional source.
  ev = c.Code(Doc(R"(Japan Japan PROPN 2 nsubj
received receive VERB 0 root
gifts gift NOUN 2 obj
from from ADP 5 case
China China PROPN 2 obl)"));
  EXPECT_EQ(Codes(ev), V{"CHN JAP 071"});
}

TEST(Coder, RepairsOfTheRetrainedParsersErrors) {
  Coder c = MakeCoder();
  // "Russia forced China/iobj to shell Japan": object control through an iobj too.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
forced force VERB 0 root
China China PROPN 2 iobj
to to PART 5 mark
shell shell VERB 2 xcomp
Japan Japan PROPN 5 obj)"));
  EXPECT_EQ(Codes(ev), V{"CHN JAP 190"});
  // "Russia asked China to shell Japan": asked for, not done (no appeal verb here).
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
asked ask VERB 0 root
China China PROPN 2 iobj
to to PART 5 mark
shell shell VERB 2 xcomp
Japan Japan PROPN 5 obj)"))).empty());
  // "Russian police shelled/amod houses/root near Kyiv ...": a role noun right before
  // a verb taken for an adjective of the root noun is its subject.
  ev = c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 4 nsubj
shelled shell VERB 4 amod VBN
houses house NOUN 0 root
in in ADP 6 case
Ukraine Ukraine PROPN 4 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUSCOP UKR 190"});
  // "Russian police/root attacked/amod Ukrainian students/obj": nouns take no objects.
  ev = c.Code(Doc(R"(Russian Russian ADJ 2 amod
police police NOUN 0 root
attacked attack VERB 5 amod VBD
Ukrainian Ukrainian ADJ 5 amod
students student NOUN 2 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUSCOP UKREDU 190"});
  // "China said Russia/nsubj shelled/acl Ukrainian houses": a complement clause.
  ev = c.Code(Doc(R"(China China PROPN 2 nsubj
said say VERB 0 root
Russia Russia PROPN 2 nsubj
shelled shell VERB 3 acl VBD
Ukrainian Ukrainian ADJ 6 amod
houses house NOUN 4 obj)"));
  EXPECT_EQ(Codes(ev), (V{"CHN RUS 010", "RUS UKR 190"}));
  // "- + HOSTING * GUESTS $": + before a pattern word names the target there.
  ev = c.Code(Doc(R"(Japan Japan PROPN 3 nsubj
is be AUX 3 aux
hosting host VERB 0 root
China China PROPN 3 obj
to to PART 6 mark
receive receive VERB 3 xcomp
guests guest NOUN 6 obj
from from ADP 9 case
Russia Russia PROPN 6 obl)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 043"});
}

TEST(Coder, CoordinatedRolesShareTheFirstMembersModifiers) {
  Coder c = MakeCoder();
  // "Russian protester students and police attacked Ukraine": the second member shares
  // the actor and the agent modifying the first (not the first's own head agent).
  auto ev = c.Code(Doc(R"(Russian Russian ADJ 3 amod
protester protester NOUN 3 compound
students student NOUN 6 nsubj
and and CCONJ 5 cc
police police NOUN 3 conj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 6 obj)"));
  EXPECT_EQ(Codes(ev), (V{"RUSOPPCOP UKR 190", "RUSOPPEDU UKR 190"}));
}

TEST(Coder, BareNounAfterToThatIsADictionaryVerbIsAnInfinitive) {
  Coder c = MakeCoder();
  // "Russia moved closer to meet/NOUN with Japan"; "- MOVED CLOSER *" names the
  // governing verb and its words before the infinitive.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
moved move VERB 0 root
closer closer ADJ 2 xcomp
to to ADP 5 case
meet meet NOUN 3 nmod
with with ADP 7 case
Japan Japan PROPN 5 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 036"});
  // "Russia began to doubt/NOUN whether it has a future with Japan": followed by the
  // clause it takes (hung from "began"), which moves under it.
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
began begin VERB 0 root
to to ADP 4 case
doubt doubt NOUN 2 obl
whether whether SCONJ 7 mark
it it PRON 7 nsubj
has have VERB 2 advcl
a a DET 9 det
future future NOUN 7 obj
with with ADP 11 case
Japan Japan PROPN 9 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 112"});
  // With a determiner it stays a noun: "moved closer to the meet with Japan".
  EXPECT_TRUE(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
moved move VERB 0 root
closer closer ADJ 2 xcomp
to to ADP 6 case
the the DET 6 det
meet meet NOUN 3 nmod
with with ADP 8 case
Japan Japan PROPN 6 nmod)")).empty());
}

TEST(Coder, PatternWordsAroundTheVerbBeyondItsSubtree) {
  Coder c = MakeCoder();
  // "- INDICATED WOULD *": the governing verb of a complement clause.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
indicated indicate VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
act act VERB 2 ccomp
with with ADP 7 case
Japan Japan PROPN 5 obl)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 1010"});
  // ... and of an infinitive ("- BEGAN *": "Russia began to doubt Japan").
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
began begin VERB 0 root
to to PART 4 mark
doubt doubt VERB 2 xcomp
Japan Japan PROPN 4 obj)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 112"});
  // "- RECENTLY_*": a glued word is the word right before the verb, adverb or not.
  ev = c.Code(Doc(R"(Russia Russia PROPN 3 nsubj
recently recently ADV 3 advmod
acted act VERB 0 root
against against ADP 5 case
Japan Japan PROPN 3 obl)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 025"});
  // A verb with nothing after it in the tree: its pattern words are the words after it
  // ("Russia will act | asylum/nsubj-of-reported in Japan, AFP reported").
  ev = c.Code(Doc(R"(Russia Russia PROPN 3 nsubj
will will AUX 3 aux
act act VERB 9 ccomp
foreign foreign ADJ 5 amod
asylum asylum NOUN 9 nsubj
in in ADP 7 case
Japan Japan PROPN 5 nmod
, , PUNCT 9 punct
reported report VERB 0 root)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 174"});
}

TEST(Coder, CompoundAfterTheVerbAndTabariSpecialCodes) {
  Coder c = MakeCoder();
  // "- * WITH % [031]": a compound after WITH is the target, one event per member.
  auto ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
cooperated cooperate VERB 0 root
with with ADP 4 case
China China PROPN 2 obl
and and CCONJ 6 cc
Japan Japan PROPN 4 conj)"));
  EXPECT_EQ(Codes(ev), (V{"RUS CHN 031", "RUS JAP 031"}));
  // A single actor is no compound: the pattern fails, the block code (---) applies.
  EXPECT_TRUE(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
cooperated cooperate VERB 0 root
with with ADP 4 case
China China PROPN 2 obl)")).empty());
  // TABARI's complex code [+++] never wins in a PETRARCH-2 file: the next pattern does.
  ev = c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
renewed renew VERB 0 root
broken broken ADJ 4 amod
ties tie NOUN 2 obj
with with ADP 6 case
Japan Japan PROPN 4 nmod)"));
  EXPECT_EQ(Codes(ev), V{"RUS JAP 064"});
}

TEST(Coder, UnparsedSentenceIsExplainedNotCoded) {
  Coder c = MakeCoder();
  Document d = Doc("Russia Russia PROPN 2 nsubj\nattacked attack VERB 0 root\nJapan Japan PROPN 2 obj");
  for (auto& t : d.sentences[0].tokens) t.head = -1;
  std::vector<std::string> why;
  EXPECT_TRUE(c.Code(d, &why).empty());
  ASSERT_EQ(why.size(), 1u);
  EXPECT_NE(why[0].find("no dependency parse"), std::string::npos);
}

TEST(Coder, MissingDictionaryIsAnError) {
  CoderOptions o;
  o.verbs = {Dir() + "/missing.verbs.txt"};
  o.actors = {Write("t2.actors.txt", kActors)};
  auto c = Coder::Load(o);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("missing.verbs.txt"), std::string::npos);
}

TEST(Validation, ReadsPetrarchRecordsLeniently) {
  auto s = ReadPetrarchValidation(std::string(DYAD_SHARED_DIR) + "/data/validation/ud-2_02/records.dev.xml");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_GT(s->records.size(), 100u);
  EXPECT_FALSE(s->include.empty());
  ASSERT_TRUE(s->environment.count("Verbfile"));
  int with_parse = 0, noevents = 0;
  for (const auto& r : s->records) {
    with_parse += !r.conllu.empty();
    noevents += r.noevents;
  }
  EXPECT_GT(with_parse, 100);
  EXPECT_GT(noevents, 5);
  auto t = ReadTabariValidation(std::string(DYAD_SHARED_DIR) + "/data/tabari/Validate.project",
                                std::string(DYAD_SHARED_DIR) + "/data/validation/tabari/Validate.dev.text");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_GT(t->records.size(), 50u);
  EXPECT_TRUE(t->environment.count("verbs"));
}

// Penn-tree <Parse> blocks (PETRARCH-2 records) are recognised and checked: a tree
// whose brackets do not balance is reported with the file line.
TEST(Validation, PennParsesAreCheckedForBalance) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_penn_" + std::to_string(::getpid()) + ".xml");
  {
    std::ofstream f(path);
    f << "<Validation>\n"
         "<Sentence date=\"20010101\" id=\"OK-1\" category=\"DEMO\">\n"
         "<Text>Arnor met Gondor.</Text>\n"
         "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))\n</Parse>\n"
         "</Sentence>\n"
         "<Sentence date=\"20010101\" id=\"BAD-1\" category=\"ERROR\">\n"
         "<Text>Arnor met Gondor.</Text>\n"
         "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)\n</Parse>\n"
         "</Sentence>\n"
         "<Sentence date=\"20010101\" id=\"BAD-2\" category=\"ERROR\">\n"
         "<Text>Arnor met Gondor.</Text>\n"
         "<Parse>\n(ROOT (S (NP (NNP Arnor)))\n (VP (VBD met))))\n</Parse>\n"
         "</Sentence>\n</Validation>\n";
  }
  auto s = ReadPetrarchValidation(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->records.size(), 3u);
  EXPECT_TRUE(s->records[0].penn_parse);
  EXPECT_EQ(s->records[0].parse_error, "");
  EXPECT_TRUE(s->records[0].conllu.empty());
  EXPECT_NE(s->records[1].parse_error.find("2 '(' not closed"), std::string::npos) << s->records[1].parse_error;
  EXPECT_NE(s->records[2].parse_error.find("at line 18"), std::string::npos) << s->records[2].parse_error;
}

// The UniversalPetrarch records with their own CoNLL-U trees, through the coder
// directly (the sanitizer build runs this too): most records come out exact.
TEST(Validation, UdRecordsWithGivenTrees) {
  const std::string shared = DYAD_SHARED_DIR;
  auto suite = ReadPetrarchValidation(shared + "/data/validation/ud-2_02/records.dev.xml");
  ASSERT_TRUE(suite.ok());
  CoderOptions o;
  o.verbs = {shared + "/data/universalpetrarch/PETR_Validate_verbs_2_02.txt"};
  o.actors = {shared + "/data/universalpetrarch/PETR_Validate_actors_2_02.txt"};
  o.agents = {shared + "/data/petrarch2/dictionaries/PETR.Validate.agents.txt"};
  o.discards = {shared + "/data/petrarch2/dictionaries/PETR.Validate.discards.txt"};
  o.ontology = shared + "/data/universalpetrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt";
  auto coder = Coder::Load(o);
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  int scored = 0, exact = 0;
  for (const auto& r : suite->records) {
    if (!r.evaluate || r.conllu.empty()) continue;
    if (std::find(suite->include.begin(), suite->include.end(), r.category) == suite->include.end()) continue;
    std::istringstream in(r.conllu);
    auto parsed = ReadConllu(in, r.id);
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    Document d;
    d.id = r.id;
    d.date = r.date;
    d.text = r.text;
    for (const auto& cs : *parsed) {
      Sentence s;
      s.tokens = cs.tokens;
      size_t at = 0;
      for (auto& t : s.tokens) {
        size_t f = d.text.find(t.form, at);
        if (f != std::string::npos) at = f;
        t.begin = static_cast<uint32_t>(at);
        t.end = static_cast<uint32_t>(std::min(d.text.size(), at + t.form.size()));
        at = t.end;
      }
      s.end = static_cast<uint32_t>(d.text.size());
      s.text = d.text;
      d.sentences.push_back(std::move(s));
    }
    std::set<std::string> got, want;
    for (const Event& e : coder->Code(d)) got.insert(e.source + " " + e.target + " " + e.code);
    if (!r.noevents)
      for (const auto& e : r.events) want.insert(e.source + " " + e.target + " " + e.code);
    ++scored;
    exact += got == want;
  }
  EXPECT_GT(scored, 130);
  EXPECT_GE(exact * 100, scored * 85) << exact << " of " << scored;
}


TEST(Coder, PredictedOrConditionalEventIsNoFact) {
  Coder c = MakeCoder();
  // The factual reading codes.
  EXPECT_EQ(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj)"))),
            V{"RUS UKR 190"});
  // "Analysts predict Russia attacks Ukraine": the complement of a prediction verb.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Analysts analyst NOUN 2 nsubj
predict predict VERB 0 root
Russia Russia PROPN 4 nsubj
attacks attack VERB 2 ccomp
Ukraine Ukraine PROPN 4 obj)"))).empty());
  // "Russia would attack Ukraine if talks fail": a conditional.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 3 nsubj
would would AUX 3 aux
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
if if SCONJ 7 mark
talks talk NOUN 7 nsubj
fail fail VERB 3 advcl)"))).empty());
  // "Russia would have attacked Ukraine": counterfactual.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 4 nsubj
would would AUX 4 aux
have have AUX 4 aux
attacked attack VERB 0 root
Ukraine Ukraine PROPN 4 obj)"))).empty());
  // "If Russia attacks Ukraine, ...": the verb of the if-clause.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(If if SCONJ 3 mark
Russia Russia PROPN 3 nsubj
attacks attack VERB 6 advcl
Ukraine Ukraine PROPN 3 obj
prices price NOUN 6 nsubj
rise rise VERB 0 root)"))).empty());
}

TEST(Coder, ComparedPhraseIsNoTarget) {
  Coder c = MakeCoder();
  // "Russia attacked more towns than Ukraine": Ukraine is compared with, not attacked.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
more more ADJ 4 amod
towns town NOUN 2 obj
than than ADP 6 case
Ukraine Ukraine PROPN 2 obl)"))).empty());
}

TEST(Coder, NewsPrecisionRules) {
  Coder c = MakeCoder();
  // "According to Russia, China attacked": the reporter is no target.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(According accord VERB 3 case
to to ADP 1 fixed
Russia Russia PROPN 6 obl
, , PUNCT 6 punct
China China PROPN 6 nsubj
attacked attack VERB 0 root)"))).empty());
  // "Putin visited Moscow": a trip inside his own country; "Putin visited China" codes.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Vladimir Vladimir PROPN 3 nsubj
Putin Putin PROPN 1 flat
visited visit VERB 0 root
Moscow Moscow PROPN 3 obj)", "2019-01-01"))).empty());
  EXPECT_EQ(Codes(c.Code(Doc(R"(Vladimir Vladimir PROPN 3 nsubj
Putin Putin PROPN 1 flat
visited visit VERB 0 root
China China PROPN 3 obj)", "2019-01-01"))),
            (V{"CHN RUSGOV 043", "RUSGOV CHN 042"}));
  // "Talks began during Putin's planned trip to China": no visit happened yet.
  EXPECT_TRUE(Codes(c.Code(Doc(R"(Talks talk NOUN 2 nsubj
began begin VERB 0 root
during during ADP 7 case
Putin Putin PROPN 7 nmod:poss
's 's PART 4 case
planned plan VERB 7 amod
trip trip NOUN 2 obl
to to ADP 9 case
China China PROPN 7 nmod)", "2019-01-01"))).empty());
}

}  // namespace
}  // namespace dyad
