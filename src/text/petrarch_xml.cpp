#include "text/petrarch_xml.h"

#include <fstream>
#include <iostream>

namespace dyad {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Is there a start tag `<tag` at s[p] (followed by space, '>' or '/' or the end)?
bool StartTagAt(std::string_view s, size_t p, std::string_view tag) {
  if (s.compare(p, 1, "<") != 0 || s.compare(p + 1, tag.size(), tag) != 0) return false;
  size_t q = p + 1 + tag.size();
  return q >= s.size() || IsXmlSpace(s[q]) || s[q] == '>' || s[q] == '/';
}

size_t CountLines(std::string_view s, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to && i < s.size(); ++i) n += s[i] == '\n';
  return n;
}

}  // namespace

std::string XmlAttr(const XmlAttributes& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return v;
  return "";
}

bool XmlHasAttr(const XmlAttributes& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return true;
  return false;
}

XmlAttributes ParseXmlAttributes(std::string_view s) {
  XmlAttributes out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsXmlSpace(s[i]) || s[i] == '/')) ++i;
    size_t nb = i;
    while (i < s.size() && !IsXmlSpace(s[i]) && s[i] != '=' && s[i] != '/' && s[i] != '>') ++i;
    if (i == nb) {
      ++i;
      continue;
    }
    std::string name(s.substr(nb, i - nb));
    while (i < s.size() && IsXmlSpace(s[i])) ++i;
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && IsXmlSpace(s[i])) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        char q = s[i++];
        size_t vb = i;
        while (i < s.size() && s[i] != q) ++i;
        value = XmlUnescape(s.substr(vb, i - vb));
        if (i < s.size()) ++i;
      } else {
        size_t vb = i;
        while (i < s.size() && !IsXmlSpace(s[i]) && s[i] != '>') ++i;
        value = XmlUnescape(s.substr(vb, i - vb));
      }
    }
    out.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

