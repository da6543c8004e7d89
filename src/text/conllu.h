// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
// Multi-word token ranges (1-2) and empty nodes (1.1) are skipped on reading;
// the syntactic words are kept. Comments "# text =" and "# sent_id =" are kept.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "text/document.h"
#include "text/status.h"

namespace dyad {

struct ConlluSentence {
  std::string sent_id;
  std::string text;               // from "# text = ..."
  std::vector<Token> tokens;      // syntactic words, heads 1-based, 0 = root
};

// Reads every sentence of a CoNLL-U stream. Errors name the source and line.
StatusOr<std::vector<ConlluSentence>> ReadConllu(std::istream& in, const std::string& source_name);
StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Writes one sentence in CoNLL-U (10 columns, blank line after).
void WriteConllu(std::ostream& out, const Sentence& s, const std::string& sent_id);

}  // namespace dyad
