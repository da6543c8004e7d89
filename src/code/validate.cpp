#include "code/validate.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

namespace dyad {

namespace {

std::string ReadAll(const std::string& path, Status* st) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *st = Status::IoError(path + ": cannot open");
    return "";
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Attr(const std::string& tag, const std::string& name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string::npos) {
    bool start_ok = p == 0 || std::isspace(static_cast<unsigned char>(tag[p - 1]));
    size_t q = p + name.size();
    while (q < tag.size() && std::isspace(static_cast<unsigned char>(tag[q]))) ++q;
    if (start_ok && q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && std::isspace(static_cast<unsigned char>(tag[q]))) ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        char quote = tag[q];
        size_t e = tag.find(quote, q + 1);
        if (e == std::string::npos) return "";
        return tag.substr(q + 1, e - q - 1);
      }
    }
    p += name.size();
  }
  return "";
}

std::string Unescape(std::string s) {
  static const std::pair<const char*, const char*> kEnt[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (auto [from, to] : kEnt) {
    size_t p = 0;
    while ((p = s.find(from, p)) != std::string::npos) {
      s.replace(p, std::strlen(from), to);
      p += std::strlen(to);
    }
  }
  return s;
}

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool sp = std::isspace(static_cast<unsigned char>(c));
    if (sp) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string NormDate(const std::string& d) {
  std::string digits;
  for (char c : d)
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  if (digits.size() == 6) digits = (digits[0] < '3' ? "20" : "19") + digits;
  if (digits.size() != 8) return "";
  return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
}

size_t LineAt(const std::string& s, size_t pos) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + std::min(pos, s.size()), '\n'));
}

// Removes <!-- ... --> comments (replaced by blanks, so offsets and lines stay).
std::string BlankComments(std::string s) {
  size_t p = 0;
  while ((p = s.find("<!--", p)) != std::string::npos) {
    size_t e = s.find("-->", p + 4);
    size_t end = e == std::string::npos ? s.size() : e + 3;
    for (size_t i = p; i < end; ++i)
      if (s[i] != '\n') s[i] = ' ';
    p = end;
  }
  return s;
}

}  // namespace

