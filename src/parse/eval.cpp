#include "parse/eval.h"

#include <atomic>
#include <thread>

#include "text/align.h"

namespace dyad::parse {
namespace {
std::string_view Universal(std::string_view d) { return d.substr(0, d.find(':')); }
}  // namespace

void ParseCounts::Add(const ParseCounts& o) {
  sentences += o.sentences;
  gold_words += o.gold_words;
  sys_words += o.sys_words;
  aligned += o.aligned;
  upos += o.upos;
  xpos += o.xpos;
  lemma += o.lemma;
  uas += o.uas;
  las += o.las;
  las_full += o.las_full;
  gold_sents += o.gold_sents;
  sys_sents += o.sys_sents;
  matched_sents += o.matched_sents;
}

void CountSentence(const std::vector<Token>& gold, const std::vector<Token>& sys, ParseCounts* c) {
  c->sentences++;
  c->gold_sents++;
  c->sys_sents++;
  c->matched_sents++;
  size_t n = std::min(gold.size(), sys.size());
  c->gold_words += gold.size();
  c->sys_words += sys.size();
  c->aligned += n;
  for (size_t i = 0; i < n; ++i) {
    const Token& g = gold[i];
    const Token& s = sys[i];
    c->upos += g.upos == s.upos;
    c->xpos += g.xpos == s.xpos;
    c->lemma += g.lemma == s.lemma;
    if (g.head == s.head) {
      c->uas++;
      c->las += Universal(g.deprel) == Universal(s.deprel);
      c->las_full += g.deprel == s.deprel;
    }
  }
}

ParseCounts EvaluateGoldTokenization(const Annotator& a, const std::vector<ConlluSentence>& gold, int threads) {
  threads = std::max(1, threads);
  std::vector<ParseCounts> parts(threads);
  std::atomic<size_t> next{0};
  auto work = [&](int t) {
    Sentence s;
    for (size_t i; (i = next++) < gold.size();) {
      s.tokens.clear();
      for (const Token& g : gold[i].tokens) {
        Token k;
        k.form = g.form;
        k.space_after = g.space_after;
        s.tokens.push_back(std::move(k));
      }
      s.text = gold[i].text;
      a.AnnotateSentence(&s);
      CountSentence(gold[i].tokens, s.tokens, &parts[t]);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& th : pool) th.join();
  ParseCounts total;
  for (auto& p : parts) total.Add(p);
  return total;
}

StatusOr<ParseCounts> EvaluateRaw(const Annotator& a, const std::string& gold_path,
                                  const std::vector<ConlluSentence>& gold) {
  auto raw = ReconstructUdRawText(gold_path);
  if (!raw.ok()) return raw.status();
  if (raw.value().gold_sentences.size() != gold.size())
    return Status::Invalid(gold_path + ": sentence count differs between the raw text reconstruction and the reader");
  Document doc;
  doc.id = gold_path;
  doc.text = raw.value().text;
  a.Annotate(&doc);
  std::vector<std::vector<std::string>> sys_forms;
  std::vector<std::pair<size_t, int>> sys_pos;  // flattened system word -> (sentence, 1-based index)
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    sys_forms.emplace_back();
    for (size_t k = 0; k < doc.sentences[si].tokens.size(); ++k) {
      sys_forms.back().push_back(doc.sentences[si].tokens[k].form);
      sys_pos.emplace_back(si, static_cast<int>(k + 1));
    }
  }
  std::vector<std::pair<size_t, int>> gold_pos;
  std::vector<size_t> gold_offset(gold.size() + 1, 0);
  for (size_t si = 0; si < gold.size(); ++si) {
    gold_offset[si + 1] = gold_offset[si] + gold[si].tokens.size();
    for (size_t k = 0; k < gold[si].tokens.size(); ++k) gold_pos.emplace_back(si, static_cast<int>(k + 1));
  }
  SegmentationScore seg = ScoreSegmentation(raw.value().gold_sentences, sys_forms);
  ParseCounts c;
  c.sentences = gold.size();
  c.gold_words = static_cast<size_t>(seg.gold_tokens);
  c.sys_words = static_cast<size_t>(seg.system_tokens);
  c.aligned = static_cast<size_t>(seg.matched_tokens);
  c.gold_sents = static_cast<size_t>(seg.gold_sentences);
  c.sys_sents = static_cast<size_t>(seg.system_sentences);
  c.matched_sents = static_cast<size_t>(seg.matched_sentences);
  std::vector<size_t> sys_offset(doc.sentences.size() + 1, 0);
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    sys_offset[si + 1] = sys_offset[si] + doc.sentences[si].tokens.size();
  for (size_t j = 0; j < seg.system_to_gold.size() && j < sys_pos.size(); ++j) {
    int gi = seg.system_to_gold[j];
    if (gi < 0 || static_cast<size_t>(gi) >= gold_pos.size()) continue;
    auto [ss, sk] = sys_pos[j];
    auto [gs, gk] = gold_pos[gi];
    const Token& s = doc.sentences[ss].tokens[sk - 1];
    const Token& g = gold[gs].tokens[gk - 1];
    c.upos += g.upos == s.upos;
    c.xpos += g.xpos == s.xpos;
    c.lemma += g.lemma == s.lemma;
    bool head_ok;
    if (g.head <= 0 || s.head <= 0) {
      head_ok = g.head == 0 && s.head == 0;
    } else {
      int hg = seg.system_to_gold[sys_offset[ss] + s.head - 1];  // gold word aligned to the system head
      head_ok = hg >= 0 && static_cast<size_t>(hg) == gold_offset[gs] + g.head - 1;
    }
    if (head_ok) {
      c.uas++;
      c.las += Universal(g.deprel) == Universal(s.deprel);
      c.las_full += g.deprel == s.deprel;
    }
  }
  return c;
}

}  // namespace dyad::parse
