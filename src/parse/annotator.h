// Annotator: the NLP core in one object. Loads the single-file model
// (models/en_ewt.dyadmodel: tagger, lemmatizer, parser) and annotates a
// Document: segmentation (if not done), UPOS/XPOS tags, lemmas, heads and
// UD relations. Load once; Annotate is const and safe to call from many threads.
#pragma once

#include <memory>
#include <string>

#include "text/document.h"
#include "text/status.h"

namespace dyad {

class ModelImpl;  // defined in parse/; opaque to callers

class Annotator {
 public:
  // Loads a model file; errors name the file and the byte offset of a bad section.
  static StatusOr<Annotator> Load(const std::string& model_path);
  // As Load, with the parser's beam width set: 0 keeps the model's own (1,
  // greedy, unless it was trained with a beam), 1 greedy, k > 1 beam search.
  static StatusOr<Annotator> Load(const std::string& model_path, int parser_beam);

  // The default model: $DYAD_MODEL if set, else models/en_ewt.dyadmodel next to
  // the source tree the binary was built from, else ./models/en_ewt.dyadmodel.
  static std::string DefaultModelPath();

  // Segments doc->text when doc->sentences is empty, then tags, lemmatizes and
  // parses every sentence in place.
  void Annotate(Document* doc) const;

  // Tags, lemmatizes and parses one already-tokenized sentence in place.
  void AnnotateSentence(Sentence* s) const;

  // Wraps an already-loaded (or freshly trained) model.
  static Annotator FromModel(std::shared_ptr<const ModelImpl> model) {
    Annotator a;
    a.model_ = std::move(model);
    return a;
  }
  const ModelImpl* model() const { return model_.get(); }

 private:
  std::shared_ptr<const ModelImpl> model_;
};

}  // namespace dyad