StatusOr<ValidationSuite> ReadPetrarchValidation(const std::string& path) {
  Status st;
  std::string raw = ReadAll(path, &st);
  if (!st.ok()) return st;
  std::string s = BlankComments(raw);
  ValidationSuite suite;
  suite.path = path;
  // Environment
  size_t env = s.find("<Environment>");
  size_t env_end = s.find("</Environment>");
  if (env != std::string::npos && env_end != std::string::npos) {
    std::string e = s.substr(env, env_end - env);
    size_t p = 0;
    while ((p = e.find('<', p + 1)) != std::string::npos) {
      size_t gt = e.find('>', p);
      if (gt == std::string::npos) break;
      std::string tag = e.substr(p + 1, gt - p - 1);
      if (tag.empty() || tag[0] == '/' || tag.find(' ') != std::string::npos) continue;
      size_t close = e.find("</" + tag + ">", gt);
      if (close == std::string::npos) continue;
      std::string val = Collapse(e.substr(gt + 1, close - gt - 1));
      if (tag == "Include") {
        std::istringstream is(val);
        std::string w;
        while (is >> w) suite.include.push_back(w);
      } else {
        suite.environment[tag].push_back(val);
      }
    }
  }
  size_t p = 0;
  while ((p = s.find("<Sentence ", p)) != std::string::npos) {
    size_t gt = s.find('>', p);
    size_t end = s.find("</Sentence>", p);
    if (gt == std::string::npos || end == std::string::npos)
      return Status::Invalid(path + ":" + std::to_string(LineAt(s, p)) + ": <Sentence> without </Sentence>");
    std::string tag = s.substr(p, gt - p);
    std::string body = s.substr(gt + 1, end - gt - 1);
    ValidationRecord r;
    r.line = LineAt(s, p);
    r.id = Attr(tag, "id");
    if (r.id.empty()) r.id = "line-" + std::to_string(r.line);
    r.category = Attr(tag, "category");
    r.date = NormDate(Attr(tag, "date"));
    std::string ev = Attr(tag, "evaluate");
    r.evaluate = !(ev == "false" || ev == "False");
    size_t q = 0;
    while ((q = body.find("<EventCoding", q)) != std::string::npos) {
      size_t qe = body.find('>', q);
      if (qe == std::string::npos) break;
      std::string etag = body.substr(q, qe - q);
      if (!Attr(etag, "noevents").empty()) r.noevents = true;
      std::string err = Attr(etag, "error");
      if (!err.empty()) r.error = err;
      std::string code = Attr(etag, "eventcode");
      if (!code.empty())
        r.events.push_back({Unescape(Attr(etag, "sourcecode")), Unescape(Attr(etag, "targetcode")), code});
      q = qe;
    }
    size_t t0 = body.find("<Text>"), t1 = body.find("</Text>");
    if (t0 == std::string::npos || t1 == std::string::npos || t1 < t0)
      return Status::Invalid(path + ":" + std::to_string(r.line) + ": record " + r.id + " has no <Text>");
    r.text = Collapse(Unescape(body.substr(t0 + 6, t1 - t0 - 6)));
    size_t p0 = body.find("<Parse>"), p1 = body.find("</Parse>");
    if (p0 != std::string::npos && p1 != std::string::npos && p1 > p0) {
      std::string parse = body.substr(p0 + 7, p1 - p0 - 7);
      // CoNLL-U (tab-separated numbered lines) rather than a Penn tree.
      size_t first = parse.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && std::isdigit(static_cast<unsigned char>(parse[first])) &&
          parse.find('\t') != std::string::npos) {
        std::string lines;
        std::istringstream is(parse.substr(first));
        std::string line;
        while (std::getline(is, line)) {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          size_t nb = line.find_first_not_of(" ");
          if (nb == std::string::npos) continue;
          lines += line.substr(nb) + "\n";
        }
        r.conllu = lines;
      } else if (first != std::string::npos && parse[first] == '(') {
        r.penn_parse = true;
        // Brackets must balance: PETRARCH-2 rejects a record whose tree does not.
        int depth = 0;
        for (size_t i = first; i < parse.size() && r.parse_error.empty(); ++i) {
          if (parse[i] == '(') ++depth;
          if (parse[i] == ')' && --depth < 0)
            r.parse_error = "unbalanced <Parse>: ')' without '(' at line " +
                            std::to_string(LineAt(s, gt + 1 + p0 + 7 + i));
        }
        if (r.parse_error.empty() && depth > 0)
          r.parse_error = "unbalanced <Parse>: " + std::to_string(depth) + " '(' not closed";
      }
    }
    suite.records.push_back(std::move(r));
    p = end;
  }
  if (suite.records.empty()) return Status::Invalid(path + ": no <Sentence> records found");
  return suite;
}

