// The event coding engine: PETRARCH/TABARI dictionaries over UD trees.
//
// For every verb of a sentence found in the verb dictionary, the best-matching
// pattern of its block (most words named) gives the CAMEO code; the source is
// the verb's subject (inherited through xcomp / conj, by-phrase in the passive),
// the target its object or first prepositional phrase naming an actor; noun
// phrases yield actors (longest dictionary match, possessors, compounds,
// demonyms), combined with agents, distributed over conjunctions. See
// docs/CODING.md for the rules and their limits.
#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "dict/actors.h"
#include "dict/cameo.h"
#include "dict/dict_util.h"
#include "dict/verbs.h"

namespace dyad {

using dict::Upper;

class CoderImpl {
 public:
  dict::VerbDict verbs;
  dict::ActorDict actors;
  dict::AgentDict agents;
  dict::TextPhraseList discards, issues;
  dict::CameoTable cameo;
  dict::Ontology pico;
  bool agent_only = false;
  bool actor_stems = false;
  std::vector<std::string> warnings;
  std::string version = "none";

  void CodeSentence(const Document& doc, int si, int date, const CodeOptions& opt, std::vector<Event>* out,
                    std::vector<std::string>* explain) const;
};

namespace {

// True when `form` is the regular plural of the upper-case noun `w` (CURB ->
// CURBS, TAX -> TAXES, PENALTY -> PENALTIES). Pattern nouns match their plurals
// through the lemma; this catches plurals the tagger took for singular nouns,
// whose lemma is then the plural form itself.
bool IsRegularPlural(const std::string& form, const std::string& w) {
  if (w.empty() || form.size() <= w.size() || form.size() > w.size() + 2) return false;
  auto ends = [](const std::string& x, const char* suf) {
    size_t n = std::strlen(suf);
    return x.size() >= n && x.compare(x.size() - n, n, suf) == 0;
  };
  if (form.size() == w.size() + 1) return form.back() == 'S' && !ends(w, "S") && form.compare(0, w.size(), w) == 0;
  if (ends(w, "Y") && w.size() >= 2 && !std::strchr("AEIOU", w[w.size() - 2]))
    return ends(form, "IES") && form.compare(0, w.size() - 1, w, 0, w.size() - 1) == 0;
  return ends(form, "ES") && form.compare(0, w.size(), w) == 0 &&
         (ends(w, "S") || ends(w, "X") || ends(w, "Z") || ends(w, "CH") || ends(w, "SH"));
}

// The singulars `form` can be the regular plural of (see IsRegularPlural),
// for the sentence's word signature.
void AddSingularBits(const std::string& form, uint64_t* sig) {
  size_t n = form.size();
  if (n < 3 || form.back() != 'S' || form[n - 2] == 'S') return;
  *sig |= dict::WordBit(form.substr(0, n - 1));
  if (form[n - 2] == 'E') *sig |= dict::WordBit(form.substr(0, n - 2));
  if (n > 3 && form.compare(n - 3, 3, "IES") == 0) *sig |= dict::WordBit(form.substr(0, n - 3) + "Y");
}


// Relation classes used by the coder (UD v1 and v2 names both accepted).
enum Rel {
  kOther, kNsubj, kNsubjPass, kObj, kIobj, kObl, kOblAgent, kOblTmod, kNmod, kNmodPoss, kNmodTmod,
  kCompound, kCompoundPrt, kAmod, kFlat, kDet, kNummod, kConj, kCc, kCase, kMark, kXcomp, kCcomp,
  kAcl, kRelcl, kAdvcl, kAdvmod, kNeg, kAux, kCop, kAppos, kParataxis, kPunct, kRoot, kFixed, kCsubj
};

Rel ClassifyRel(const std::string& d, bool head_is_verbal) {
  std::string_view r(d);
  auto is = [&](const char* s) { return r == s; };
  if (is("nsubj")) return kNsubj;
  if (is("nsubj:pass") || is("nsubjpass")) return kNsubjPass;
  if (is("csubj") || is("csubj:pass") || is("csubjpass")) return kCsubj;
  if (is("obj") || is("dobj")) return kObj;
  if (is("iobj")) return kIobj;
  if (is("obl:agent") || is("nmod:agent")) return kOblAgent;
  if (is("obl:tmod") || is("obl:npmod") || is("obl:unmarked") || is("nmod:tmod") || is("nmod:npmod")) return head_is_verbal ? kOblTmod : kNmodTmod;
  if (r.rfind("obl", 0) == 0) return kObl;
  if (is("nmod:poss")) return kNmodPoss;
  if (is("nmod:desc") || is("nmod:unmarked")) return kCompound;  // Prime Minister Romendacil
  if (r.rfind("nmod", 0) == 0) return head_is_verbal ? kObl : kNmod;
  if (is("compound:prt")) return kCompoundPrt;
  if (r.rfind("compound", 0) == 0) return kCompound;
  if (is("amod")) return kAmod;
  if (r.rfind("flat", 0) == 0 || is("name") || is("goeswith")) return kFlat;
  if (is("fixed") || is("mwe")) return kFixed;
  if (r.rfind("det", 0) == 0) return kDet;
  if (is("nummod")) return kNummod;
  if (is("conj")) return kConj;
  if (is("cc") || is("cc:preconj")) return kCc;
  if (is("case")) return kCase;
  if (is("mark")) return kMark;
  if (is("xcomp")) return kXcomp;
  if (is("ccomp")) return kCcomp;
  if (is("acl:relcl")) return kRelcl;
  if (r.rfind("acl", 0) == 0) return kAcl;
  if (r.rfind("advcl", 0) == 0) return kAdvcl;
  if (is("neg")) return kNeg;
  if (r.rfind("advmod", 0) == 0) return kAdvmod;
  if (r.rfind("aux", 0) == 0) return kAux;
  if (is("cop")) return kCop;
  if (is("appos")) return kAppos;
  if (is("parataxis")) return kParataxis;
  if (is("punct")) return kPunct;
  if (is("root")) return kRoot;
  return kOther;
}

struct Tok {
  std::string up, lemma;  // upper case form and lemma
  const Token* src = nullptr;
  int head = -1;          // 0-based, -1 = root
  Rel rel = kOther;
  std::vector<int> kids;
  bool verbal = false;
  bool as_verb = false;  // a repair made this token the clause's verb whatever its tag
  bool noun = false;     // UPOS NOUN
  bool punct = false;    // UPOS PUNCT
};

struct ActorRef {
  std::string code;
  int first = 0, last = 0;  // token range of the words that named it
  bool agent_only = false;
};

struct VerbHit {
  int tok = -1;
  std::string code;      // may be "A:B"
  std::string verb;      // verb word(s)
  std::string pattern;   // pattern text or "(verb)"
  bool compound = false; // a % pattern matched best
  std::string compound_code, compound_pattern;
  int compound_from = -1, compound_to = -1;  // TABARI "* WITH %": where the compound is
  bool swap = false;     // + * ... $ pattern: subject is the target
  std::string target_prep, source_prep;  // (PREP +) / (PREP $) in the pattern
  int target_from = -1, target_to = -1, source_from = -1, source_to = -1;  // positional + / $
  int target_skip = 0, source_skip = 0;  // TABARI ^: actor phrases skipped first
  bool negated = false;
  bool pattern_negation = false;  // the pattern itself names the negation
  bool target_subject = false;    // TABARI "+ *": subject is the target, source the first actor before
  bool place_target = false;      // the target is only a place phrase of the verb ("met in X")
  std::vector<std::pair<int, int>> matched;  // token spans the winning pattern matched after the verb
  std::vector<ActorRef> sources, targets;
  bool nominal = false;  // an event noun's hit (step 7), not a verb
  bool emitted = false;
  bool suppressed = false;
  std::vector<std::string> names;  // block names and verb words of the matched entries
};

bool IsVerbalTag(const Token& t) {
  return t.upos == "VERB" || t.upos == "AUX" || t.upos == "ADJ" || (t.xpos.size() >= 2 && t.xpos.compare(0, 2, "VB") == 0);
}

class SentenceCoder {
 public:
  SentenceCoder(const CoderImpl& c, const Sentence& s, int date, const CodeOptions& o,
                std::vector<std::string>* explain, int si)
      : c_(c), o_(o), s_(s), date_(date), explain_(explain), si_(si) {}

  bool Prepare();
  void Run(std::vector<VerbHit>* hits);

  const std::vector<Tok>& toks() const { return t_; }
  // "+++" (complex) or "###" (discard) when an actor of the sentence has that code.
  std::string SpecialActorCode() const;
  // An actor (not null-coded) before token v; a token in a clause COMMA removed.
  bool ActorBefore(int v) const;
  bool Hidden(int v) const { return !hidden_.empty() && hidden_[v]; }
  // Token p lies in an attribution phrase ("according to X"), up its noun phrase.
  bool InAttribution(int p) const;
  // The actor in tokens [first, last] only modifies the object of verb v, a thing that
  // names no actor or role ("discussed Iraq-Kuwait relations", "Ukraine's future").
  bool ModifiesThingObject(int v, int first, int last) const;
  // The place or demonym matched in tokens [first, last] is part of the proper name of
  // a private body, a prize or a war the dictionaries do not know ("the Lisbon Centre
  // for Policy Studies", "an Iraq War veteran", "the Association of United Latin American
  // Citizens"); facilities, weapons and state bodies named after a place stay.
  bool InUnknownName(int first, int last) const;
  // Token p is a word of an actor's or an agent's name.
  bool Names(int p) const { return Nominalish(p); }
  // The actors of the first "with" phrase under verb v.
  std::vector<ActorRef> WithPartner(int v) const { return NP(PrepObject(v, "WITH"), 0); }

 private:
  void MatchActors();
  bool LowerCaseFunctionWord(int i) const;
  std::string CaseOf(int k) const;
  bool TimePhrase(int k) const;
  bool PlacePhrase(int k) const;
  // A weekday, month or other time noun ("on Thursday", "in March", "last week").
  bool TimeWord(int h) const;
  // "according to X": who reports the event, never one of its actors.
  bool Attribution(int k) const;
  // The head token of the words [first, last] (the one whose head lies outside them).
  int HeadOf(int first, int last) const;
  // An actor of the noun phrase k reached only through a clause or participle under it
  // ("on Thursday of raping a Canadian tourist").
  bool ThroughClause(const ActorRef& a, int k) const;
  bool AdjacentAppos(int k) const;
  bool ItemsAt(const std::vector<dict::PatItem>& items, int p, int* end) const;
  int MatchElems(const std::vector<dict::PatElem>& elems, const std::vector<int>& scope,
                 std::vector<std::pair<int, int>>* spans = nullptr) const;
  std::vector<ActorRef> ActorAt(int from, int to) const;
  // The same after skipping `skip` actor phrases (a compound counts once).
  std::vector<ActorRef> ActorAtSkip(int from, int to, int skip) const;
  // The position after `skip` base noun phrases from `from` (at most `to`).
  int SkipPhrases(int from, int to, int skip) const;
  std::vector<ActorRef> Below(int k, int depth) const;
  int PrepObject(int v, const std::string& prep) const;
  void Subtree(int h, std::vector<int>* out, bool skip_clauses) const;
  bool FindVerb(int v, VerbHit* hit) const;
  std::vector<ActorRef> NP(int h, int depth) const;
  std::vector<ActorRef> Core(int m, std::vector<int>* agents_out, std::vector<ActorRef>* pp_out, int depth) const;
  std::string Combine(const std::string& actor, const std::vector<int>& agents, bool former = false) const;
  std::vector<ActorRef> Subject(int v, int depth) const;
  std::vector<ActorRef> Objects(int v, bool passive, bool* place = nullptr) const;
  // Word-order fallbacks when the tree names no actor (misparsed names).
  std::vector<ActorRef> ChunkActors(int first, int last) const;
  std::vector<ActorRef> LinearSource(int v) const;
  std::vector<ActorRef> LinearTarget(int v) const;
  bool TabariVerbWord(int v) const;
  // FORWARD: the previous sentence's lead actor for a pronoun at h before any actor.
  std::vector<ActorRef> Forwarded(int h) const;

 public:
  // The first actor (code without agents) when it comes before the first verb; a
  // forwarded pronoun there counts. *compound: the phrase names several actors.
  std::string LeadActor(bool* compound) const;

 private:
  bool Nominalish(int p) const {
    return actor_at_[p] >= 0 || agent_at_[p] >= 0;
  }
  int Child(int v, Rel r) const;
  bool Negated(int v) const;
  bool Passive(int v) const;
  std::string Text(int a, int b) const;
  void Explain(const std::string& s) const {
    if (explain_) explain_->push_back("sentence " + std::to_string(si_) + ": " + s);
  }

