#include "dict/actors.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>

#include "dict/dict_util.h"

namespace dyad::dict {

Status Diagnostics::Report(const std::string& file, size_t line, const std::string& msg) {
  std::string m = file + ":" + std::to_string(line) + ": " + msg;
  if (strict) return Status::Invalid(m);
  warnings.push_back(std::move(m));
  return Status::OK();
}

std::string Actor::CodeAt(int date) const {
  if (date > 0) {
    for (const DateRule& r : rules) {
      if (date >= r.from && date <= r.to) return r.code;
    }
    return default_code;
  }
  // Undated: the latest role, the code that holds after the last dated period
  // (a leader still in office codes as the office; a former one as the default).
  if (rules.empty()) return default_code;
  const DateRule* best = &rules[0];
  for (const DateRule& r : rules) {
    if (r.to > best->to) best = &r;
  }
  if (best->to < DateRule{}.to && !default_code.empty()) return default_code;
  return best->code;
}

namespace {

Status OpenLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open dictionary file");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(std::move(line));
  }
  return Status::OK();
}

// Parses "CODE", "CODE >D", "CODE <D", "CODE D1-D2" (blanks anywhere).
bool ParseCodeBlock(std::string_view inner, DateRule* rule, bool* dated, std::string* err) {
  std::string s(Trim(inner));
  size_t sp = 0;
  while (sp < s.size() && !std::isspace(static_cast<unsigned char>(s[sp])) && s[sp] != '<' && s[sp] != '>') ++sp;
  std::string code = s.substr(0, sp);
  std::string rest;
  for (char c : s.substr(sp)) {
    if (!std::isspace(static_cast<unsigned char>(c))) rest.push_back(c);
  }
  if (code.empty()) {
    *err = "code block [" + s + "] has no code";
    return false;
  }
  if (std::isdigit(static_cast<unsigned char>(code[0])) && code.size() >= 6 && code.find('-') != std::string::npos) {
    *err = "code block [" + s + "] has a date but no code";
    return false;
  }
  rule->code = code;
  *dated = !rest.empty();
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    int d = ParseDate(rest.substr(1));
    if (!d) {
      *err = "bad date '" + rest.substr(1) + "' in [" + s + "]";
      return false;
    }
    if (rest[0] == '<') rule->to = d;
    else rule->from = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    *err = "bad date restriction '" + rest + "' in [" + s + "]";
    return false;
  }
  int a = ParseDate(rest.substr(0, dash)), b = ParseDate(rest.substr(dash + 1));
  if (!a || !b) {
    *err = "bad date range '" + rest + "' in [" + s + "]";
    return false;
  }
  rule->from = a;
  rule->to = b;
  return true;
}

// Splits "TEXT [A] [B]" into TEXT and the bracket contents; false on unbalanced brackets.
bool SplitBlocks(std::string_view s, std::string* text, std::vector<std::string>* blocks) {
  size_t p = s.find('[');
  *text = std::string(Trim(s.substr(0, p == std::string_view::npos ? s.size() : p)));
  while (p != std::string_view::npos) {
    size_t q = s.find(']', p);
    if (q == std::string_view::npos) return false;
    blocks->push_back(std::string(s.substr(p + 1, q - p - 1)));
    p = s.find('[', q);
    std::string_view between = Trim(s.substr(q + 1, (p == std::string_view::npos ? s.size() : p) - q - 1));
    if (!between.empty()) {
      // Text after a code block: tolerated only if it is a stray comment.
      if (between[0] != '<') return false;
    }
  }
  return true;
}

}  // namespace

int ActorDict::Stem(const std::string& word) const {
  if (stems_.empty()) return -1;
  for (size_t len = word.size(); len >= 4; --len) {
    auto it = stems_.find(word.substr(0, len));
    if (it != stems_.end()) return static_cast<int>(it->second);
  }
  return -1;
}

