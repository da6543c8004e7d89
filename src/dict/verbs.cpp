#include "dict/verbs.h"

#include <cctype>
#include <fstream>
#include <algorithm>
#include <functional>

#include "dict/dict_util.h"

namespace dyad::dict {

namespace {

std::string BracketCode(std::string_view s, size_t* lb_out) {
  size_t lb = s.rfind('[');
  *lb_out = lb;
  if (lb == std::string_view::npos) return "";
  size_t rb = s.find(']', lb);
  if (rb == std::string_view::npos) return "";
  std::string code;
  for (char c : s.substr(lb + 1, rb - lb - 1))
    if (!std::isspace(static_cast<unsigned char>(c))) code.push_back(c);
  return code;
}

bool IsMarker(const std::string& w) { return w == "$" || w == "+" || w == "%" || w == "^"; }

}  // namespace

const std::vector<uint32_t>* VerbDict::ByForm(const std::string& form) const {
  auto it = by_form_.find(form);
  return it == by_form_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* VerbDict::ByStem(const std::string& form) const {
  if (by_stem_.empty()) return nullptr;
  for (size_t len = form.size(); len >= 3; --len) {
    auto it = by_stem_.find(form.substr(0, len));
    if (it != by_stem_.end()) return &it->second;
  }
  return nullptr;
}

const std::vector<uint32_t>* VerbDict::ByLemma(const std::string& lemma) const {
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? nullptr : &it->second;
}

void VerbDict::AddForm(const std::string& form, uint32_t entry) {
  auto& v = by_form_[form];
  for (uint32_t e : v)
    if (e == entry) return;
  v.push_back(entry);
}

// SplitPhrase's words, each flagged when no _ follows it right away (a TABARI stem).
static std::vector<std::pair<std::string, bool>> SplitStems(const std::string& s) {
  std::vector<std::pair<std::string, bool>> out;
  std::string cur;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_') {
      if (!cur.empty()) out.push_back({cur, c != '_'});
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  return out;
}

bool VerbDict::ParseItems(const std::string& s, std::vector<PatItem>* items, std::string* err) {
  for (const auto& [w0, stem] : SplitStems(s)) {
    std::string w = w0;
    // PETR-1 markers glued to words ("+_WORKER", "$_"); drop them.
    while (!w.empty() && (w[0] == '+' || w[0] == '$' || w[0] == '%' || w[0] == '^') && w.size() > 1 && w[1] != '&') {
      w = w.substr(1);
    }
    if (w.empty() || IsMarker(w)) continue;
    std::string up = Upper(w);
    if (up.size() > 3 && up.compare(up.size() - 3, 3, "N'T") == 0 && up[0] != '&') {
      // Treebank tokenization: DIDN'T -> DID N'T.
      items->push_back(PatItem{up.substr(0, up.size() - 3), -1});
      items->push_back(PatItem{"N'T", -1});
      continue;
    }
    PatItem it;
    if (w[0] == '&') {
      std::string name = Upper(w);
      auto f = synset_ids_.find(name);
      if (f == synset_ids_.end()) f = synset_ids_.find(name + "_");
      if (f == synset_ids_.end() && name.size() > 1 && name.back() == '_')
        f = synset_ids_.find(name.substr(0, name.size() - 1));
      if (f == synset_ids_.end()) {
        *err = "undefined synset " + name;
        return false;
      }
      it.synset = f->second;
    } else {
      it.word = Upper(w);
      bool alpha = true;
      for (char ch : it.word) alpha = alpha && ch >= 'A' && ch <= 'Z';
      it.stem = flat_parse_ && stem && alpha;
    }
    items->push_back(std::move(it));
  }
  return true;
}

bool VerbDict::ParsePattern(const std::string& body_in, VerbPattern* p, std::string* err) {
  // TABARI glues the verb marker to words: "SAID WOULD_*_TALKS", "IN_*".
  std::string body;
  for (size_t k = 0; k < body_in.size(); ++k) {
    char ch = body_in[k];
    if (ch == '*') {
      if (!body.empty() && body.back() == '_') {
        // "IN_*": the _ stays (IN is no stem), the * stands apart; "RECENT~_*": a stem.
        if (k >= 2 && body_in[k - 2] == '~') body.back() = ' ';
        else body += ' ';
        p->glued_pre = true;
      }
      body += " * ";
      if (k + 1 < body_in.size() && body_in[k + 1] == '_') {
        ++k;
        p->post_glued = true;
      }
      continue;
    }
    if (ch == '~') continue;
    body.push_back(ch);
  }
  bool post = false;
  bool saw_star = false;
  bool plus_pre = false, dollar_post = false;
  int carets = 0;  // ^ markers since the last word
  size_t i = 0;
  auto push = [&](PatElem e) {
    p->weight += static_cast<int>(e.items.size()) + (e.kind == PatElem::kPrep ? 1 : 0);
    if (e.kind == PatElem::kPrep) p->signature |= WordBit(e.prep);
    for (const PatItem& it : e.items)
      if (it.synset < 0 && !it.stem) p->signature |= WordBit(it.word);
    (post ? p->post : p->pre).push_back(std::move(e));
  };
  while (i < body.size()) {
    char c = body[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == '{' || c == '(') {
      size_t open = i;
      char close = c == '{' ? '}' : ')';
      size_t j = body.find(close, i);
      if (j == std::string::npos) {
        *err = std::string("unclosed ") + c;
        return false;
      }
      std::string inner = body.substr(i + 1, j - i - 1);
      i = j + 1;
      PatElem e;
      if (c == '{' && inner.find('|') != std::string::npos) {
        // TABARI alternatives { A | B C }: an anonymous synset of the phrases.
        Synset alt;
        alt.name = "{" + inner + "}";
        size_t a = 0;
        while (a <= inner.size()) {
          size_t bar = inner.find('|', a);
          std::vector<PatItem> items;
          if (!ParseItems(inner.substr(a, bar == std::string::npos ? std::string::npos : bar - a), &items, err))
            return false;
          std::vector<std::string> words;
          std::vector<bool> stems;
          bool plain = true;
          for (const auto& it : items) {
            if (it.synset >= 0) plain = false;
            words.push_back(it.word);
            stems.push_back(it.stem);
          }
          if (plain && !words.empty()) {
            alt.phrases.push_back(std::move(words));
            alt.stems.push_back(std::move(stems));
          }
          if (bar == std::string::npos) break;
          a = bar + 1;
        }
        e.items.push_back(PatItem{"", static_cast<int>(synsets_.size())});
        synsets_.push_back(std::move(alt));
        raw_alt_.push_back(static_cast<int>(synsets_.size()) - 1);
        // TABARI "APPLY_{ GENEVA | INTERNATIONAL }": glued to the word before it.
        auto& side = post ? p->post : p->pre;
        if (open > 0 && body[open - 1] == '_' && !side.empty() && side.back().kind == PatElem::kWords) {
          p->weight += 1;
          side.back().items.push_back(e.items[0]);
          continue;
        }
      } else if (c == '{') {
        if (!ParseItems(inner, &e.items, err)) return false;
      } else {
        // (PREP OBJ) where OBJ may be {A B}.
        std::string s = inner;
        for (char& ch : s)
          if (ch == '{' || ch == '}') ch = ' ';
        auto words = SplitBlanks(s);
        if (words.empty()) {
          *err = "empty ( )";
          return false;
        }
        e.kind = PatElem::kPrep;
        e.prep = Upper(words[0]);
        int group_carets = 0;  // "(AT ^ ^) +": skips before the + that follows the group
        for (size_t k = 1; k < words.size(); ++k) {
          if (words[k] == "+") p->target_prep = e.prep;
          if (words[k] == "$") p->source_prep = e.prep;
          group_carets = words[k] == "^" ? group_carets + 1 : 0;
        }
        carets = group_carets;
        std::string rest;
        for (size_t k = 1; k < words.size(); ++k) rest += words[k] + " ";
        if (!ParseItems(rest, &e.items, err)) return false;
        if (!e.prep.empty() && e.prep[0] == '&') {
          // A synset as preposition: keep as an item-less prep word group.
          e.kind = PatElem::kWords;
          std::vector<PatItem> first;
          if (!ParseItems(words[0], &first, err)) return false;
          first.insert(first.end(), e.items.begin(), e.items.end());
          e.items = std::move(first);
          e.prep.clear();
        }
      }
      if (!e.items.empty() || e.kind == PatElem::kPrep) push(std::move(e));
      continue;
    }
    size_t j = i;
    while (j < body.size() && !std::isspace(static_cast<unsigned char>(body[j])) && body[j] != '{' && body[j] != '(') ++j;
    std::string w = body.substr(i, j - i);
    i = j;
    if (w == "*") {
      if (saw_star) {
        *err = "two *";
        return false;
      }
      saw_star = post = true;
      continue;
    }
    if (w == "%") {
      if (post && p->compound_after == -2)
        p->compound_after = static_cast<int>(p->post.size()) - 1;
      else if (!post)
        p->compound = true;
      continue;
    }
    if (IsMarker(w)) {
      if (w == "+" && !post) plus_pre = true;
      if (w == "$" && post) dollar_post = true;
      if (w == "+" && post && p->target_after == -2) {
        p->target_after = static_cast<int>(p->post.size()) - 1;
        p->target_skip = carets;
      }
      if (w == "$" && post && p->source_after == -2) {
        p->source_after = static_cast<int>(p->post.size()) - 1;
        p->source_skip = carets;
      }
      if (w == "+" && !post && p->target_before == -2) {
        p->target_before = static_cast<int>(p->pre.size()) - 1;
        p->target_skip = carets;
      }
      if (w == "$" && !post && p->source_before == -2) {
        p->source_before = static_cast<int>(p->pre.size()) - 1;
        p->source_skip = carets;
      }
      carets = w == "^" ? carets + 1 : 0;
      continue;
    }
    carets = 0;
    PatElem e;
    if (!ParseItems(w, &e.items, err)) return false;
    // "{ GENEVA_ | INTERNATIONAL }_CONVENTIONS": glued to the alternatives before it.
    auto& side = post ? p->post : p->pre;
    if (!e.items.empty() && w[0] == '_' && i > w.size() && body[i - w.size() - 1] == '}' && !side.empty() &&
        side.back().kind == PatElem::kWords) {
      p->weight += static_cast<int>(e.items.size());
      for (const PatItem& it : e.items) {
        if (it.synset < 0 && !it.stem) p->signature |= WordBit(it.word);
        side.back().items.push_back(it);
      }
      continue;
    }
    if (!e.items.empty()) push(std::move(e));
  }
  if (!saw_star) {
    *err = "pattern has no *";
    return false;
  }
  p->swap = plus_pre && (dollar_post || !p->source_prep.empty());
  p->target_subject = plus_pre && !p->swap;
  return true;
}

Status VerbDict::LoadFile(const std::string& path, Diagnostics* diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open verb dictionary");
  enum { kNone, kSynset, kBlock } state = kNone;
  int cur_synset = -1;
  int cur_block = -1;
  bool block_has_patterns = false;
  bool seen_header = false;  // a "--- NAME ---" line: PETRARCH-2 blocks; none: TABARI, one block per verb
  std::string skip_section;
  std::vector<std::vector<std::string>> raw_members;  // per synset, member strings
  std::vector<bool> no_plural;
  std::string raw;
  size_t ln = 0;
  auto where = [&]() { return path + ":" + std::to_string(ln); };
  auto new_block = [&](const std::string& name, const std::string& code) {
    VerbBlock b;
    b.name = name;
    b.code = code.empty() ? "---" : code;
    b.flat = !seen_header;
    blocks_.push_back(std::move(b));
    cur_block = static_cast<int>(blocks_.size()) - 1;
    block_has_patterns = false;
    state = kBlock;
  };
  while (std::getline(in, raw)) {
    ++ln;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string t(Trim(StripComment(raw, "#;")));
    if (t.empty()) continue;
    if (!skip_section.empty()) {
      if (Upper(t).rfind("</" + skip_section, 0) == 0) {
        skip_section.clear();
      } else if (skip_section == "TIME" && t[0] != '-') {
        size_t lb;
        std::string code = BracketCode(t, &lb);
        if ((code == "+++" || code == "###") && lb != std::string::npos) {
          auto words = SplitPhrase(Upper(Trim(t.substr(0, lb))));
          if (!words.empty()) special_phrases_.push_back({words, code});
        }
      }
      continue;
    }
    if (t[0] == '<') {
      std::string tag = Upper(t);
      if (tag.rfind("<!", 0) == 0 || tag.rfind("</", 0) == 0) continue;
      size_t e = tag.find_first_of(" >");
      std::string name = tag.substr(1, e == std::string::npos ? std::string::npos : e - 1);
      if (name != "SYNSETS" && name != "VERBS" && name != "PATTERNS") skip_section = name;
      continue;
    }
    if (t.rfind("---", 0) == 0) {
      std::string inner = t.substr(3);
      size_t end = inner.rfind("---");
      if (end != std::string::npos) inner = inner.substr(0, end);
      size_t lb;
      std::string code = BracketCode(inner, &lb);
      std::string name(Trim(lb == std::string::npos ? inner : inner.substr(0, lb)));
      seen_header = true;  // before new_block: the first headed block is not a flat TABARI one
      new_block(name, code);
      continue;
    }
    if (t[0] == '&') {
      std::string name = Upper(SplitBlanks(t)[0]);
      Synset s;
      s.name = name;
      synsets_.push_back(std::move(s));
      cur_synset = static_cast<int>(synsets_.size()) - 1;
      raw_members.resize(synsets_.size());  // anonymous { A | B } synsets take ids too
      no_plural.resize(synsets_.size(), false);
      no_plural[cur_synset] = !name.empty() && name.back() == '_';
      synset_ids_[name] = cur_synset;  // a later definition replaces an earlier one
      state = kSynset;
      continue;
    }
    if (t.rfind("~~FINISH", 0) == 0) break;  // TABARI end-of-dictionary marker
    if (t[0] == '~') {
      std::string flat = t.substr(1);
      for (char& ch : flat)
        if (ch == '(' || ch == ')') ch = ' ';
      auto w = SplitBlanks(flat);
      if (w.size() != 9 || w[5] != "=") {
        if (Status s = diag->Report(path, ln, "transformation must read '~ a (a b VERB) VERB2 = a b CODE'"); !s.ok())
          return s;
        continue;
      }
      Transformation tr{w[0], w[1], w[2], Upper(w[3]), Upper(w[4]), w[6], w[7], w[8], where()};
      transformations_.push_back(std::move(tr));
      continue;
    }
    if (t[0] == '-' || t[0] == '*') {
      if (cur_block < 0) {
        if (Status s = diag->Report(path, ln, "pattern before any verb"); !s.ok()) return s;
        continue;
      }
      size_t lb;
      std::string code = BracketCode(t, &lb);
      if (code.empty()) {
        if (Status s = diag->Report(path, ln, "pattern without [code]"); !s.ok()) return s;
        continue;
      }
      VerbPattern p;
      p.code = code;
      p.text = std::string(Trim(t.substr(0, lb)));
      p.where = where();
      std::string body = t[0] == '-' ? t.substr(1, lb - 1) : t.substr(0, lb);
      std::string err;
      flat_parse_ = !seen_header;
      if (!ParsePattern(body, &p, &err)) {
        if (Status s = diag->Report(path, ln, err + " in pattern '" + p.text + "'"); !s.ok()) return s;
        continue;
      }
      blocks_[cur_block].patterns.push_back(static_cast<uint32_t>(patterns_.size()));
      patterns_.push_back(std::move(p));
      block_has_patterns = true;
      continue;
    }
    if (t[0] == '+' && state == kSynset) {
      raw_members[cur_synset].push_back(t.substr(1));
      continue;
    }
    // TABARI: irregular forms on a line of their own after the verb.
    if (t[0] == '{' && !entries_.empty()) {
      size_t cb = t.find('}');
      for (const std::string& f : SplitBlanks(t.substr(1, cb == std::string::npos ? std::string::npos : cb - 1))) {
        std::string w;
        for (char ch : f)
          if (ch != '_' && ch != '+') w.push_back(ch);
        if (!w.empty()) AddForm(Upper(w), static_cast<uint32_t>(entries_.size() - 1));
      }
      continue;
    }
    // A verb line: MAIN {FORMS} [CODE]
    if (!(std::isalpha(static_cast<unsigned char>(t[0])) || t[0] == '+')) {
      if (Status s = diag->Report(path, ln, "unrecognised line '" + t + "'"); !s.ok()) return s;
      continue;
    }
    size_t lb;
    std::string code = BracketCode(t, &lb);
    std::string head = lb == std::string::npos ? t : t.substr(0, lb);
    std::vector<std::string> forms;
    bool has_forms = false;
    if (size_t ob = head.find('{'); ob != std::string::npos) {
      size_t cb = head.find('}', ob);
      if (cb == std::string::npos) {
        if (Status s = diag->Report(path, ln, "unclosed { in verb forms"); !s.ok()) return s;
        continue;
      }
      forms = SplitBlanks(head.substr(ob + 1, cb - ob - 1));
      has_forms = true;
      head = head.substr(0, ob);
    }
    auto mains = SplitBlanks(head);
    std::string phrase_pattern;  // TABARI "BURN DOWN [222]": the verb BURN with the pattern "* DOWN"
    if (mains.size() > 1) {
      for (size_t k = 1; k < mains.size(); ++k) phrase_pattern += " " + mains[k];
      mains.resize(1);
    }
    bool tabari_new_verb = !seen_header && cur_block >= 0 && blocks_[cur_block].name != Upper(mains[0]);
    if (state != kBlock || block_has_patterns || tabari_new_verb) {
      new_block(Upper(mains[0]), phrase_pattern.empty() ? code : "");  // PETR-1 / TABARI: one block per verb group
    }
    if (!phrase_pattern.empty()) {
      VerbPattern p;
      p.code = code.empty() ? "---" : code;
      p.text = "*" + phrase_pattern;
      p.where = where();
      std::string err;
      flat_parse_ = !seen_header;
      if (ParsePattern(p.text, &p, &err)) {
        blocks_[cur_block].patterns.push_back(static_cast<uint32_t>(patterns_.size()));
        patterns_.push_back(std::move(p));
      } else if (Status s = diag->Report(path, ln, err + " in verb phrase '" + t + "'"); !s.ok()) {
        return s;
      }
      code.clear();
    }
    VerbEntry e;
    e.where = where();
    e.code = code;
    e.block = static_cast<uint32_t>(cur_block);
    auto split_multi = [](const std::string& m, std::string* word, std::vector<std::string>* before,
                          std::vector<std::string>* after) {
      std::vector<std::string> parts;
      std::string cur;
      for (char ch : m) {
        if (ch == '_') {
          if (!cur.empty()) parts.push_back(cur);
          cur.clear();
        } else {
          cur.push_back(ch);
        }
      }
      if (!cur.empty()) parts.push_back(cur);
      size_t vi = 0;
      for (size_t k = 0; k < parts.size(); ++k)
        if (!parts[k].empty() && parts[k][0] == '+') vi = k;
      for (auto& p : parts)
        if (!p.empty() && p[0] == '+') p = p.substr(1);
      if (parts.empty()) return false;
      *word = Upper(parts[vi]);
      if (before) {
        before->clear();
        after->clear();
        for (size_t k = 0; k < vi; ++k) before->push_back(Upper(parts[k]));
        for (size_t k = vi + 1; k < parts.size(); ++k) after->push_back(Upper(parts[k]));
      }
      return !word->empty();
    };
    if (!split_multi(mains[0], &e.word, &e.before, &e.after)) {
      if (Status s = diag->Report(path, ln, "empty verb"); !s.ok()) return s;
      continue;
    }
    uint32_t id = static_cast<uint32_t>(entries_.size());
    AddForm(e.word, id);
    by_lemma_[e.word].push_back(id);
    if (has_forms) {
      for (const std::string& f : forms) {
        std::string w;
        if (split_multi(f, &w, nullptr, nullptr)) AddForm(w, id);
      }
    } else {
      for (const std::string& f : VerbForms(e.word)) AddForm(f, id);
    }
    // TABARI: a verb without a trailing _ is a stem.
    if (!seen_header && mains[0].back() != '_' && e.before.empty() && e.after.empty() && e.word.size() >= 3)
      by_stem_[e.word].push_back(id);
    entries_.push_back(std::move(e));
  }
  // Resolve synset members (nested &REFS expanded), with regular plurals.
  std::function<std::vector<std::vector<std::string>>(int, int)> expand = [&](int sid, int depth) {
    std::vector<std::vector<std::string>> out;
    if (depth > 4) return out;
    for (const std::string& m : raw_members[sid]) {
      std::string s = m;
      for (char& ch : s)
        if (ch == '(' || ch == ')') ch = ' ';
      std::string trimmed(Trim(s));
      bool np = no_plural[sid] || (!trimmed.empty() && trimmed.back() == '_');
      std::vector<std::vector<std::string>> variants = {{}};
      for (const auto& [w, stem_word] : SplitStems(Upper(trimmed))) {
        std::vector<std::vector<std::string>> next;
        if (w[0] == '&') {
          auto f = synset_ids_.find(w);
          if (f == synset_ids_.end() || f->second == sid) continue;
          auto sub = expand(f->second, depth + 1);
          for (auto& v : variants)
            for (auto& p : sub) {
              auto x = v;
              x.insert(x.end(), p.begin(), p.end());
              next.push_back(std::move(x));
            }
        } else {
          for (auto& v : variants) {
            auto x = v;
            if (w.size() > 3 && w.compare(w.size() - 3, 3, "N'T") == 0) {
              x.push_back(w.substr(0, w.size() - 3));
              x.push_back("N'T");
            } else {
              // A TABARI stem is marked with a trailing \x01 until the phrases are final.
              x.push_back(!seen_header && stem_word ? w + '\x01' : w);
            }
            next.push_back(std::move(x));
          }
        }
        variants.swap(next);
      }
      for (auto& v : variants) {
        if (v.empty()) continue;
        out.push_back(v);
        if (!np && v.back().back() != '\x01') {
          auto pl = v;
          pl.back() = Plural(pl.back());
          out.push_back(std::move(pl));
        }
      }
    }
    return out;
  };
  raw_members.resize(synsets_.size());
  no_plural.resize(synsets_.size(), false);
  for (size_t s = 0; s < synsets_.size(); ++s) {
    if (std::find(raw_alt_.begin(), raw_alt_.end(), static_cast<int>(s)) != raw_alt_.end()) continue;
    synsets_[s].phrases = expand(static_cast<int>(s), 0);
    bool any_stem = false;
    std::vector<std::vector<bool>> stems;
    for (auto& ph : synsets_[s].phrases) {
      stems.emplace_back();
      for (auto& w : ph) {
        bool st = !w.empty() && w.back() == '\x01';
        if (st) w.pop_back();
        stems.back().push_back(st);
        any_stem |= st;
      }
    }
    if (any_stem) synsets_[s].stems = std::move(stems);
  }
  auto negword = [](const std::string& w) { return w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO"; };
  for (VerbPattern& p : patterns_) {
    for (const PatElem& e : p.pre)
      for (const PatItem& it : e.items) {
        if (it.synset < 0) {
          p.negation |= negword(it.word);
        } else {
          for (const auto& ph : synsets_[it.synset].phrases)
            for (const auto& w : ph) p.negation |= negword(w);
        }
      }
  }
  return Status::OK();
}

}  // namespace dyad::dict
