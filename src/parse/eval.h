// Parser evaluation. With gold tokenization: UPOS, XPOS, lemma accuracy, UAS
// and LAS over all words (punctuation included). LAS follows CoNLL 2018 and
// compares the universal part of the relation (before ':'); las_full compares
// the whole relation. From raw text: CoNLL 2018 style F1 over words aligned by
// their character spans (whitespace ignored), tokens and sentences.
#pragma once

#include <string>
#include <vector>

#include "parse/annotator.h"
#include "text/conllu.h"

namespace dyad::parse {

struct ParseCounts {
  size_t sentences = 0, gold_words = 0, sys_words = 0, aligned = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  size_t gold_sents = 0, sys_sents = 0, matched_sents = 0;
  void Add(const ParseCounts& o);
};

// Counts one gold-tokenized sentence (sys and gold have the same words).
void CountSentence(const std::vector<Token>& gold, const std::vector<Token>& sys, ParseCounts* c);

// Annotates copies of the gold sentences (forms only) with `threads` threads and counts.
ParseCounts EvaluateGoldTokenization(const Annotator& a, const std::vector<ConlluSentence>& gold, int threads);

// Rebuilds the raw text of the treebank (text/align.h, CoNLL 2018 style), runs
// segmentation + annotation, and aligns system words to gold words by their
// character spans over the non-whitespace characters (ScoreSegmentation).
// `gold` is ReadConlluFile(gold_path).
StatusOr<ParseCounts> EvaluateRaw(const Annotator& a, const std::string& gold_path,
                                  const std::vector<ConlluSentence>& gold);

inline double Pct(size_t num, size_t den) { return den ? 100.0 * static_cast<double>(num) / static_cast<double>(den) : 0.0; }
inline double F1(size_t correct, size_t gold, size_t sys) {
  return gold + sys ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + sys) : 0.0;
}

}  // namespace dyad::parse