  const CoderImpl& c_;
  const CodeOptions& o_;
  const Sentence& s_;
  int date_;
  std::vector<std::string>* explain_;
  int si_;
  std::vector<Tok> t_;
  std::vector<std::string> forms_, lemmas_;
  std::vector<int> actor_at_, agent_at_;  // span index per token, -1 none
  std::vector<bool> hidden_;              // in a comma-delimited clause TABARI ignores
  void HideCommaClauses();
  struct Span {
    int first, last;
    uint32_t id;
  };
  std::vector<Span> actor_spans_, agent_spans_;
  uint64_t signature_ = 0;  // dict::WordBit of every form and lemma
  mutable bool in_subject_ = false;  // NP() is reading a verb's subject
};

bool SentenceCoder::Prepare() {
  const auto& tk = s_.tokens;
  int n = static_cast<int>(tk.size());
  t_.resize(n);
  forms_.resize(n);
  lemmas_.resize(n);
  for (int i = 0; i < n; ++i) {
    if (tk[i].head < 0 || tk[i].head > n) return false;
    t_[i].src = &tk[i];
    t_[i].up = Upper(tk[i].form);
    t_[i].lemma = tk[i].lemma.empty() ? t_[i].up : Upper(tk[i].lemma);
    t_[i].head = tk[i].head - 1;
    t_[i].verbal = IsVerbalTag(tk[i]);
    t_[i].noun = tk[i].upos == "NOUN";
    t_[i].punct = tk[i].upos == "PUNCT";
    forms_[i] = t_[i].up;
    lemmas_[i] = t_[i].lemma;
    signature_ |= dict::WordBit(t_[i].up) | dict::WordBit(t_[i].lemma);
    if (tk[i].upos == "NOUN") AddSingularBits(t_[i].up, &signature_);
  }
  for (int i = 0; i < n; ++i) {
    int h = t_[i].head;
    t_[i].rel = ClassifyRel(tk[i].deprel, h >= 0 && t_[h].verbal);
    if (h >= 0) t_[h].kids.push_back(i);
  }
  MatchActors();
  if (o_.comma) HideCommaClauses();
  // A dictionary name is never a function word: taggers trained on news often take an
  // unknown sentence-initial name for an auxiliary ("Ethiopia acted" -> aux:pass), and
  // a verb hanging as xcomp from such a name is really the clause's head.
  for (int i = 0; i < n; ++i) {
    if (actor_at_[i] < 0) continue;
    Rel r = t_[i].rel;
    if (r == kAux || r == kCop || r == kMark || r == kNeg) t_[i].rel = kOther;
  }
  for (int i = 0; i < n; ++i) {
    int h = t_[i].head;
    if (h >= 0 && actor_at_[h] >= 0 && t_[i].rel == kXcomp && tk[i].upos == "VERB") t_[i].rel = kRoot;
  }
  // "Russian police arrested/acl Navalny": a participle with an object hanging from
  // the root noun before it is the sentence's verb; the noun is its subject.
  for (int v = 0; v < n; ++v) {
    int h = t_[v].head;
    // With no object, only right after the noun ("Iranian women protested/acl against ..."):
    // a sentence whose root is a noun has no main verb otherwise.
    // Right after the noun's phrase: every word between belongs to it ("Danish media and
    // government warned/acl at ...").
    bool right_after = true;
    for (int p = h + 1; p < v && right_after; ++p) {
      int a = p;
      while (a >= 0 && a != h && a != v) a = t_[a].head;
      right_after = a == h && tk[p].upos != "PUNCT";
    }
    if (h < 0 || h >= v || t_[v].rel != kAcl || t_[h].rel != kRoot || tk[v].upos != "VERB" ||
        (Child(v, kObj) < 0 && !right_after) || Child(v, kNsubj) >= 0 || Child(v, kMark) >= 0)
      continue;
    if (tk[v].xpos != "VBN" && tk[v].xpos != "VBD") continue;
    auto& hk = t_[h].kids;
    hk.erase(std::remove(hk.begin(), hk.end(), v), hk.end());
    // Punctuation and other clause-level dependents of the noun move to the verb.
    for (int k : std::vector<int>(hk)) {
      if (k > v && (t_[k].rel == kPunct || t_[k].rel == kParataxis)) {
        hk.erase(std::remove(hk.begin(), hk.end(), k), hk.end());
        t_[k].head = v;
        t_[v].kids.push_back(k);
      }
    }
    t_[v].head = -1;
    t_[v].rel = kRoot;
    t_[h].head = v;
    t_[h].rel = kNsubj;
    t_[v].kids.push_back(h);
    std::sort(t_[v].kids.begin(), t_[v].kids.end());
    break;
  }
  // A dictionary name taken for the root verb, with the real verb taken for an adjective
  // of its object ("Pyongyang/VERB on Thursday fired/amod shells at Seoul"): the name is
  // the subject of that verb, which heads the clause with the noun as its object.
  // So is a root noun naming an actor or a role with an "object" ("American and Russian
  // diplomats held/amod talks/obj"): nouns take no objects.
  for (int r = 0; r < n; ++r) {
    bool name_verb = tk[r].upos == "VERB" && actor_at_[r] >= 0;
    bool role_noun = (tk[r].upos == "NOUN" || tk[r].upos == "PROPN") && (actor_at_[r] >= 0 || agent_at_[r] >= 0);
    if (t_[r].rel != kRoot || (!name_verb && !role_noun) || Child(r, kNsubj) >= 0) continue;
    int v = -1;
    for (int o : t_[r].kids) {
      // A "conjunct" joined by neither a conjunction nor a comma is the object too
      // ("Russian police/root arrested/amod students/conj in Moscow").
      bool bare_conj = t_[o].rel == kConj && Child(o, kCc) < 0 && Child(o, kPunct) < 0;
      if ((t_[o].rel != kObj && !bare_conj) || o <= r) continue;
      for (int k : t_[o].kids)
        if (t_[k].rel == kAmod && k < o && k > r && tk[k].upos == "VERB" && (tk[k].xpos == "VBD" || tk[k].xpos == "VBN" || tk[k].xpos == "VBZ")) v = k;
    }
    if (v < 0) break;
    int o = t_[v].head;
    auto& ok = t_[o].kids;
    ok.erase(std::remove(ok.begin(), ok.end(), v), ok.end());
    // The noun's prepositional phrases belong to the verb.
    for (int k : std::vector<int>(ok)) {
      if (t_[k].rel == kNmod) {
        ok.erase(std::remove(ok.begin(), ok.end(), k), ok.end());
        t_[k].head = v;
        t_[k].rel = kObl;
        t_[v].kids.push_back(k);
      }
    }
    // The name's dependents outside its own span move to the verb ("on Thursday"); a
    // role noun keeps its modifiers ("American and Russian").
    int first = r, last = r;
    if (name_verb) {
      first = actor_spans_[actor_at_[r]].first;
      last = actor_spans_[actor_at_[r]].last;
    }
    auto& rk = t_[r].kids;
    for (int k : std::vector<int>(rk)) {
      if (k >= first && k <= last) continue;
      Rel kr = t_[k].rel;
      if (!name_verb && k != o && kr != kObl && kr != kPunct && kr != kParataxis && kr != kOblTmod) continue;
      rk.erase(std::remove(rk.begin(), rk.end(), k), rk.end());
      t_[k].head = v;
      if (k == o) t_[k].rel = kObj;
      t_[v].kids.push_back(k);
    }
    t_[v].head = -1;
    t_[v].rel = kRoot;
    t_[v].verbal = true;
    t_[v].as_verb = true;
    t_[r].head = v;
    t_[r].rel = kNsubj;
    t_[r].verbal = false;
    t_[v].kids.push_back(r);
    std::sort(t_[v].kids.begin(), t_[v].kids.end());
    break;
  }
  // A finite verb with a subject taken for an adjective of the next noun
  // ("Russia fired/amod missiles/root at Kyiv"): the verb heads, the noun is its object.
  for (int v = 0; v < n; ++v) {
    int h = t_[v].head;
    if (t_[v].rel != kAmod || h <= v || tk[v].upos != "VERB") continue;
    // Without a subject: in a verbless sentence, the name right before the verb that
    // hangs from the same root noun is it ("Russia expanded/amod energy cooperation/root").
    int subj = -1;
    if (Child(v, kNsubj) < 0) {
      if (t_[h].rel != kRoot || v == 0) continue;
      if (actor_at_[v - 1] < 0) {
        // A role noun right before it, the root noun's subject ("The Syrian army
        // used/amod sarin/root against ..."): the verb's subject.
        if (agent_at_[v - 1] < 0 || t_[v - 1].head != h || t_[v - 1].rel != kNsubj) continue;
        subj = v - 1;
      } else {
        const Span& sp = actor_spans_[actor_at_[v - 1]];
        if (sp.last != v - 1) continue;
        for (int x = sp.first; x <= sp.last; ++x)
          if (t_[x].head < sp.first || t_[x].head > sp.last) subj = x;
        if (subj < 0 || t_[subj].head != h ||
            (t_[subj].rel != kCompound && t_[subj].rel != kAmod && t_[subj].rel != kNmodPoss))
          continue;
      }
      auto& k0 = t_[h].kids;
      k0.erase(std::remove(k0.begin(), k0.end(), subj), k0.end());
      t_[subj].head = v;
      t_[subj].rel = kNsubj;
      t_[v].kids.push_back(subj);
    }
    int hh = t_[h].head;
    Rel hr = t_[h].rel;
    auto& hk = t_[h].kids;
    hk.erase(std::remove(hk.begin(), hk.end(), v), hk.end());
    if (hh >= 0) std::replace(t_[hh].kids.begin(), t_[hh].kids.end(), h, v);
    t_[v].head = hh;
    t_[v].rel = hr == kRoot ? kRoot : hr;
    t_[v].verbal = true;
    t_[h].head = v;
    t_[h].rel = kObj;
    t_[v].kids.push_back(h);
    std::sort(t_[v].kids.begin(), t_[v].kids.end());
    // The noun's prepositional phrases belong to the verb now.
    for (int k : std::vector<int>(hk)) {
      if (t_[k].rel == kNmod) {
        hk.erase(std::remove(hk.begin(), hk.end(), k), hk.end());
        t_[k].head = v;
        t_[k].rel = kObl;
        t_[v].kids.push_back(k);
      }
    }
    std::sort(t_[v].kids.begin(), t_[v].kids.end());
  }
  // "Germany said Russia/nsubj used/acl chemical weapons": a "subject" after its verb
  // with a participle holding an object is the subject of a complement clause.
  for (int v = 0; v < n; ++v) {
    int s = t_[v].head;
    if (s < 0 || t_[v].rel != kAcl || tk[v].upos != "VERB" || v != s + 1 || Child(v, kObj) < 0 ||
        Child(v, kNsubj) >= 0 || (tk[v].xpos != "VBD" && tk[v].xpos != "VBN"))
      continue;
    int g = t_[s].head;
    if (g < 0 || t_[s].rel != kNsubj || g > s || !t_[g].verbal) continue;
    auto& gk = t_[g].kids;
    std::replace(gk.begin(), gk.end(), s, v);
    auto& sk = t_[s].kids;
    sk.erase(std::remove(sk.begin(), sk.end(), v), sk.end());
    t_[v].head = g;
    t_[v].rel = kCcomp;
    t_[v].verbal = true;
    t_[s].head = v;
    t_[v].kids.push_back(s);
    std::sort(t_[v].kids.begin(), t_[v].kids.end());
    std::sort(gk.begin(), gk.end());
  }
  // "inching nearer to accord/NOUN with Gondor": a bare noun right after "to" whose form
  // is a dictionary verb's base form and which has a "with" phrase is an infinitive;
  // it hangs from the nearest verb above it as an infinitive clause.
  for (int v = 1; v < n; ++v) {
    if (tk[v].upos != "NOUN" || (t_[v].rel != kNmod && t_[v].rel != kObl) || t_[v - 1].up != "TO" ||
        t_[v - 1].head != v || actor_at_[v] >= 0 || agent_at_[v] >= 0)
      continue;
    bool bare = true, with = false;
    for (int k : t_[v].kids) {
      Rel r = t_[k].rel;
      if (r == kDet || r == kAmod || r == kNummod || r == kCompound || r == kNmodPoss) bare = false;
      if ((r == kNmod || r == kObl) && CaseOf(k) == "WITH") with = true;
    }
    // ... or followed by a clause it takes ("begun to question/NOUN whether ...").
    int clause = -1;
    if (v + 1 < n && t_[v + 1].rel == kMark && (t_[v + 1].up == "WHETHER" || t_[v + 1].up == "IF"))
      clause = t_[v + 1].head;
    bool base_verb = false;
    if (const auto* list = c_.verbs.ByForm(t_[v].up))
      for (uint32_t id : *list) base_verb |= c_.verbs.entry(id).word == t_[v].up && c_.verbs.entry(id).before.empty();
    if (!bare || (!with && clause < 0) || !base_verb) continue;
    int g = t_[v].head;
    while (g >= 0 && !(t_[g].verbal && tk[g].upos == "VERB")) g = t_[g].head;
    if (g < 0) continue;
    if (clause >= 0 && t_[clause].head == g) {
      auto& ck = t_[g].kids;
      ck.erase(std::remove(ck.begin(), ck.end(), clause), ck.end());
      t_[clause].head = v;
      t_[clause].rel = kCcomp;
      t_[v].kids.push_back(clause);
      std::sort(t_[v].kids.begin(), t_[v].kids.end());
    }
    auto& hk = t_[t_[v].head].kids;
    hk.erase(std::remove(hk.begin(), hk.end(), v), hk.end());
    t_[v].head = g;
    t_[v].rel = kAdvcl;
    t_[v].verbal = true;
    t_[v].as_verb = true;
    t_[g].kids.push_back(v);
    std::sort(t_[g].kids.begin(), t_[g].kids.end());
    t_[v - 1].rel = kMark;
    for (int k : t_[v].kids)
      if (t_[k].rel == kNmod) t_[k].rel = kObl;
  }
  // "Ethiopia departs/NOUN from Libya": a root noun right after the name that
  // modifies it, with no determiner, whose very form is a verb form in the
  // dictionary, is the verb; the name is its subject, its PPs the verb's.
  // TABARI reads any dictionary word after the opening name as its verb, wherever the
  // tree hangs it ("Estonia actuality/nsubj from Libya ... trashed").
  for (int v = 1; v < n; ++v) {
    bool tabari_opening = c_.actor_stems && actor_at_[v - 1] >= 0 && actor_spans_[actor_at_[v - 1]].first == 0;
    if ((t_[v].rel != kRoot && !tabari_opening) || (tk[v].upos != "NOUN" && tk[v].upos != "PROPN") ||
        actor_at_[v] >= 0)
      continue;
    int c = v - 1;
    if (actor_at_[c] < 0 || t_[c].head != v || (t_[c].rel != kCompound && t_[c].rel != kNmodPoss)) continue;
    if (Child(v, kDet) >= 0 || Child(v, kNsubj) >= 0) break;
    if (!c_.verbs.ByForm(t_[v].up) && !(c_.actor_stems && c_.verbs.ByStem(t_[v].up))) break;
    int first = actor_spans_[actor_at_[c]].first;
    for (int k : t_[v].kids)
      if (k < first) first = -1;
    if (first < 0) break;  // other words before the name
    t_[c].rel = kNsubj;
    t_[v].verbal = true;
    t_[v].as_verb = true;
    for (int k : t_[v].kids)
      if (t_[k].rel == kNmod) t_[k].rel = kObl;
    break;
  }
  return true;
}

// A lower-case pronoun, determiner, preposition or other function word ("us", "it")
// is never an actor name by itself, whatever the upper-cased dictionary says.
bool SentenceCoder::LowerCaseFunctionWord(int i) const {
  const Token& t = *t_[i].src;
  static const char* kFunction[] = {"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART"};
  bool function = false;
  for (const char* f : kFunction) function |= t.upos == f;
  if (!function) return false;
  for (char c : t.form)
    if (c >= 'A' && c <= 'Z') return false;
  return true;
}

// The preposition (case child) of nominal k, upper case; "" when none.
std::string SentenceCoder::CaseOf(int k) const {
  for (int c : t_[k].kids)
    if (t_[c].rel == kCase) return t_[c].up;
  return "";
}

// "after Calenardhon crowds burned ...", "since the war": a time phrase, never a role.
bool SentenceCoder::TimePhrase(int k) const {
  static const char* kTime[] = {"AFTER", "BEFORE", "DURING", "SINCE", "UNTIL", "TILL"};
  std::string c = CaseOf(k);
  for (const char* w : kTime)
    if (c == w) return true;
  return false;
}

// An apposition right after its head word with nothing between them is a name the
// parser split ("Deputy | Prime Minister Telemar"): part of the head's phrase. A real
// apposition is set off by a comma, a dash or a parenthesis. TABARI reads no tree: its
// agents combine only with an actor right next to them (manual 5.4), so not in --tabari.
bool SentenceCoder::AdjacentAppos(int k) const {
  int h = t_[k].head;
  if (c_.actor_stems || h < 0 || t_[k].rel != kAppos || k < h) return false;
  std::vector<int> sub;
  Subtree(k, &sub, false);
  int first = *std::min_element(sub.begin(), sub.end());
  for (int j : t_[k].kids)
    if (t_[j].rel == kConj || t_[j].rel == kPunct) return false;
  return first == h + 1 && t_[first].src->upos != "PUNCT";
}

// "met in Singapore", "signed at the White House": a place, not a target.
bool SentenceCoder::PlacePhrase(int k) const {
  std::string c = CaseOf(k);
  return c == "IN" || c == "AT" || c == "NEAR" || c == "INSIDE" || c == "THROUGHOUT";
}

bool SentenceCoder::TimeWord(int h) const {
  static const char* kTime[] = {"MONDAY",  "TUESDAY",  "WEDNESDAY", "THURSDAY", "FRIDAY",  "SATURDAY",  "SUNDAY",
                                "JANUARY", "FEBRUARY", "MARCH",     "APRIL",    "MAY",     "JUNE",      "JULY",
                                "AUGUST",  "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER", "DAY",      "WEEK",
                                "WEEKEND", "MONTH",    "YEAR",      "NIGHT",    "MORNING", "AFTERNOON", "EVENING"};
  const std::string& u = t_[h].lemma;
  for (const char* w : kTime)
    if (u == w || t_[h].up == w) return true;
  return false;
}

bool SentenceCoder::Attribution(int k) const {
  std::string c = CaseOf(k);
  if (c == "ACCORDING") return true;
  // "according/VERB to/case X/obl": the parser made "according" a verb.
  int h = t_[k].head;
  return c == "TO" && h >= 0 && t_[h].up == "ACCORDING";
}

bool SentenceCoder::InAttribution(int p) const {
  for (int depth = 0; p >= 0 && depth < 8; ++depth) {
    if (t_[p].rel == kCase || t_[p].rel == kFixed) return false;
    if (Attribution(p)) return true;
    if (depth > 0 && t_[p].verbal && t_[p].src->upos != "ADJ") return false;
    p = t_[p].head;
  }
  return false;
}

bool SentenceCoder::ModifiesThingObject(int v, int first, int last) const {
  int u = HeadOf(first, last);
  for (int depth = 0; u >= 0 && depth < 6; ++depth) {
    int h = t_[u].head;
    if (h < 0) return false;
    if (h == v) return false;  // the actor is the object itself
    Rel r = t_[u].rel;
    if (r != kCompound && r != kAmod && r != kNmodPoss && r != kFlat && r != kConj) return false;
    if (t_[h].head == v && t_[h].rel == kObj)
      return t_[h].noun && agent_at_[h] < 0 && actor_at_[h] < 0;
    u = h;
  }
  return false;
}

int SentenceCoder::HeadOf(int first, int last) const {
  for (int i = first; i <= last; ++i) {
    int h = t_[i].head;
    if (h < first || h > last) return i;
  }
  return last;
}

bool SentenceCoder::ThroughClause(const ActorRef& a, int k) const {
  int u = HeadOf(a.first, a.last);
  for (int depth = 0; u >= 0 && u != k && depth < 10; ++depth) {
    Rel r = t_[u].rel;
    if (r == kAcl || r == kRelcl || r == kAdvcl || r == kCcomp || r == kXcomp || t_[u].src->upos == "VERB")
      return true;
    u = t_[u].head;
  }
  return false;
}

void SentenceCoder::MatchActors() {
  int n = static_cast<int>(t_.size());
  actor_at_.assign(n, -1);
  agent_at_.assign(n, -1);
  if (c_.actor_stems) {
    // TABARI: a hyphen between two words of the text is part of the name ("Barad-Dur",
    // split by the tokenizer, is the dictionary's BARAD-DUR) and an underscore in the
    // text joins two words ("Dol_Amroth" = DOL AMROTH).
    std::vector<std::string> words;
    std::vector<int> first_tok, last_tok;
    std::vector<bool> special;
    for (int i = 0; i < n; ++i) {
      const Token& tk = *t_[i].src;
      if (tk.form == "-" && i > 0 && i + 1 < n && !words.empty() && last_tok.back() == i - 1 &&
          !s_.tokens[i - 1].space_after && !tk.space_after) {
        words.back() += "-" + forms_[i + 1];
        last_tok.back() = i + 1;
        special.back() = true;
        ++i;
        continue;
      }
      if (forms_[i].find('_') != std::string::npos && forms_[i].size() > 1) {
        for (const std::string& part : dict::SplitPhrase(forms_[i])) {
          words.push_back(part);
          first_tok.push_back(i);
          last_tok.push_back(i);
          special.push_back(true);
        }
        continue;
      }
      words.push_back(forms_[i]);
      first_tok.push_back(i);
      last_tok.push_back(i);
      special.push_back(false);
    }
    int nw = static_cast<int>(words.size());
    // TABARI's regular endings: a plural S on a name's words ("Ithilen government radios"
    // = ITHILEN_GOVERNMENT_RADIO_).
    std::vector<std::string> singular = words;
    for (auto& w : singular)
      if (w.size() > 3 && w.back() == 'S' && w[w.size() - 2] != 'S') w.pop_back();
    // A blank in a TABARI actor phrase lets other words in between ("ITHILEN TELEVISION"
    // names "Ithilen state-run television", "PRINCE DOL_AMROTH" "Prince of Dol_Amroth"):
    // dyad lets up to three words that are no verb, name or punctuation (but a hyphen)
    // follow the first word of a phrase.
    for (int w = 0; w < nw; ++w) {
      if (actor_at_[first_tok[w]] >= 0) continue;
      int contiguous = c_.actors.Longest(words, static_cast<size_t>(w)).length;
      int best_len = 0, best_gap = 0;
      uint32_t best_payload = 0;
      auto plural = c_.actors.Longest(words, static_cast<size_t>(w), &singular);
      if (plural.length > contiguous) {
        best_len = plural.length;
        best_payload = plural.payload;
      }
      for (int g = 1; g <= 3 && w + g + 1 < nw; ++g) {
        const Token& gt = *t_[first_tok[w + g]].src;
        bool gappable = gt.upos != "VERB" && gt.upos != "AUX" && gt.upos != "PART" &&
                        (gt.upos != "PUNCT" || gt.form == "-") && (gt.form.empty() || gt.form[0] != '\'') &&
                        actor_at_[first_tok[w + g]] < 0 && agent_at_[first_tok[w + g]] < 0;
        if (!gappable) break;
        std::vector<std::string> synthetic = {words[w]};
        for (int k = w + g + 1; k < nw && k < w + g + 7; ++k) synthetic.push_back(words[k]);
        auto m = c_.actors.Longest(synthetic, 0);
        if (m.length >= 2 && m.length > contiguous && m.length > best_len) {
          best_len = m.length;
          best_gap = g;
          best_payload = m.payload;
        }
      }
      if (best_len == 0) continue;
      int a = first_tok[w], b = last_tok[w + best_gap + best_len - 1];
      bool free = true;
      for (int k = a; k <= b; ++k) free = free && actor_at_[k] < 0;
      if (!free) continue;
      actor_spans_.push_back({a, b, best_payload});
      for (int k = a; k <= b; ++k) actor_at_[k] = static_cast<int>(actor_spans_.size()) - 1;
      w += best_gap + best_len - 1;
    }
    for (int w = 0; w < nw; ++w) {
      if (!special[w]) continue;
      for (int st = std::max(0, w - 3); st <= w; ++st) {
        auto m = c_.actors.Longest(words, static_cast<size_t>(st));
        if (m.length == 0 || st + m.length <= w) continue;
        int a = first_tok[st], b = last_tok[st + m.length - 1];
        bool free = true;
        for (int k = a; k <= b; ++k) free = free && actor_at_[k] < 0;
        if (!free) continue;
        actor_spans_.push_back({a, b, m.payload});
        for (int k = a; k <= b; ++k) actor_at_[k] = static_cast<int>(actor_spans_.size()) - 1;
        w = st + m.length - 1;
        break;
      }
    }
  }
  for (int i = 0; i < n;) {
    if (actor_at_[i] >= 0) {
      i = actor_spans_[actor_at_[i]].last + 1;
      continue;
    }
    auto m = c_.actors.Longest(forms_, i);
    if (m.length == 0 && c_.actor_stems) {
      int a = c_.actors.Stem(forms_[i]);
      if (a >= 0) {
        m.length = 1;
        m.payload = static_cast<uint32_t>(a);
      }
    }
    if (m.length == 1 && LowerCaseFunctionWord(i)) m.length = 0;  // "told us", not the US
    if (m.length > 0 && !c_.actor_stems) {
      // A name glued to a currency sign or naming a currency is money, no actor:
      // "US$590 million", "A$1 million", "nine billion US dollars", "the Russian rouble".
      static const char* kCurrency[] = {"DOLLAR", "DOLLARS", "YUAN", "YEN",   "RUBLE",  "RUBLES", "ROUBLE",
                                        "ROUBLES", "RUPEE", "RUPEES", "LIRA", "RIAL",   "RIALS",  "FRANC",
                                        "FRANCS", "PESO",   "PESOS",  "DINAR", "DINARS", "RIYAL",  "RIYALS",
                                        "DIRHAM", "DIRHAMS", "SHEKEL", "SHEKELS", "HRYVNIA", "RAND", "KRONA",
                                        "KRONE",  "ZLOTY",  "FORINT", "RINGGIT", "BAHT",  "NAIRA", "CEDI"};
      int e = i + m.length - 1;
      if (e + 1 < n) {
        const std::string& nx = t_[e + 1].up;
        bool money = (!t_[e].src->space_after && (nx == "$" || nx == "€" || nx == "£" || nx == "¥"));
        for (const char* c : kCurrency) money |= nx == c;
        if (money) m.length = 0;
      }
    }
    if (m.length > 1) {
      // "the West Bank": a name starting after the leading determiner(s) that ends
      // further right wins over "the West".
      for (int j = i + 1; j < i + m.length && t_[j - 1].src->upos == "DET"; ++j) {
        auto later = c_.actors.Longest(forms_, j);
        if (later.length > 0 && j + later.length > i + m.length) {
          m.length = 0;
          break;
        }
      }
    }
    for (int k = i + 1; k < i + m.length && k < n; ++k)
      if (actor_at_[k] >= 0) m.length = 0;  // runs into a name found above
    if (m.length > 0) {
      actor_spans_.push_back({i, i + m.length - 1, m.payload});
      for (int k = i; k < i + m.length; ++k) actor_at_[k] = static_cast<int>(actor_spans_.size()) - 1;
      i += m.length;
    } else {
      ++i;
    }
  }
  for (int i = 0; i < n;) {
    if (actor_at_[i] >= 0) {
      ++i;
      continue;
    }
    auto m = c_.agents.Longest(forms_, i, &lemmas_);
    if (m.length > 0) {
      agent_spans_.push_back({i, i + m.length - 1, m.payload});
      for (int k = i; k < i + m.length; ++k) agent_at_[k] = static_cast<int>(agent_spans_.size()) - 1;
      i += m.length;
    } else {
      ++i;
    }
  }
}

std::string SentenceCoder::SpecialActorCode() const {
  std::string out;
  for (const Span& sp : actor_spans_) {
    if (Hidden(sp.first)) continue;
    std::string code = c_.actors.actor(sp.id).CodeAt(date_);
    if (code == "###") return code;
    if (code == "+++") out = code;
  }
  return out;
}

bool SentenceCoder::ActorBefore(int v) const {
  for (int p = 0; p < v; ++p) {
    if (!o_.forward_actor.empty() && t_[p].src->upos == "PRON" && !Forwarded(p).empty()) return true;
    if (o_.convert_agents && agent_at_[p] >= 0) return true;
    if (actor_at_[p] < 0) continue;
    std::string code = c_.actors.actor(actor_spans_[actor_at_[p]].id).CodeAt(date_);
    if (!code.empty() && code != "---") return true;
  }
  return false;
}

// TABARI's elimination of comma-delimited nonrestrictive clauses (COMMA).
void SentenceCoder::HideCommaClauses() {
  int n = static_cast<int>(t_.size());
  std::vector<int> commas;
  bool listing = false;  // the previous comma joined two names
  for (int i = 0; i < n; ++i) {
    if (t_[i].up != ",") continue;
    // "Mordor, Rohan and Bree", "Evil Mordor, the awful Fornost, and good Gondor": a list
    // of names (a name right before the comma, one after it past determiners, adjectives
    // and a conjunction), not a clause.
    // ", and X" continues a list only after a listing comma.
    int after = i + 1;
    bool conj = false;
    while (after < n && (t_[after].src->upos == "DET" || t_[after].src->upos == "ADJ" ||
                         t_[after].src->upos == "CCONJ")) {
      conj |= t_[after].src->upos == "CCONJ";
      ++after;
    }
    if (i > 0 && after < n && actor_at_[i - 1] >= 0 && actor_at_[after] >= 0 && (!conj || listing)) {
      listing = true;
      continue;
    }
    listing = false;
    commas.push_back(i);
  }
  if (commas.empty()) return;
  auto words = [&](int a, int b) {  // words in [a, b)
    int w = 0;
    for (int i = a; i < b; ++i) {
      const Token& tk = *t_[i].src;
      if (tk.upos == "PUNCT" || tk.form.empty() || tk.form[0] == '\'' || t_[i].up == "N'T") continue;
      ++w;
    }
    return w;
  };
  hidden_.assign(n, false);
  auto hide = [&](int a, int b, int lo, int hi) {
    int w = words(a, b);
    if (w > lo && w <= hi)
      for (int i = a; i < b; ++i) hidden_[i] = true;
  };
  hide(0, commas.front(), o_.comma_bmin, o_.comma_bmax);
  for (size_t k = 0; k + 1 < commas.size(); ++k) hide(commas[k] + 1, commas[k + 1], o_.comma_min, o_.comma_max);
  hide(commas.back() + 1, n, o_.comma_emin, o_.comma_emax);
  // A sentence whose only verbs are in removed clauses keeps its last clause, the main
  // one ("X's minister, in remarks published on Monday, urged Y to ...").
  bool verb_left = false;
  for (int i = 0; i < n; ++i)
    verb_left |= !hidden_[i] && t_[i].src->upos == "VERB";
  if (!verb_left)
    for (int i = commas.back() + 1; i < n; ++i) hidden_[i] = false;
  bool any = false;
  for (int i = 0; i < n; ++i) {
    if (!hidden_[i]) continue;
    any = true;
    actor_at_[i] = agent_at_[i] = -1;
  }
  if (any) {
    std::string shown;
    for (int i = 0; i < n; ++i)
      if (hidden_[i]) shown += (shown.empty() ? "" : " ") + t_[i].src->form;
    Explain("comma-delimited clause ignored (COMMA): '" + shown + "'");
  }
}

std::string SentenceCoder::Text(int a, int b) const {
  const auto& tk = s_.tokens;
  std::string out;
  for (int i = a; i <= b; ++i) {
    out += tk[i].form;
    if (i < b && tk[i].space_after) out.push_back(' ');
  }
  return out;
}

int SentenceCoder::Child(int v, Rel r) const {
  for (int k : t_[v].kids)
    if (t_[k].rel == r) return k;
  return -1;
}

void SentenceCoder::Subtree(int h, std::vector<int>* out, bool skip_clauses) const {
  out->push_back(h);
  for (int k : t_[h].kids) {
    Rel r = t_[k].rel;
    // Coordinated adjectives ("Chinese and Indian soldiers") are not coordinated clauses.
    if (skip_clauses &&
        (r == kParataxis || r == kPunct || (r == kConj && t_[k].verbal && t_[h].verbal && t_[h].rel != kAmod)))
      continue;
    Subtree(k, out, skip_clauses);
  }
}

bool SentenceCoder::Negated(int v) const {
  for (int k : t_[v].kids) {
    const Tok& t = t_[k];
    if (t.rel == kNeg) return true;
    if ((t.rel == kAdvmod || t.rel == kAux || t.rel == kOther) &&
        (t.lemma == "NOT" || t.up == "NOT" || t.up == "N'T" || t.up == "NEVER" || t.lemma == "NEVER"))
      return true;
  }
  return false;
}

bool SentenceCoder::Passive(int v) const {
  for (int k : t_[v].kids) {
    if (t_[k].rel == kNsubjPass) return true;
    if (t_[k].rel == kAux && t_[k].src->deprel.find("pass") != std::string::npos) return true;
  }
  return false;
}

// Contiguous items starting at token p; *end = one past the last token.
bool SentenceCoder::ItemsAt(const std::vector<dict::PatItem>& items, int p, int* end) const {
  int n = static_cast<int>(t_.size());
  // TABARI stems (a word without a trailing _) also match longer words.
  // PETRARCH-2 forms plurals of synset phrases only: a plain pattern word matches as
  // written ("* EFFORT" is no "abandoned efforts").
  // Hot: called for every pattern word at every position. The first byte is
  // compared before anything else (most words differ there).
  auto same = [&](int q, const std::string& w, bool stem, bool synset) {
    const Tok& t = t_[q];
    if (w.empty()) return t.up.empty();
    bool loose = synset || !o_.petrarch2;
    if (!t.up.empty() && t.up[0] == w[0]) {
      if (t.up == w) return true;
      if (loose && t.noun && IsRegularPlural(t.up, w)) return true;
      if (stem && c_.actor_stems && t.up.size() > w.size() && t.up.compare(0, w.size(), w) == 0) return true;
    }
    return loose && !t.lemma.empty() && t.lemma[0] == w[0] && t.lemma == w;
  };
  for (const dict::PatItem& it : items) {
    if (p >= n) return false;
    if (it.synset < 0) {
      if (!same(p, it.word, it.stem, false)) return false;
      ++p;
    } else {
      int best = -1;
      const dict::Synset& syn = c_.verbs.synset(it.synset);
      for (size_t k = 0; k < syn.phrases.size(); ++k) {
        const auto& ph = syn.phrases[k];
        int q = p;
        bool ok = true;
        bool gap = false;  // TABARI: a blank after the previous word lets other words in
        for (size_t wi = 0; wi < ph.size(); ++wi) {
          bool stem = k < syn.stems.size() && wi < syn.stems[k].size() && syn.stems[k][wi];
          int found = -1;
          for (int r = q; r < n && r <= q + (gap ? 3 : 0); ++r) {
            if (r > q && t_[r - 1].punct) break;
            if (same(r, ph[wi], stem, true)) {
              found = r;
              break;
            }
          }
          if (found < 0) {
            ok = false;
            break;
          }
          q = found + 1;
          gap = stem && c_.actor_stems;
        }
        if (ok && q > best) best = q;
      }
      if (best < 0) return false;
      p = best;
    }
  }
  *end = p;
  return true;
}

// Matches pattern elements in order over `scope` (sorted token positions);
// returns the number of tokens matched, -1 when some element is missing.
int SentenceCoder::MatchElems(const std::vector<dict::PatElem>& elems, const std::vector<int>& scope,
                              std::vector<std::pair<int, int>>* spans) const {
  size_t k = 0;  // index into scope
  int score = 0;
  if (spans) spans->clear();
  for (const dict::PatElem& e : elems) {
    int start = -1, end = -1;  // matched tokens [start, end)
    for (; k < scope.size() && start < 0; ++k) {
      int p = scope[k];
      if (e.kind == dict::PatElem::kWords) {
        int stop;
        if (ItemsAt(e.items, p, &stop)) {
          start = p;
          end = stop;
          score += stop - p;
          while (k + 1 < scope.size() && scope[k + 1] < stop) ++k;
        }
      } else {
        if (t_[p].up != e.prep) continue;
        // "killed five children on Thursday" is no "* (ON)": a preposition of a date or
        // time names when, not with or against whom.
        if (!c_.actor_stems && t_[p].rel == kCase && t_[p].head >= 0 && TimeWord(t_[p].head)) continue;
        if (e.items.empty()) {
          start = p;
          end = p + 1;
          score += 1;
          continue;
        }
        for (size_t j = k + 1; j < scope.size() && j <= k + 6 && start < 0; ++j) {
          int stop;
          if (ItemsAt(e.items, scope[j], &stop)) {
            start = p;
            end = stop;
            score += 1 + stop - scope[j];
            k = j;
            while (k + 1 < scope.size() && scope[k + 1] < stop) ++k;
          }
        }
      }
    }
    if (start < 0) return -1;
    if (spans) spans->push_back({start, end - 1});
  }
  return score;
}

// The first actor whose span starts in [from, to): its noun phrase on the tree,
// else the words of the span.
std::vector<ActorRef> SentenceCoder::ActorAt(int from, int to) const {
  int n = static_cast<int>(t_.size());
  for (int p = std::max(from, 0); p < std::min(to, n); ++p) {
    if (actor_at_[p] < 0) continue;
    const Span& sp = actor_spans_[actor_at_[p]];
    int head = sp.first;
    for (int q = sp.first; q <= sp.last; ++q)
      if (t_[q].head < sp.first || t_[q].head > sp.last) head = q;
    // A name modifying an agent noun names the agent's phrase ("a senior Bree official").
    while (t_[head].head >= 0 && agent_at_[t_[head].head] >= 0 && actor_at_[t_[head].head] < 0 &&
           (t_[head].rel == kCompound || t_[head].rel == kAmod || t_[head].rel == kNmodPoss))
      head = t_[head].head;
    auto np = NP(head, 0);
    if (!np.empty()) return np;
    return ChunkActors(sp.first, sp.last);
  }
  return {};
}

int SentenceCoder::SkipPhrases(int from, int to, int skip) const {
  auto nominal = [&](int p) {
    const std::string& u = t_[p].src->upos;
    return u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "NUM" || u == "PRON";
  };
  int p = from;
  for (; skip > 0 && p < to; --skip) {
    while (p < to && !nominal(p) && actor_at_[p] < 0) ++p;
    for (int start = p; p < to; ++p) {
      bool same_name = p > start && actor_at_[p] >= 0 && actor_at_[p] == actor_at_[p - 1];
      if (!nominal(p) && !same_name) break;
    }
  }
  return std::min(p, to);
}

std::vector<ActorRef> SentenceCoder::ActorAtSkip(int from, int to, int skip) const {
  int n = static_cast<int>(t_.size());
  for (int p = std::max(from, 0); p < std::min(to, n); ++p) {
    if (actor_at_[p] < 0 || actor_spans_[actor_at_[p]].first != p) continue;
    auto a = ActorAt(p, p + 1);
    if (skip-- <= 0) return a;
    int end = actor_spans_[actor_at_[p]].last;
    for (const auto& x : a) end = std::max(end, x.last);
    p = end;
  }
  return {};
}

bool SentenceCoder::FindVerb(int v, VerbHit* hit) const {
  const Tok& t = t_[v];
  std::vector<uint32_t> cands;
  int best_multi = -1;
  // `at`: the position of the verb word (another than v for a split multi-word verb).
  auto consider = [&](const std::vector<uint32_t>* list, int at = -1) {
    if (!list) return;
    if (at < 0) at = v;
    for (uint32_t id : *list) {
      const dict::VerbEntry& e = c_.verbs.entry(id);
      if (at != v && (e.before.empty() || at - static_cast<int>(e.before.size()) > v)) continue;
      bool ok = true;
      for (size_t b = 0; b < e.before.size() && ok; ++b) {
        int p = at - static_cast<int>(e.before.size()) + static_cast<int>(b);
        ok = p >= 0 && (t_[p].up == e.before[b] || t_[p].lemma == e.before[b]);
      }
      for (size_t a = 0; a < e.after.size() && ok; ++a) {
        int p = at + 1 + static_cast<int>(a);
        ok = p < static_cast<int>(t_.size()) && (t_[p].up == e.after[a] || t_[p].lemma == e.after[a]);
      }
      if (!ok) continue;
      int multi = static_cast<int>(e.before.size() + e.after.size());
      if (multi > best_multi) {
        best_multi = multi;
        cands.clear();
      }
      if (multi == best_multi && std::find(cands.begin(), cands.end(), id) == cands.end()) cands.push_back(id);
    }
  };
  consider(c_.verbs.ByForm(t.up));
  if (cands.empty()) consider(c_.verbs.ByLemma(t.lemma));
  if (cands.empty()) consider(c_.verbs.ByStem(t.up));
  // A multi-word verb whose verb word the tagger took for a noun and whose first word
  // for the verb ("will not wire/VERB tap/NOUN" = WIRE_+TAP): the tree's verb codes it.
  if (cands.empty() && v + 1 < static_cast<int>(t_.size()) && t_[v + 1].src->upos != "VERB" &&
      t_[v + 1].src->upos != "AUX") {
    consider(c_.verbs.ByForm(t_[v + 1].up), v + 1);
    if (cands.empty()) consider(c_.verbs.ByLemma(t_[v + 1].lemma), v + 1);
  }
  if (cands.empty()) return false;
  // Pattern scopes: the verb's own subtree, before and after it.
  std::vector<int> sub;
  Subtree(v, &sub, true);
  std::sort(sub.begin(), sub.end());
  std::vector<int> pre, post;
  for (int p : sub)
    if (p > v) post.push_back(p);
  // Words before the verb in a pattern name the subject phrase (PETRARCH-2).
  bool flat = c_.verbs.block(c_.verbs.entry(cands[0]).block).flat;
  // TABARI patterns name auxiliaries and adverbs before the verb ("DIDN'T * ..."); PETRARCH
  // patterns name negative auxiliaries with their adverbs ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER
  // *"), but an adverb alone is not matched ("Gollum recently allowed" is no "RECENTLY *").
  bool aux_before = false;
  std::vector<int> adverbs;  // pre-verb adverbs other than negations (PETRARCH files)
  for (int k : t_[v].kids) aux_before |= k < v && (t_[k].rel == kAux || t_[k].rel == kNeg);
  for (int k : t_[v].kids) {
    Rel r = t_[k].rel;
    if (r == kNsubj || r == kNsubjPass || r == kCsubj) Subtree(k, &pre, true);
    if (k < v && (r == kAux || r == kNeg || (r == kAdvmod && (flat || aux_before)) || (flat && r == kOther)))
      Subtree(k, &pre, true);
    if (k < v && r == kAdvmod && !flat && aux_before && t_[k].up != "NOT" && t_[k].up != "N'T" && t_[k].up != "NEVER")
      Subtree(k, &adverbs, true);
  }
  // TABARI reads the words before the verb, not a tree: any word of the sentence before it.
  if (flat) {
    pre.clear();
    for (int p = 0; p < v; ++p)
      if (!Hidden(p)) pre.push_back(p);
    post.clear();
    for (int p = v + 1; p < static_cast<int>(t_.size()); ++p)
      if (!Hidden(p)) post.push_back(p);
  }
  // A verb with no dependent after it while words follow is a misparse ("Gollum will
  // bargain | foreign asylum/nsubj-of-reported in Gondor"): its pattern words are the
  // words after it up to the next punctuation or verb.
  if (!flat && post.empty() && t_[v].rel != kAmod && t_[v].rel != kAcl && t_[v].rel != kRelcl) {
    for (int p = v + 1; p < static_cast<int>(t_.size()); ++p) {
      const std::string& u = t_[p].src->upos;
      if (u == "PUNCT" || u == "VERB" || u == "AUX" || u == "SCONJ") break;
      post.push_back(p);
    }
  }
  // A complement clause's verb: PETRARCH patterns name the governing verb before it and
  // the governing verb's own words up to it ("- INDICATED WOULD * NOW": "Ethiopia
  // indicated it would act now"; "- INCHING &ACCORDSYN *": "inching nearer to accord"),
  // not the clause's own marker ("to").
  bool to_infinitive = false;
  for (int k : t_[v].kids) to_infinitive |= t_[k].rel == kMark && t_[k].up == "TO";
  if (!flat && (t_[v].rel == kCcomp || t_[v].rel == kXcomp || (t_[v].rel == kAdvcl && to_infinitive)) &&
      t_[v].head >= 0 && t_[v].head < v) {
    int g = t_[v].head;
    pre.push_back(g);
    for (int p = g + 1; p < v; ++p) {
      int a = p;
      while (a >= 0 && a != g && a != v) a = t_[a].head;
      if (a == g) pre.push_back(p);
    }
    std::sort(pre.begin(), pre.end());
    pre.erase(std::unique(pre.begin(), pre.end()), pre.end());
  }
  std::sort(pre.begin(), pre.end());
  const dict::VerbEntry& first = c_.verbs.entry(cands[0]);
  hit->tok = v;
  hit->verb = t.up;
  hit->code = first.code.empty() ? c_.verbs.block(first.block).code : first.code;
  hit->pattern = "(verb " + first.word + " in block " + c_.verbs.block(first.block).name + ", " + first.where + ")";
  int best_w = -1, best_compound = -1, best_letters = -1;
  std::vector<uint32_t> seen_blocks;
  for (uint32_t id : cands) {
    const dict::VerbEntry& e = c_.verbs.entry(id);
    hit->names.push_back(e.word);
    hit->names.push_back(Upper(c_.verbs.block(e.block).name));
    if (std::find(seen_blocks.begin(), seen_blocks.end(), e.block) != seen_blocks.end()) continue;
    seen_blocks.push_back(e.block);
    const bool flat_block = c_.verbs.block(e.block).flat;
    for (uint32_t pid : c_.verbs.block(e.block).patterns) {
      const dict::VerbPattern& p = c_.verbs.pattern(pid);
      if ((p.signature & ~signature_) != 0) continue;
      // TABARI's complex (+++) and discard (###) codes have no meaning in a PETRARCH-2
      // verb file (discards are a list of their own): such a pattern never wins there.
      if (!flat_block && (p.code == "+++" || p.code == "###")) continue;
      std::vector<std::pair<int, int>> starts;
      int a = MatchElems(p.pre, pre, &starts);
      if (a < 0 && !flat_block && p.glued_pre && !p.pre.empty()) {
        // "RECENTLY_*", "FAILED_TO_*": the glued words are the ones right before the verb
        // ("Gollum recently allowed", "X failed to agree"), wherever the tree hangs them.
        std::vector<int> near = pre;
        for (int q = std::max(0, v - 4); q < v; ++q) near.push_back(q);
        std::sort(near.begin(), near.end());
        near.erase(std::unique(near.begin(), near.end()), near.end());
        a = MatchElems(p.pre, near, &starts);
        if (a >= 0 && (starts.empty() || starts.back().second != v - 1)) a = -1;
      }
      if (a < 0) continue;
      // Adverbs count only with the auxiliary they modify ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER
      // *"); a pattern naming nothing but adverbs ("HEAVILY *") is not matched by them
      // ("X was heavily criticized"), as "RECENTLY *" is not by "X recently allowed".
      if (!adverbs.empty() && a > 0 && !o_.petrarch2) {
        bool only_adverbs = true;
        for (const auto& sp : starts)
          for (int q = sp.first; q <= sp.second && only_adverbs; ++q)
            only_adverbs = std::find(adverbs.begin(), adverbs.end(), q) != adverbs.end();
        if (only_adverbs) continue;
      }
      std::vector<std::pair<int, int>> ends;
      int b = MatchElems(p.post, post, &ends);
      if (b < 0) continue;
      // TABARI "RECENT~_*", "*_HOPE": the glued word touches the verb.
      if (c_.actor_stems && flat_block &&
          ((p.glued_pre && (starts.empty() || starts.back().second != v - 1)) ||
           (p.post_glued && (ends.empty() || ends.front().first != v + 1))))
        continue;
      int score = a + b;
      // TABARI ranks patterns by their length in letters: among patterns naming as many
      // words, the longer wins ("RESISTANCE TO THE INVADING" over "RESIST {TO THE END}";
      // a synset counts no letters, so "* DOLLAR" beats "* &CURRENCY").
      int letters = 0;
      if (c_.actor_stems && flat_block)
        for (const auto* side : {&p.pre, &p.post})
          for (const auto& el : *side) {
            letters += static_cast<int>(el.prep.size());
            for (const auto& it : el.items)
              if (it.synset < 0) letters += static_cast<int>(it.word.size());
          }
      // PETRARCH-2 "* WITH %": the phrase after WITH must be a compound actor; it is the
      // target, one event per member. (TABARI files keep % as a compound of the subject.)
      // TABARI files: "HAS * WITH %" names the compound at that place.
      int cfrom = -1, cto = -1;
      if (p.compound_after != -2 && (!flat_block || c_.actor_stems)) {
        cfrom = p.compound_after < 0 ? v + 1 : ends[p.compound_after].second + 1;
        cto = p.compound_after + 1 < static_cast<int>(ends.size()) ? ends[p.compound_after + 1].first
                                                                   : static_cast<int>(t_.size());
        if (ActorAt(cfrom, cto).size() < 2) continue;
      }
      // Positional + / $: between the end of the element before it and the next element
      // (after the *: from the verb on; before it: up to the verb).
      auto window = [&](int after, bool before_verb, int* from, int* to) {
        if (after == -2) {
          *from = *to = -1;
          return;
        }
        const auto& sp = before_verb ? starts : ends;
        int lo = before_verb ? 0 : v + 1, hi = before_verb ? v : static_cast<int>(t_.size());
        *from = after < 0 ? lo : sp[after].second + 1;
        *to = after + 1 < static_cast<int>(sp.size()) ? sp[after + 1].first : hi;
      };
      int tf, tt, sf, st;
      bool pre_target = p.target_before != -2, pre_source = p.source_before != -2;
      window(pre_target ? p.target_before : p.target_after, pre_target, &tf, &tt);
      window(pre_source ? p.source_before : p.source_after, pre_source, &sf, &st);
      // PETRARCH-2: each ^ before the + / $ skips a noun phrase ("IFTAR (AT ^ ^) +": "at
      // [Osgiliath] with [the parliament] of | Gondor"; "AT ^ +": "at [the Gondor] of | the
      // Prince of Dol Amroth"); TABARI skips actor phrases below.
      if (!c_.actor_stems) {
        if (tf >= 0) tf = SkipPhrases(tf, tt, p.target_skip);
        if (sf >= 0) sf = SkipPhrases(sf, st, p.source_skip);
      }
      // TABARI: a pattern whose designated actor is not where it says fails.
      if (c_.actor_stems && ((tf >= 0 && ActorAtSkip(tf, tt, p.target_skip).empty()) ||
                             (sf >= 0 && ActorAtSkip(sf, st, p.source_skip).empty())))
        continue;
      if (p.compound || (flat_block && p.compound_after != -2)) {
        // % patterns apply to a compound subject with no target; checked in Run.
        if (score > best_compound) {
          best_compound = score;
          hit->compound_from = flat_block ? cfrom : -1;
          hit->compound_to = flat_block ? cto : -1;
          hit->compound_code = p.code;
          hit->compound_pattern = "- " + p.text + " [" + p.code + "] (" + p.where + ") %";
        }
        continue;
      }
      if (score < best_w || (score == best_w && letters <= best_letters)) continue;
      best_w = score;
      best_letters = letters;
      hit->code = p.code;
      hit->pattern = "- " + p.text + " [" + p.code + "] (" + p.where + ")";
      hit->swap = p.swap && !pre_target;
      hit->pattern_negation = p.negation;
      hit->target_subject = p.target_subject && !pre_target;
      hit->target_prep = p.target_prep;
      hit->source_prep = p.source_prep;
      hit->matched = ends;
      hit->target_from = tf;
      hit->target_to = tt;
      hit->source_from = sf;
      hit->source_to = st;
      hit->target_skip = c_.actor_stems ? p.target_skip : 0;
      hit->source_skip = c_.actor_stems ? p.source_skip : 0;
      if (cfrom >= 0 && hit->target_from < 0) {
        hit->target_from = cfrom;
        hit->target_to = cto;
      }
    }
  }
  hit->compound = best_compound > best_w;
  return true;
}

std::string SentenceCoder::Combine(const std::string& actor, const std::vector<int>& agents, bool former) const {
  std::string code = actor;
  for (int a : agents) {
    const dict::Agent& ag = c_.agents.agent(agent_spans_[a].id);
    // TABARI: "former" right before the agent (or its actor) makes it an elite (ELI).
    int before = agent_spans_[a].first - 1;
    std::string agent_code = ag.code;
    if (c_.actor_stems && (former || (before >= 0 && t_[before].up == "FORMER"))) agent_code = "ELI";
    if (ag.prefix) {
      if (code.rfind(agent_code, 0) != 0) code = agent_code + code;
      continue;
    }
    for (size_t i = 0; i < agent_code.size(); i += 3) {
      std::string chunk = agent_code.substr(i, 3);
      bool present = false;
      for (size_t j = 0; j + chunk.size() <= code.size(); j += 3)
        if (code.compare(j, chunk.size(), chunk) == 0) present = true;
      if (!present) code += chunk;
    }
  }
  return code;
}

// Actors named by the noun phrase headed by m (not following conjunctions).
std::vector<ActorRef> SentenceCoder::Core(int m, std::vector<int>* agents_out, std::vector<ActorRef>* pp_out,
                                          int depth) const {
  std::vector<int> core;
  std::vector<int> stack = {m};
  while (!stack.empty()) {
    int x = stack.back();
    stack.pop_back();
    core.push_back(x);
    for (int k : t_[x].kids) {
      Rel r = t_[k].rel;
      if (r == kCompound || r == kAmod || r == kFlat || r == kFixed || r == kDet || r == kNummod ||
          r == kNmodPoss || (r == kCase && x != m) || (x != m && (r == kNmod || r == kConj || r == kCc)) ||
          (r == kAppos && AdjacentAppos(k)))
        stack.push_back(k);
    }
  }
  std::sort(core.begin(), core.end());
  auto in_core = [&](int p) { return std::binary_search(core.begin(), core.end(), p); };
  int actor = -1;
  std::vector<int> agents;
  for (int p : core) {
    if (actor_at_[p] >= 0 && actor < 0 && actor_spans_[actor_at_[p]].first == p) actor = actor_at_[p];
    if (actor_at_[p] < 0 && actor_at_[p] < 0 && agent_at_[p] >= 0 && agent_spans_[agent_at_[p]].first == p &&
        std::find(agents.begin(), agents.end(), agent_at_[p]) == agents.end())
      agents.push_back(agent_at_[p]);
  }
  // Multi-word actor names whose head is m but which start outside the core list.
  if (actor < 0 && actor_at_[m] >= 0) actor = actor_at_[m];
  // A name right before the phrase that the tagger took for another part of speech
  // ("Arnor/VERB security officials"): it modifies this phrase.
  if (actor < 0 && !agents.empty() && core.front() > 0) {
    int p = core.front() - 1;
    const std::string& u = t_[p].src->upos;
    if (actor_at_[p] >= 0 && actor_spans_[actor_at_[p]].last == p &&
        (u == "VERB" || u == "AUX" || u == "ADV" || u == "CCONJ" || u == "ADP" || u == "DET" || u == "SCONJ"))
      actor = actor_at_[p];
  }
  if (agents.empty()) {
    // Agent phrases that run into a prepositional modifier ("Minister of Silly Walks").
    if (agent_at_[m] >= 0) agents.push_back(agent_at_[m]);
  }
  (void)in_core;
  if (agents_out) *agents_out = agents;
  std::vector<ActorRef> out;
  if (actor >= 0) {
    // Coordinated modifiers: "Eriadori and Calenardhon leaders".
    std::vector<int> found = {actor};
    for (int p : core) {
      int a = actor_at_[p];
      if (a < 0 || std::find(found.begin(), found.end(), a) != found.end()) continue;
      if (t_[p].rel == kConj && t_[p].head >= 0 && actor_at_[t_[p].head] >= 0) found.push_back(a);
    }
    for (int a : found) {
      const Span& sp = actor_spans_[a];
      std::string code = c_.actors.actor(sp.id).CodeAt(date_);
      ActorRef r;
      bool former = sp.first > 0 && t_[sp.first - 1].up == "FORMER";
      r.code = code.empty() || code == "---" ? "---" : Combine(code, agents, former);
      r.first = std::min(sp.first, agents.empty() ? sp.first : agent_spans_[agents[0]].first);
      r.last = std::max(sp.last, agents.empty() ? sp.last : agent_spans_[agents.back()].last);
      out.push_back(r);
    }
    return out;
  }
  // No actor in the core: the first prepositional modifier that names one
  // ("soldiers from Gondor", "ties with Gondor", "the visit of X").
  if (depth < 6) {
    for (int k : t_[m].kids) {
      Rel r = t_[k].rel;
      // "a (military) agreement in Beijing" names no actor; "officials in Arnor", whose
      // head is a role, does.
      if ((r != kNmod && r != kObl && r != kObj) || TimePhrase(k) || (agent_at_[m] < 0 && PlacePhrase(k))) continue;
      if (!c_.actor_stems && (Attribution(k) || CaseOf(k) == "AS")) continue;
      // Roles said to be foreign or visiting are not the place's ("foreign envoys in
      // Nairobi", "visiting officials in Oslo", "a gathering of foreign ministers in Lima").
      if (!c_.actor_stems && !o_.petrarch2 && agent_at_[m] >= 0 && PlacePhrase(k)) {
        bool away = false;
        for (int j : t_[m].kids)
          if (t_[j].rel == kAmod && j < m &&
              ((t_[j].up == "FOREIGN" && t_[m].src->xpos == "NNS") || t_[j].up == "VISITING" ||
               (t_[j].up == "INTERNATIONAL" && std::islower(static_cast<unsigned char>(t_[j].src->form[0])))))
            away = true;
        if (away) continue;
      }
      // A role's "to" phrase is where it goes or is accredited, not whose it is ("the
      // visit of its prime minister to South Korea", "the ambassador to Russia").
      if (!c_.actor_stems && agent_at_[m] >= 0 && !o_.petrarch2) {
        std::string cs = CaseOf(k);
        if (cs == "TO" || cs == "TOWARD" || cs == "TOWARDS" || cs == "INTO") continue;
      }
      // A verb in a noun's PP is a misparse ("against besieged Osgiliath"): use its object.
      auto sub = t_[k].verbal && t_[k].src->upos == "VERB" ? Below(k, depth + 1) : NP(k, depth + 1);
      // A subject that is a thing, not a party ("a bus crash on an Ohio interstate
      // killed ...", "X of the Kyoto Peace Institute commented"): a name modifying
      // the thing in its prepositional phrase does not make it an actor.
      if (in_subject_ && agent_at_[m] < 0 && t_[k].noun && agent_at_[k] < 0 && actor_at_[k] < 0) {
        sub.erase(std::remove_if(sub.begin(), sub.end(),
                                 [&](const ActorRef& r) {
                                   int hd = HeadOf(r.first, r.last);
                                   return hd != k && (t_[hd].rel == kCompound || t_[hd].rel == kAmod);
                                 }),
                  sub.end());
      }
      if (sub.empty()) continue;
      if (pp_out) *pp_out = sub;
      for (ActorRef& a : sub) {
        if (a.code != "---") a.code = Combine(a.code, agents);
        if (!agents.empty()) a.first = std::min(a.first, agent_spans_[agents[0]].first);
        out.push_back(a);
      }
      return out;
    }
    // A participle or infinitive modifier: "roads leading into Mordor",
    // "efforts to stop a Gondor parade".
    // (Not for a subject that is a thing: "a bus crash on an Ohio
    // interstate killed ...".)
    if (agents.empty() && !(in_subject_ && t_[m].noun)) {
      for (int k : t_[m].kids) {
        if (t_[k].rel != kAcl) continue;
        out = Below(k, depth + 1);
        if (!out.empty()) return out;
      }
    }
  }
  return out;
}

// The first actor among the objects and prepositional phrases under verb k.
std::vector<ActorRef> SentenceCoder::Below(int k, int depth) const {
  if (depth > 6) return {};
  for (Rel want : {kObj, kIobj, kObl, kNmod}) {
    for (int j : t_[k].kids) {
      if (t_[j].rel != want) continue;
      auto a = NP(j, depth + 1);
      if (!a.empty()) return a;
    }
  }
  return {};
}

// The noun governed by the first preposition `prep` under verb v (case child).
int SentenceCoder::PrepObject(int v, const std::string& prep) const {
  std::vector<int> sub;
  Subtree(v, &sub, true);
  std::sort(sub.begin(), sub.end());
  for (int p : sub) {
    if (p <= v || t_[p].up != prep) continue;
    if (t_[p].rel == kCase && t_[p].head >= 0) return t_[p].head;
  }
  return -1;
}

std::vector<ActorRef> SentenceCoder::NP(int h, int depth) const {
  std::vector<ActorRef> out;
  if (h < 0 || depth > 8) return out;
  const Tok& t = t_[h];
  if (t.src->upos == "PRON" && actor_at_[h] < 0) {
    static const char* kPersonal[] = {"IT", "THEY", "HE", "SHE", "THEM", "HIM", "HER", "ITS", "THEIR"};
    bool personal = false;
    for (const char* p : kPersonal)
      if (t.lemma == p || t.up == p) personal = true;
    if (!personal) return out;
    // The nearest preceding subject naming an actor, if it names exactly one.
    for (int j = h - 1; j >= 0; --j) {
      if (t_[j].rel != kNsubj && t_[j].rel != kNsubjPass) continue;
      if (t_[j].src->upos == "PRON") continue;
      // A singular pronoun does not stand for a plural role noun ("health officials said
      // it has now reached 310 patients": the virus).
      if (!c_.actor_stems && t_[j].src->upos == "NOUN" && t_[j].src->xpos == "NNS" && agent_at_[j] >= 0 &&
          (t.up == "IT" || t.up == "ITS" || t.up == "HE" || t.up == "SHE" || t.up == "HIM" || t.up == "HER"))
        continue;
      auto a = NP(j, depth + 1);
      if (a.size() == 1) {
        Explain("pronoun '" + t.src->form + "' resolved to " + a[0].code + " ('" + Text(a[0].first, a[0].last) + "')");
        return a;
      }
      if (!a.empty()) return out;
    }
    return Forwarded(h);
  }
  // Conjunction members: h and its conj children (recursively).
  std::vector<int> members = {h};
  for (size_t i = 0; i < members.size(); ++i)
    for (int k : t_[members[i]].kids) {
      if (t_[k].rel == kConj && (!t_[k].verbal || actor_at_[k] >= 0)) members.push_back(k);
      // "Mordor, the Shire, Arnor and Bree" parsed as an apposition with conjuncts; not
      // when the head names no actor: then the apposition describes it ("Maria Gomez, a
      // Kosovo War veteran, author, and a candidate for the X Party").
      if (t_[k].rel == kAppos && i == 0 && actor_at_[h] >= 0) {
        for (int j : t_[k].kids)
          if (t_[j].rel == kConj) {
            members.push_back(k);
            break;
          }
      }
    }
  std::vector<ActorRef> pp_shared;
  std::vector<std::vector<int>> agent_only;
  std::vector<int> shared_mods;  // agents modifying the first member before its head
  for (int m : members) {
    std::vector<int> agents;
    std::vector<ActorRef> pp;
    auto a = Core(m, &agents, &pp, depth);
    if (m == h && !a.empty())
      for (int g : agents)
        if (agent_spans_[g].last < m) shared_mods.push_back(g);
    if (!pp.empty()) pp_shared = pp;
    if (a.empty() && !agents.empty()) agent_only.push_back(agents);
    for (auto& x : a) out.push_back(x);
  }
  // "Lawmakers and officials in Arnor": agents of earlier members share the PP actors.
  for (const auto& ag : agent_only) {
    if (!pp_shared.empty()) {
      for (const ActorRef& p : pp_shared) {
        ActorRef r = p;
        if (r.code != "---") {
          // strip agent codes the PP member added, keep the bare actor prefix
          r.code = Combine(r.code.substr(0, 3), ag);
        }
        out.push_back(r);
      }
    } else if (!out.empty() && out[0].code != "---" && out[0].code.size() >= 3 &&
               !(o_.petrarch2 && Child(h, kDet) >= 0)) {
      // (PETRARCH-2: a first member with its own determiner is a phrase of its own, its
      // modifiers not shared: "The Danish media and government" -> DNKMED, ---GOV.)
      // "Russian police and soldiers": later members share the first one's actor, and
      // its modifiers ("Danish Islamist media and government": DNKMUSGOV).
      ActorRef r = out[0];
      std::vector<int> with_mods = shared_mods;
      for (int g : ag)
        if (std::find(with_mods.begin(), with_mods.end(), g) == with_mods.end()) with_mods.push_back(g);
      r.code = Combine(out[0].code.substr(0, 3), with_mods);
      r.first = std::min(r.first, agent_spans_[ag[0]].first);
      out.push_back(r);
    } else if (c_.agent_only || o_.convert_agents || o_.petrarch2) {
      ActorRef r;
      r.code = Combine("", ag);
      // PETRARCH-2 codes an actor named only by its agent with a blank country ("---EDU").
      if (o_.petrarch2 && !c_.agent_only && !o_.convert_agents) r.code = "---" + r.code;
      // TABARI's CONVERT AGENTS codes the agent as written (~MIL).
      if (o_.convert_agents && !c_.agent_only && !r.code.empty() && r.code[0] != '~') r.code = "~" + r.code;
      r.first = agent_spans_[ag[0]].first;
      r.last = agent_spans_[ag.back()].last;
      r.agent_only = true;
      out.push_back(r);
    }
  }
  return out;
}

std::vector<ActorRef> SentenceCoder::Subject(int v, int depth) const {
  if (v < 0 || depth > 6) return {};
  // Two subjects of one verb are a misparsed name ("Bree | Prime Minister Romendacil"):
  // read the words they span as one phrase.
  {
    int first = -1, last = -1, count = 0, reporter = -1, after = -1;
    for (int k : t_[v].kids) {
      if (t_[k].rel != kNsubj) continue;
      std::vector<int> sub;
      Subtree(k, &sub, true);
      for (int p : sub) {
        first = first < 0 ? p : std::min(first, p);
        last = std::max(last, p);
      }
      ++count;
      // "Esper claims/NOUN Trump asked ...": a reporting verb the tagger took for a
      // noun heads the first "subject"; the reported clause's subject is the next one.
      static const char* kSays[] = {"SAYS", "CLAIMS", "REPORTS", "ALLEGES", "STATES", "WRITES", "ADDS", "NOTES",
                                    "ARGUES", "INSISTS", "ASSERTS", "SUGGESTS"};
      if (!c_.actor_stems && reporter < 0 && t_[k].noun)
        for (const char* w : kSays)
          if (t_[k].up == w) reporter = k;
      if (reporter >= 0 && k > reporter && after < 0) after = k;
    }
    if (count == 2 && reporter >= 0 && after >= 0 && last < v) return NP(after, 0);
    // A subordinator of the verb between the two ("the statement on Iraq after Putin
    // spoke with ..."): the subject after it is the clause's, the first lies outside.
    if (!c_.actor_stems && count == 2 && last < v)
      for (int m : t_[v].kids)
        if (t_[m].rel == kMark && m > first)
          for (int k : t_[v].kids)
            if (t_[k].rel == kNsubj && k > m && k < v) return NP(k, 0);
    if (count > 1 && last < v) {
      auto a = ChunkActors(first, last);
      if (!a.empty()) return a;
    }
  }
  for (int k : t_[v].kids) {
    if (t_[k].rel == kNsubj) {
      const Tok& s = t_[k];
      // A "subject" under a time or place preposition is a misparsed adverbial ("during a
      // trip to Spain, Obama refused ..."), no subject.
      if (!c_.actor_stems) {
        bool adverbial = false;
        for (int c : s.kids) {
          const std::string& w = t_[c].up;
          adverbial |= t_[c].rel == kCase && (w == "DURING" || w == "AFTER" || w == "BEFORE" || w == "DESPITE" ||
                                               w == "AMID" || w == "SINCE" || w == "UNTIL" || w == "FOLLOWING");
        }
        if (adverbial) continue;
      }
      if ((t_[v].rel == kRelcl) && (s.lemma == "WHO" || s.lemma == "WHICH" || s.lemma == "THAT"))
        return NP(t_[v].head, 0);
      in_subject_ = !c_.actor_stems;
      auto a = NP(k, 0);
      in_subject_ = false;
      return a;
    }
  }
  Rel r = t_[v].rel;
  int h = t_[v].head;
  if (h < 0) return {};
  if (r == kXcomp) {
    int obj = Child(h, kObj);
    if (obj < 0) obj = Child(h, kIobj);  // "urged China/iobj to ease ..."
    if (obj >= 0) {
      auto o = NP(obj, 0);
      if (!o.empty()) return o;
    }
    if (Passive(h)) return NP(Child(h, kNsubjPass), 0);
    return Subject(h, depth + 1);
  }
  if (r == kConj && t_[h].verbal) {
    if (Passive(h) && !Passive(v)) return {};
    return Subject(h, depth + 1);
  }
  if (r == kRelcl) return NP(h, 0);
  if (r == kAdvcl || r == kAcl) {
    // "..., promising aid to X": the controller is the main clause subject.
    bool infinitive_or_gerund = false;
    for (int k : t_[v].kids)
      if (t_[k].rel == kMark && t_[k].up == "TO") infinitive_or_gerund = true;
    if (t_[v].src->xpos == "VBG") infinitive_or_gerund = true;
    if (infinitive_or_gerund && r == kAdvcl) return Subject(h, depth + 1);
    // "Washington's efforts / Washington tries to make Seoul ...": the noun's own
    // actor, else the subject of the verb governing the noun ("X made efforts to ...").
    bool to_infinitive = false;
    for (int k : t_[v].kids)
      if (t_[k].rel == kMark && t_[k].up == "TO") to_infinitive = true;
    if (to_infinitive && r == kAcl && !t_[h].verbal && actor_at_[h] < 0) {
      auto own = Core(h, nullptr, nullptr, 7);
      if (!own.empty()) return own;
      if (t_[h].head >= 0 && t_[t_[h].head].verbal) return Subject(t_[h].head, depth + 1);
    }
  }
  return {};
}

std::vector<ActorRef> SentenceCoder::Objects(int v, bool passive, bool* place) const {
  std::vector<ActorRef> out;
  if (passive) {
    int sp = Child(v, kNsubjPass);
    if (sp >= 0) return NP(sp, 0);
    if (t_[v].rel == kConj) {
      int h = t_[v].head;
      if (h >= 0 && Passive(h)) return NP(Child(h, kNsubjPass), 0);
    }
    if (t_[v].rel == kAcl) return NP(t_[v].head, 0);  // "an attack (that was) launched on X"
    return out;
  }
  // A name hanging as conj of the verb right after the phrase is another member of it
  // ("cooperate with Britain and[conj of the verb] the United States").
  auto with_verb_conjuncts = [&](int k, std::vector<ActorRef> a) {
    for (int j : t_[v].kids) {
      if (j <= k || t_[j].rel != kConj || actor_at_[j] < 0 || Child(j, kCc) < 0) continue;
      if (t_[j].src->upos != "PROPN" && t_[j].src->upos != "NOUN") continue;
      for (auto& x : NP(j, 0)) a.push_back(x);
    }
    return a;
  };
  for (Rel want : {kObj, kIobj}) {
    for (int k : t_[v].kids) {
      if (t_[k].rel != want) continue;
      out = NP(k, 0);
      if (!out.empty()) return with_verb_conjuncts(k, out);
    }
  }
  for (int k : t_[v].kids) {
    if (t_[k].rel != kObl || TimePhrase(k) || PlacePhrase(k)) continue;
    if (!c_.actor_stems && Attribution(k)) continue;  // "according to the BBC"
    // "hailed the deal as a new chapter for Europe": an "as" phrase says what
    // the object is, it names no party.
    if (!c_.actor_stems && CaseOf(k) == "AS") continue;
    out = NP(k, 0);
    if (!out.empty()) return with_verb_conjuncts(k, out);
  }
  // Adjectival / nominal complements: "ready for dialogue with Russia".
  for (int k : t_[v].kids) {
    if (t_[k].rel != kXcomp || t_[k].verbal) continue;
    for (int j : t_[k].kids) {
      if (t_[j].rel != kObl && t_[j].rel != kNmod) continue;
      out = NP(j, 0);
      if (!out.empty()) return out;
    }
  }
  // Last, a place ("fired shells at Seoul", "appealed for peace in Ithilen").
  for (int k : t_[v].kids) {
    if (t_[k].rel != kObl || !PlacePhrase(k)) continue;
    out = NP(k, 0);
    if (!out.empty()) {
      if (place) *place = true;
      return out;
    }
  }
  return out;
}

// Actors named in tokens [first, last]: every actor span inside, each combined with
// the agents of the chunk (coordinated agents give one actor each).
std::vector<ActorRef> SentenceCoder::ChunkActors(int first, int last) const {
  std::vector<int> actors, agents;
  for (int p = first; p <= last; ++p) {
    if (actor_at_[p] >= 0 && actor_spans_[actor_at_[p]].first == p && actor_spans_[actor_at_[p]].last <= last &&
        (c_.actor_stems || !InAttribution(p)))
      actors.push_back(actor_at_[p]);
    if (agent_at_[p] >= 0 && agent_spans_[agent_at_[p]].first == p && agent_spans_[agent_at_[p]].last <= last)
      agents.push_back(agent_at_[p]);
  }
  std::vector<ActorRef> out;
  if (actors.empty()) return out;
  // Only coordinated actors make a list ("Mordor, Rohan and Bree"); otherwise the
  // first names the phrase ("Ithilen's minister Calimehtar").
  {
    std::vector<int> listed = {actors[0]};
    for (size_t i = 1; i < actors.size(); ++i) {
      // A conjunction joins the names only when no role word follows it before the next name
      // ("Ithilen's awful and evil minister Calimehtar" is one phrase).
      bool coord = false;
      for (int p = actor_spans_[listed.back()].last + 1; p < actor_spans_[actors[i]].first; ++p) {
        if (t_[p].up == "AND" || t_[p].up == "," || t_[p].up == "OR" || t_[p].up == "NOR") coord = true;
        else if (coord && agent_at_[p] >= 0) coord = false;
      }
      if (coord) listed.push_back(actors[i]);
    }
    actors.swap(listed);
  }
  std::vector<std::vector<int>> groups;
  bool coordinated = false;
  if (agents.size() >= 2) {
    for (int p = agent_spans_[agents[0]].last + 1; p < agent_spans_[agents[1]].first; ++p)
      if (t_[p].up == "AND" || t_[p].up == ",") coordinated = true;
  }
  if (coordinated) {
    for (int a : agents) groups.push_back({a});
  } else {
    groups.push_back(agents);
  }
  for (int a : actors) {
    const Span& sp = actor_spans_[a];
    std::string code = c_.actors.actor(sp.id).CodeAt(date_);
    if (code.empty() || code == "---") continue;
    for (const auto& g : groups) {
      ActorRef r;
      r.code = Combine(code, g);
      r.first = sp.first;
      r.last = sp.last;
      bool dup = false;
      for (const auto& o : out) dup |= o.code == r.code;
      if (!dup) out.push_back(r);
    }
  }
  return out;
}

std::vector<ActorRef> SentenceCoder::LinearSource(int v) const {
  int i = v - 1;
  auto skippable = [&](int p) {
    const std::string& u = t_[p].src->upos;
    return !Nominalish(p) && (u == "AUX" || u == "ADV" || u == "PART" || t_[p].up == "HAS" || t_[p].up == "HAVE" ||
                              t_[p].up == "WILL" || t_[p].up == "WOULD");
  };
  while (i >= 0 && skippable(i)) --i;
  if (i < 0 || (!Nominalish(i) && t_[i].src->upos != "NOUN" && t_[i].src->upos != "PROPN")) return {};
  int end = i, j = i, comma = -1;
  while (j >= 0) {
    const Tok& t = t_[j];
    bool stop = (t.src->upos == "VERB" && !Nominalish(j)) || t.up == ";" || t.up == ":" || t.up == "\"" ||
                t.up == "``" || t.up == "''" || t.up == "THAT" || t.up == "WHO" || t.up == "WHICH";
    // A subject never lies inside an adverbial phrase or clause before it ("an agreement
    // with the government of Iraq after Iran began ...": Iran).
    if (!c_.actor_stems && !Nominalish(j)) {
      static const char* kOpeners[] = {"AFTER", "BEFORE", "WHEN",   "WHILE",   "SINCE", "BECAUSE", "ALTHOUGH",
                                       "THOUGH", "IF",    "UNLESS", "UNTIL",   "WHERE", "WHEREAS", "DURING",
                                       "AMID",  "DESPITE", "ACCORDING", "UNLIKE"};
      bool opener = false;
      for (const char* w : kOpeners) opener |= t.up == w;
      // The adverbial runs to its comma ("Unlike France, Germany criticized ...": only
      // Germany).
      if (opener && comma >= 0) j = comma;
      stop |= opener;
    }
    if (t.up == ",") {
      stop = !(j > 0 && Nominalish(j - 1) && j + 1 <= end && Nominalish(j + 1));
      if (!stop) comma = j;
    }
    if (stop) break;
    --j;
  }
  return ChunkActors(j + 1, end);
}

std::vector<ActorRef> SentenceCoder::LinearTarget(int v) const {
  int n = static_cast<int>(t_.size());
  for (int p = v + 1; p < n; ++p) {
    const Tok& t = t_[p];
    static const char* kClause[] = {",", ";", ":", "AFTER", "BEFORE", "WHEN", "WHILE", "SINCE", "BECAUSE",
                                    "ALTHOUGH", "IF", "UNTIL", "THAT", "WHICH", "WHO", "--", "("};
    // A participle before a noun modifies it ("sent firefighting planes to Bolivia",
    // "against besieged Osgiliath").
    bool adjectival = (t.src->xpos == "VBG" || t.src->xpos == "VBN") && p + 1 < n &&
                      (t_[p + 1].src->upos == "NOUN" || t_[p + 1].src->upos == "ADJ" ||
                       t_[p + 1].src->upos == "PROPN");
    if (t.src->upos == "VERB" && !Nominalish(p) && t.rel != kAcl && !adjectival) return {};
    for (const char* c : kClause)
      if (t.up == c) return {};
    // "hailed the deal as a new chapter for Europe", "according to X".
    if (!c_.actor_stems && (t.up == "AS" || t.up == "ACCORDING")) return {};
    if (actor_at_[p] < 0) continue;
    // The noun phrase around the first actor: modifiers before it, nouns, possessives
    // and coordinated actors after it.
    int first = p;
    while (first > v + 1 && (t_[first - 1].src->upos == "ADJ" || t_[first - 1].src->upos == "NOUN" ||
                             t_[first - 1].src->upos == "PROPN" || Nominalish(first - 1)))
      --first;
    int last = p;
    while (last + 1 < n) {
      const Tok& x = t_[last + 1];
      bool ok = Nominalish(last + 1) || x.src->upos == "NOUN" || x.src->upos == "PROPN" || x.up == "'S" ||
                x.up == "AND" || (x.up == "," && last + 2 < n && Nominalish(last + 2));
      // "deployed troops to Belarus, Reuters reported": a name after the comma that is
      // the subject of another verb starts a clause, it is no list member.
      if (ok && !c_.actor_stems && (x.up == "," || x.up == "AND") && last + 2 < n) {
        int q = last + 2;
        while (t_[q].head > q && t_[q].head < n && (t_[q].rel == kCompound || t_[q].rel == kFlat || t_[q].rel == kAmod))
          q = t_[q].head;
        if ((t_[q].rel == kNsubj || t_[q].rel == kNsubjPass) && t_[q].head != v) ok = false;
        // "defeated ISIS and Spain would be moving ...": a name right before a finite
        // auxiliary or verb starts a clause, whatever the tree says.
        if (actor_at_[last + 2] >= 0) {
          int e = actor_spans_[actor_at_[last + 2]].last + 1;
          if (e < n) {
            const std::string& x2 = t_[e].src->xpos;
            if ((t_[e].src->upos == "AUX" || t_[e].src->upos == "VERB") &&
                (x2 == "MD" || x2 == "VBD" || x2 == "VBZ" || x2 == "VBP"))
              ok = false;
          }
        }
      }
      if (!ok) break;
      ++last;
    }
    // The tree's own time phrase of this verb ("after Mordor crowds ...") is no target.
    int head = p;
    while (t_[head].head >= 0 && actor_at_[t_[head].head] == actor_at_[p]) head = t_[head].head;
    if (t_[head].head == v && t_[head].rel == kObl && TimePhrase(head)) {
      p = last;
      continue;
    }
    return ChunkActors(first, last);
  }
  return {};
}

bool SentenceCoder::InUnknownName(int first, int last) const {
  int n = static_cast<int>(t_.size());
  // Words that make a name a private body, a prize or a war rather than the place
  // itself or its state ("the Lisbon Centre for Policy Studies", "the Korean War", "the
  // Ruritanian Medal of Merit"); a facility, a weapon or an armed service named after
  // a place stays the place's ("the Arak Nuclear Complex", "a Russian Shahed drone").
  static const char* kPrivate[] = {"INSTITUTE", "INSTITUTION", "CENTRE",     "CENTER",  "LEAGUE",   "FOUNDATION",
                                   "ASSOCIATION", "SOCIETY",   "UNIVERSITY", "COLLEGE", "SCHOOL",   "ACADEMY",
                                   "MUSEUM",    "FEDERATION",  "CLUB",       "ORGANIZATION", "ORGANISATION",
                                   "MEDAL",     "PRIZE",       "AWARD",      "WAR",     "CUP",      "CHAMPIONSHIP",
                                   "FESTIVAL",  "TOURNAMENT",  "LIBRARY"};
  auto capital = [&](int q) {
    const Token& tk = *t_[q].src;
    return !tk.form.empty() && std::isupper(static_cast<unsigned char>(tk.form[0])) &&
           (tk.upos == "PROPN" || tk.upos == "NOUN" || tk.upos == "ADJ");
  };
  auto connector = [&](int q) { return t_[q].src->form == "of" || t_[q].src->form == "for"; };
  auto is_private = [&](int q) {
    for (const char* w : kPrivate)
      if (t_[q].up == w || t_[q].lemma == w) return true;
    return false;
  };
  for (int i = first; i <= last; ++i) {
    if (actor_at_[i] < 0) continue;
    // Only places and demonyms (a bare country or region code): an organisation's own
    // name goes on ("the Tawhid and Jihad Group", "UN Secretary-General").
    if (c_.actors.actor(actor_spans_[actor_at_[i]].id).CodeAt(date_).size() != 3) return false;
    const Span& sp = actor_spans_[actor_at_[i]];
    // The capitalized words around the name, joined by "of" / "for" ("the Association of
    // United Latin American Workers"); a word of another actor or role ends them.
    for (int q = sp.last + 1; q < n; ++q) {
      if (connector(q) && q + 1 < n && capital(q + 1)) continue;
      if (!capital(q) || Nominalish(q)) break;
      if (is_private(q)) return true;
    }
    for (int q = sp.first - 1; q > 0; --q) {
      if (connector(q) && capital(q - 1)) continue;
      if (!capital(q) || Nominalish(q)) break;
      if (is_private(q)) return true;
    }
    return false;
  }
  return false;
}

void SentenceCoder::Run(std::vector<VerbHit>* hits) {
  int n = static_cast<int>(t_.size());
  std::vector<int> hit_at(n, -1);
  std::vector<int> nouns;
  for (int v = 0; v < n; ++v) {
    const Tok& t = t_[v];
    bool verb = t.src->upos == "VERB" ||
                (t.src->xpos.size() >= 2 && t.src->xpos.compare(0, 2, "VB") == 0 && t.src->upos != "AUX") ||
                t.as_verb;
    // Predicative adjectives code like verbs ("X is ready for talks with Y").
    bool adj = t.src->upos == "ADJ" && (Child(v, kCop) >= 0 || Child(v, kNsubj) >= 0);
    // TABARI reads every word of its verb dictionary as a verb unless A / AN / THE
    // precedes it or it is capitalized inside the sentence ("raised its voice", "show
    // no sign with X", "inching nearer to accord with X").
    if (Hidden(v)) continue;
    bool tabari_word = c_.actor_stems && !verb && !adj && TabariVerbWord(v);
    if (t.src->upos == "NOUN" && !t.as_verb && !tabari_word) nouns.push_back(v);
    if (!verb && !adj && !tabari_word) continue;
    if ((t.rel == kAux || t.rel == kCop) && !tabari_word) continue;
    // A participle between a determiner or possessive and its noun is an adjective
    // ("Trump's planned trip", "the proposed deal"), not a clause.
    if (!c_.actor_stems && !t.as_verb && t.rel == kAmod && v > 0 && t.head > v &&
        (t_[v - 1].src->upos == "DET" || t_[v - 1].up == "'S" || t_[v - 1].up == "'" ||
         t_[v - 1].src->xpos == "PRP$"))
      continue;
    // A past participle right after a preposition, with no subject of its own, is an
    // adjective of the phrase's noun ("sanctioned X over alleged army smuggling
    // plots", "arrested for suspected fraud"), not a clause.
    if (!c_.actor_stems && !t.as_verb && v > 0 && (t.src->xpos == "VBN" || t.src->xpos == "VBD") &&
        Child(v, kNsubj) < 0 && Child(v, kNsubjPass) < 0) {
      const std::string& w = t_[v - 1].up;
      if (w == "OVER" || w == "ABOUT" || w == "FOR" || w == "OF" || w == "AGAINST" || w == "ON" || w == "AMID" ||
          w == "DESPITE" || w == "REGARDING" || w == "CONCERNING") {
        Explain("verb '" + t.src->form + "': a participle after '" + t_[v - 1].src->form + "', an adjective");
        continue;
      }
    }
    VerbHit h;
    if (!FindVerb(v, &h)) continue;
    if (!c_.actor_stems && ((h.pattern.rfind("(verb", 0) == 0 && h.code.compare(0, 2, "04") == 0) ||
                            (t.lemma == "CALL" && h.code.compare(0, 2, "02") == 0 && Child(v, kObj) >= 0))) {
      // An object with a secondary predicate ("called Trump a clown", "called the order
      // swift", "called X's conduct a breach") is a naming use of the verb: its bare
      // consultation code (CALL = telephone) does not apply; only a pattern can say
      // what it is.
      // The predicate must follow the object's words right away (quotes aside):
      // "visited Kenya with the Queen on the minister's advice/obj" is no naming.
      auto span = [&](int k, int* lo, int* hi) {
        std::vector<int> sub;
        Subtree(k, &sub, true);
        *lo = *std::min_element(sub.begin(), sub.end());
        *hi = *std::max_element(sub.begin(), sub.end());
      };
      int obj = -1;
      bool naming = false;
      for (int k : t_[v].kids) {
        const std::string& u = t_[k].src->upos;
        bool second = (t_[k].rel == kObj && obj >= 0) || (t_[k].rel == kXcomp && (u == "NOUN" || u == "ADJ"));
        if (second && obj >= 0 && k > obj) {
          int lo, hi, lo2, hi2;
          span(obj, &lo, &hi);
          span(k, &lo2, &hi2);
          int p = hi + 1;
          while (p < lo2 && t_[p].punct) ++p;
          naming |= p == lo2;
        }
        if (t_[k].rel == kObj && obj < 0) obj = k;
      }
      // "called Putin's decision swift and decisive": the adjective taken for an
      // apposition of the object.
      if (obj >= 0 && t.lemma == "CALL")
        for (int a : t_[obj].kids) {
          if ((t_[a].rel != kAppos && t_[a].rel != kAmod) || a < obj) continue;
          bool adjective = t_[a].src->upos == "ADJ";
          for (int c : t_[a].kids) adjective |= t_[c].rel == kConj && t_[c].src->upos == "ADJ";
          int p = obj + 1;
          while (p < a && t_[p].punct) ++p;
          naming |= adjective && p == a;
        }
      if (naming) {
        Explain("verb '" + t.src->form + "' " + h.pattern + ": an object with a secondary predicate, no event");
        h.code = "---";
      }
      // "called the election / the race / the state for X": a projection of the winner
      // (media), no appeal.
      if (obj >= 0 && t.lemma == "CALL" && h.code.compare(0, 2, "02") == 0) {
        static const char* kContest[] = {"ELECTION", "RACE", "CONTEST", "PRIMARY", "VOTE", "STATE", "SEAT", "RUNOFF"};
        for (const char* w : kContest)
          if (t_[obj].lemma == w) {
            Explain("verb '" + t.src->form + "' " + h.pattern + ": called a contest, no appeal");
            h.code = "---";
          }
      }
    }
    if (!c_.actor_stems && (h.pattern.rfind("(verb", 0) == 0 || t.lemma == "ASK") && h.code.compare(0, 2, "02") == 0 &&
        Child(v, kObj) < 0 && Child(v, kIobj) < 0) {
      // "asked why Biden did not ...", "asked why X had not visited the troops": a
      // question, no appeal (a pattern word inside the question does not make one).
      for (int k : t_[v].kids) {
        if (t_[k].rel != kCcomp) continue;
        for (int j : t_[k].kids) {
          const std::string& w = t_[j].up;
          if ((t_[j].rel == kAdvmod || t_[j].rel == kMark || t_[j].rel == kNsubj || t_[j].rel == kObj) &&
              (w == "WHY" || w == "HOW" || w == "WHETHER" || w == "WHAT" || w == "WHEN" || w == "WHERE" ||
               w == "WHO"))
            h.code = "---";
        }
      }
      if (h.code == "---") Explain("verb '" + t.src->form + "' " + h.pattern + ": asks a question, no appeal");
    }
    if (!c_.actor_stems && t.lemma == "SUGGEST" && h.code.compare(0, 2, "02") == 0 && Child(v, kObj) < 0 &&
        Child(v, kIobj) < 0) {
      // "the images suggest the city lost half its homes": an indicative that clause is
      // what the evidence shows, no proposal (a proposal takes "should" or a bare verb).
      int c = Child(v, kCcomp);
      if (c >= 0) {
        const std::string& x = t_[c].src->xpos;
        bool modal = false;
        for (int k : t_[c].kids) modal |= t_[k].rel == kAux && (t_[k].up == "SHOULD" || t_[k].up == "MUST");
        bool indicative = x == "VBD" || x == "VBZ" || t_[c].src->upos != "VERB";
        for (int k : t_[c].kids)
          if ((t_[k].rel == kAux || t_[k].rel == kCop) &&
              (t_[k].src->xpos == "VBD" || t_[k].src->xpos == "VBZ" || t_[k].src->xpos == "VBP"))
            indicative = true;
        if (indicative && !modal) {
          Explain("verb '" + t.src->form + "': an indicative clause, what something shows, no proposal");
          h.code = "---";
        }
      }
    }
    h.negated = Negated(v) && !h.pattern_negation;
    bool passive = Passive(v) && !tabari_word;
    if (passive) {
      int by = Child(v, kOblAgent);
      if (by < 0) {
        for (int k : t_[v].kids) {
          if (t_[k].rel != kObl) continue;
          for (int c : t_[k].kids)
            if (t_[c].rel == kCase && t_[c].up == "BY") by = k;
          if (by >= 0) break;
        }
      }
      h.sources = by >= 0 ? NP(by, 0) : std::vector<ActorRef>{};
      h.targets = Objects(v, true);
      bool aux_pass = false;
      for (int k : t_[v].kids)
        aux_pass |= t_[k].rel == kAux && t_[k].src->deprel.find("pass") != std::string::npos;
      if (by < 0 && o_.petrarch2) {
        // PETRARCH-2 reads a passive only with its by-phrase: without one the subject
        // is the source and the verb's other phrases the target.
        h.sources = NP(Child(v, kNsubjPass), 0);
        h.targets = Objects(v, false, &h.place_target);
        Explain("verb '" + t.src->form + "': passive without a by-phrase read as active (PETRARCH-2)");
      } else if (by < 0 && aux_pass && !h.targets.empty() && !c_.actor_stems) {
        // No by-phrase (UniversalPetrarch): the actor of the passive verb's other
        // prepositional phrase is the source ("X was criticized over its dispute with Y":
        // Y -> X); not a time, a place, an origin, a route or a destination ("X was
        // invited to Y", "X was flown from Y to Z").
        for (int k : t_[v].kids) {
          if (t_[k].rel != kObl || TimePhrase(k) || PlacePhrase(k)) continue;
          std::string prep = CaseOf(k);
          if (prep == "TO" || prep == "INTO" || prep == "FROM" || prep == "VIA" || prep == "THROUGH") continue;
          if (Attribution(k)) continue;
          // A phrase set off by a comma after the verb is an aside, not the doer ("200
          // soldiers had been killed, with 50 Abkhaz deaths").
          {
            std::vector<int> sub;
            Subtree(k, &sub, true);
            int lo = *std::min_element(sub.begin(), sub.end());
            if (lo > v && t_[lo - 1].up == ",") continue;
          }
          auto a = NP(k, 0);
          // Not an actor inside a clause under the phrase: "found guilty on Thursday of
          // raping a Canadian tourist" names the victim, not who found them guilty.
          a.erase(std::remove_if(a.begin(), a.end(), [&](const ActorRef& r) { return ThroughClause(r, k); }),
                  a.end());
          if (a.empty()) continue;
          h.sources = a;
          Explain("verb '" + t.src->form + "': passive without a by-phrase, source from its '" + Upper(prep) + "' phrase");
          break;
        }
      }
      if (c_.actor_stems && (h.target_from >= 0 || h.source_from >= 0)) {
        // TABARI: actors the pattern places ($ / +) cancel the passive reading.
        if (h.target_from >= 0) {
          auto a = ActorAtSkip(h.target_from, h.target_to, h.target_skip);
          if (!a.empty()) h.targets = a;
        }
        if (h.source_from >= 0) {
          auto a = ActorAtSkip(h.source_from, h.source_to, h.source_skip);
          if (!a.empty()) h.sources = a;
        }
        Explain("verb '" + t.src->form + "': the pattern's $ / + set the actors of the passive verb");
      }
    } else {
      if (!tabari_word) {
        h.sources = Subject(v, 0);
        h.targets = Objects(v, false, &h.place_target);
      }
      if (t_[v].rel != kXcomp && t_[v].rel != kAcl && t_[v].rel != kRelcl && !tabari_word) {
        // Names the tagger took for other words break lists ("Mordor, Rohan, Fornost and
        // Bree welcomed"): the words before the verb win when they name every actor
        // the tree found and more.
        auto lin = LinearSource(v);
        auto covers = [](const std::vector<ActorRef>& big, const std::vector<ActorRef>& small) {
          for (const auto& a : small) {
            bool found = false;
            for (const auto& b : big) found |= b.code == a.code;
            if (!found) return false;
          }
          return big.size() > small.size();
        };
        // The tree's subject is a thing ("a bus crash on an Ohio interstate
        // highway"): the names inside it modify the thing and were weighed there.
        if (!c_.actor_stems && h.sources.empty() && !lin.empty()) {
          // So does a clausal subject ("barring Chilean miners from the site broke the
          // treaty"): what the clause did, not who.
          int subj = Child(v, kNsubj);
          int csubj = Child(v, kCsubj);
          // (Also a foreign or visiting role's: "foreign envoys in Nairobi said ...".)
          // ("a gathering of foreign ministers in Lima", too).
          auto foreign_role = [&](int m) {
            if (agent_at_[m] < 0) return false;
            for (int j : t_[m].kids)
              if (t_[j].rel == kAmod && j < m &&
                  ((t_[j].up == "FOREIGN" && t_[m].src->xpos == "NNS") || t_[j].up == "VISITING" ||
                   (t_[j].up == "INTERNATIONAL" && std::islower(static_cast<unsigned char>(t_[j].src->form[0])))))
                return true;
            return false;
          };
          auto foreign_subject = [&](int m) {
            if (foreign_role(m)) return true;
            for (int j : t_[m].kids)
              if (t_[j].rel == kNmod && CaseOf(j) == "OF" && foreign_role(j)) return true;
            return false;
          };
          if (subj >= 0 && !(t_[subj].noun && ((agent_at_[subj] < 0 && actor_at_[subj] < 0) || foreign_subject(subj))))
            subj = -1;
          if (subj >= 0 || csubj >= 0) {
            std::vector<int> sub;
            if (subj >= 0) Subtree(subj, &sub, false);
            if (csubj >= 0) Subtree(csubj, &sub, false);
            std::sort(sub.begin(), sub.end());
            bool inside = true;
            for (const auto& a : lin) inside = inside && std::binary_search(sub.begin(), sub.end(), a.first);
            if (inside) lin.clear();
          }
          // Nor are names in the object of a gerund before this one ("wrote barring
          // Chilean miners permits broke the treaty", the gerund clause misread as a
          // complement of 'wrote'): the gerund's object, not this verb's source.
          bool away = !lin.empty();
          for (const auto& a : lin) {
            bool obj = false, here = false;
            int u = a.first;
            for (int depth = 0; u >= 0 && depth < 8 && !here && !obj; ++depth) {
              if (u == v) here = true;
              int g = t_[u].head;
              Rel r = t_[u].rel;
              if (g >= 0 && g != v && (r == kObj || r == kIobj) && t_[g].src->xpos == "VBG")
                obj = true;
              // Only the object's own words ("Chilean miners"), not a phrase under it.
              if (r != kObj && r != kIobj && r != kCompound && r != kAmod && r != kFlat && r != kConj) break;
              u = g;
            }
            away = away && obj && !here;
          }
          if (away) {
            lin.clear();
            Explain("verb '" + t.src->form + "': the names before it are another verb's object, no source");
          }
        }
        if (!lin.empty() && (h.sources.empty() || covers(lin, h.sources))) {
          h.sources = lin;
          Explain("verb '" + t.src->form + "': source taken from the words before it");
        }
      }
      if (!h.sources.empty() && !h.compound) {
        auto lin = LinearTarget(v);
        bool more = !lin.empty() && lin.size() > h.targets.size();
        for (const auto& a : h.targets) {
          bool found = false;
          for (const auto& b : lin) found |= b.code == a.code;
          more = more && found;
        }
        if (!lin.empty() && (h.targets.empty() || more)) {
          h.targets = lin;
          h.place_target = false;
          Explain("verb '" + t.src->form + "': target taken from the words after it");
        }
      }
      if (!h.target_prep.empty()) {
        // A (WITH +) phrase names the target only when it names an actor; otherwise
        // the object found above stays.
        int n = PrepObject(v, h.target_prep);
        if (n >= 0) {
          auto a = NP(n, 0);
          if (!a.empty()) {
            h.targets = a;
            h.place_target = false;
          }
        }
      }
      if (h.target_from >= 0) {
        auto a = ActorAtSkip(h.target_from, h.target_to, h.target_skip);
        if (!a.empty()) {
          h.targets = a;
          h.place_target = false;
        }
      }
      if (h.source_from >= 0) {
        auto a = ActorAtSkip(h.source_from, h.source_to, h.source_skip);
        if (!a.empty()) {
          // PETRARCH-2 "- * TABASKI ^ $": the source named after the verb displaces the
          // subject, which becomes the target when the pattern names none.
          if (h.swap || (!c_.actor_stems && h.target_from < 0 && h.target_prep.empty() && !h.sources.empty()))
            h.targets = h.sources;
          h.sources = a;
          h.swap = false;
        }
      }
      if (!h.source_prep.empty()) {
        int n = PrepObject(v, h.source_prep);
        if (n >= 0) {
          auto src = NP(n, 0);
          if (!src.empty()) {
            // "- * PROTESTS (FROM $)": "X received protests from Y" is Y -> X.
            if (h.swap || (!c_.actor_stems && h.target_from < 0 && h.target_prep.empty() && !h.sources.empty()))
              h.targets = h.sources;
            h.sources = src;
          }
        }
      } else if (h.target_subject && !h.sources.empty()) {
        int first = h.sources[0].first;
        for (const auto& a : h.sources) first = std::min(first, a.first);
        auto before = ActorAt(0, first);
        if (!before.empty()) {
          h.targets = h.sources;
          h.sources = before;
        }
      } else if (h.swap) {
        // + * ... $: the subject is the target; the source is the first actor after the verb.
        h.targets = h.sources;
        h.sources.clear();
        std::vector<int> sub;
        Subtree(v, &sub, true);
        std::sort(sub.begin(), sub.end());
        for (int p : sub) {
          if (p <= v || actor_at_[p] < 0) continue;
          int head = p;
          while (t_[head].head >= 0 && actor_at_[t_[head].head] == actor_at_[p]) head = t_[head].head;
          h.sources = NP(head, 0);
          if (!h.sources.empty()) break;
        }
      }
    }
    hit_at[v] = static_cast<int>(hits->size());
    hits->push_back(std::move(h));
  }
  // A % pattern holds for a compound subject with no target; otherwise the best
  // ordinary pattern (or the verb's code) applies.
  for (auto& h : *hits) {
    if (c_.actor_stems && h.compound) {
      // TABARI: % is a compound actor, the first one before the verb (or at the place the
      // pattern names), its members both sources and targets, whatever else the clause
      // names; without one the pattern fails.
      std::vector<ActorRef> comp;
      auto members = [](const std::vector<ActorRef>& v) {
        size_t real = 0;
        for (const auto& a : v) real += a.code != "---";
        return real;
      };
      if (h.compound_from >= 0) {
        comp = ActorAt(h.compound_from, h.compound_to);
      } else {
        for (int p = 0; p < h.tok && members(comp) < 2; ++p) {
          if (actor_at_[p] < 0 || actor_spans_[actor_at_[p]].first != p) continue;
          comp = ActorAt(p, p + 1);
          int end = actor_spans_[actor_at_[p]].last;
          for (const auto& x : comp) end = std::max(end, x.last);
          p = end;
        }
      }
      if (members(comp) >= 2) {
        h.sources = comp;
        h.targets.clear();
        h.code = h.compound_code;
        h.pattern = h.compound_pattern;
        continue;
      }
      h.compound = false;
    }
    if (!h.compound && !h.compound_code.empty() && (h.targets.empty() || h.place_target)) {
      // The ordinary pattern found no target: a matching % pattern may still hold.
      size_t real = 0;
      for (const auto& a : h.sources) real += a.code != "---";
      if (real >= 2) h.compound = true;
    }
    if (!h.compound) continue;
    size_t real = 0;
    for (const auto& a : h.sources) real += a.code != "---";
    if ((h.targets.empty() || h.place_target) && real >= 2) {
      h.targets.clear();
      h.code = h.compound_code;
      h.pattern = h.compound_pattern;
    } else {
      h.compound = false;
      if (h.targets.empty() && !h.sources.empty()) {
        h.targets = LinearTarget(h.tok);
        if (!h.targets.empty()) Explain("verb '" + t_[h.tok].src->form + "': target taken from the words after it");
      }
    }
  }
  // Role-only targets ("Russian police arrested protesters", "X protested against the
  // government"): the agent phrase belongs to the source's country.
  for (auto& h : *hits) {
    if (!h.targets.empty() || h.sources.empty() || h.compound || h.code == "---") continue;
    // A visit to "the hospital" or "the ministry" is a trip inside the source's own
    // country, no event between two actors.
    if (!c_.actor_stems && !o_.petrarch2 && (h.code.rfind("042", 0) == 0 || h.code.rfind("043", 0) == 0)) continue;
    std::string country = h.sources[0].code.substr(0, 3);
    bool ok = country.size() == 3;
    for (char ch : country) ok = ok && ch >= 'A' && ch <= 'Z';
    static const char* kNotCountry[] = {"IGO", "NGO", "MNC", "IMG", "UIS", "NGM"};
    for (const char* x : kNotCountry) ok = ok && country != x;
    for (const auto& a : h.sources) ok = ok && a.code.compare(0, 3, country) == 0;
    if (!ok) continue;
    std::vector<int> agents;
    for (int k : t_[h.tok].kids) {
      Rel r = t_[k].rel;
      if (r != kObj && r != kIobj && (r != kObl || TimePhrase(k) || PlacePhrase(k))) continue;
      // The head noun itself names the role ("protesters", not "military exercises");
      // the source's own forces ("deployed troops / jets") are not its targets.
      if (agent_at_[k] < 0) continue;
      std::vector<int> ag;
      if (!Core(k, &ag, nullptr, 7).empty() || ag.empty()) continue;
      bool own_forces = false;
      for (int a : ag) own_forces |= c_.agents.agent(agent_spans_[a].id).code.find("MIL") != std::string::npos;
      if (own_forces) continue;
      agents = ag;
      break;
    }
    if (agents.empty()) continue;
    ActorRef r;
    r.code = Combine(country, agents);
    if (r.code == country) continue;
    r.first = agent_spans_[agents[0]].first;
    r.last = agent_spans_[agents.back()].last;
    h.targets.push_back(r);
    Explain("verb '" + t_[h.tok].src->form + "': role-only target '" + Text(r.first, r.last) + "' takes the source's country " + country);
  }
  // Nominal events: an event noun whose pattern marks its roles with (PREP $) /
  // (PREP +): "the visit of John Bolton to Seoul". The source defaults to the
  // possessor or an actor modifier ("Russia's / the Russian invasion of ...").
  for (int v : nouns) {
    VerbHit h;
    if (!FindVerb(v, &h) || h.target_prep.empty() || h.compound) continue;
    int head = t_[v].head;
    if (head >= 0 && hit_at[head] >= 0) {
      const VerbHit& u = (*hits)[hit_at[head]];
      if (u.code != "---" && !u.sources.empty() && !u.targets.empty()) continue;  // the verb codes it
    }
    int tp = PrepObject(v, h.target_prep);
    if (tp < 0) continue;
    h.targets = NP(tp, 0);
    if (!h.source_prep.empty()) {
      int sp = PrepObject(v, h.source_prep);
      if (sp >= 0) h.sources = NP(sp, 0);
    }
    if (h.sources.empty()) {
      int poss = Child(v, kNmodPoss);
      if (poss >= 0) h.sources = NP(poss, 0);
    }
    if (h.sources.empty()) {
      for (int k : t_[v].kids) {
        if ((t_[k].rel == kAmod || t_[k].rel == kCompound) && actor_at_[k] >= 0) {
          h.sources = NP(k, 0);
          if (!h.sources.empty()) break;
        }
      }
    }
    h.negated = false;
    h.nominal = true;
    h.pattern += " (nominal)";
    hit_at[v] = static_cast<int>(hits->size());
    hits->push_back(std::move(h));
  }
  // Transformations ("refused to meet X" -> 125) and, without one, refusals that
  // take over their complement's target: never the positive inner code.
  auto named = [](const VerbHit& h, const std::string& name) {
    return name == "Q" || std::find(h.names.begin(), h.names.end(), name) != h.names.end();
  };
  for (auto& u : *hits) {
    for (int k : t_[u.tok].kids) {
      if ((t_[k].rel != kXcomp && t_[k].rel != kCcomp) || hit_at[k] < 0) continue;
      VerbHit& l = (*hits)[hit_at[k]];
      if (l.suppressed) continue;
      bool done = false;
      for (const auto& tr : c_.verbs.transformation_list()) {
        if (!named(u, tr.outer_verb) || !named(l, tr.inner_verb)) continue;
        // The three slots: the outer source, the inner source (an xcomp without a subject
        // inherits the outer one: "Iran wants to attack Iraq") and the inner target.
        // A letter binds the slot's actors, and a letter named twice must name the same
        // actor in both slots ("~ a (a b ATTACK) SAY": Iran said Iran attacked, not that
        // Iraq did); '.' is any actor or none, '_' no actor (as written in the tree).
        const std::vector<ActorRef> inner_src =
            l.sources.empty() && t_[k].rel == kXcomp ? u.sources : l.sources;
        const std::pair<const std::string*, const std::vector<ActorRef>*> slots[] = {
            {&tr.outer_source, &u.sources}, {&tr.inner_source, &inner_src}, {&tr.inner_target, &l.targets}};
        std::map<std::string, std::vector<ActorRef>> bound;
        bool fits = true;
        for (const auto& [var, actors] : slots) {
          if (*var == ".") continue;
          if (*var == "_") {
            // No subject of its own: none in the tree, and none but the outer source by
            // subject control ("Iran wants to attack Iraq", not "wants Syria to attack").
            bool none = actors->empty();
            if (var == &tr.inner_source && Child(k, kNsubj) < 0 && Child(k, kNsubjPass) < 0) {
              none = true;
              for (const auto& a : l.sources) {
                bool outer = false;
                for (const auto& b : u.sources) outer = outer || a.code == b.code;
                none = none && outer;
              }
            }
            fits = fits && none;
            continue;
          }
          auto it = bound.find(*var);
          if (it == bound.end()) {
            bound[*var] = *actors;
            continue;
          }
          std::vector<ActorRef> same;  // the actors named in both slots
          for (const auto& a : it->second)
            for (const auto& b : *actors)
              if (a.code == b.code) {
                same.push_back(a);
                break;
              }
          fits = fits && !same.empty();
          it->second = std::move(same);
        }
        if (!fits) continue;
        auto bind = [&](const std::string& var) -> std::vector<ActorRef> {
          auto it = bound.find(var);
          return it == bound.end() ? std::vector<ActorRef>{} : it->second;
        };
        auto src = bind(tr.result_source), tgt = bind(tr.result_target);
        if (src.empty() || tgt.empty()) continue;
        std::string code = tr.code == "Q" ? l.code : tr.code;
        Explain("transformation " + tr.where + ": '" + t_[u.tok].src->form + "' + '" + t_[l.tok].src->form +
                "' -> " + code);
        u.code = code;
        u.sources = src;
        u.targets = tgt;
        u.compound = false;
        u.pattern = "(transformation " + tr.where + ")";
        l.suppressed = true;
        done = true;
        break;
      }
      if (done) continue;
      bool refusal = u.code.rfind("12", 0) == 0 || u.code.rfind("13", 0) == 0;
      if (refusal && u.targets.empty() && !l.targets.empty()) {
        Explain("verb '" + t_[u.tok].src->form + "' [" + u.code + "] takes the target of '" + t_[l.tok].src->form +
                "'; its own code is not coded");
        u.targets = l.targets;
        l.suppressed = true;
      }
    }
  }
  // "Refused to meet X" is never a meeting, whether or not the dictionary codes the
  // refusal (CAMEO.2.0 has REFUSE as [---] and no transformation for most verbs).
  for (auto& l : *hits) {
    if (l.suppressed || t_[l.tok].rel != kXcomp || t_[l.tok].head < 0) continue;
    const Tok& p = t_[t_[l.tok].head];
    if (p.lemma != "REFUSE" && p.lemma != "DECLINE" && p.lemma != "FAIL") continue;
    Explain("verb '" + t_[l.tok].src->form + "' [" + l.code + "] not coded: its governor '" + p.src->form +
            "' refuses it");
    l.suppressed = true;
  }
  // Negation of a governing verb carries into its xcomp ("did not agree to X").
  for (auto& h : *hits) {
    int v = h.tok;
    while (!h.negated && t_[v].rel == kXcomp && t_[v].head >= 0) {
      v = t_[v].head;
      if (Negated(v)) h.negated = true;
    }
  }
  // Targets from a complement clause's subject when the clause itself codes nothing
  // ("X allowed that Mordor ...").
  auto clause_has_event = [&](int c) {
    std::vector<int> sub;
    Subtree(c, &sub, false);
    for (int p : sub)
      if (hit_at[p] >= 0 && (*hits)[hit_at[p]].code != "---" && !(*hits)[hit_at[p]].sources.empty() &&
          !(*hits)[hit_at[p]].targets.empty())
        return true;
    return false;
  };
  for (auto& h : *hits) {
    if (!h.targets.empty() || h.compound) continue;
    // The verb's ccomp, or a "that" clause inside its object ("expressed hopes on
    // Thursday that Osgiliath could be drawn ..."; a "that" marker, not a relative pronoun).
    std::vector<int> clauses;
    for (int k : t_[h.tok].kids) {
      if (t_[k].rel == kCcomp) clauses.push_back(k);
      // "... to question whether he has a future with Y", the clause misattached as advcl.
      if (t_[k].rel == kAdvcl)
        for (int m : t_[k].kids)
          if (t_[m].rel == kMark && t_[m].up == "WHETHER") clauses.push_back(k);
      // "began to question whether ...": the complement of its infinitive.
      if (t_[k].rel == kXcomp && hit_at[k] < 0)
        for (int m : t_[k].kids)
          if (t_[m].rel == kCcomp) clauses.push_back(m);
      // (or, misattached, inside a prepositional phrase of the verb: "on Thursday that ...")
      if (t_[k].rel != kObj && t_[k].rel != kObl) continue;
      std::vector<int> sub;
      Subtree(k, &sub, false);
      std::sort(sub.begin(), sub.end());
      for (int p : sub) {
        if (p <= h.tok || (t_[p].rel != kAcl && t_[p].rel != kRelcl && t_[p].rel != kCcomp)) continue;
        for (int m : t_[p].kids)
          if (t_[m].rel == kMark && t_[m].up == "THAT") clauses.push_back(p);
      }
    }
    for (int k : clauses) {
      if (clause_has_event(k)) continue;
      int subj = Child(k, kNsubj);
      if (subj < 0) subj = Child(k, kNsubjPass);
      if (subj >= 0) h.targets = NP(subj, 0);
      // The clause's subject is the source itself ("X questioned whether he has a future
      // with Y"): the clause's object or prepositional phrase names the target.
      bool self = !h.targets.empty();
      for (const auto& a : h.targets) {
        bool same = false;
        for (const auto& b : h.sources) same |= a.code == b.code;
        self = self && same;
      }
      if (self) h.targets = Below(k, 0);
      if (!h.targets.empty()) {
        Explain("verb '" + t_[h.tok].src->form + "': target from the subject of its complement clause");
        break;
      }
    }
  }
  // A verb whose pattern names another verb claims it ("called on X (TO RELEASE) Y": one
  // event, the pattern's code).
  for (auto& u : *hits) {
    if (u.suppressed || u.code == "---" || u.sources.empty()) continue;
    // Without a target of its own, the named verb's target ("signed an accord {TO SUPPLY} X").
    if (u.targets.empty()) {
      for (auto& h : *hits) {
        if (&h == &u || h.suppressed || h.targets.empty()) continue;
        // Where the named verb happens is not whom an appeal addresses ("encouraging
        // firms to cease trading in Cuba"; "launched airstrikes in southern Iran" stays).
        if (!c_.actor_stems && !o_.petrarch2 && h.place_target && u.code.compare(0, 2, "02") == 0) continue;
        for (const auto& [a, b] : u.matched)
          if (h.tok >= a && h.tok <= b && u.targets.empty()) {
            u.targets = h.targets;
            Explain("verb '" + t_[u.tok].src->form + "' takes the target of '" + t_[h.tok].src->form +
                    "', which its pattern names");
          }
      }
      if (u.targets.empty()) continue;
    }
    for (auto& h : *hits) {
      if (&h == &u || h.suppressed) continue;
      // Also an infinitive modifying a matched noun ("expressed READINESS to hold talks").
      int at = h.tok;
      bool to_inf = false;
      for (int k : t_[h.tok].kids) to_inf |= t_[k].rel == kMark && t_[k].up == "TO";
      int noun = t_[h.tok].rel == kAcl && to_inf ? t_[h.tok].head : -1;
      for (const auto& [a, b] : u.matched) {
        if ((at < a || at > b) && (noun < a || noun > b)) continue;
        h.suppressed = true;
        Explain("verb '" + t_[h.tok].src->form + "' dropped: the pattern of '" + t_[u.tok].src->form +
                "' names it");
        break;
      }
    }
  }
  // Targets from a to-infinitive that codes nothing itself, under the verb or its object
  // ("Arnor signed an accord to supply Gondor with wheat").
  for (auto& h : *hits) {
    if (!h.targets.empty() || h.compound || h.sources.empty() || h.suppressed) continue;
    std::vector<int> cands;
    for (int k : t_[h.tok].kids) {
      cands.push_back(k);
      if (t_[k].rel == kObj)
        for (int j : t_[k].kids) cands.push_back(j);
    }
    for (int k : cands) {
      Rel r = t_[k].rel;
      if ((r != kXcomp && r != kAdvcl && r != kAcl) || !t_[k].verbal || clause_has_event(k)) continue;
      bool to = false;
      for (int j : t_[k].kids) to |= t_[j].rel == kMark && t_[j].up == "TO";
      if (!to) continue;
      h.targets = Objects(k, false);
      if (!h.targets.empty()) {
        Explain("verb '" + t_[h.tok].src->form + "': target from the object of '" + t_[k].src->form + "'");
        break;
      }
    }
  }
  // A verb that codes an event claims its xcomp ("urged X to respond": one event).
  for (auto& h : *hits) {
    int v = h.tok;
    if (o_.code_by == CodeOptions::CodeBy::kAll) break;
    if (h.suppressed || t_[v].head < 0) continue;
    // So does it a to-infinitive modifying its object ("abandoned efforts/obj to stop/acl X").
    int gov = t_[v].head;
    if (t_[v].rel == kAcl && t_[gov].rel == kObj && t_[gov].head >= 0 && t_[gov].head < v) {
      bool to = false;
      for (int j : t_[v].kids) to |= t_[j].rel == kMark && t_[j].up == "TO";
      if (!to) continue;
      gov = t_[gov].head;
    } else if (t_[v].rel != kXcomp) {
      continue;
    }
    int up = hit_at[gov];
    if (up < 0) continue;
    const VerbHit& u = (*hits)[up];
    if (u.code != "---" && !u.sources.empty() && !u.targets.empty()) {
      h.suppressed = true;
      Explain("verb '" + t_[v].src->form + "' dropped: its governing verb '" + t_[u.tok].src->form +
              "' codes the event");
    }
  }
  // TABARI's default actor search (5.8 of its manual) for what the tree left open:
  // the source is the first actor before the verb; the target the first actor after
  // it whose code differs from the source's, else the first such actor before it.
  // DEFAULT: SOURCE [S] <PRIOR> TARGET [T] <AFTER> then fills what is still missing
  // (without PRIOR a missing source is first the first actor after the verb; with
  // AFTER a target is never looked for before the verb).
  bool defaults = !o_.default_source.empty() || !o_.default_target.empty();
  if (c_.actor_stems || defaults) {
    auto real = [](const std::vector<ActorRef>& v) {
      for (const auto& a : v)
        if (a.code != "---") return true;
      return false;
    };
    // The first actor phrase starting in [from, to) with a code none of `not_codes` has.
    auto first_actor = [&](int from, int to, const std::vector<ActorRef>& not_codes) {
      for (int p = std::max(from, 0); p < std::min(to, n); ++p) {
        if (actor_at_[p] < 0 || actor_spans_[actor_at_[p]].first != p) continue;
        std::vector<ActorRef> keep;
        for (const auto& a : ActorAt(p, p + 1)) {
          bool same = a.code == "---";
          for (const auto& x : not_codes) same |= x.code == a.code;
          if (!same) keep.push_back(a);
        }
        if (!keep.empty()) return keep;
      }
      return std::vector<ActorRef>{};
    };
    bool before_ok = !(o_.default_after && !o_.default_target.empty());
    for (auto& h : *hits) {
      if (h.suppressed || h.compound || h.code == "---" || h.code.empty()) continue;
      int v = h.tok;
      if (!real(h.sources)) {
        if (c_.actor_stems) h.sources = first_actor(0, v, h.targets);
        if (!real(h.sources) && !o_.default_source.empty() && !o_.default_prior) {
          auto a = first_actor(v + 1, n, {});
          h.sources.clear();
          if (!a.empty()) h.sources.push_back(a[0]);
        }
        if (!real(h.sources) && !o_.default_source.empty()) {
          ActorRef r;
          r.code = o_.default_source;
          r.first = r.last = v;
          h.sources = {r};
          Explain("verb '" + t_[v].src->form + "': default source " + r.code);
        } else if (real(h.sources)) {
          Explain("verb '" + t_[v].src->form + "': source by TABARI's default search");
        }
      }
      if (!real(h.targets) && real(h.sources)) {
        std::vector<ActorRef> first_source = {h.sources[0]};
        if (c_.actor_stems) h.targets = first_actor(v + 1, n, h.sources);
        if (!real(h.targets) && before_ok && (c_.actor_stems || !o_.default_target.empty()))
          h.targets = first_actor(0, v, first_source);
        if (!real(h.targets) && !o_.default_target.empty()) {
          ActorRef r;
          r.code = o_.default_target;
          r.first = r.last = v;
          h.targets = {r};
          Explain("verb '" + t_[v].src->form + "': default target " + r.code);
        } else if (real(h.targets)) {
          Explain("verb '" + t_[v].src->form + "': target by TABARI's default search");
        }
      }
    }
  }
}

std::vector<ActorRef> SentenceCoder::Forwarded(int h) const {
  if (o_.forward_actor.empty()) return {};
  for (int p = 0; p < h; ++p)
    if (actor_at_[p] >= 0) return {};
  const std::string& u = t_[h].up;
  bool plural = u == "THEY" || u == "THEM" || u == "THEIR";
  if (plural && !o_.forward_compound) return {};
  ActorRef r;
  r.code = o_.forward_actor;
  r.first = r.last = h;
  Explain("pronoun '" + t_[h].src->form + "' forwarded from the previous sentence: " + r.code);
  return {r};
}

std::string SentenceCoder::LeadActor(bool* compound) const {
  *compound = false;
  int n = static_cast<int>(t_.size());
  for (int p = 0; p < n; ++p) {
    const std::string& u = t_[p].src->upos;
    if (u == "VERB" && !Hidden(p)) return "";
    if (actor_at_[p] >= 0) {
      std::string code = c_.actors.actor(actor_spans_[actor_at_[p]].id).CodeAt(date_);
      if (code.empty() || code == "---") continue;
      *compound = ActorAt(p, p + 1).size() >= 2;
      return code;
    }
    if (u == "PRON") {
      auto f = Forwarded(p);
      if (!f.empty()) {
        *compound = o_.forward_compound;
        return f[0].code;
      }
    }
  }
  return "";
}

bool SentenceCoder::TabariVerbWord(int v) const {
  const std::string& u = t_[v].src->upos;
  if (actor_at_[v] >= 0 || agent_at_[v] >= 0) return false;
  if (u != "NOUN" && u != "ADJ" && u != "ADV" && u != "X" && u != "INTJ" && u != "AUX") return false;
  if (v > 0 && (t_[v - 1].up == "A" || t_[v - 1].up == "AN" || t_[v - 1].up == "THE")) return false;
  const std::string& f = t_[v].src->form;
  if (v > 0 && !f.empty() && f[0] >= 'A' && f[0] <= 'Z') return false;
  return true;
}

// TABARI's word count for MINIMUM WORDS: blank-separated words, and every comma.
int TabariWords(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank && !in_word) ++words;
    in_word = !blank;
    if (c == ',') ++words;
  }
  return words;
}

}  // namespace

