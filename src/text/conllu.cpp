#include "text/conllu.h"

#include <charconv>
#include <fstream>

namespace dyad {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      break;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

std::string Field(std::string_view f) { return f == "_" ? std::string() : std::string(f); }

}  // namespace

StatusOr<std::vector<ConlluSentence>> ReadConllu(std::istream& in, const std::string& source_name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::string line;
  size_t lineno = 0;
  auto flush = [&]() {
    if (!cur.tokens.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      std::string_view v(line);
      if (v.rfind("# text = ", 0) == 0) cur.text = line.substr(9);
      else if (v.rfind("# sent_id = ", 0) == 0) cur.sent_id = line.substr(12);
      continue;
    }
    auto f = SplitTabs(line);
    if (f.size() != 10) {
      return Status::Invalid(source_name + ":" + std::to_string(lineno) + ": expected 10 tab-separated columns, found " +
                             std::to_string(f.size()));
    }
    if (f[0].find('-') != std::string_view::npos || f[0].find('.') != std::string_view::npos) continue;
    Token t;
    t.form = std::string(f[1]);
    t.lemma = f[2] == "_" && f[1] != "_" ? std::string() : std::string(f[2]);
    t.upos = Field(f[3]);
    t.xpos = Field(f[4]);
    t.feats = Field(f[5]);
    if (f[6] == "_") {
      t.head = -1;
    } else {
      int h = -1;
      auto r = std::from_chars(f[6].data(), f[6].data() + f[6].size(), h);
      if (r.ec != std::errc()) {
        return Status::Invalid(source_name + ":" + std::to_string(lineno) + ": bad HEAD '" + std::string(f[6]) + "'");
      }
      t.head = h;
    }
    t.deprel = Field(f[7]);
    t.space_after = f[9].find("SpaceAfter=No") == std::string_view::npos;
    cur.tokens.push_back(std::move(t));
  }
  flush();
  return out;
}

StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  return ReadConllu(in, path);
}

void WriteConllu(std::ostream& out, const Sentence& s, const std::string& sent_id) {
  if (!sent_id.empty()) out << "# sent_id = " << sent_id << '\n';
  out << "# text = ";
  for (char c : s.text) out << (c == '\n' || c == '\r' ? ' ' : c);
  out << '\n';
  auto col = [](const std::string& v) -> const std::string& {
    static const std::string kUnderscore = "_";
    return v.empty() ? kUnderscore : v;
  };
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    out << (i + 1) << '\t' << col(t.form) << '\t' << col(t.lemma) << '\t' << col(t.upos) << '\t' << col(t.xpos)
        << '\t' << col(t.feats) << '\t';
    if (t.head < 0) out << '_';
    else out << t.head;
    out << '\t' << col(t.deprel) << "\t_\t" << (t.space_after ? "_" : "SpaceAfter=No") << '\n';
  }
  out << '\n';
}

}  // namespace dyad