StatusOr<ValidationSuite> ReadTabariValidation(const std::string& project, const std::string& text_path) {
  namespace fs = std::filesystem;
  Status st;
  std::string proj = ReadAll(project, &st);
  if (!st.ok()) return st;
  ValidationSuite suite;
  std::istringstream is(proj);
  std::string line;
  std::string dir = fs::path(project).parent_path().string();
  while (std::getline(is, line)) {
    if (line.empty() || line[0] != '<') continue;
    size_t gt = line.find('>');
    if (gt == std::string::npos) continue;
    std::string key = line.substr(1, gt - 1);
    std::string val = Collapse(line.substr(gt + 1));
    static const std::pair<const char*, const char*> kKeys[] = {
        {"actorsfile", "actors"}, {"verbsfile", "verbs"}, {"agentsfile", "agents"},
        {"optionsfile", "options"}, {"textfile", "text"}};
    for (auto [k, v] : kKeys)
      if (key == k && !val.empty()) suite.environment[v].push_back(val);
  }
  std::string tpath = text_path;
  if (tpath.empty()) {
    if (!suite.environment.count("text")) return Status::Invalid(project + ": no <textfile> and no --text given");
    tpath = (fs::path(dir) / suite.environment["text"][0]).string();
  }
  suite.path = tpath;
  std::string text = ReadAll(tpath, &st);
  if (!st.ok()) return st;
  // Records: a line "YYMMDD ID" starts one; text lines follow until a "/*" comment,
  // whose { SRC / TGT / CODE } groups are the expected events.
  std::vector<std::string> lines;
  {
    std::istringstream ts(text);
    while (std::getline(ts, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.size() < 8 || !std::isdigit(static_cast<unsigned char>(l[0]))) continue;
    size_t sp = l.find_first_of(" \t");
    if (sp != 6 && sp != 8) continue;
    std::string date = l.substr(0, sp);
    bool digits = true;
    for (char c : date) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits) continue;
    ValidationRecord r;
    r.line = i + 1;
    r.date = NormDate(date);
    r.id = Collapse(l.substr(sp));
    size_t dash = r.id.find('-');
    r.category = dash == std::string::npos ? r.id : r.id.substr(0, dash);
    std::string body, comment;
    size_t j = i + 1;
    bool in_comment = false;
    for (; j < lines.size(); ++j) {
      const std::string& b = lines[j];
      if (!in_comment) {
        size_t c = b.find("/*");
        if (c != std::string::npos) {
          body += b.substr(0, c) + " ";
          in_comment = true;
          comment += b.substr(c + 2) + "\n";
          if (comment.find("*/") != std::string::npos) break;
          continue;
        }
        if (b.size() >= 8 && std::isdigit(static_cast<unsigned char>(b[0])) && (b.find_first_of(" \t") == 6)) break;
        body += b + " ";
      } else {
        comment += b + "\n";
        if (b.find("*/") != std::string::npos) break;
      }
    }
    r.text = Collapse(body);
    size_t q = 0;
    while ((q = comment.find('{', q)) != std::string::npos) {
      size_t e = comment.find('}', q);
      // "{ OPTION: SET: MINIMUM WORDS = 4 */": an option runs to the end of its line.
      size_t eol = comment.find('\n', q);
      if (Collapse(comment.substr(q + 1, 7)).rfind("OPTION", 0) == 0 && eol != std::string::npos &&
          (e == std::string::npos || e > eol)) {
        std::string inner = comment.substr(q + 1, eol - q - 1);
        size_t close = inner.find("*/");
        if (close != std::string::npos) inner.resize(close);
        r.options.push_back(Collapse(inner));
        q = eol;
        continue;
      }
      if (e == std::string::npos) break;
      std::string inner = Collapse(comment.substr(q + 1, e - q - 1));
      q = e;
      if (inner.rfind("OPTION", 0) == 0) {
        r.options.push_back(inner);
        continue;
      }
      std::vector<std::string> parts;
      size_t a = 0;
      while (true) {
        size_t sl = inner.find('/', a);
        parts.push_back(Collapse(inner.substr(a, sl == std::string::npos ? std::string::npos : sl - a)));
        if (sl == std::string::npos) break;
        a = sl + 1;
      }
      if (parts.size() == 3) r.events.push_back({parts[0], parts[1], parts[2]});
      else if (parts.size() == 1 && (parts[0] == "+++" || parts[0].empty())) r.noevents = true;
    }
    if (r.events.empty()) r.noevents = true;
    suite.records.push_back(std::move(r));
    i = j;
  }
  if (suite.records.empty()) return Status::Invalid(tpath + ": no TABARI records found");
  return suite;
}