Status ActorDict::LoadFile(const std::string& path, Diagnostics* diag) {
  std::vector<std::string> lines;
  Status st = OpenLines(path, &lines);
  if (!st.ok()) return st;
  int cur = -1;
  std::string skip_section;
  auto add_phrase = [&](std::string_view phrase) {
    std::string_view tp = Trim(phrase);
    auto words0 = SplitPhrase(Upper(tp));
    if (words0.size() == 1 && !tp.empty() && tp.back() != '_' && words0[0].size() >= 4 && cur >= 0)
      stems_.emplace(words0[0], static_cast<uint32_t>(cur));
    auto words = SplitPhrase(Upper(phrase));
    if (!words.empty() && cur >= 0) index_.Add(std::move(words), static_cast<uint32_t>(cur));
  };
  for (size_t ln = 0; ln < lines.size(); ++ln) {
    const std::string& raw = lines[ln];
    std::string_view t = Trim(raw);
    if (!skip_section.empty()) {
      if (Upper(t).rfind("</" + skip_section, 0) == 0) skip_section.clear();
      continue;
    }
    // TABARI <NOUN> / <ADJECTIVE> sections are not actors.
    if (t.size() > 2 && t[0] == '<' && t[1] != '!' && t[1] != '/' && t.back() == '>') {
      skip_section = Upper(t.substr(1, t.find_first_of(" >") - 1));
      continue;
    }
    if (t.empty() || t[0] == '#' || t[0] == '<' || t[0] == ';') continue;
    std::string_view content = Trim(StripComment(raw, "#;"));
    // An xml-ish comment after the entry (e.g. "MCGONAGALL [GRYGOV]<!-- -->").
    if (size_t c = content.find("<!"); c != std::string_view::npos) content = Trim(content.substr(0, c));
    if (content.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    std::string text;
    std::vector<std::string> blocks;
    if (!SplitBlocks(content, &text, &blocks)) {
      if (Status s = diag->Report(path, ln + 1, "unbalanced or misplaced [...] in actor entry"); !s.ok()) return s;
      continue;
    }
    if (content[0] == '+') {
      if (cur < 0) {
        if (Status s = diag->Report(path, ln + 1, "synonym '+' before any actor"); !s.ok()) return s;
        continue;
      }
      add_phrase(text.substr(1));
    } else if (content[0] == '[' || (indented && text.empty())) {
      if (cur < 0) {
        if (Status s = diag->Report(path, ln + 1, "code block before any actor"); !s.ok()) return s;
        continue;
      }
    } else {
      Actor a;
      a.name = text;
      actors_.push_back(std::move(a));
      cur = static_cast<int>(actors_.size()) - 1;
      add_phrase(text);
    }
    for (const std::string& b : blocks) {
      DateRule r;
      bool dated = false;
      std::string err;
      if (!ParseCodeBlock(b, &r, &dated, &err)) {
        if (Status s = diag->Report(path, ln + 1, err); !s.ok()) return s;
        continue;
      }
      if (dated) actors_[cur].rules.push_back(std::move(r));
      else actors_[cur].default_code = r.code;
    }
  }
  return Status::OK();
}

Status AgentDict::LoadFile(const std::string& path, Diagnostics* diag) {
  std::vector<std::string> lines;
  Status st = OpenLines(path, &lines);
  if (!st.ok()) return st;
  std::map<std::string, std::vector<std::string>> subs;
  for (size_t ln = 0; ln < lines.size(); ++ln) {
    std::string_view t = Trim(lines[ln]);
    if (t.empty() || t[0] == '#' || t[0] == '<') continue;
    std::string_view content = Trim(StripComment(t, "#"));
    if (content.empty()) continue;
    if (content[0] == '!' && content.find('=') != std::string_view::npos) {
      size_t eq = content.find('=');
      size_t close = content.find('!', 1);
      if (eq == std::string_view::npos || close == std::string_view::npos || close > eq) {
        if (Status s = diag->Report(path, ln + 1, "bad substitution set (want !NAME! = A, B)"); !s.ok()) return s;
        continue;
      }
      std::string name(content.substr(0, close + 1));
      std::vector<std::string> items;
      std::string_view list = content.substr(eq + 1);
      size_t start = 0;
      while (start <= list.size()) {
        size_t comma = list.find(',', start);
        std::string_view item = Trim(list.substr(start, comma == std::string_view::npos ? list.npos : comma - start));
        if (!item.empty()) items.push_back(Upper(item));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      subs[Upper(name)] = std::move(items);
      continue;
    }
    size_t lb = content.find('[');
    size_t rb = content.find(']', lb == std::string_view::npos ? 0 : lb);
    if (lb == std::string_view::npos || rb == std::string_view::npos) {
      if (Status s = diag->Report(path, ln + 1, "agent entry without [code]"); !s.ok()) return s;
      continue;
    }
    std::string code(Trim(content.substr(lb + 1, rb - lb - 1)));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    Agent ag;
    if (!code.empty() && code[0] == '~') {
      ag.code = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      ag.code = code.substr(0, code.size() - 1);
      ag.prefix = true;
    } else {
      if (Status s = diag->Report(path, ln + 1, "agent code [" + code + "] needs a ~ before or after it"); !s.ok())
        return s;
      continue;
    }
    if (ag.code.empty()) {
      if (Status s = diag->Report(path, ln + 1, "empty agent code"); !s.ok()) return s;
      continue;
    }
    std::string_view head = Trim(content.substr(0, lb));
    std::string phrase;
    bool has_braces = false;
    std::vector<std::string> plurals;
    if (size_t ob = head.find('{'); ob != std::string_view::npos) {
      size_t cb = head.find('}', ob);
      if (cb == std::string_view::npos) {
        if (Status s = diag->Report(path, ln + 1, "unclosed {plural}"); !s.ok()) return s;
        continue;
      }
      has_braces = true;
      plurals = SplitBlanks(head.substr(ob + 1, cb - ob - 1));
      phrase = std::string(Trim(head.substr(0, ob)));
    } else {
      phrase = std::string(head);
    }
    if (phrase.empty()) {
      if (Status s = diag->Report(path, ln + 1, "agent entry without a phrase"); !s.ok()) return s;
      continue;
    }
    uint32_t id = static_cast<uint32_t>(agents_.size());
    agents_.push_back(ag);
    std::string up = Upper(phrase);
    // Substitution markers: each member replaces the marker, no plural formed.
    size_t m1 = up.find('!');
    if (m1 != std::string::npos) {
      size_t m2 = up.find('!', m1 + 1);
      std::string marker = m2 == std::string::npos ? "" : up.substr(m1, m2 - m1 + 1);
      auto it = subs.find(marker);
      if (it == subs.end()) {
        if (Status s = diag->Report(path, ln + 1, "unknown substitution set " + marker); !s.ok()) return s;
        continue;
      }
      for (const std::string& item : it->second) {
        std::string v = up.substr(0, m1) + item + up.substr(m2 + 1);
        index_.Add(SplitPhrase(v), id);
      }
      continue;
    }
    auto words = SplitPhrase(up);
    index_.Add(words, id);
    if (has_braces) {
      for (const std::string& p : plurals) index_.Add(SplitPhrase(Upper(p)), id);
    } else if (!up.empty() && up.back() != '_') {
      words.back() = Plural(words.back());
      index_.Add(std::move(words), id);
    }
  }
  return Status::OK();
}

std::string NormalizeForSearch(const std::string& text) {
  std::string out = " ";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    char x = (std::isalnum(u) || u >= 0x80 || c == '-' || c == '\'' || c == '.' || c == '&') ? c : ' ';
    if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
    if (x == ' ' && out.back() == ' ') continue;
    out.push_back(x);
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

static std::string NormPhrase(std::string_view s) {
  std::string out;
  for (const std::string& w : SplitPhrase(Upper(s))) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

Status TextPhraseList::LoadDiscards(const std::string& path, Diagnostics* diag) {
  std::vector<std::string> lines;
  Status st = OpenLines(path, &lines);
  if (!st.ok()) return st;
  for (size_t ln = 0; ln < lines.size(); ++ln) {
    std::string_view t = Trim(StripComment(lines[ln], "#;"));
    if (t.empty() || t[0] == '<') continue;
    Item it;
    if (t[0] == '+') {
      it.story = true;
      t = Trim(t.substr(1));
    }
    it.whole_word = !t.empty() && t.back() == '_';
    it.phrase = NormPhrase(t);
    if (it.phrase.empty()) {
      if (Status s = diag->Report(path, ln + 1, "empty discard phrase"); !s.ok()) return s;
      continue;
    }
    items_.push_back(std::move(it));
  }
  Index();
  return Status::OK();
}

Status TextPhraseList::LoadIssues(const std::string& path, Diagnostics* diag) {
  std::vector<std::string> lines;
  Status st = OpenLines(path, &lines);
  if (!st.ok()) return st;
  for (size_t ln = 0; ln < lines.size(); ++ln) {
    std::string_view t = Trim(StripComment(lines[ln], "#"));
    if (t.empty() || t[0] == '<') continue;
    bool ignore = false;
    while (!t.empty() && t[0] == '~') {
      ignore = true;
      t = t.substr(1);
    }
    std::string code;
    size_t lb = t.find('[');
    if (lb != std::string_view::npos) {
      size_t rb = t.find(']', lb);
      if (rb == std::string_view::npos) {
        if (Status s = diag->Report(path, ln + 1, "unclosed [code]"); !s.ok()) return s;
        continue;
      }
      code = std::string(Trim(t.substr(lb + 1, rb - lb - 1)));
      t = Trim(t.substr(0, lb));
    } else if (!ignore) {
      if (Status s = diag->Report(path, ln + 1, "issue phrase without [code]"); !s.ok()) return s;
      continue;
    }
    // Expand n:, v: and + into every variant.
    std::vector<std::string> variants = {""};
    for (const std::string& w0 : SplitBlanks(Upper(t))) {
      std::vector<std::string> forms;
      std::string w = w0;
      if (w.rfind("N:", 0) == 0) {
        w = w.substr(2);
        forms = {w, Plural(w)};
      } else if (w.rfind("V:", 0) == 0) {
        w = w.substr(2);
        forms = {w};
        for (auto& f : VerbForms(w)) forms.push_back(f);
      } else {
        forms = {w};
      }
      std::vector<std::string> expanded;
      for (const std::string& f : forms) {
        if (size_t plus = f.find('+'); plus != std::string::npos) {
          // a+b -> "a b", "a-b", "ab"
          std::string a = f.substr(0, plus), b = f.substr(plus + 1);
          if (b.rfind("N:", 0) == 0) b = b.substr(2);
          expanded.push_back(a + " " + b);
          expanded.push_back(a + "-" + b);
          expanded.push_back(a + b);
        } else {
          expanded.push_back(f);
        }
      }
      std::vector<std::string> next;
      for (const std::string& v : variants)
        for (const std::string& e : expanded) next.push_back(v.empty() ? e : v + " " + e);
      variants.swap(next);
      if (variants.size() > 64) break;
    }
    for (const std::string& v : variants) {
      Item it;
      it.phrase = v;
      it.whole_word = true;
      it.ignore = ignore;
      it.code = code;
      items_.push_back(std::move(it));
    }
  }
  Index();
  return Status::OK();
}

void TextPhraseList::Index() {
  words_.clear();
  by_first_.clear();
  stems_.clear();
  stem_len_.clear();
  stem_head_.assign(64, 0);
  first_filter_.assign(1 << 10, 0);
  for (uint32_t i = 0; i < items_.size(); ++i) {
    words_.push_back(SplitBlanks(items_[i].phrase));
    const auto& w = words_.back();
    if (w.empty()) continue;
    if (w.size() == 1 && !items_[i].whole_word) {
      stems_[w[0]].push_back(i);
      if (stem_len_.size() <= w[0].size()) stem_len_.resize(w[0].size() + 1, 0);
      stem_len_[w[0].size()] = 1;
      size_t b = HeadBit(w[0]);
      stem_head_[b / 64] |= uint64_t{1} << (b % 64);
    } else {
      by_first_[w[0]].push_back(i);
      size_t b = std::hash<std::string>()(w[0]) & ((1 << 16) - 1);
      first_filter_[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
}

std::vector<size_t> TextPhraseList::Find(const std::string& text) const {
  std::vector<size_t> out;
  if (items_.empty()) return out;
  std::vector<std::string> w = SplitBlanks(NormalizeForSearch(text));
  std::vector<char> seen(items_.size(), 0);
  for (size_t i = 0; i < w.size(); ++i) {
    // Single-word stems: every prefix length some stem has (stems shorter than 3
    // bytes are rare; the head filter covers a stem's first 3 bytes).
    size_t hb = HeadBit(w[i]);
    bool head = (stem_head_[hb / 64] >> (hb % 64)) & 1;
    for (size_t len = 1; len < stem_len_.size() && len <= w[i].size(); ++len) {
      if (len >= 3 && !head) break;
      if (!stem_len_[len]) continue;
      auto it = stems_.find(len == w[i].size() ? w[i] : w[i].substr(0, len));
      if (it == stems_.end()) continue;
      for (uint32_t id : it->second)
        if (!seen[id]) {
          seen[id] = 1;
          out.push_back(id);
        }
    }
    size_t fb = std::hash<std::string>()(w[i]) & ((1 << 16) - 1);
    if (!((first_filter_[fb >> 6] >> (fb & 63)) & 1)) continue;
    auto it = by_first_.find(w[i]);
    if (it == by_first_.end()) continue;
    for (uint32_t id : it->second) {
      if (seen[id]) continue;
      const Item& item = items_[id];
      const auto& pw = words_[id];
      bool ok = true;
      for (size_t k = 1; k < pw.size() && ok; ++k) {
        if (i + k >= w.size()) {
          ok = false;
          break;
        }
        const std::string& tw = w[i + k];
        bool last = k + 1 == pw.size();
        if (tw == pw[k]) continue;
        // The last word of a phrase not ending in _ is a stem.
        ok = last && !item.whole_word && tw.size() > pw[k].size() && tw.compare(0, pw[k].size(), pw[k]) == 0;
      }
      if (ok) {
        seen[id] = 1;
        out.push_back(id);
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::dict
