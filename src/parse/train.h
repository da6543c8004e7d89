// Training driver: reads CoNLL-U, trains tagger, lemmatizer and parser, and
// returns the model. The parser is trained on jackknifed (k-fold predicted)
// XPOS tags so it sees tagger errors like those it meets at run time.
// Deterministic for fixed options: fixed seeds, fixed data order, and the
// folds/threads only change scheduling, never results.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parse/clusters.h"
#include "parse/model.h"
#include "parse/tagger.h"
#include "text/status.h"

namespace dyad::parse {

struct TrainOptions {
  std::string train_path;
  std::string dev_path;        // optional: parser iterations are chosen by LAS on dev (with dev's gold tags)
  size_t limit_sentences = 0;  // 0 = all
  int tagger_iterations = 10;
  int parser_iterations = 15;
  int folds = 4;               // jackknife folds for parser training tags (<= 1: gold tags)
  int threads = 2;
  bool two_pass_tagger = false;
  // The tagger's weights are the mean of this many perceptrons trained on
  // different shuffles (also for the jackknife taggers).
  int tagger_runs = 2;
  // > 0: the final tagger drops weights with |w| below this (the mean of
  // several runs has longer weight rows, so it tags ~10% slower than one run;
  // 0.25 keeps dev accuracy and wins back ~3%, 1.0 ~15% for -0.05 UPOS).
  float tagger_prune = 0.0f;
  std::string parser_from;     // non-empty: reuse the parser of this model, train only tagger + lemmatizer
  // Non-empty: reuse the tagger and lemmatizer of this model (with their word
  // clusters) and train only the parser (on jackknifed tags as usual). With
  // parser_from as well nothing is trained (e.g. to prune a model's parser).
  std::string tagger_from;
  // Non-empty: the jackknifed parser training tags are read from this file
  // when it exists (one line per sentence, tab-separated UPOS|XPOS; checked
  // against the sentence and word counts), else computed and written there.
  // The file is only valid for the same data, --limit-sentences, folds,
  // seed, tagger and cluster options.
  std::string jackknife_tags;
  // > 0: the final parser (trained or reused) drops weights with |w| below this.
  float parser_prune = 0.0f;
  int parser_beam = 1;         // > 1: beam-search parser with global (max-violation) training
  // Unlabeled text files (plain or .gz) for the tagger's word clusters; the
  // training treebank's words are always added. Empty: no clusters.
  std::vector<std::string> cluster_text;
  ClusterOptions cluster_options;
  bool parser_clusters = true;  // the parser also gets cluster features (needs cluster_text)
  uint64_t seed = 1;
};

StatusOr<std::shared_ptr<ModelImpl>> TrainModel(const TrainOptions& opt, const TrainProgress& progress);

}  // namespace dyad::parse
