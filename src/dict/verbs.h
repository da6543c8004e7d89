// Verb dictionary in the PETRARCH-2 format (CAMEO.2.0.txt) and, read by the
// same parser, the PETRARCH-1 / TABARI pattern format (CAMEO.verbpatterns,
// TABARI .verbs): synsets (&NAME, +member), verb blocks (--- NAME [CODE] ---),
// verbs with irregular forms and own codes (SAY {SAID SAYS} [010]), multi-word
// verbs (+CORDON_OFF, WIRE_+TAP), patterns (- PRE * POST [CODE]) with words,
// {contiguous phrases}, (PREP OBJECT) groups, &SYNSETS and the markers $ + % ^,
// and transformations (~ ..., counted, not applied).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/actors.h"
#include "text/status.h"

namespace dyad::dict {

// One word of a pattern: a literal (upper case) or a synset reference.
struct PatItem {
  std::string word;
  int synset = -1;
  // TABARI files: a word written without a trailing _ is a stem and also matches
  // longer words ("REVOLUTION" ~ "revolutionary"); dyad applies this in TABARI mode.
  bool stem = false;
};

struct PatElem {
  enum Kind { kWords, kPrep } kind = kWords;
  std::string prep;             // kPrep: the preposition
  std::vector<PatItem> items;   // contiguous words (kWords) or the prep object (may be empty)
};

struct VerbPattern {
  std::vector<PatElem> pre, post;
  std::string code;             // "---" = explicitly no event; "A:B" = paired
  bool compound = false;        // % before the *: events between the members of a compound subject
  bool swap = false;            // + before * and $ after it: the subject is the target
  std::string target_prep;      // (PREP +): the target is the object of PREP
  std::string source_prep;      // (PREP $): the source is the object of PREP
  // Standalone + / $ after the *: the target / source is the first actor after
  // post element `target_after` (-1 = right after the verb). -2 = none.
  int target_after = -2, source_after = -2;
  // % after the * ("* WITH %"): the target is a compound actor (two or more actors) right
  // after post element `compound_after`, one event per member; without one the pattern
  // fails. -2 = no such %.
  int compound_after = -2;
  // "RECENTLY_*", "FAILED_TO_*": the last words before the * are glued to it, i.e. the
  // words right before the verb whatever the tree makes of them.
  bool glued_pre = false;
  // TABARI + / $ before the * ("SUGGESTED + * REQUIRE ..."): the first actor after pre
  // element `target_before` (-1 = from the sentence start) and before the next element
  // or the verb. -2 = none.
  int target_before = -2, source_before = -2;
  // TABARI ^ right before a + / $ ("IFTAR AT ^ ^ +"): actor phrases skipped first.
  int target_skip = 0, source_skip = 0;
  // TABARI "*_HOPE": the first word after the * must touch the verb.
  bool post_glued = false;
  // TABARI "+ *" without a $: the verb's subject is the target and the source is
  // the first actor before it.
  bool target_subject = false;
  int weight = 0;               // number of words the pattern names
  uint64_t signature = 0;       // one bit per literal word (see WordBit): a quick reject
  bool negation = false;        // names a negation before the verb ("DIDN'T *"): not negated again
  std::string text;             // as written, for explanations
  std::string where;            // "file:line"
};

struct VerbBlock {
  std::string name;
  bool flat = false;  // TABARI / PETR-1 file: words before * may be anywhere before the verb
  std::string code = "---";
  std::vector<uint32_t> patterns;
};

struct VerbEntry {
  std::string word;                 // the verb word (upper case base form)
  std::vector<std::string> before;  // words of a multi-word verb before the verb word
  std::vector<std::string> after;   // ... and after it
  std::string code;                 // own code, empty = the block's
  uint32_t block = 0;
  std::string where;
};

// "~ a (a b MEET) REJECT = a b 125": an event of verb/block MEET (source a,
// target b) in the complement of verb/block REJECT (source a) becomes a -> b 125.
// Variables are letters; '.' is any actor, '_' none; code Q keeps the inner code.
struct Transformation {
  std::string outer_source, inner_source, inner_target;
  std::string inner_verb, outer_verb;   // block names or verb words (upper case); Q = any
  std::string result_source, result_target, code;
  std::string where;
};

struct Synset {
  std::string name;
  std::vector<std::vector<std::string>> phrases;  // nested synsets expanded
  std::vector<std::vector<bool>> stems;           // per word of phrases: a TABARI stem (empty = none)
};

// A bit of a 64-bit word signature: a pattern can only match a sentence whose
// signature (forms and lemmas) has every bit of the pattern's.
inline uint64_t WordBit(const std::string& w) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return uint64_t{1} << (h % 64);
}

class VerbDict {
 public:
  Status LoadFile(const std::string& path, Diagnostics* diag);

  // Entries whose word (any listed or generated form) equals `form`, and whose
  // base word equals `lemma`. Both upper case.
  const std::vector<uint32_t>* ByForm(const std::string& form) const;
  const std::vector<uint32_t>* ByLemma(const std::string& lemma) const;
  // TABARI verbs written without a trailing _ are stems ("CONTRIBUT" matches
  // "contributed"): entries whose stem is the longest prefix of `form`.
  const std::vector<uint32_t>* ByStem(const std::string& form) const;

  const VerbEntry& entry(uint32_t i) const { return entries_[i]; }
  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const Synset& synset(int i) const { return synsets_[i]; }
  size_t entries() const { return entries_.size(); }
  size_t patterns() const { return patterns_.size(); }
  size_t blocks() const { return blocks_.size(); }
  size_t synsets() const { return synsets_.size(); }
  size_t transformations() const { return transformations_.size(); }
  const std::vector<Transformation>& transformation_list() const { return transformations_; }
  // TABARI <TIME> phrases coded complex [+++] or discard [###] ("WHEN_PEACE_COMES
  // [+++]"): the words and the code. Other time-shift phrases are not read.
  const std::vector<std::pair<std::vector<std::string>, std::string>>& special_phrases() const {
    return special_phrases_;
  }

 private:
  bool ParsePattern(const std::string& text, VerbPattern* p, std::string* err);
  bool ParseItems(const std::string& s, std::vector<PatItem>* items, std::string* err);
  void AddForm(const std::string& form, uint32_t entry);

  std::vector<VerbEntry> entries_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, int> synset_ids_;
  std::vector<int> raw_alt_;  // anonymous { A | B } synsets (phrases already resolved)
  bool flat_parse_ = false;   // parsing a TABARI file: words without a trailing _ are stems
  std::vector<std::pair<std::vector<std::string>, std::string>> special_phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_form_, by_lemma_, by_stem_;
  std::vector<Transformation> transformations_;
};

}  // namespace dyad::dict
