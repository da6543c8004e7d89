#include "parse/train.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

#include "text/conllu.h"

namespace dyad::parse {

StatusOr<std::shared_ptr<ModelImpl>> TrainModel(const TrainOptions& opt, const TrainProgress& progress) {
  auto data = ReadConlluFile(opt.train_path);
  if (!data.ok()) return data.status();
  std::vector<ConlluSentence>& sents = data.value();
  if (opt.limit_sentences > 0 && sents.size() > opt.limit_sentences) sents.resize(opt.limit_sentences);
  if (sents.empty()) return Status::Invalid(opt.train_path + ": no sentences");
  for (size_t i = 0; i < sents.size(); ++i) {
    const auto& s = sents[i];
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      int h = s.tokens[k].head;
      if (h < 0 || h > static_cast<int>(s.tokens.size()) || s.tokens[k].deprel.empty())
        return Status::Invalid(opt.train_path + ": sentence " + (s.sent_id.empty() ? std::to_string(i + 1) : s.sent_id) +
                               ", word " + std::to_string(k + 1) + ": missing or bad HEAD/DEPREL");
    }
  }
  std::vector<const ConlluSentence*> all;
  for (const auto& s : sents) all.push_back(&s);
  std::mutex mu;
  TrainProgress locked{[&](const std::string& m) {
    std::lock_guard<std::mutex> l(mu);
    progress(m);
  }};
  int threads = std::max(1, opt.threads);

  // 0. Word clusters from unlabeled text (+ the training words), for the tagger.
  std::shared_ptr<const WordClusters> clusters;
  if (!opt.cluster_text.empty()) {
    size_t tokens = 0;
    auto wc = WordClusters::Build(opt.cluster_text, all, opt.cluster_options, &tokens);
    if (!wc.ok()) return wc.status();
    clusters = std::make_shared<WordClusters>(std::move(wc.value()));
    locked("word clusters: " + std::to_string(clusters->size()) + " words from " + std::to_string(tokens) +
           " tokens; case classes: " + std::to_string(clusters->case_size()) + " forms");
  }

  // 1. Jackknifed UPOS|XPOS tags for the parser's training data.
  std::vector<std::vector<std::string>> pred_xpos(sents.size());
  std::shared_ptr<ModelImpl> reuse;
  if (!opt.parser_from.empty()) {
    auto m = ModelImpl::Load(opt.parser_from);
    if (!m.ok()) return m.status();
    reuse = m.value();
  }
  std::shared_ptr<ModelImpl> tagger_model;
  if (!opt.tagger_from.empty()) {
    auto m = ModelImpl::Load(opt.tagger_from);
    if (!m.ok()) return m.status();
    tagger_model = m.value();
  }
  bool tags_cached = false;
  if (opt.folds > 1 && !reuse && !opt.jackknife_tags.empty()) {
    std::FILE* f = std::fopen(opt.jackknife_tags.c_str(), "rb");
    if (f) {
      std::string line;
      size_t i = 0, lineno = 0;
      auto finish = [&]() -> Status {
        ++lineno;
        if (i >= sents.size()) return Status::Invalid(opt.jackknife_tags + ": line " + std::to_string(lineno) + ": more sentences than the training data");
        size_t start = 0;
        while (start <= line.size()) {
          size_t tab = line.find('\t', start);
          if (tab == std::string::npos) tab = line.size();
          pred_xpos[i].push_back(line.substr(start, tab - start));
          start = tab + 1;
        }
        if (pred_xpos[i].size() != sents[i].tokens.size())
          return Status::Invalid(opt.jackknife_tags + ": line " + std::to_string(lineno) + ": " +
                                 std::to_string(pred_xpos[i].size()) + " tags for " +
                                 std::to_string(sents[i].tokens.size()) + " words");
        ++i;
        line.clear();
        return Status::OK();
      };
      Status st = Status::OK();
      for (int c; st.ok() && (c = std::fgetc(f)) != EOF;) {
        if (c == '\n') st = finish();
        else line.push_back(static_cast<char>(c));
      }
      std::fclose(f);
      if (st.ok() && i != sents.size())
        st = Status::Invalid(opt.jackknife_tags + ": " + std::to_string(i) + " sentences, training data has " +
                             std::to_string(sents.size()));
      if (!st.ok()) return st;
      tags_cached = true;
      locked("jackknifed tags read from " + opt.jackknife_tags);
    }
  }
  if (opt.folds > 1 && !reuse && !tags_cached) {
    std::atomic<int> next{0};
    auto worker = [&]() {
      for (int f; (f = next++) < opt.folds;) {
        std::vector<const ConlluSentence*> tr;
        for (size_t i = 0; i < all.size(); ++i)
          if (static_cast<int>(i % opt.folds) != f) tr.push_back(all[i]);
        Tagger t = Tagger::Train(tr, opt.tagger_iterations, opt.seed + 100 + f, TrainProgress{}, clusters,
                                 opt.tagger_runs, 1);
        std::vector<std::string_view> forms;
        std::vector<int> tags;
        for (size_t i = f; i < all.size(); i += opt.folds) {
          forms.clear();
          for (const auto& tok : all[i]->tokens) forms.push_back(tok.form);
          t.Tag(forms, &tags);
          for (int c : tags) pred_xpos[i].push_back(t.Upos(c) + "|" + t.Xpos(c));
        }
        locked("jackknife fold " + std::to_string(f + 1) + "/" + std::to_string(opt.folds) + " done");
      }
    };
    std::vector<std::thread> pool;
    for (int k = 0; k < std::min(threads, opt.folds); ++k) pool.emplace_back(worker);
    for (auto& th : pool) th.join();
    if (!opt.jackknife_tags.empty()) {
      std::string out;
      for (const auto& tags : pred_xpos) {
        for (size_t k = 0; k < tags.size(); ++k) (out += k ? "\t" : "") += tags[k];
        out += '\n';
      }
      std::FILE* f = std::fopen(opt.jackknife_tags.c_str(), "wb");
      bool ok = f && std::fwrite(out.data(), 1, out.size(), f) == out.size();
      if (f && std::fclose(f) != 0) ok = false;
      if (!ok) return Status::IoError(opt.jackknife_tags + ": cannot write the jackknifed tags");
      locked("jackknifed tags written to " + opt.jackknife_tags);
    }
  } else if (!tags_cached) {
    for (size_t i = 0; i < sents.size(); ++i)
      for (const auto& tok : sents[i].tokens) pred_xpos[i].push_back(tok.upos + "|" + tok.xpos);
  }
  std::vector<ParserExample> examples(sents.size());
  for (size_t i = 0; i < sents.size(); ++i) {
    std::vector<std::string_view> forms, xp;
    for (size_t k = 0; k < sents[i].tokens.size(); ++k) {
      forms.push_back(sents[i].tokens[k].form);
      xp.push_back(pred_xpos[i][k]);
    }
    examples[i].in = MakeParserInput(forms, xp, opt.parser_clusters ? clusters.get() : nullptr);
    examples[i].head.push_back(-1);
    examples[i].deprel.push_back("");
    for (const auto& tok : sents[i].tokens) {
      examples[i].head.push_back(tok.head);
      examples[i].deprel.push_back(tok.deprel);
    }
  }

