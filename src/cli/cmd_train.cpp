// dyad train: trains the tagger, lemmatizer and parser from CoNLL-U.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "parse/annotator.h"
#include "parse/eval.h"
#include "parse/train.h"

namespace dyad::cli {

void AddTrainCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer and dependency parser from CoNLL-U");
  struct Opts {
    parse::TrainOptions t;
    std::string dev, out;
    bool verbose = false;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--train", o->t.train_path, "Training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", o->dev, "Development treebank: picks the parser iteration, evaluated after training (CoNLL-U)");
  cmd->add_option("--out", o->out, "Output model file")->required();
  cmd->add_option("--iterations", o->t.parser_iterations, "Parser training iterations")->capture_default_str();
  cmd->add_option("--tagger-iterations", o->t.tagger_iterations, "Tagger training iterations")->capture_default_str();
  cmd->add_option("--tagger-runs", o->t.tagger_runs,
                  "Tagger weights = mean of this many perceptrons trained on different shuffles")
      ->capture_default_str();
  cmd->add_option("--tagger-prune", o->t.tagger_prune,
                  "Drop tagger weights with |w| below this (0 = keep all; 0.25 keeps dev accuracy, tags faster)")
      ->capture_default_str();
  cmd->add_option("--limit-sentences", o->t.limit_sentences, "Use only the first N training sentences (0 = all)");
  cmd->add_option("--folds", o->t.folds, "Jackknife folds for the parser's training tags (1 = gold tags)")
      ->capture_default_str();
  cmd->add_option("--threads", o->t.threads, "Worker threads")->capture_default_str();
  cmd->add_option("--seed", o->t.seed, "Random seed")->capture_default_str();
  cmd->add_option("--parser-from", o->t.parser_from,
                  "Reuse the parser of this model and train only the tagger and lemmatizer");
  cmd->add_option("--tagger-from", o->t.tagger_from,
                  "Reuse the tagger and lemmatizer of this model and train only the parser");
  cmd->add_option("--jackknife-tags", o->t.jackknife_tags,
                  "Read the parser's jackknifed training tags from this file if it exists, else write them there "
                  "(same data and tagger options only)");
  cmd->add_flag("!--no-parser-clusters", o->t.parser_clusters,
               "With --cluster-text: the clusters serve the tagger only, not the parser's features");
  cmd->add_option("--parser-prune", o->t.parser_prune,
                  "Drop parser weights with |w| below this (0 = keep all); with --parser-from and --tagger-from "
                  "of one model, prunes that model without training")
      ->capture_default_str();
  cmd->add_option("--parser-beam", o->t.parser_beam,
                  "Beam width of the parser: > 1 trains globally (beam search, max-violation updates) and "
                  "decodes with that beam")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd->add_option("--cluster-text", o->t.cluster_text,
                  "Unlabeled text file (plain or .gz; repeatable) for the tagger's word clusters");
  cmd->add_option("--clusters", o->t.cluster_options.fine, "Number of fine word clusters")->capture_default_str();
  cmd->add_option("--coarse-clusters", o->t.cluster_options.coarse, "Number of coarse word clusters")
      ->capture_default_str();
  cmd->add_option("--cluster-context", o->t.cluster_options.context_words,
                  "Context words (most frequent forms) describing a word for clustering")
      ->capture_default_str();
  cmd->add_option("--case-min-count", o->t.cluster_options.case_min_count,
                  "Minimum informative occurrences for a word's case class (0: no case classes)")
      ->capture_default_str();
  cmd->add_option("--cluster-min-count", o->t.cluster_options.min_count, "Minimum count of a clustered word")
      ->capture_default_str();
  cmd->add_flag("-v,--verbose", o->verbose, "Print progress even when stderr is not a terminal");
  cmd->callback([o] {
    bool tty = o->verbose || isatty(fileno(stderr));
    auto t0 = std::chrono::steady_clock::now();
    parse::TrainProgress progress{[&](const std::string& m) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (tty) {
        std::fprintf(stderr, "[%6.1fs] %s\n", s, m.c_str());
        std::fflush(stderr);
      }
    }};
    o->t.dev_path = o->dev;
    auto model = parse::TrainModel(o->t, progress);
    if (!model.ok()) {
      std::fprintf(stderr, "dyad train: %s\n", model.status().ToString().c_str());
      SetExitCode(1);
      return;
    }
    Status st = model.value()->Save(o->out);
    if (!st.ok()) {
      std::fprintf(stderr, "dyad train: %s\n", st.ToString().c_str());
      SetExitCode(1);
      return;
    }
    std::fprintf(stderr, "dyad train: wrote %s (%zu tagger features, %zu parser features, %zu parser weights)\n",
                 o->out.c_str(), model.value()->tagger.num_features(), model.value()->parser.num_features(),
                 model.value()->parser.num_weights());
    if (!o->dev.empty()) {
      auto gold = ReadConlluFile(o->dev);
      if (!gold.ok()) {
        std::fprintf(stderr, "dyad train: %s\n", gold.status().ToString().c_str());
        SetExitCode(1);
        return;
      }
      Annotator a = Annotator::FromModel(model.value());
      auto c = parse::EvaluateGoldTokenization(a, gold.value(), o->t.threads);
      std::printf("dev %s: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f (words %zu)\n", o->dev.c_str(),
                  parse::Pct(c.upos, c.gold_words), parse::Pct(c.xpos, c.gold_words), parse::Pct(c.lemma, c.gold_words),
                  parse::Pct(c.uas, c.gold_words), parse::Pct(c.las, c.gold_words), c.gold_words);
    }
  });
}

}  // namespace dyad::cli