void CoderImpl::CodeSentence(const Document& doc, int si, int date, const CodeOptions& opt, std::vector<Event>* out,
                             std::vector<std::string>* explain) const {
  const Sentence& s = doc.sentences[si];
  auto note = [&](const std::string& m) {
    if (explain) explain->push_back("sentence " + std::to_string(si) + ": " + m);
  };
  if (s.tokens.empty()) return;
  const std::string& stext = s.text.empty() && s.end > s.begin && s.end <= doc.text.size()
                                 ? doc.text.substr(s.begin, s.end - s.begin)
                                 : s.text;
  if (discards.size()) {
    for (size_t d : discards.Find(stext)) {
      if (!discards.item(d).story) {
        note("discarded: sentence contains '" + discards.item(d).phrase + "'");
        return;
      }
    }
  }
  if (opt.min_words > 0 && TabariWords(stext) < opt.min_words) {
    note("not coded: fewer than " + std::to_string(opt.min_words) + " words (MINIMUM WORDS)");
    return;
  }
  SentenceCoder sc(*this, s, date, opt, explain, si);
  if (!sc.Prepare()) {
    note("not coded: the sentence has no dependency parse");
    return;
  }
  if (actor_stems) {
    // TABARI <TIME> phrases coded [+++] / [###] ("When peace comes, ...").
    const auto& tk = sc.toks();
    for (const auto& [words, code] : verbs.special_phrases()) {
      for (size_t i = 0; i + words.size() <= tk.size(); ++i) {
        size_t k = 0;
        while (k < words.size() && tk[i + k].up == words[k]) ++k;
        if (k < words.size()) continue;
        note("not coded: the time phrase '" + s.tokens[i].form + " ...' has the " +
             (code == "###" ? "discard" : "complex") + " code " + code);
        return;
      }
    }
  }
  if (std::string special = actor_stems ? sc.SpecialActorCode() : ""; !special.empty()) {
    note(std::string("not coded: an actor has the ") + (special == "###" ? "discard" : "complex") + " code " + special);
    return;
  }
  std::vector<VerbHit> hits;
  sc.Run(&hits);
  if (opt.complex_verbs > 0 || opt.complex_conj > 0 || opt.complex_no_actor_prior) {
    // TABARI's complexity filter (COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR): dictionary verbs
    // (not null-coded roots without patterns), conjunctions, an actor before the first verb.
    int verbs = 0, conj = 0, first_verb = -1;
    for (const VerbHit& h : hits) {
      if (h.nominal || (h.code == "---" && h.pattern.rfind("(verb", 0) == 0)) continue;
      ++verbs;
      if (first_verb < 0 || h.tok < first_verb) first_verb = h.tok;
    }
    const auto& tk = sc.toks();
    for (int i = 0; i < static_cast<int>(tk.size()); ++i)
      if (!sc.Hidden(i) && (tk[i].up == "AND" || tk[i].up == "BUT" || tk[i].up == "OR" || tk[i].up == "NOR")) ++conj;
    std::string why;
    if (opt.complex_verbs > 0 && verbs >= opt.complex_verbs) why = std::to_string(verbs) + " verbs (VERBS)";
    else if (opt.complex_conj > 0 && conj >= opt.complex_conj) why = std::to_string(conj) + " conjunctions (CONJ)";
    else if (opt.complex_no_actor_prior && first_verb >= 0 && !sc.ActorBefore(first_verb))
      why = "no actor before the first verb '" + s.tokens[first_verb].form + "' (NOACTPRIOR)";
    if (!why.empty()) {
      note("not coded: too complex, " + why);
      return;
    }
  }
  // Complex [+++] and discard [###] verb codes stop the sentence; subordinate codes
  // (023?) count only when nothing else codes, dominant codes (031!) leave only
  // dominant events.
  bool any_plain = false, any_dominant = false;
  for (const VerbHit& h : hits) {
    if (h.suppressed || h.code.empty() || h.code == "---") continue;
    if (actor_stems && (h.code == "+++" || h.code == "###")) {
      note("not coded: verb '" + s.tokens[h.tok].form + "' " + h.pattern + " has the " +
           (h.code == "###" ? "discard" : "complex") + " code " + h.code);
      return;
    }
    bool has_actors = !h.sources.empty() && (!h.targets.empty() || h.compound);
    if (!has_actors) continue;
    if (h.code.find('!') != std::string::npos) any_dominant = true;
    if (h.code.find('?') == std::string::npos) any_plain = true;
  }
  for (VerbHit& h : hits) {
    if (h.suppressed || h.code.empty()) continue;
    bool sub = h.code.find('?') != std::string::npos, dom = h.code.find('!') != std::string::npos;
    if ((sub && any_plain) || (any_dominant && !dom)) {
      note("verb '" + s.tokens[h.tok].form + "' [" + h.code + "]: dropped, " +
           (sub && any_plain ? "a subordinate code with other events" : "not a dominant code"));
      h.suppressed = true;
      continue;
    }
    std::string clean;
    for (char ch : h.code)
      if (ch != '?' && ch != '!') clean.push_back(ch);
    h.code = clean;
  }
  std::string issue_codes;
  if (issues.size()) {
    auto found = issues.Find(stext);
    bool ignore = false;
    std::vector<std::string> codes;
    for (size_t i : found) {
      if (issues.item(i).ignore) ignore = true;
      else if (std::find(codes.begin(), codes.end(), issues.item(i).code) == codes.end())
        codes.push_back(issues.item(i).code);
    }
    if (!ignore) {
      for (const auto& c : codes) issue_codes += (issue_codes.empty() ? "" : ",") + c;
    }
  }
  const auto& toks = sc.toks();
  auto span_of = [&](const ActorRef& a) {
    Span sp;
    sp.begin = s.tokens[a.first].begin;
    sp.end = s.tokens[a.last].end;
    return sp;
  };
  auto text_of = [&](const ActorRef& a) {
    std::string o;
    for (int i = a.first; i <= a.last; ++i) {
      o += s.tokens[i].form;
      if (i < a.last && s.tokens[i].space_after) o.push_back(' ');
    }
    return o;
  };
  // A predicted or conditional event is no fact (not in TABARI mode, whose suite codes
  // what its patterns say): the verb is the complement of a prediction verb ("analysts
  // predict China will impose ...", "expects Germany to recognize ..."), sits in an
  // if/unless clause, or is a would/could/might verb of a clause with such a condition
  // ("Russia would attack ... if the talks fail"), or is (the complement of) a
  // counterfactual "would/could/might/should have" verb.
  auto has_mark = [&](int v, std::initializer_list<const char*> words) {
    for (int k : toks[v].kids) {
      if (toks[k].rel != kMark) continue;
      for (const char* w : words)
        if (toks[k].up == w) return true;
    }
    return false;
  };
  auto hypothetical = [&](int v, const std::string& code) -> std::string {
    if (actor_stems) return "";
    bool violent = code.compare(0, 2, "17") >= 0 && code.compare(0, 2, "21") < 0;
    bool modal = false;
    for (int k : toks[v].kids)
      if (toks[k].rel == kAux && (toks[k].up == "WOULD" || toks[k].up == "COULD" || toks[k].up == "MIGHT"))
        modal = true;
    int depth = 0;
    bool modal_seen = false;
    for (int u = v; u >= 0 && depth < 8; ++depth) {
      if (toks[u].rel == kAdvcl && has_mark(u, {"IF", "UNLESS"})) return "conditional clause";
      // "a bill that would have let Beijing try suspects ...": never happened.
      bool modal_u = false, have = false;
      for (int k : toks[u].kids) {
        if (toks[k].rel != kAux) continue;
        const std::string& w = toks[k].up;
        if (w == "WOULD" || w == "COULD" || w == "MIGHT" || w == "SHOULD") modal_u = true;
        if (w == "HAVE") have = true;
      }
      if (modal_u && have) return "counterfactual";
      // A would / could / might clause that only describes a possible effect: in a
      // relative clause ("a rule which would let the minister ... fund a wall") or as
      // what something means or risks ("meaning Scotland would leave the union").
      modal_seen = modal_seen || modal_u;
      if (modal_seen && (toks[u].rel == kRelcl || (toks[u].rel == kAcl && !has_mark(u, {"TO"}))))
        return "possible effect ('would' in a relative clause)";
      if (modal)
        for (int k : toks[u].kids)
          if (toks[k].rel == kAdvcl && has_mark(k, {"IF", "UNLESS"})) return "conditional";
      Rel r = toks[u].rel;
      // "paid militants to kill foreign soldiers", "a plan to assassinate X": violence
      // in a to-infinitive modifying a noun is what was meant or planned.
      if (violent && u == v && r == kAcl && has_mark(u, {"TO"}) && toks[u].src->xpos == "VB")
        return "purpose of '" + s.tokens[toks[u].head].form + "'";
      // (Also up a to-infinitive under a noun: "If the House votes/NOUN to impeach X".)
      bool to_acl = r == kAcl && has_mark(u, {"TO"});
      // What a motion, a right or a way is for is not done ("debated a motion to expel
      // foreign troops", "their best way to stop Trump", "the power to dismiss X"); nor
      // is what a deal or a plan is for ("brokered a deal to restore ties between X and Y").
      if (to_acl && toks[u].head >= 0) {
        static const char* kFor[] = {"WAY",       "MEANS",    "ABILITY", "RIGHT",    "CHANCE",   "OPPORTUNITY",
                                     "POWER",     "PERMISSION", "DEADLINE", "RESOLUTION", "BILL", "MOTION",
                                     "PROPOSAL",  "THREAT",   "OPTION",  "PETITION", "DEAL",   "AGREEMENT",
                                     "ACCORD",    "PACT",     "TREATY",  "PLAN",     "PROGRAM",  "PROGRAMME",
                                     "PROJECT",   "SCHEME"};
        for (const char* w : kFor)
          if (toks[toks[u].head].lemma == w)
            return "what '" + s.tokens[toks[u].head].form + "' is for";
      }
      if (r != kCcomp && r != kXcomp && r != kConj && r != kAdvcl && !to_acl) break;
      int g = toks[u].head;
      if (g < 0) break;
      if (r != kConj) {
        const std::string& l = toks[g].lemma;
        std::string lw;
        for (char ch : l) lw.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
        if (lw == "predict" || lw == "expect" || lw == "forecast" || lw == "anticipate" || lw == "speculate" ||
            lw == "project" || lw == "bet" || lw == "guess")
          return "predicted by '" + s.tokens[g].form + "'";
        // What a would / could verb of permission would let happen ("would allow him to
        // act ... and allocate funding for a fence").
        if (r == kXcomp && (lw == "allow" || lw == "enable" || lw == "let" || lw == "permit"))
          for (int k : toks[g].kids)
            if (toks[k].rel == kAux && (toks[k].up == "WOULD" || toks[k].up == "COULD" || toks[k].up == "MIGHT"))
              return "what '" + s.tokens[k].form + " " + s.tokens[g].form + "' would permit";
        if (modal_seen && (r == kCcomp || r == kAdvcl) &&
            (lw == "mean" || lw == "imply" || lw == "risk" || lw == "fear" || lw == "warn" || lw == "worry"))
          return "possible consequence under '" + s.tokens[g].form + "'";
        // Asked for, planned or hoped for, not done: "a letter inviting the president to visit
        // London", "Hamas wants Egypt to mediate". (A governing verb that codes claims its
        // complement earlier: "urged X to ..." is one appeal.)
        static const char* kWanted[] = {"invite", "urge", "ask", "request", "want", "plan", "intend", "hope",
                                        "propose", "seek", "wish", "aim", "encourage", "demand", "call", "need",
                                        "require"};
        // ("called on Turkey to/advcl halt ..." too; "call" only as an appeal, with an
        // on / for / upon phrase: "calling the attack retaliation" names.)
        bool appeal = false;
        for (int k : toks[g].kids)
          if (toks[k].rel == kObl || toks[k].rel == kIobj)
            for (int c : toks[k].kids)
              if (toks[c].rel == kCase && (toks[c].up == "ON" || toks[c].up == "FOR" || toks[c].up == "UPON"))
                appeal = true;
        if (r == kXcomp || r == kCcomp || (r == kAdvcl && has_mark(u, {"TO"})))
          for (const char* w : kWanted)
            if (lw == w && (lw != "call" || appeal)) return "wanted by '" + s.tokens[g].form + "'";
        // Violence named as a purpose says what was meant to happen, not what did ("paid
        // militants to kill foreign soldiers", "opened an assault to
        // seize the port"); visits made to meet or sign usually did, and stay.
        if (violent && u == v && r == kAdvcl && has_mark(u, {"TO"}) && toks[u].src->xpos == "VB")
          return "purpose of '" + s.tokens[g].form + "'";
      }
      u = g;
    }
    return "";
  };
  // The head token of an actor's words (the one whose head lies outside them).
  auto head_of = [&](const ActorRef& r) {
    for (int i = r.first; i <= r.last; ++i) {
      int h = toks[i].head;
      if (h < r.first || h > r.last) return i;
    }
    return r.last;
  };
  // True when the words of `b` overlap those of `a` or `b` is a conjunct or apposition
  // of `a` (members of one compound subject, "the delegations of X, Y and Z", are not
  // each other's targets).
  auto inside_phrase = [&](const ActorRef& a, const ActorRef& b) {
    if (a.first <= b.last && b.first <= a.last) return true;
    int u = head_of(b);
    for (int depth = 0; u >= 0 && depth < 8; ++depth) {
      if (u >= a.first && u <= a.last) return true;
      Rel r = toks[u].rel;
      if (r != kConj && r != kAppos && r != kFlat) return false;
      u = toks[u].head;
    }
    return false;
  };
  // True when the phrase of `b` is the second term of a comparison ("received more
  // viewers than Trump's event").
  auto compared = [&](const ActorRef& b) {
    int u = head_of(b);
    for (int depth = 0; u >= 0 && depth < 4; ++depth) {
      for (int k : toks[u].kids)
        if ((toks[k].rel == kCase || toks[k].rel == kMark) && (toks[k].up == "THAN" || toks[k].up == "UNLIKE"))
          return true;
      Rel r = toks[u].rel;
      if (r != kConj && r != kNmod && r != kAppos && r != kCompound && r != kFlat && r != kNmodPoss) return false;
      u = toks[u].head;
    }
    return false;
  };
  // A business actor: a multinational (MNC...) or a BUS role.
  auto business = [](const std::string& c) {
    if (c.compare(0, 3, "MNC") == 0) return true;
    for (size_t i = 3; i + 3 <= c.size(); i += 3)
      if (c.compare(i, 3, "BUS") == 0) return true;
    return false;
  };
  // True when `r` lies in the subject of a that-clause of the verb, which has no object.
  auto warned_about = [&](const VerbHit& h, const ActorRef& r) {
    for (int k : toks[h.tok].kids)
      if (toks[k].rel == kObj || toks[k].rel == kIobj) return false;
    int u = head_of(r);
    for (int depth = 0; u >= 0 && depth < 10; ++depth) {
      int g = toks[u].head;
      if (g < 0) return false;
      if (toks[u].rel == kNsubj && toks[g].rel == kCcomp && toks[g].head == h.tok) return true;
      u = g;
    }
    return false;
  };
  // True when the actor is a party in a "between X and Y" phrase the pattern does not
  // name: in a statement (01) the parties of the deal or meeting talked about, not the
  // verb's actors ("announced deals between Israel and Bahrain").
  auto between = [&](const VerbHit& h, const ActorRef& r) {
    if (Upper(h.target_prep) == "BETWEEN" || Upper(h.source_prep) == "BETWEEN") return false;
    int u = head_of(r);
    for (int depth = 0; u >= 0 && depth < 6; ++depth) {
      for (int k : toks[u].kids)
        if (toks[k].rel == kCase && toks[k].up == "BETWEEN") return true;
      Rel rel = toks[u].rel;
      if (rel != kConj && rel != kCompound && rel != kFlat && rel != kAppos) return false;
      u = toks[u].head;
    }
    return false;
  };
  // The "between" phrase of `r` hangs from a common noun that names no actor or role and
  // is the subject of the verb.
  auto between_subject = [&](const VerbHit& h, const ActorRef& r) {
    int u = head_of(r);
    for (int depth = 0; u >= 0 && depth < 6; ++depth) {
      bool here = false;
      for (int k : toks[u].kids) here |= toks[k].rel == kCase && toks[k].up == "BETWEEN";
      if (here) break;
      u = toks[u].head;
    }
    if (u < 0) return false;
    int g = toks[u].head;
    if (g < 0 || toks[u].rel != kNmod || !toks[g].noun || sc.Names(g)) return false;
    if (toks[g].rel == kNsubj && toks[g].head == h.tok) return true;
    // "(part of) a pact between X and Y, which requires ...": the relative clause's
    // antecedent.
    if (toks[h.tok].rel != kRelcl) return false;
    for (int depth = 0; g >= 0 && depth < 3; ++depth) {
      if (!toks[g].noun || sc.Names(g)) return false;
      if (toks[h.tok].head == g) return true;
      if (toks[g].rel != kNmod) return false;
      g = toks[g].head;
    }
    return false;
  };
  // The actor hangs from the verb's object, a gathering (conference, briefing, meeting
  // ...), through an -ing participle clause.
  auto in_object_clause = [&](const VerbHit& h, const ActorRef& r) {
    int u = head_of(r);
    bool clause = false;
    static const char* kGathering[] = {"CONFERENCE", "BRIEFING", "MEETING", "SESSION", "RALLY", "HEARING",
                                       "SUMMIT",     "FORUM",    "EVENT",   "SPEECH"};
    for (int depth = 0; u >= 0 && depth < 12; ++depth) {
      int g = toks[u].head;
      if (g == h.tok) {
        if (!clause || toks[u].rel != kObj) return false;
        for (const char* w : kGathering)
          if (toks[u].lemma == w) return true;
        return false;
      }
      if (toks[u].rel == kAcl && toks[u].src->xpos == "VBG") clause = true;
      u = g;
    }
    return false;
  };
  // `r` is only an adjective (a demonym) of a singular common noun that names no actor
  // or role ("Iranian aid"; "Palestinian factions" are people).
  auto demonym_of_thing = [&](const ActorRef& r) {
    int u = head_of(r);
    if (toks[u].rel != kAmod || toks[u].src->upos != "ADJ") return false;
    int g = toks[u].head;
    return g >= 0 && toks[g].noun && toks[g].src->xpos == "NN" && !sc.Names(g);
  };
  // The preposition of the phrase that names `b` (upper case, "" for none).
  auto prep_of = [&](const ActorRef& b) {
    int u = head_of(b);
    while (u >= 0 && (toks[u].rel == kCompound || toks[u].rel == kFlat)) u = toks[u].head;
    if (u < 0 || (toks[u].rel != kObl && toks[u].rel != kNmod)) return std::string();
    for (int k : toks[u].kids)
      if (toks[k].rel == kCase) return toks[k].up;
    return std::string();
  };
  // The phrase naming `b` is a prepositional phrase of the verb itself, before it.
  auto fronted = [&](const VerbHit& h, const ActorRef& b) {
    int u = head_of(b);
    while (u >= 0 && (toks[u].rel == kCompound || toks[u].rel == kFlat)) u = toks[u].head;
    return u >= 0 && u < h.tok && toks[u].rel == kObl && toks[u].head == h.tok;
  };
  // True when the target is only the channel of the act: "via X", "through X", or a
  // platform or outlet "on X" that the pattern does not name ("hailed the report on
  // Twitter", "spoke on state television").
  auto medium = [&](const VerbHit& h, const ActorRef& b) {
    int u = head_of(b);
    while (u >= 0 && (toks[u].rel == kCompound || toks[u].rel == kFlat)) u = toks[u].head;
    if (u < 0 || (toks[u].rel != kObl && toks[u].rel != kNmod)) return false;
    std::string prep;
    for (int k : toks[u].kids)
      if (toks[k].rel == kCase) prep = toks[k].up;
    if (prep == "VIA" || prep == "THROUGH") return h.target_prep.empty();
    if (prep != "ON" || Upper(h.target_prep) == "ON") return false;
    return b.code.find("MNC") != std::string::npos || b.code.find("MED") != std::string::npos;
  };
  // True when the words of `b` lie inside those of `a`, hanging from a's head without a
  // conjunction on the way (a modifier of a's phrase, not another member).
  auto nested = [&](const ActorRef& a, const ActorRef& b) {
    if (b.first < a.first || b.last > a.last || (b.first == a.first && b.last == a.last)) return false;
    int top = head_of(a);
    int u = head_of(b);
    if (u == top) return false;  // "the delegations of X, Y and Z": members sharing a head
    for (int depth = 0; u >= 0 && depth < 10; ++depth) {
      if (u == top) return true;
      if (toks[u].rel == kConj || u < a.first || u > a.last) return false;
      u = toks[u].head;
    }
    return false;
  };
  // An event noun that is planned, proposed, possible or called off is no fact ("the
  // minister's planned trip to Oslo, which was called off").
  auto planned = [&](int v) {
    static const char* kNotYet[] = {"PLAN",        "PROPOSE", "PROPOSED", "EXPECT",   "EXPECTED", "SCHEDULE",
                                    "SCHEDULED",   "CANCEL",  "CANCELLED", "CANCELED", "POSTPONE", "POSTPONED",
                                    "POSSIBLE",    "POTENTIAL", "UPCOMING", "FUTURE",  "PROSPECTIVE", "INTENDED",
                                    "HYPOTHETICAL", "SCRAP",   "ABORT",    "ABORTED",  "PENDING",  "DELAY"};
    for (int k : toks[v].kids) {
      Rel r = toks[k].rel;
      if (r != kAmod && r != kAcl && r != kRelcl) continue;
      for (const char* w : kNotYet)
        if (toks[k].lemma == w || toks[k].up == w) return true;
    }
    // The event noun as what a verb cancels, puts off or plans ("the visit ... was
    // cancelled", "postponed the talks", "called off the summit", "the visit is planned").
    int g = toks[v].head;
    Rel r = toks[v].rel;
    if (g < 0 || (r != kNsubjPass && r != kObj)) return false;
    static const char* kCancel[] = {"CANCEL", "POSTPONE", "SCRAP",    "ABORT",  "DELAY", "PLAN",
                                    "PROPOSE", "SCHEDULE", "RESCHEDULE", "EXPECT", "SUSPEND"};
    for (const char* w : kCancel)
      if (toks[g].lemma == w) return true;
    if (toks[g].lemma == "CALL" || toks[g].lemma == "PUT")
      for (int k : toks[g].kids)
        if (toks[k].rel == kCompoundPrt && toks[k].up == "OFF") return true;
    return false;
  };
  // CAMEO region codes: a region named by an adjective modifying another noun is a
  // category, not an actor ("a pan-African vaccine fund", "landing in the European
  // nation", "the South American bloc Mercosur").
  auto region_code = [&](const std::string& code) {
    static const char* kRegions[] = {"AFR", "ASA", "EUR", "MEA", "LAM", "SAM", "NMR", "CRB", "BLK", "CAU",
                                     "CAS", "SAS", "SEA", "SCN", "WAF", "EAF", "NAF", "SAF", "CFR", "PGS",
                                     "WST", "EEU", "MDT", "ARB"};
    for (const char* c : kRegions)
      if (code == c) return true;
    return false;
  };
  auto region_modifier = [&](const ActorRef& r) {
    if (!region_code(r.code)) return false;
    int u = head_of(r);
    return toks[u].rel == kAmod || toks[u].rel == kCompound;
  };
  // Verbs whose object is what is talked about (the partner is a with-phrase): "discuss
  // Iraq-Kuwait relations"; the object of meet / visit / call is the partner.
  auto topic_verb = [&](int v) {
    static const char* kTopic[] = {"DISCUSS", "DEBATE", "NEGOTIATE", "ADDRESS", "REVIEW", "EXAMINE", "CONSIDER"};
    for (const char* w : kTopic)
      if (toks[v].lemma == w) return true;
    return false;
  };
  // Political figures and bodies (not armed, police or rebel roles).
  auto political = [&](const std::string& code) {
    bool any = false;
    for (size_t i = 3; i + 3 <= code.size(); i += 3) {
      std::string ag = code.substr(i, 3);
      if (ag != "GOV" && ag != "ELI" && ag != "LEG" && ag != "PTY" && ag != "OPP" && ag != "JUD") return false;
      any = true;
    }
    return any;
  };
  // Words of weapons, armed forces or bodily harm anywhere in the sentence.
  int armed_cache = -1;  // computed when first needed
  auto armed_sentence = [&]() {
    if (armed_cache >= 0) return armed_cache == 1;
    armed_cache = 0;
    static const char* kArmed[] = {"TROOP",   "SOLDIER", "ARMY",    "MILITARY", "FORCE",     "MISSILE", "ROCKET",
                                   "BOMB",    "GUN",     "SHOT",    "SHOOT",    "STRIKE",    "AIRSTRIKE", "DRONE",
                                   "SHELL",   "ARTILLERY", "TANK",  "WEAPON",   "GRENADE",   "KNIFE",   "STAB",
                                   "KILL",    "WOUND",   "INJURE",  "DEAD",     "DEATH",     "RAID",    "MILITANT",
                                   "POLICE",  "FIRE",    "EXPLOSION", "BLAST",  "ATTACKER",  "ASSAULT", "PUNCH",
                                   "BEAT",    "HOSPITAL", "INVASION", "INVADE", "WAR"};
    for (const auto& tk : toks)
      for (const char* w : kArmed)
        if (tk.lemma == w || tk.up == w) armed_cache = 1;
    return armed_cache == 1;
  };
  size_t first_event = out->size();
  std::vector<int> event_tok;  // the verb of each event coded here
  for (VerbHit& h : hits) {
    const std::string vform = s.tokens[h.tok].form;
    if (h.suppressed) continue;
    std::string code = h.code, recip;
    if (size_t colon = code.find(':'); colon != std::string::npos) {
      recip = code.substr(colon + 1);
      code = code.substr(0, colon);
    }
    if (code == "---" || code.empty()) {
      note("verb '" + vform + "' " + h.pattern + ": null code, no event");
      continue;
    }
    if (h.negated) {
      std::string neg = pico.empty() ? "" : pico.Negate(code);
      if (neg.empty()) {
        note("verb '" + vform + "' negated: candidate " + code + " dropped");
        continue;
      }
      note("verb '" + vform + "' negated: " + code + " becomes " + neg);
      code = neg;
      recip.clear();
    }
    if (std::string why = h.nominal ? (!actor_stems && planned(h.tok) ? "planned or called off" : "")
                                    : hypothetical(h.tok, code);
        !why.empty()) {
      note("verb '" + vform + "' [" + code + "]: dropped, not a fact (" + why + ")");
      continue;
    }
    // Where a statement or a protest took place is not whom it addresses ("foreign
    // ministers gathered in Cairo", "Ukrainians rallied in Berlin", "spoke in Beijing").
    if (!actor_stems && h.place_target && !h.compound && (code.compare(0, 2, "01") == 0 || code.compare(0, 2, "14") == 0)) {
      note("verb '" + vform + "' [" + code + "]: dropped, the only target is the place");
      continue;
    }
    std::vector<ActorRef> src, tgt;
    // A place or demonym that only starts an unknown organisation's name names no party.
    auto unknown_name = [&](const ActorRef& a) {
      if (actor_stems || !sc.InUnknownName(a.first, a.last)) return false;
      note("verb '" + vform + "': " + a.code + " ('" + text_of(a) + "') only starts an unknown name, no actor");
      return true;
    };
    for (auto& a : h.sources)
      if (a.code != "---" && !unknown_name(a) && !(!actor_stems && medium(h, a))) src.push_back(a);
    // An "object" followed right away by a finite auxiliary or copula of the verb's
    // complement clause is that clause's subject, misparsed ("announced Norway was to
    // join", "said Chile had erred"): what the statement is about, not whom it addresses.
    auto clause_subject = [&](const ActorRef& b) {
      if (actor_stems || opt.petrarch2) return false;
      int u = head_of(b);
      if (toks[u].rel != kObj || toks[u].head != h.tok) return false;
      int p = b.last + 1;
      if (p >= static_cast<int>(toks.size())) return false;
      const std::string& x = toks[p].src->xpos;
      if ((toks[p].rel != kAux && toks[p].rel != kCop) ||
          (x != "VBD" && x != "VBZ" && x != "VBP" && x != "MD"))
        return false;
      int c = toks[p].head;
      if (c < 0 || toks[c].head != h.tok || (toks[c].rel != kXcomp && toks[c].rel != kCcomp)) return false;
      note("verb '" + vform + "': " + b.code + " is the subject of its complement clause, no target");
      return true;
    };
    for (auto& a : h.targets)
      if (a.code != "---" && !unknown_name(a) && !clause_subject(a)) tgt.push_back(a);
    // What parties talk about is no party: "gathered to discuss Iraq-Kuwait relations",
    // "discussed Ukraine's future with X" (040 / 041 / 046): the partner is the with-phrase.
    if (!actor_stems && !h.compound && (code == "040" || code == "041" || code == "046") && topic_verb(h.tok)) {
      size_t before = tgt.size();
      tgt.erase(std::remove_if(tgt.begin(), tgt.end(),
                               [&](const ActorRef& b) { return sc.ModifiesThingObject(h.tok, b.first, b.last); }),
                tgt.end());
      if (tgt.size() < before) {
        note("verb '" + vform + "': a target that is only the topic dropped");
        if (tgt.empty()) tgt = sc.WithPartner(h.tok);
      }
    }
    std::vector<std::pair<ActorRef, ActorRef>> pairs;
    if (h.compound) {
      if (!tgt.empty() || src.size() < 2) {
        note("verb '" + vform + "': % pattern needs a compound subject and no object; no event");
        continue;
      }
      // TABARI: a paired code (044:045) codes each pair once in the order named, the
      // reverse event taking the second code.
      bool once = actor_stems && !recip.empty();
      for (size_t i = 0; i < src.size(); ++i)
        for (size_t j = once ? i + 1 : 0; j < src.size(); ++j) {
          if (i == j) continue;
          // A member nested in another's words is one party described twice ("a
          // candidate for the X Party", "the X Party"); coordinated ones are two
          // ("Chinese and Indian soldiers").
          if (!actor_stems && (nested(src[i], src[j]) || nested(src[j], src[i]))) {
            note("verb '" + vform + "': " + src[i].code + " -> " + src[j].code + " dropped, overlapping members");
            continue;
          }
          pairs.push_back({src[i], src[j]});
        }
    } else {
      if (src.empty() || tgt.empty()) {
        note("verb '" + vform + "' " + h.pattern + " [" + code + "]: dropped, no " +
             (src.empty() ? "source" : "target") + " actor");
        continue;
      }
      for (auto& a : src)
        for (auto& b : tgt) {
          if (!actor_stems && (inside_phrase(a, b) || inside_phrase(b, a))) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, both in one noun phrase");
            continue;
          }
          if (!actor_stems && code.compare(0, 2, "01") == 0 && (between(h, a) || between(h, b))) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a party named by 'between'");
            continue;
          }
          // A statement does not address an actor named inside an -ing clause that
          // modifies its object ("held a briefing discussing worries over Chinese
          // meddling"; "denied the allegations made by Iran" stays).
          if (!actor_stems && !opt.petrarch2 && code.compare(0, 2, "01") == 0 && in_object_clause(h, b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the target is inside a clause of the object");
            continue;
          }
          // An intermediary's purpose: a to-infinitive whose source comes from the verb
          // above it, with the target one party of a "between X and Y" phrase that does not
          // name the source ("brokered a deal to restore ties between X and Y") is no act
          // of the source on either party.
          if (!actor_stems && !opt.petrarch2 && (toks[h.tok].rel == kXcomp || toks[h.tok].rel == kAcl) &&
              between(h, b) && !between(h, a)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a third party's purpose between two parties");
            continue;
          }
          // A thing between two parties as the subject ("the pact between the EU and
          // Mercosur requires ...") is no act of either party.
          if (!actor_stems && !opt.petrarch2 && between(h, a) && between_subject(h, a)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the subject is a thing between parties");
            continue;
          }
          if (!actor_stems && (sc.InAttribution(head_of(a)) || sc.InAttribution(head_of(b)))) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, 'according to' names the reporter");
            continue;
          }
          // Nor does a statement or an appeal (01-02) address a region as such ("announced
          // a naval coalition to patrol the Persian Gulf", "called for cooperation in the
          // Eastern Mediterranean").
          if (!actor_stems && (code.compare(0, 2, "01") == 0 || code.compare(0, 2, "02") == 0) &&
              region_code(b.code)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a region is no addressee");
            continue;
          }
          // Meetings and visits (04) are with parties, not with things a demonym
          // describes ("how much Iranian aid is received by the rebels").
          if (!actor_stems && code.compare(0, 2, "04") == 0 && demonym_of_thing(b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a demonym of a thing");
            continue;
          }
          if (!actor_stems && (region_modifier(a) || region_modifier(b))) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a region named as a modifier");
            continue;
          }
          // Where a statement or a meeting was made from is not whom it addresses ("From
          // Jerusalem, the minister spoke, defending ...").
          if (!actor_stems && (code.compare(0, 2, "01") == 0 || code.compare(0, 2, "04") == 0) &&
              prep_of(b) == "FROM" && Upper(h.target_prep) != "FROM" && b.last < h.tok && fronted(h, b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a 'from' place is no addressee");
            continue;
          }
          if (!actor_stems && medium(h, b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the target is the medium");
            continue;
          }
          // A company exhibits no force posture (15): "the firm tested its rocket by
          // launching a car into space".
          if (!actor_stems && !opt.petrarch2 && code.compare(0, 2, "15") == 0 && business(a.code)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a company shows no force");
            continue;
          }
          if (!actor_stems && compared(b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the target is compared with");
            continue;
          }
          // "warned that X could wreck the economy": X is what the warning is about, no
          // threat against X (a threat names what the source would do: "warned that it
          // would retaliate against X", "warned X that ...").
          if (!actor_stems && !opt.petrarch2 && code.compare(0, 2, "13") == 0 && toks[h.tok].lemma == "WARN" &&
              warned_about(h, b)) {
            note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the subject of what is warned of");
            continue;
          }
          pairs.push_back({a, b});
        }
    }
    auto emit = [&](const ActorRef& a, const ActorRef& b, const std::string& code_in) {
      std::string c = code_in;
      // Force between two political figures or bodies of one country (leaders,
      // government, parties, opposition, legislators) in a sentence naming no weapon or
      // armed force is verbal: "Biden attacked Trump on taxes", "the senator hit the
      // governor over the budget" (111 criticize).
      if (!actor_stems && (c.compare(0, 2, "18") == 0 || c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0) &&
          a.code.size() > 3 && b.code.size() > 3 && a.code.compare(0, 3, b.code, 0, 3) == 0 &&
          political(a.code) && political(b.code) && !armed_sentence()) {
        // Defeating a rival is an election result, no event.
        if (toks[h.tok].lemma == "DEFEAT" || toks[h.tok].lemma == "BEAT") {
          note("verb '" + vform + "': " + c + " between two political actors of one country: an election, no event");
          return;
        }
        note("verb '" + vform + "': " + c + " between two political actors of one country, no arms: 111");
        c = "111";
      }
      if (a.code == b.code) {
        note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, source and target are the same actor");
        return;
      }
      // A role acting on its own bare country named by a place phrase ("Chilean students
      // demonstrated in Santiago": CHLEDU -> CHL) says where it happened, not to whom.
      auto in_place = [&](const ActorRef& r) {
        int p = r.first - 1;
        while (p >= 0 && (sc.toks()[p].src->upos == "DET" || sc.toks()[p].src->upos == "ADJ")) --p;
        if (p < 0) return false;
        const std::string& w = sc.toks()[p].up;
        return w == "IN" || w == "AT" || w == "NEAR" || w == "INSIDE" || w == "THROUGHOUT" || w == "ACROSS" ||
               w == "AROUND";
      };
      // A state's own institution (government, courts, legislators, schools, media,
      // firms ...) acting on its bare country names it as the setting, not a target
      // ("the senator from Vermont ended his bid in the United States presidential
      // election") unless it is the verb's object; non-state roles (rebels, insurgents, criminals, opposition) can act
      // against their country.
      auto institution = [&](const std::string& code) {
        for (size_t i = 3; i + 3 <= code.size(); i += 3) {
          std::string ag = code.substr(i, 3);
          if (ag == "REB" || ag == "INS" || ag == "CRM" || ag == "OPP" || ag == "RAD" || ag == "SEP" ||
              ag == "UAF" || ag == "IMG" || ag == "REF")
            return false;
        }
        return true;
      };
      // The country as the verb's own object is a target ("students attacked Moscow").
      auto object = [&](const ActorRef& r) {
        Rel rel = toks[head_of(r)].rel;
        return rel == kObj || rel == kIobj;
      };
      // In cooperation (01-08) not even as the object: "the army acted to protect
      // British property" is no event between two actors.
      bool coop = c.compare(0, 1, "0") == 0;
      // A state organ (government, military, legislature, courts, police, intelligence)
      // acting on its own bare country is no event between two actors ("Trump withdrew
      // the US from the treaty", "the embassy warned Britons to leave") unless it
      // coerces or uses force against its people (17-20: "security forces detained 87
      // Egyptians", "the court sentenced the former South Korean first lady").
      bool force = c.compare(0, 2, "17") >= 0;
      auto organ = [&](const std::string& code) {
        if (force) return false;
        for (size_t i = 3; i + 3 <= code.size(); i += 3) {
          std::string ag = code.substr(i, 3);
          if (ag == "GOV" || ag == "MIL" || ag == "LEG" || ag == "JUD" || ag == "COP" || ag == "SPY") return true;
        }
        return false;
      };
      coop = coop || organ(a.code);
      if (b.code.size() == 3 && a.code.size() > 3 && a.code.compare(0, 3, b.code) == 0 &&
          (in_place(b) || (!actor_stems && !opt.petrarch2 && institution(a.code) && (!object(b) || coop)))) {
        note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, the target is the source's own country");
        return;
      }
      // A leader or institution visiting, hosting or consulting a place of its own country
      // ("Biden visited Texas") is a domestic trip, no event between two actors; a
      // group of people named by a demonym stays ("Hamas met Palestinian factions").
      // (PETRARCH-2 codes "Mordor will be hosting ..." MORMIL -> MOR.)
      if (!actor_stems && !opt.petrarch2 && c.compare(0, 2, "04") == 0 && b.code.size() == 3 && a.code.size() > 3 &&
          a.code.compare(0, 3, b.code) == 0 && toks[head_of(b)].src->upos == "PROPN") {
        note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a trip inside its own country");
        return;
      }
      // A state acting on its own agents ("Saudi Arabia equipped the Royal Saudi Navy",
      // "Egypt deployed the Egyptian army") in cooperation or a show of force is its own
      // business, no event between two actors; repression (arrests, sentences) stays.
      if (!actor_stems && a.code.size() == 3 && b.code.size() > 3 && b.code.compare(0, 3, a.code) == 0 &&
          (c.compare(0, 1, "0") == 0 || c.compare(0, 2, "15") == 0)) {
        note("verb '" + vform + "': " + a.code + " -> " + b.code + " dropped, a state and its own agent");
        return;
      }
      for (size_t i = first_event; i < out->size(); ++i) {
        const Event& e = (*out)[i];
        if (e.source == a.code && e.target == b.code && e.code == c) return;
      }
      Event e;
      e.doc_id = doc.id;
      e.sentence = si;
      e.date = doc.date;
      e.source = a.code;
      e.target = b.code;
      e.source_text = text_of(a);
      e.target_text = text_of(b);
      e.source_span = span_of(a);
      e.target_span = span_of(b);
      e.verb_span = {s.tokens[h.tok].begin, s.tokens[h.tok].end};
      e.code = c;
      e.root = c.size() >= 2 ? c.substr(0, 2) : c;
      if (const dict::CameoInfo* info = cameo.Find(c)) {
        e.goldstein = info->goldstein;
        e.quad_class = info->quad_class;
      } else {
        e.quad_class = dict::CameoTable::QuadFromRoot(c);
      }
      e.verb = toks[h.tok].lemma;
      for (auto& ch : e.verb) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      e.pattern = h.pattern;
      e.dict_version = version;
      e.text = stext;
      e.issues = issue_codes;
      std::string key = e.doc_id + '\x1f' + std::to_string(si) + '\x1f' + e.source + '\x1f' + e.target + '\x1f' + c;
      char buf[17];
      std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(XXH64(key.data(), key.size(), 0)));
      e.event_id = buf;
      if (explain)
        explain->push_back("sentence " + std::to_string(si) + ": event " + a.code + " -> " + b.code + " " + c +
                           " from verb '" + vform + "' " + h.pattern + " (source '" + e.source_text + "', target '" +
                           e.target_text + "')");
      out->push_back(std::move(e));
      event_tok.push_back(h.tok);
    };
    for (auto& [a, b] : pairs) {
      emit(a, b, code);
      if (!recip.empty() && recip != "---") emit(b, a, recip);
    }
    if (opt.code_by == CodeOptions::CodeBy::kSentence && out->size() > first_event) break;
  }
  // TABARI codes by clause: only the first verb (in word order) that codes an event in
  // each clause of a compound sentence (clauses split at AND / BUT / OR / NOR joining
  // verbs) keeps its events.
  if (actor_stems && opt.code_by == CodeOptions::CodeBy::kClause && out->size() > first_event + 1) {
    int n = static_cast<int>(toks.size());
    std::vector<int> clause(n, 0);
    for (int i = 1; i < n; ++i) {
      const Tok& c = toks[i - 1];
      bool boundary = c.rel == kCc && (c.up == "AND" || c.up == "BUT" || c.up == "OR" || c.up == "NOR") &&
                      c.head >= 0 && toks[c.head].rel == kConj && toks[c.head].head >= 0 &&
                      (toks[c.head].src->upos == "VERB" || toks[c.head].as_verb) &&
                      (toks[toks[c.head].head].src->upos == "VERB" || toks[toks[c.head].head].as_verb);
      clause[i] = clause[i - 1] + (boundary ? 1 : 0);
    }
    std::vector<int> first_tok(clause.back() + 1, n);
    for (int v : event_tok) first_tok[clause[v]] = std::min(first_tok[clause[v]], v);
    std::vector<Event> keep(out->begin(), out->begin() + static_cast<long>(first_event));
    for (size_t i = first_event; i < out->size(); ++i) {
      int v = event_tok[i - first_event];
      if (first_tok[clause[v]] == v) {
        keep.push_back(std::move((*out)[i]));
      } else {
        note("event " + (*out)[i].source + " -> " + (*out)[i].target + " " + (*out)[i].code + " from verb '" +
             s.tokens[v].form + "' dropped: TABARI codes the first event of a clause ('" +
             s.tokens[first_tok[clause[v]]].form + "')");
      }
    }
    *out = std::move(keep);
  }
}

namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string o;
  for (const auto& s : v) o += (o.empty() ? "" : " ") + std::filesystem::path(s).filename().string();
  return o;
}

}  // namespace

StatusOr<Coder> Coder::Load(const CoderOptions& options) {
  auto impl = std::make_shared<CoderImpl>();
  dict::Diagnostics diag;
  diag.strict = options.strict;
  CoderOptions o = options;
  std::string dir = DefaultDictDir();
  namespace fs = std::filesystem;
  if (o.verbs.empty() && o.actors.empty() && o.agents.empty()) {
    std::error_code ec;
    if (!fs::exists(dir + "/verbs.txt", ec))
      return Status::NotFound(dir + "/verbs.txt: dyad's dictionaries not found (set $DYAD_DICT or pass --verbs/--actors/--agents)");
    o.verbs = {dir + "/verbs.txt"};
    std::vector<std::string> actor_files;
    for (const auto& ent : fs::directory_iterator(dir, ec)) {
      std::string name = ent.path().filename().string();
      if (name.size() > 11 && name.compare(name.size() - 11, 11, ".actors.txt") == 0) actor_files.push_back(ent.path().string());
    }
    std::sort(actor_files.begin(), actor_files.end());
    o.actors = actor_files;
    if (fs::exists(dir + "/agents.txt", ec)) o.agents = {dir + "/agents.txt"};
    if (o.discards.empty() && fs::exists(dir + "/discards.txt", ec)) o.discards = {dir + "/discards.txt"};
    if (o.issues.empty() && fs::exists(dir + "/issues.txt", ec)) o.issues = {dir + "/issues.txt"};
  }
  std::string all_paths;
  for (const auto& f : o.verbs) {
    if (Status s = impl->verbs.LoadFile(f, &diag); !s.ok()) return s;
    all_paths += f;
  }
  for (const auto& f : o.actors) {
    if (Status s = impl->actors.LoadFile(f, &diag); !s.ok()) return s;
    all_paths += f;
  }
  impl->actors.Finish();
  for (const auto& f : o.agents) {
    if (Status s = impl->agents.LoadFile(f, &diag); !s.ok()) return s;
    all_paths += f;
  }
  impl->agents.Finish();
  for (const auto& f : o.discards)
    if (Status s = impl->discards.LoadDiscards(f, &diag); !s.ok()) return s;
  for (const auto& f : o.issues)
    if (Status s = impl->issues.LoadIssues(f, &diag); !s.ok()) return s;
  std::string cameo = o.cameo.empty() ? dir + "/cameo.tsv" : o.cameo;
  std::error_code ec;
  if (fs::exists(cameo, ec)) {
    if (Status s = impl->cameo.LoadFile(cameo, &diag); !s.ok()) return s;
  } else if (!o.cameo.empty()) {
    return Status::NotFound(cameo + ": CAMEO table not found");
  } else {
    diag.warnings.push_back(cameo + ": CAMEO table not found; Goldstein scores are 0 and quad classes come from the root code");
  }
  if (!o.ontology.empty())
    if (Status s = impl->pico.LoadFile(o.ontology, &diag); !s.ok()) return s;
  impl->agent_only = o.agent_only_actors;
  impl->actor_stems = o.actor_stems;
  impl->warnings = std::move(diag.warnings);
  // Version: file names and a hash of their sizes and names.
  uint64_t h = XXH64(all_paths.data(), all_paths.size(), 0);
  for (const auto& f : o.verbs) h ^= fs::file_size(f, ec) * 1315423911u;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(h & 0xffffffffULL));
  bool own = !options.verbs.size() && !options.actors.size();
  impl->version = (own ? std::string("dyad-dict") : Join(o.verbs)) + "#" + buf;
  Coder c;
  c.impl_ = std::move(impl);
  return c;
}