  std::vector<ParserExample> dev_examples;
  if (!opt.dev_path.empty()) {
    auto dev = ReadConlluFile(opt.dev_path);
    if (!dev.ok()) return dev.status();
    for (const auto& s : dev.value()) {
      ParserExample ex;
      std::vector<std::string> joint;
      std::vector<std::string_view> forms, tags;
      for (const auto& tok : s.tokens) joint.push_back(tok.upos + "|" + tok.xpos);
      for (size_t k = 0; k < s.tokens.size(); ++k) {
        forms.push_back(s.tokens[k].form);
        tags.push_back(joint[k]);
      }
      ex.in = MakeParserInput(forms, tags, opt.parser_clusters ? clusters.get() : nullptr);
      ex.head.push_back(-1);
      ex.deprel.push_back("");
      for (const auto& tok : s.tokens) {
        ex.head.push_back(tok.head);
        ex.deprel.push_back(tok.deprel);
      }
      dev_examples.push_back(std::move(ex));
    }
  }

  // 2. Final tagger + lemmatizer, and the parser, in parallel.
  auto model = std::make_shared<ModelImpl>();
  auto tag_job = [&]() {
    if (tagger_model) {
      model->tagger = tagger_model->tagger;
      model->lemmatizer = tagger_model->lemmatizer;
      model->WireLemmatizer();
      return;
    }
    // With a reused parser this is the only job: the tagger runs use the threads.
    model->tagger = Tagger::Train(all, opt.tagger_iterations, opt.seed, locked, clusters, opt.tagger_runs,
                                  reuse ? threads : 1);
    if (opt.folds > 1 && opt.two_pass_tagger) model->tagger.TrainSecondPass(all, pred_xpos, opt.tagger_iterations, opt.seed + 3, locked);
    if (opt.tagger_prune > 0) model->tagger.Prune(opt.tagger_prune);
    model->lemmatizer = Lemmatizer::Train(all);
    model->WireLemmatizer();
  };
  auto parse_job = [&]() {
    if (reuse) {
      model->parser = reuse->parser;
    } else {
      model->parser =
          DepParser::Train(examples, opt.parser_iterations, opt.seed + 7, locked, dev_examples, opt.parser_beam);
    }
    if (opt.parser_prune > 0) model->parser.Prune(opt.parser_prune);
  };
  if (threads >= 2) {
    std::thread t1(tag_job);
    parse_job();
    t1.join();
  } else {
    tag_job();
    parse_job();
  }
  model->meta = "dyad model v" + std::to_string(ModelImpl::kVersion) + "\ntrain: " + opt.train_path +
                "\nsentences: " + std::to_string(sents.size()) + "\ntagger_iterations: " +
                std::to_string(opt.tagger_iterations) + "\ntagger_runs: " + std::to_string(opt.tagger_runs) +
                (opt.tagger_prune > 0 ? "\ntagger_prune: " + std::to_string(opt.tagger_prune) : std::string()) + "\nparser_iterations: " + std::to_string(opt.parser_iterations) +
                "\nfolds: " + std::to_string(opt.folds) + "\ndev: " + opt.dev_path +
                (reuse ? "\nparser reused from: " + opt.parser_from : std::string()) +
                (tagger_model ? "\ntagger and lemmatizer reused from: " + opt.tagger_from : std::string()) +
                (opt.parser_beam > 1 ? "\nparser_beam: " + std::to_string(opt.parser_beam) : std::string()) +
                (opt.parser_prune > 0 ? "\nparser_prune: " + std::to_string(opt.parser_prune) : std::string()) +
                (clusters ? "\ncluster words: " + std::to_string(clusters->size()) : std::string()) + "\nseed: " + std::to_string(opt.seed) + "\n";
  return model;
}

}  // namespace dyad::parse
