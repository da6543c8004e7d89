// Actor, agent, discard and issue dictionaries in the PETRARCH / TABARI formats
// (see ../shared/data/petrarch2/docs/dictionaries.rst and the TABARI manual ch. 5):
//
//   actors:   PHRASE [CODE] ; +SYNONYM ; <tab>[CODE >YYMMDD] [CODE <D] [CODE D1-D2] [CODE]
//   agents:   !SET! = A, B ;  PHRASE {PLURAL ...} [~CODE] or [CODE~]
//   discards: PHRASE (sentence) / +PHRASE (whole story); trailing _ = whole word
//   issues:   n:noun v:verb a+b PHRASE [CODE] ; ~PHRASE (ignore)
//
// Every reader appends "file:line: message" warnings for malformed lines and
// keeps going; with strict set, the first malformed line is returned as an error.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/phrase_index.h"
#include "text/status.h"

namespace dyad::dict {

struct Diagnostics {
  bool strict = false;
  std::vector<std::string> warnings;
  // Records a problem; returns a non-OK status when strict.
  Status Report(const std::string& file, size_t line, const std::string& msg);
};

struct DateRule {
  std::string code;
  int from = 0;         // inclusive YYYYMMDD, 0 = open
  int to = 99999999;    // inclusive
};

struct Actor {
  std::string name;             // primary phrase as written
  std::string default_code;     // "" when none ("---" is kept as written)
  std::vector<DateRule> rules;  // in file order; the first that holds wins
  // Code for a YYYYMMDD date (0 = unknown: the latest role — an open-ended
  // rule, else the default, else the rule ending last)..
  std::string CodeAt(int date) const;
};

class ActorDict {
 public:
  Status LoadFile(const std::string& path, Diagnostics* diag);
  void Finish() { index_.Finish(); }
  // Longest actor phrase at words[start] (upper-case forms).
  // When alt is non-null, alt[i] (e.g. the singular) is accepted wherever words[i] is.
  PhraseIndex::Match Longest(const std::vector<std::string>& words, size_t start,
                             const std::vector<std::string>* alt = nullptr) const {
    return index_.Longest(words, start, alt);
  }
  const Actor& actor(uint32_t i) const { return actors_[i]; }
  size_t size() const { return actors_.size(); }
  size_t phrases() const { return index_.size(); }
  // TABARI reads a one-word actor written without a trailing _ as a stem
  // ("ERIADOR" matches "Eriadori"): the actor whose stem (4+ bytes) is the longest
  // prefix of `word`, or -1.
  int Stem(const std::string& word) const;

 private:
  std::vector<Actor> actors_;
  PhraseIndex index_;
  std::unordered_map<std::string, uint32_t> stems_;
};

struct Agent {
  std::string code;     // without the ~
  bool prefix = false;  // [NGO~]: code goes before the actor code
};

class AgentDict {
 public:
  Status LoadFile(const std::string& path, Diagnostics* diag);
  void Finish() { index_.Finish(); }
  PhraseIndex::Match Longest(const std::vector<std::string>& words, size_t start,
                             const std::vector<std::string>* lemmas = nullptr) const {
    return index_.Longest(words, start, lemmas);
  }
  const Agent& agent(uint32_t i) const { return agents_[i]; }
  size_t size() const { return agents_.size(); }
  size_t phrases() const { return index_.size(); }

 private:
  std::vector<Agent> agents_;
  PhraseIndex index_;
};

// Case-insensitive phrase search over sentence text (the PETRARCH discard and
// issue semantics: a phrase starts at a word boundary; a phrase written with a
// trailing _ must also end at one, otherwise it is a stem).
class TextPhraseList {
 public:
  struct Item {
    std::string phrase;   // upper case, single spaces
    bool whole_word = false;
    bool story = false;   // discards: + prefix (whole story)
    bool ignore = false;  // issues: ~ prefix (cancels issue coding)
    std::string code;     // issues: the code
  };
  Status LoadDiscards(const std::string& path, Diagnostics* diag);
  Status LoadIssues(const std::string& path, Diagnostics* diag);
  // Indexes of items found in `text` (any case).
  std::vector<size_t> Find(const std::string& text) const;
  const Item& item(size_t i) const { return items_[i]; }
  size_t size() const { return items_.size(); }

 private:
  void Index();
  std::vector<Item> items_;
  std::vector<std::vector<std::string>> words_;  // per item
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
  std::unordered_map<std::string, std::vector<uint32_t>> stems_;  // single-word stems
  std::vector<char> stem_len_;  // lengths of those stems
  std::vector<uint64_t> first_filter_;  // bitset over a hash of every by_first_ key
  std::vector<uint64_t> stem_head_;  // bitset over a hash of the first 3 bytes of every stem
  static size_t HeadBit(std::string_view w) {
    size_t h = 0;
    for (size_t i = 0; i < w.size() && i < 3; ++i) h = h * 131 + static_cast<unsigned char>(w[i]);
    return h % (64 * 64);
  }
};

// "A B" normalised text used by TextPhraseList::Find: upper case, every
// non-alphanumeric byte except '-', '\'' and '.' turned into a blank, blanks collapsed,
// one leading and one trailing blank.
std::string NormalizeForSearch(const std::string& text);

}  // namespace dyad::dict
