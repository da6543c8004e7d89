// STUB: whitespace tokenizer, one sentence per document. Replaced by the real segmenter.
#include "text/segment.h"

namespace dyad {

void Segment(Document* doc) {
  doc->sentences.clear();
  Sentence s;
  s.begin = 0;
  s.end = static_cast<uint32_t>(doc->text.size());
  s.text = doc->text;
  size_t i = 0;
  const std::string& t = doc->text;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
    size_t b = i;
    while (i < t.size() && !(t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
    if (i > b) {
      Token tok;
      tok.form = t.substr(b, i - b);
      tok.begin = static_cast<uint32_t>(b);
      tok.end = static_cast<uint32_t>(i);
      s.tokens.push_back(std::move(tok));
    }
  }
  if (!s.tokens.empty()) doc->sentences.push_back(std::move(s));
}

}  // namespace dyad
