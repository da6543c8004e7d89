#include "text/align.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string_view>

namespace dyad {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length without ASCII whitespace and Unicode space separators (U+00A0,
// U+2000..U+200A, U+202F, U+205F, U+3000), as Python's str.isspace() in the
// CoNLL 2018 evaluation script.
size_t NonSpaceLength(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (IsSpace(c)) continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size()) {
      unsigned char c1 = s[i + 1], c2 = s[i + 2];
      if ((c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF)) || (c1 == 0x81 && c2 == 0x9F)) {
        i += 2;
        continue;
      }
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    ++n;
  }
  return n;
}

struct Span {
  uint64_t begin, end;
};

// Spans of every token over the whitespace-free concatenation, plus sentence spans.
void Spans(const std::vector<std::vector<std::string>>& sents, std::vector<Span>* tokens, std::vector<Span>* sentences) {
  uint64_t pos = 0;
  for (const auto& s : sents) {
    uint64_t sb = pos;
    bool any = false;
    for (const auto& t : s) {
      uint64_t n = NonSpaceLength(t);
      tokens->push_back({pos, pos + n});
      pos += n;
      any = true;
    }
    if (any && pos > sb) sentences->push_back({sb, pos});
  }
}

double Pct(int num, int den) { return den == 0 ? 0.0 : 100.0 * num / den; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

SegmentationScore ScoreSegmentation(const std::vector<std::vector<std::string>>& gold_sentences,
                                    const std::vector<std::vector<std::string>>& system_sentences) {
  SegmentationScore sc;
  std::vector<Span> gt, st, gs, ss;
  Spans(gold_sentences, &gt, &gs);
  Spans(system_sentences, &st, &ss);
  sc.gold_tokens = static_cast<int>(gt.size());
  sc.system_tokens = static_cast<int>(st.size());
  sc.system_to_gold.assign(st.size(), -1);
  // Both span lists are sorted by begin (zero-length tokens never match).
  size_t g = 0;
  for (size_t i = 0; i < st.size(); ++i) {
    while (g < gt.size() && gt[g].begin < st[i].begin) ++g;
    if (g < gt.size() && gt[g].begin == st[i].begin && gt[g].end == st[i].end && st[i].end > st[i].begin) {
      sc.system_to_gold[i] = static_cast<int>(g);
      ++sc.matched_tokens;
    }
  }
  sc.gold_sentences = static_cast<int>(gs.size());
  sc.system_sentences = static_cast<int>(ss.size());
  g = 0;
  for (const Span& s : ss) {
    while (g < gs.size() && gs[g].begin < s.begin) ++g;
    if (g < gs.size() && gs[g].begin == s.begin && gs[g].end == s.end) ++sc.matched_sentences;
  }
  sc.token_p = Pct(sc.matched_tokens, sc.system_tokens);
  sc.token_r = Pct(sc.matched_tokens, sc.gold_tokens);
  sc.token_f1 = F1(sc.token_p, sc.token_r);
  sc.sentence_p = Pct(sc.matched_sentences, sc.system_sentences);
  sc.sentence_r = Pct(sc.matched_sentences, sc.gold_sentences);
  sc.sentence_f1 = F1(sc.sentence_p, sc.sentence_r);
  return sc;
}

StatusOr<UdRawText> ReconstructUdRawText(const std::string& conllu_path) {
  std::ifstream in(conllu_path, std::ios::binary);
  if (!in) return Status::IoError(conllu_path + ": cannot open");
  UdRawText out;
  std::string line;
  size_t lineno = 0;
  std::string paragraph;      // sentences of the current paragraph
  bool last_space_after = true;  // SpaceAfter of the last token read
  bool prev_space_after = true;  // ... of the last token of the previous sentence
  std::string text;           // "# text =" of the current sentence
  bool have_text = false;
  std::string fallback;       // text rebuilt from tokens when "# text =" is missing
  std::string sent_id;
  std::vector<std::string> words;
  int mwt_end = 0;            // last word id covered by the current multi-word token
  bool new_paragraph = false;

  auto flush_paragraph = [&]() {
    if (paragraph.empty()) return;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += paragraph;
    paragraph.clear();
    ++out.paragraphs;
  };
  auto flush_sentence = [&]() {
    if (words.empty()) return;
    if (new_paragraph) flush_paragraph();
    new_paragraph = false;
    if (!have_text) {
      while (!fallback.empty() && fallback.back() == ' ') fallback.pop_back();
    }
    const std::string& t = have_text ? text : fallback;
    if (!paragraph.empty() && prev_space_after) paragraph += ' ';
    paragraph += t;
    prev_space_after = last_space_after;
    out.gold_sentences.push_back(std::move(words));
    out.sent_ids.push_back(sent_id);
    words.clear();
    text.clear();
    fallback.clear();
    sent_id.clear();
    have_text = false;
    mwt_end = 0;
  };

  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush_sentence();
      continue;
    }
    std::string_view v(line);
    if (v[0] == '#') {
      if (v.rfind("# newdoc", 0) == 0) {
        new_paragraph = true;
        ++out.documents;
      } else if (v.rfind("# newpar", 0) == 0) {
        new_paragraph = true;
      } else if (v.rfind("# text = ", 0) == 0) {
        text = line.substr(9);
        have_text = true;
      } else if (v.rfind("# sent_id = ", 0) == 0) {
        sent_id = line.substr(12);
      }
      continue;
    }
    // ID FORM ... MISC
    size_t t1 = v.find('\t');
    if (t1 == std::string_view::npos) {
      return Status::Invalid(conllu_path + ":" + std::to_string(lineno) + ": expected 10 tab-separated columns");
    }
    std::string_view id = v.substr(0, t1);
    size_t t2 = v.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      return Status::Invalid(conllu_path + ":" + std::to_string(lineno) + ": expected 10 tab-separated columns");
    }
    std::string form(v.substr(t1 + 1, t2 - t1 - 1));
    size_t last_tab = v.rfind('\t');
    bool space_after = v.substr(last_tab + 1).find("SpaceAfter=No") == std::string_view::npos;
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      mwt_end = std::atoi(std::string(id.substr(dash + 1)).c_str());
      fallback += form;
      if (space_after) fallback += ' ';
      last_space_after = space_after;
      continue;
    }
    int wid = std::atoi(std::string(id).c_str());
    words.push_back(form);
    if (wid > mwt_end) {
      fallback += form;
      if (space_after) fallback += ' ';
      last_space_after = space_after;
    }
  }
  flush_sentence();
  flush_paragraph();
  return out;
}

}  // namespace dyad
