// The single-file model: tagger, lemmatizer and parser.
//
// File layout (little-endian):
//   magic "DYADMDL\0" (8 bytes), u32 format version, u32 section count,
//   then per section: name (16 bytes, NUL-padded), u64 offset, u64 stored size,
//   u64 raw size, u32 CRC-32 of the raw bytes; then the sections.
//   Version 1: every section zlib-compressed. Version 2 (written now): a
//   section whose stored size equals its raw size is stored as is (the writer
//   does so when zlib saves less than a third, e.g. the parser's hashed
//   weights; loading then needs no decompression), any other is zlib.
//   Sections: "meta" (text), "tagger", "lemmatizer", "parser".
// Load reads versions 1 and 2 (the file is mapped, not copied; the parser
// section loads on a second thread). Errors name the file and the byte
// offset of the bad header or section.
#pragma once

#include <memory>
#include <string>

#include "parse/lemmatizer.h"
#include "parse/parser.h"
#include "parse/tagger.h"
#include "text/document.h"
#include "text/status.h"

namespace dyad {

class ModelImpl {
 public:
  static constexpr uint32_t kVersion = 2;
  static constexpr uint32_t kOldestReadableVersion = 1;

  parse::Tagger tagger;
  parse::Lemmatizer lemmatizer;
  parse::DepParser parser;
  std::string meta;  // free text: training data, options, date

  Status Save(const std::string& path) const;
  static StatusOr<std::shared_ptr<ModelImpl>> Load(const std::string& path);

  // Gives the lemmatizer the tagger's word-cluster vocabulary as its word
  // list (Load does this; call it after replacing the tagger or lemmatizer).
  void WireLemmatizer();

  // Tags, lemmatizes and parses the tokens of one sentence in place.
  void Annotate(Sentence* s) const;
};

}  // namespace dyad
