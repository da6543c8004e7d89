// STUB: segmentation only. Replaced by the real tagger/lemmatizer/parser.
#include "parse/annotator.h"

#include <cstdlib>

#include "text/segment.h"

namespace dyad {

class ModelImpl {};

StatusOr<Annotator> Annotator::Load(const std::string& model_path) { return Annotator(); }

std::string Annotator::DefaultModelPath() {
  if (const char* e = std::getenv("DYAD_MODEL")) return e;
  return std::string(DYAD_SOURCE_DIR_FALLBACK) + "/models/en_ewt.dyadmodel";
}

void Annotator::Annotate(Document* doc) const {
  if (doc->sentences.empty()) Segment(doc);
  for (auto& s : doc->sentences) AnnotateSentence(&s);
}

void Annotator::AnnotateSentence(Sentence* s) const {}

}  // namespace dyad
