// Alignment of a system segmentation with a gold one, CoNLL 2018 shared task
// style, and reconstruction of the raw text of a CoNLL-U treebank.
//
// Tokens are compared by their character (byte) spans over the concatenation
// of all token forms with every whitespace byte removed; a system token matches
// a gold token when both spans are equal. Sentences match the same way (span
// from their first to their last non-space byte). Gold multi-word tokens are
// scored by their syntactic words (we split clitics: do|n't), which in UD
// English always concatenate to the surface token.
//
// Both sides are expected to cover the same text. Should the concatenations
// differ (a form normalised on one side), spans are still compared byte for
// byte; a difference only costs the tokens around it as long as lengths agree.
#pragma once

#include <string>
#include <vector>

#include "text/status.h"

namespace dyad {

struct SegmentationScore {
  double token_p = 0, token_r = 0, token_f1 = 0;            // percentages, 0..100
  double sentence_p = 0, sentence_r = 0, sentence_f1 = 0;   // percentages, 0..100
  int gold_tokens = 0, system_tokens = 0, matched_tokens = 0;
  int gold_sentences = 0, system_sentences = 0, matched_sentences = 0;
  // Per system token (flattened over sentences): index of the exactly matching
  // gold token (flattened over sentences), or -1.
  std::vector<int> system_to_gold;
};

SegmentationScore ScoreSegmentation(const std::vector<std::vector<std::string>>& gold_sentences,
                                    const std::vector<std::vector<std::string>>& system_sentences);

// The raw text of a CoNLL-U file as the CoNLL 2018 shared task made it
// (UD tools/conllu_to_text.pl, without its line wrapping): the "# text ="
// of each sentence, sentences of one paragraph joined by a space, paragraphs
// ("# newpar" or "# newdoc") separated by an empty line ("\n\n").
// gold_sentences holds the syntactic words of each sentence (multi-word token
// ranges skipped), in the order ReadConllu returns them.
struct UdRawText {
  std::string text;
  std::vector<std::vector<std::string>> gold_sentences;
  std::vector<std::string> sent_ids;
  int documents = 0;
  int paragraphs = 0;
};

// Errors name the file and line (missing "# text =", bad columns).
StatusOr<UdRawText> ReconstructUdRawText(const std::string& conllu_path);

}  // namespace dyad
