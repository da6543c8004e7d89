#include "parse/annotator.h"

#include <cstdlib>
#include <filesystem>

#include "parse/model.h"
#include "text/segment.h"

namespace dyad {

StatusOr<Annotator> Annotator::Load(const std::string& model_path) {
  auto m = ModelImpl::Load(model_path);
  if (!m.ok()) return m.status();
  Annotator a;
  a.model_ = std::move(m.value());
  return a;
}

StatusOr<Annotator> Annotator::Load(const std::string& model_path, int parser_beam) {
  auto m = ModelImpl::Load(model_path);
  if (!m.ok()) return m.status();
  if (parser_beam > 0) m.value()->parser.set_beam(parser_beam);
  Annotator a;
  a.model_ = std::move(m.value());
  return a;
}

std::string Annotator::DefaultModelPath() {
  if (const char* e = std::getenv("DYAD_MODEL"); e && *e) return e;
  std::string src = std::string(DYAD_SOURCE_DIR_FALLBACK) + "/models/en_ewt.dyadmodel";
  std::error_code ec;
  if (std::filesystem::exists(src, ec)) return src;
  return "models/en_ewt.dyadmodel";
}

void Annotator::Annotate(Document* doc) const {
  if (doc->sentences.empty()) Segment(doc);
  for (auto& s : doc->sentences) AnnotateSentence(&s);
}

void Annotator::AnnotateSentence(Sentence* s) const {
  if (model_) model_->Annotate(s);
}

}  // namespace dyad
