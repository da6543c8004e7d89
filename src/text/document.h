// The Doc that flows through every stage (spaCy style): readers fill the
// metadata and text, segmentation fills sentences and token offsets, the
// parser fills tags, lemmas, heads and relations. Later stages only read it.
//
// Offsets are byte offsets into Document::text (UTF-8), half-open [begin,end).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

struct Token {
  std::string form;     // surface form as in the text (may be normalised for multi-word tokens)
  std::string lemma;    // filled by the lemmatizer
  std::string upos;     // Universal POS tag, e.g. "PROPN"
  std::string xpos;     // Penn Treebank tag, e.g. "NNP"
  std::string feats;    // UD morphological features or "_" (optional)
  int head = -1;        // 1-based index of the head in the sentence, 0 = root, -1 = unparsed
  std::string deprel;   // UD relation, e.g. "nsubj", "obl:tmod"
  uint32_t begin = 0;   // byte offset of the token in Document::text
  uint32_t end = 0;
  bool space_after = true;
};

struct Sentence {
  uint32_t begin = 0;   // byte span of the sentence in Document::text
  uint32_t end = 0;
  std::vector<Token> tokens;
  std::string text;     // the sentence text (copy of the span; set by segmentation)
};

struct Document {
  std::string id;       // the input's id (or file name / file:line when none)
  std::string date;     // normalised YYYY-MM-DD, empty when unknown
  std::string title;
  std::string source;
  std::string url;
  std::string text;     // UTF-8, validated by the reader
  std::string origin;   // where it came from, for errors: "file.jsonl:17"
  std::string raw;      // PETRARCH XML input: the record's raw inner XML (<EventCoding>, <Parse>, ...)
  std::vector<std::string> warnings;  // repairs made by the reader (invalid UTF-8, NUL bytes), naming origin and byte
  std::vector<Sentence> sentences;
};

}  // namespace dyad