namespace {

std::string UpperCopy(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The code inside the first [...] after `from` in s ("" when none).
std::string Bracketed(const std::string& s, size_t from) {
  size_t a = s.find('[', from);
  if (a == std::string::npos) return "";
  size_t b = s.find(']', a);
  if (b == std::string::npos) return "";
  return Collapse(s.substr(a + 1, b - a - 1));
}

}  // namespace

Status ApplyTabariOption(const std::string& line, CodeOptions* o) {
  std::string s = line;
  for (const char* c : {"//", "#"}) {
    size_t p = s.find(c);
    if (p != std::string::npos) s.resize(p);
  }
  s = UpperCopy(Collapse(s));
  if (s.rfind("OPTION:", 0) == 0) s = Collapse(s.substr(7));
  if (s.empty()) return Status::OK();
  size_t colon = s.find(':');
  if (colon == std::string::npos) return Status::Invalid("not a TABARI option command: '" + line + "'");
  std::string cmd = s.substr(0, std::min<size_t>(colon, 4));
  std::string rest = Collapse(s.substr(colon + 1));
  if (cmd == "DEFA") {
    o->default_source.clear();
    o->default_target.clear();
    o->default_prior = o->default_after = false;
    if (rest == "OFF") return Status::OK();
    size_t src = rest.find("SOURCE"), tgt = rest.find("TARGET");
    if (src != std::string::npos) {
      o->default_source = Bracketed(rest, src);
      size_t end = tgt != std::string::npos && tgt > src ? tgt : rest.size();
      o->default_prior = rest.substr(src, end - src).find("PRIOR") != std::string::npos;
    }
    if (tgt != std::string::npos) {
      o->default_target = Bracketed(rest, tgt);
      size_t end = src != std::string::npos && src > tgt ? src : rest.size();
      o->default_after = rest.substr(tgt, end - tgt).find("AFTER") != std::string::npos;
    }
    if (o->default_source.empty() && o->default_target.empty())
      return Status::Invalid("DEFAULT needs SOURCE [CODE] and/or TARGET [CODE]: '" + line + "'");
    return Status::OK();
  }
  if (cmd == "SET") {
    size_t eq = rest.find('=');
    std::string name = Collapse(rest.substr(0, eq));
    std::string value = eq == std::string::npos ? "" : Collapse(rest.substr(eq + 1));
    if (name == "CODE BY SENTENCE") o->code_by = CodeOptions::CodeBy::kSentence;
    else if (name == "CODE BY CLAUSE") o->code_by = CodeOptions::CodeBy::kClause;
    else if (name == "CODE ALL") o->code_by = CodeOptions::CodeBy::kAll;
    else if (name == "MINIMUM WORDS") {
      int n = 0;
      for (char c : value) {
        if (!std::isdigit(static_cast<unsigned char>(c))) break;
        n = n * 10 + (c - '0');
        if (n > 100000) break;
      }
      o->min_words = value == "FALSE" ? 0 : n;
    } else if (name == "CONVERT AGENT" || name == "CONVERT AGENTS") {
      o->convert_agents = value == "TRUE" || value == "T";
    }
    return Status::OK();
  }
  if (cmd == "COMP") {
    o->complex_verbs = o->complex_conj = 0;
    o->complex_no_actor_prior = false;
    auto number = [&](const char* key) {
      size_t k = rest.find(key);
      if (k == std::string::npos) return 0;
      size_t a = rest.find('[', k);
      if (a == std::string::npos) return 0;
      int v = 0;
      for (size_t i = a + 1; i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i])) && v < 100000; ++i)
        v = v * 10 + (rest[i] - '0');
      return v;
    };
    o->complex_verbs = number("VERBS");
    o->complex_conj = number("CONJ");
    o->complex_no_actor_prior = rest.find("NOACTPRIOR") != std::string::npos;
    return Status::OK();
  }
  if (cmd == "COMM") {
    if (rest.rfind("OFF", 0) == 0) {
      o->comma = false;
      return Status::OK();
    }
    o->comma = true;
    // "MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8": blanks around '=' optional.
    std::string flat;
    for (char c : rest) flat += c == '=' ? std::string(" = ") : std::string(1, c);
    std::istringstream is(flat);
    std::vector<std::string> w;
    for (std::string x; is >> x;) w.push_back(x);
    for (size_t i = 0; i + 2 < w.size(); ++i) {
      if (w[i + 1] != "=") continue;
      int v = std::atoi(w[i + 2].c_str());
      const std::string& k = w[i];
      if (k == "MIN") o->comma_min = v;
      else if (k == "MAX") o->comma_max = v;
      else if (k == "EMIN") o->comma_emin = v;
      else if (k == "EMAX") o->comma_emax = v;
      else if (k == "BMIN") o->comma_bmin = v;
      else if (k == "BMAX") o->comma_bmax = v;
      else return Status::Invalid("unknown COMMA parameter " + k + ": '" + line + "'");
    }
    return Status::OK();
  }
  if (cmd == "FORW") {
    // "^^*****NNN*SSS [DOC] [OFF]"
    std::istringstream is(rest);
    std::string format, w;
    is >> format;
    bool off = false;
    while (is >> w) off |= w == "OFF";
    o->forward_format = off ? "" : format;
    return Status::OK();
  }
  return Status::OK();  // OUTPUT, LABEL, ...: not modelled
}

bool TabariStorySentence(const std::string& format, const std::string& id, std::string* story, int* sentence) {
  story->clear();
  std::string sent;
  size_t k = 0;
  for (char f : format) {
    if (f == '^') continue;  // blanks between the date and the id (collapsed away here)
    if (k >= id.size()) break;
    char c = id[k++];
    if (f == 'N') story->push_back(c);
    else if (f == 'S') sent.push_back(c);
  }
  if (story->empty() || sent.empty()) return false;
  int v = 0;
  for (char c : sent) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
    if (v > 32767) return false;
  }
  *sentence = v;
  return true;
}

CodeOptions TabariDefaultOptions() {
  CodeOptions o;
  o.min_words = 8;  // SET: MINIMUM WORDS
  o.comma = true;   // COMMA: BMIN = 128 BMAX = 0 MIN = 2 MAX = 10 EMIN = 2 EMAX = 10
  return o;
}

}  // namespace dyad