std::string Coder::DefaultDictDir() {
  if (const char* e = std::getenv("DYAD_DICT")) return e;
  std::error_code ec;
  std::string src = std::string(DYAD_SOURCE_DIR_FALLBACK) + "/dict";
  if (std::filesystem::exists(src, ec)) return src;
  return "dict";
}

std::vector<Event> Coder::Code(const Document& doc, std::vector<std::string>* explain) const {
  return Code(doc, CodeOptions(), explain);
}

std::vector<Event> Coder::Code(const Document& doc, const CodeOptions& options, std::vector<std::string>* explain) const {
  std::vector<Event> out;
  if (!impl_) return out;
  if (impl_->discards.size()) {
    for (size_t d : impl_->discards.Find(doc.text)) {
      if (impl_->discards.item(d).story) {
        if (explain) explain->push_back("document " + doc.id + " discarded: story contains '" + impl_->discards.item(d).phrase + "'");
        return out;
      }
    }
  }
  int date = dict::ParseDate(doc.date);
  for (int si = 0; si < static_cast<int>(doc.sentences.size()); ++si) impl_->CodeSentence(doc, si, date, options, &out, explain);
  return out;
}

std::string Coder::LeadActor(const Document& doc, const CodeOptions& options, bool* compound) const {
  *compound = false;
  if (!impl_ || doc.sentences.empty() || doc.sentences[0].tokens.empty()) return "";
  SentenceCoder sc(*impl_, doc.sentences[0], dict::ParseDate(doc.date), options, nullptr, 0);
  if (!sc.Prepare()) return "";
  return sc.LeadActor(compound);
}

const std::vector<std::string>& Coder::warnings() const {
  static const std::vector<std::string> kNone;
  return impl_ ? impl_->warnings : kNone;
}
const std::string& Coder::dict_version() const {
  static const std::string kNone = "none";
  return impl_ ? impl_->version : kNone;
}

}  // namespace dyad