std::string XmlUnescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<' && s.substr(i, 9) == "<![CDATA[") {  // copied as written, no entities
      size_t end = s.find("]]>", i + 9);
      if (end != std::string_view::npos) {
        out.append(s.substr(i + 9, end - i - 9));
        i = end + 2;
        continue;
      }
    }
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out.push_back('&');
    else if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "quot") out.push_back('"');
    else if (ent == "apos") out.push_back('\'');
    else if (ent.size() >= 2 && ent[0] == '#') {
      uint32_t cp = 0;
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      bool ok = ent.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
        char c = ent[k];
        int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) ok = false;
        else cp = cp * (hex ? 16 : 10) + d;
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(s.substr(i, semi - i + 1));
      } else {
        AppendUtf8(cp, &out);
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

std::vector<XmlElement> FindXmlElements(std::string_view body, std::string_view tag) {
  std::vector<XmlElement> out;
  size_t i = 0;
  size_t line = 1;
  size_t counted = 0;
  std::string close = "</" + std::string(tag);
  while (i < body.size()) {
    size_t lt = body.find('<', i);
    if (lt == std::string_view::npos) break;
    if (body.compare(lt, 4, "<!--") == 0) {
      size_t end = body.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (!StartTagAt(body, lt, tag)) {
      i = lt + 1;
      continue;
    }
    size_t gt = body.find('>', lt);
    if (gt == std::string_view::npos) break;
    line += CountLines(body, counted, lt);
    counted = lt;
    XmlElement e;
    e.line = line;
    bool self_closing = body[gt - 1] == '/';
    e.attrs = ParseXmlAttributes(body.substr(lt + 1 + tag.size(), gt - lt - 1 - tag.size() - (self_closing ? 1 : 0)));
    if (self_closing) {
      out.push_back(std::move(e));
      i = gt + 1;
      continue;
    }
    size_t end = body.find(close, gt + 1);
    if (end == std::string_view::npos) {
      e.inner = std::string(body.substr(gt + 1));
      out.push_back(std::move(e));
      break;
    }
    e.inner = std::string(body.substr(gt + 1, end - gt - 1));
    out.push_back(std::move(e));
    size_t close_gt = body.find('>', end);
    i = close_gt == std::string_view::npos ? body.size() : close_gt + 1;
  }
  return out;
}

bool PetrarchRecord::Text(std::string* text) const {
  auto els = FindXmlElements(body, "Text");
  if (els.empty()) return false;
  std::string t = XmlUnescape(els[0].inner);
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  size_t b = 0, e = t.size();
  while (b < e && t[b] == ' ') ++b;
  while (e > b && t[e - 1] == ' ') --e;
  *text = t.substr(b, e - b);
  return true;
}

PetrarchXmlScanner::PetrarchXmlScanner(std::istream* in, std::string source_name, std::string record_tag)
    : in_(in), source_(std::move(source_name)), tag_(std::move(record_tag)), open_("<" + tag_), close_("</" + tag_) {}

bool PetrarchXmlScanner::NextLine() {
  if (eof_ || !std::getline(*in_, line_)) {
    eof_ = true;
    have_line_ = false;
    return false;
  }
  if (!line_.empty() && line_.back() == '\r') line_.pop_back();
  ++lineno_;
  pos_ = 0;
  have_line_ = true;
  return true;
}

PetrarchXmlScanner::Result PetrarchXmlScanner::Next(PetrarchRecord* rec, Status* error) {
  auto where = [&](size_t line) { return source_ + ":" + std::to_string(line); };
  if (!have_line_ && !NextLine()) return Result::kEnd;
  // Outside records: skip text and comments until a <Sentence start tag.
  while (true) {
    if (pos_ >= line_.size()) {
      if (!NextLine()) return Result::kEnd;
      continue;
    }
    std::string_view l(line_);
    size_t com = l.find("<!--", pos_);
    size_t sen = pos_;
    while (true) {
      sen = l.find(open_, sen);
      if (sen == std::string_view::npos || StartTagAt(l, sen, tag_)) break;
      ++sen;
    }
    if (com != std::string_view::npos && (sen == std::string_view::npos || com < sen)) {
      size_t start_line = lineno_;
      pos_ = com + 4;
      while (true) {
        size_t end = std::string_view(line_).find("-->", pos_);
        if (end != std::string_view::npos) {
          pos_ = end + 3;
          break;
        }
        if (!NextLine()) {
          *error = Status::Invalid(where(start_line) + ": comment '<!--' never closed with '-->'");
          return Result::kError;
        }
      }
      continue;
    }
    if (sen == std::string_view::npos) {
      pos_ = line_.size();
      continue;
    }
    // Start tag: may run over several lines.
    *rec = PetrarchRecord();
    rec->line = lineno_;
    std::string tag;
    size_t p = sen + open_.size();
    bool closed_tag = false;
    while (true) {
      size_t gt = line_.find('>', p);
      if (gt != std::string::npos) {
        tag.append(line_, p, gt - p);
        pos_ = gt + 1;
        closed_tag = true;
        break;
      }
      tag.append(line_, p, std::string::npos);
      tag.push_back('\n');
      if (tag.size() > 65536 || !NextLine()) break;
      p = 0;
    }
    if (!closed_tag) {
      *error = Status::Invalid(where(rec->line) + ": " + open_ + " start tag never closed with '>'");
      pos_ = line_.size();
      return Result::kError;
    }
    bool self_closing = !tag.empty() && tag.back() == '/';
    if (self_closing) tag.pop_back();
    rec->attrs = ParseXmlAttributes(tag);
    if (self_closing) return Result::kRecord;
    // Body up to </Sentence>, keeping comments; a new <Sentence first means this one was never closed.
    rec->body_line = lineno_;
    bool in_comment = false;
    while (true) {
      std::string_view cur(line_);
      size_t q = pos_;
      bool done = false;
      while (q < cur.size()) {
        if (in_comment) {
          size_t end = cur.find("-->", q);
          if (end == std::string_view::npos) {
            q = cur.size();
            break;
          }
          q = end + 3;
          in_comment = false;
          continue;
        }
        size_t lt = cur.find('<', q);
        if (lt == std::string_view::npos) {
          q = cur.size();
          break;
        }
        if (cur.compare(lt, 4, "<!--") == 0) {
          in_comment = true;
          q = lt + 4;
          continue;
        }
        if (cur.compare(lt, close_.size(), close_) == 0) {
          rec->body.append(cur.substr(pos_, lt - pos_));
          size_t gt = cur.find('>', lt);
          pos_ = gt == std::string_view::npos ? cur.size() : gt + 1;
          done = true;
          break;
        }
        if (StartTagAt(cur, lt, tag_)) {
          rec->body.append(cur.substr(pos_, lt - pos_));
          pos_ = lt;  // the next call starts with this record
          std::string id = rec->Attr("id");
          *error = Status::Invalid(where(rec->line) + ": record" + (id.empty() ? "" : " '" + id + "'") +
                                   " has no " + close_ + "> before the next " + open_ + "> at line " +
                                   std::to_string(lineno_));
          return Result::kError;
        }
        q = lt + 1;
      }
      if (done) return Result::kRecord;
      rec->body.append(cur.substr(pos_));
      rec->body.push_back('\n');
      if (!NextLine()) {
        std::string id = rec->Attr("id");
        *error = Status::Invalid(where(rec->line) + ": record" + (id.empty() ? "" : " '" + id + "'") +
                                 " has no " + close_ + "> before the end of the file");
        return Result::kError;
      }
    }
  }
}

StatusOr<std::vector<PetrarchRecord>> ReadPetrarchXmlFile(const std::string& path, std::vector<std::string>* warnings) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::IoError(path + ": cannot open");
    in = &file;
  }
  PetrarchXmlScanner scanner(in, path == "-" ? "stdin" : path);
  std::vector<PetrarchRecord> out;
  PetrarchRecord rec;
  Status err;
  while (true) {
    auto r = scanner.Next(&rec, &err);
    if (r == PetrarchXmlScanner::Result::kEnd) break;
    if (r == PetrarchXmlScanner::Result::kError) {
      if (warnings) warnings->push_back(err.ToString());
      continue;
    }
    out.push_back(std::move(rec));
  }
  return out;
}

}  // namespace dyad
