#include "text/reader.h"

#include <zlib.h>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <streambuf>

#include "text/petrarch_xml.h"

namespace dyad {
namespace {

constexpr size_t kMaxRawReject = 64 * 1024;

// Reads plain or gzip-compressed files (zlib is transparent for plain input).
class GzStreambuf : public std::streambuf {
 public:
  explicit GzStreambuf(gzFile f) : f_(f) {}
  ~GzStreambuf() override {
    if (f_) gzclose(f_);
  }
  GzStreambuf(const GzStreambuf&) = delete;
  GzStreambuf& operator=(const GzStreambuf&) = delete;
  bool error() const { return error_; }
  // The bytes buffered but not yet consumed (after a peek).
  std::string_view Buffered() const { return std::string_view(gptr(), egptr() - gptr()); }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    int n = gzread(f_, buf_, sizeof buf_);
    if (n <= 0) {
      int errnum = Z_OK;
      gzerror(f_, &errnum);
      if (n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) error_ = true;  // Z_BUF_ERROR: truncated
    }
    if (n <= 0) return traits_type::eof();
    setg(buf_, buf_, buf_ + n);
    return traits_type::to_int_type(buf_[0]);
  }

 private:
  gzFile f_;
  bool error_ = false;
  char buf_[1 << 16];
};

std::string Truncate(std::string_view s) {
  return std::string(s.substr(0, std::min(s.size(), kMaxRawReject)));
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// Validates UTF-8 in place: invalid sequences become U+FFFD, NUL bytes become
// spaces (same length, so later offsets still line up with the input).
// Adds one warning naming the origin and the byte offset of the first problem.
void RepairText(std::string* s, const std::string& origin, std::vector<std::string>* warnings) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data());
  size_t n = s->size();
  size_t i = 0;
  // Fast path: ASCII without NUL.
  while (i < n && p[i] < 0x80 && p[i] != 0) ++i;
  if (i == n) return;
  std::string out;
  out.reserve(n + 16);
  out.append(*s, 0, i);
  size_t bad = 0, nul = 0;
  size_t first_bad = std::string::npos, first_nul = std::string::npos;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == 0) {
        if (first_nul == std::string::npos) first_nul = i;
        ++nul;
        out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0, min = 0;
    if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07, min = 0x10000;
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (ok) {
      out.append(reinterpret_cast<const char*>(p + i), len);
      i += len;
    } else {
      if (first_bad == std::string::npos) first_bad = i;
      ++bad;
      out.append("\xEF\xBF\xBD");
      ++i;
      // Skip the continuation bytes of this broken sequence.
      while (i < n && (p[i] & 0xC0) == 0x80 && len > 1) {
        ++i;
        --len;
      }
    }
  }
  s->swap(out);
  if (bad) {
    warnings->push_back(origin + ": invalid UTF-8 at byte " + std::to_string(first_bad) + " (" +
                        std::to_string(bad) + " sequence" + (bad > 1 ? "s" : "") + " replaced by U+FFFD)");
  }
  if (nul) {
    warnings->push_back(origin + ": NUL byte at byte " + std::to_string(first_nul) + " (" + std::to_string(nul) +
                        " replaced by spaces)");
  }
}

// Common tail of every reader: repair, check for empty text, fill defaults.
DocumentReader::Result Finish(Document* doc, Reject* reject, const ReadOptions& opt, const std::string& raw) {
  if (opt.max_document_bytes && doc->text.size() > opt.max_document_bytes) {
    *reject = Reject{doc->origin, doc->id,
                     "document too large: " + std::to_string(doc->text.size()) + " bytes of text (limit " +
                         std::to_string(opt.max_document_bytes) + ")",
                     Truncate(raw.empty() ? doc->text : raw)};
    return DocumentReader::Result::kReject;
  }
  RepairText(&doc->text, doc->origin, &doc->warnings);
  bool blank = true;
  for (char c : doc->text) {
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      blank = false;
      break;
    }
  }
  if (blank) {
    *reject = Reject{doc->origin, doc->id, "empty text", Truncate(raw)};
    return DocumentReader::Result::kReject;
  }
  if (doc->date.empty()) doc->date = opt.default_date;
  RepairText(&doc->title, doc->origin + " (title)", &doc->warnings);
  return DocumentReader::Result::kDocument;
}

class StreamReader : public DocumentReader {
 public:
  StreamReader(std::unique_ptr<GzStreambuf> buf, std::string name, ReadOptions opt)
      : buf_(std::move(buf)), in_(buf_.get()), name_(std::move(name)), opt_(std::move(opt)) {}

 protected:
  // Next line (without '\n' or '\r\n'); false at the end.
  bool ReadLine(std::string* line) {
    if (!std::getline(in_, *line)) return false;
    ++lineno_;
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return true;
  }
  std::string Where() const { return name_ + ":" + std::to_string(lineno_); }
  // End of input; a read error (corrupt gzip data) is reported once as a Reject.
  Result End(Reject* reject) {
    if (buf_->error() && !error_reported_) {
      error_reported_ = true;
      *reject = Reject{Where(), "", "read error after this line (corrupt or truncated gzip data?)", ""};
      return Result::kReject;
    }
    return Result::kEnd;
  }
  bool error_reported_ = false;

  std::unique_ptr<GzStreambuf> buf_;
  std::istream in_;
  std::string name_;
  ReadOptions opt_;
  size_t lineno_ = 0;
};

class TextReader : public StreamReader {
 public:
  using StreamReader::StreamReader;
  Result Next(Document* doc, Reject* reject) override {
    if (done_) return Result::kEnd;
    done_ = true;
    *doc = Document();
    std::string text((std::istreambuf_iterator<char>(in_)), std::istreambuf_iterator<char>());
    if (buf_->error()) {
      *reject = Reject{name_, name_, "read error (corrupt gzip data?)", Truncate(text)};
      return Result::kReject;
    }
    doc->id = name_;
    doc->origin = name_;
    doc->text = std::move(text);
    if (doc->text.size() >= 3 && doc->text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc->text.replace(0, 3, "   ");
    if (opt_.title_first_line) {
      size_t nl = doc->text.find('\n');
      doc->title = Trim(std::string_view(doc->text).substr(0, nl));
    }
    return Finish(doc, reject, opt_, "");
  }

 private:
  bool done_ = false;
};

class LinesReader : public StreamReader {
 public:
  using StreamReader::StreamReader;
  Result Next(Document* doc, Reject* reject) override {
    std::string line;
    while (ReadLine(&line)) {
      std::string text = Trim(line);
      if (text.empty()) continue;  // blank lines separate nothing: not a loss
      *doc = Document();
      doc->origin = Where();
      doc->id = doc->origin;
      doc->text = std::move(text);
      return Finish(doc, reject, opt_, line);
    }
    return End(reject);
  }
};

std::string JsonString(const nlohmann::json& j, const char* key, bool* bad) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (it->is_number()) return it->dump();
  *bad = true;
  return "";
}

class JsonlReader : public StreamReader {
 public:
  using StreamReader::StreamReader;
  Result Next(Document* doc, Reject* reject) override {
    std::string line;
    while (ReadLine(&line)) {
      size_t k = 0;
      while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
      if (k == line.size()) continue;
      *doc = Document();
      doc->origin = Where();
      // Repair invalid UTF-8 in the line first, so the JSON parser accepts it (with a warning).
      RepairText(&line, doc->origin, &doc->warnings);
      nlohmann::json j;
      try {
        j = nlohmann::json::parse(line);
      } catch (const nlohmann::json::exception& e) {
        std::string what = e.what();
        // nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
        size_t col = what.find("column");
        *reject = Reject{Where(), "", "invalid JSON" + (col != std::string::npos ? " at " + what.substr(col) : ": " + what),
                         Truncate(line)};
        return Result::kReject;
      }
      if (!j.is_object()) {
        *reject = Reject{Where(), "", "expected a JSON object {\"id\",\"date\",\"text\"}", Truncate(line)};
        return Result::kReject;
      }
      bool bad = false;
      doc->id = JsonString(j, "id", &bad);
      if (bad) {
        *reject = Reject{Where(), "", "\"id\" must be a string or a number", Truncate(line)};
        return Result::kReject;
      }
      if (doc->id.empty()) doc->id = Where();
      auto text = j.find("text");
      if (text == j.end() || !text->is_string()) {
        *reject = Reject{Where(), doc->id, text == j.end() ? "missing \"text\"" : "\"text\" must be a string",
                         Truncate(line)};
        return Result::kReject;
      }
      doc->text = text->get<std::string>();
      doc->title = JsonString(j, "title", &bad);
      doc->source = JsonString(j, "source", &bad);
      doc->url = JsonString(j, "url", &bad);
      std::string date = JsonString(j, "date", &bad);
      if (bad) {
        *reject = Reject{Where(), doc->id, "\"title\", \"source\", \"url\" and \"date\" must be strings", Truncate(line)};
        return Result::kReject;
      }
      if (!date.empty()) {
        doc->date = NormalizeDate(date);
        if (doc->date.empty()) {
          *reject = Reject{Where(), doc->id, "bad date '" + date.substr(0, 40) + "' (expected YYYY-MM-DD or YYYYMMDD)",
                           Truncate(line)};
          return Result::kReject;
        }
      }
      return Finish(doc, reject, opt_, line);
    }
    return End(reject);
  }
};

// End of a record file: a read error (corrupt or truncated gzip data), or a file
// without a single record (not the format it was taken for), is reported once.
DocumentReader::Result End(const GzStreambuf* buf, const std::string& name, const char* tag, size_t records,
                           bool* reported, Reject* reject) {
  if (*reported) return DocumentReader::Result::kEnd;
  *reported = true;
  if (buf->error()) {
    *reject = Reject{name, "", "read error (corrupt or truncated gzip data?)", ""};
    return DocumentReader::Result::kReject;
  }
  if (records == 0) {
    *reject = Reject{name, "", std::string("no <") + tag + "> records (not a " +
                                   (std::string_view(tag) == "REUTERS" ? "Reuters-21578 SGML" : "PETRARCH XML") +
                                   " file?)", ""};
    return DocumentReader::Result::kReject;
  }
  return DocumentReader::Result::kEnd;
}

class PetrarchReader : public DocumentReader {
 public:
  PetrarchReader(std::unique_ptr<GzStreambuf> buf, std::string name, ReadOptions opt)
      : buf_(std::move(buf)), in_(buf_.get()), name_(std::move(name)), opt_(std::move(opt)), scanner_(&in_, name_) {}

  Result Next(Document* doc, Reject* reject) override {
    PetrarchRecord rec;
    Status err;
    auto r = scanner_.Next(&rec, &err);
    if (r == PetrarchXmlScanner::Result::kEnd) return End(buf_.get(), name_, "Sentence", records_, &end_reported_, reject);
    ++records_;
    if (r == PetrarchXmlScanner::Result::kError) {
      // The message starts with "file:line: ".
      std::string msg = err.message();
      size_t sep = msg.find(": ", name_.size());
      *reject = Reject{sep == std::string::npos ? name_ : msg.substr(0, sep), "",
                       sep == std::string::npos ? msg : msg.substr(sep + 2), ""};
      return Result::kReject;
    }
    *doc = Document();
    doc->origin = name_ + ":" + std::to_string(rec.line);
    doc->id = rec.Attr("id");
    if (doc->id.empty()) doc->id = doc->origin;
    doc->source = rec.Attr("source");
    doc->raw = rec.body;
    std::string date = rec.Attr("date");
    if (!date.empty()) {
      doc->date = NormalizeDate(date);
      if (doc->date.empty()) {
        *reject = Reject{doc->origin, doc->id, "bad date '" + date.substr(0, 40) + "' (expected YYYYMMDD or YYYY-MM-DD)",
                         Truncate(rec.body)};
        return Result::kReject;
      }
    }
    if (!rec.Text(&doc->text)) {
      *reject = Reject{doc->origin, doc->id, "record has no <Text> element", Truncate(rec.body)};
      return Result::kReject;
    }
    return Finish(doc, reject, opt_, rec.body);
  }

 private:
  std::unique_ptr<GzStreambuf> buf_;
  std::istream in_;
  std::string name_;
  ReadOptions opt_;
  PetrarchXmlScanner scanner_;
  size_t records_ = 0;
  bool end_reported_ = false;
};

// "26-FEB-1987 15:01:01.79" -> "1987-02-26"; "" when not that shape.
std::string ReutersDate(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  size_t d1 = s.find('-');
  if (d1 == std::string_view::npos || d1 == 0 || d1 > 2 || s.size() < d1 + 9 || s[d1 + 4] != '-') return "";
  static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::string_view mon = s.substr(d1 + 1, 3);
  int m = 0;
  for (int k = 0; k < 12; ++k)
    if (mon == kMonths[k]) m = k + 1;
  if (m == 0) return "";
  std::string day(s.substr(0, d1));
  if (day.size() == 1) day = "0" + day;
  std::string ymd = std::string(s.substr(d1 + 5, 4)) + (m < 10 ? "0" : "") + std::to_string(m) + day;
  return NormalizeDate(ymd);
}

class ReutersReader : public DocumentReader {
 public:
  ReutersReader(std::unique_ptr<GzStreambuf> buf, std::string name, ReadOptions opt)
      : buf_(std::move(buf)), in_(buf_.get()), name_(std::move(name)), opt_(std::move(opt)),
        scanner_(&in_, name_, "REUTERS") {}

  Result Next(Document* doc, Reject* reject) override {
    PetrarchRecord rec;
    Status err;
    auto r = scanner_.Next(&rec, &err);
    if (r == PetrarchXmlScanner::Result::kEnd) return End(buf_.get(), name_, "REUTERS", records_, &end_reported_, reject);
    ++records_;
    if (r == PetrarchXmlScanner::Result::kError) {
      *reject = Reject{name_, "", err.message(), ""};
      return Result::kReject;
    }
    *doc = Document();
    doc->origin = name_ + ":" + std::to_string(rec.line);
    doc->id = rec.Attr("NEWID");
    if (doc->id.empty()) doc->id = doc->origin;
    auto first = [&](std::string_view tag) {
      auto els = FindXmlElements(rec.body, tag);
      return els.empty() ? std::string() : Clean(XmlUnescape(els[0].inner));
    };
    std::string date = first("DATE");
    if (!date.empty()) {
      doc->date = ReutersDate(date);
      if (doc->date.empty()) {
        *reject = Reject{doc->origin, doc->id, "bad date '" + date.substr(0, 40) + "' (expected DD-MON-YYYY)",
                         Truncate(rec.body)};
        return Result::kReject;
      }
    }
    doc->title = Trim(first("TITLE"));
    auto body = FindXmlElements(rec.body, "BODY");
    if (!body.empty()) {
      doc->text = Clean(XmlUnescape(body[0].inner));
    } else if (!doc->title.empty()) {
      doc->text = doc->title;  // title-only brief
    } else {
      auto text = FindXmlElements(rec.body, "TEXT");
      if (!text.empty()) doc->text = Clean(XmlUnescape(text[0].inner));
    }
    doc->raw = rec.body;
    return Finish(doc, reject, opt_, rec.body);
  }

 private:
  // Control characters (the wire's &#2; &#3; &#5; ...) become spaces.
  static std::string Clean(std::string s) {
    for (char& c : s)
      if (static_cast<unsigned char>(c) < 32 && c != '\n' && c != '\t' && c != 0) c = ' ';
    return s;
  }

  std::unique_ptr<GzStreambuf> buf_;
  std::istream in_;
  std::string name_;
  ReadOptions opt_;
  PetrarchXmlScanner scanner_;
  size_t records_ = 0;
  bool end_reported_ = false;
};

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

std::string RejectJsonLine(const Reject& r) {
  nlohmann::ordered_json j;
  j["origin"] = r.origin;
  j["id"] = r.id;
  j["reason"] = r.reason;
  j["raw"] = r.raw;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string NormalizeDate(const std::string& in) {
  std::string_view s(in);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string_view y, m, d;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' &&
      (s.size() == 10 || s[10] == 'T' || s[10] == ' ')) {  // YYYY-MM-DD, also an ISO timestamp
    y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  } else if (s.size() == 8) {
    y = s.substr(0, 4), m = s.substr(4, 2), d = s.substr(6, 2);
  } else {
    return "";
  }
  if (!Digits(y) || !Digits(m) || !Digits(d)) return "";
  int yy = std::stoi(std::string(y)), mm = std::stoi(std::string(m)), dd = std::stoi(std::string(d));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mm < 1 || mm > 12 || dd < 1 || dd > kDays[mm - 1]) return "";
  bool leap = (yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0;
  if (mm == 2 && dd == 29 && !leap) return "";
  return std::string(y) + "-" + std::string(m) + "-" + std::string(d);
}

StatusOr<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path, const ReadOptions& options) {
  gzFile f = nullptr;
  std::string name = path;
  if (path == "-") {
    f = gzdopen(dup(fileno(stdin)), "rb");
    name = "stdin";
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
    std::FILE* probe = std::fopen(path.c_str(), "rb");
    if (!probe) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
    std::fclose(probe);
    f = gzopen(path.c_str(), "rb");
  }
  if (!f) return Status::IoError(path + ": cannot open");
  gzbuffer(f, 1 << 17);
  auto buf = std::make_unique<GzStreambuf>(f);
  ReadOptions opt = options;
  if (!opt.default_date.empty()) {
    std::string d = NormalizeDate(opt.default_date);
    if (d.empty()) return Status::Invalid("default date '" + opt.default_date + "' is not YYYY-MM-DD or YYYYMMDD");
    opt.default_date = d;
  }
  InputFormat fmt = opt.format;
  if (fmt == InputFormat::kAuto) {
    std::string base = EndsWith(path, ".gz") ? path.substr(0, path.size() - 3) : path;
    if (EndsWith(base, ".jsonl") || EndsWith(base, ".json") || EndsWith(base, ".ndjson")) {
      fmt = InputFormat::kJsonl;
    } else if (EndsWith(base, ".xml")) {
      fmt = InputFormat::kPetrarchXml;
    } else if (EndsWith(base, ".sgm")) {
      fmt = InputFormat::kReutersSgml;
    } else {
      // Look at the first non-space byte without consuming anything.
      buf->sgetc();
      std::string_view head = buf->Buffered();
      size_t k = 0;
      if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) k = 3;
      while (k < head.size() && (head[k] == ' ' || head[k] == '\t' || head[k] == '\r' || head[k] == '\n')) ++k;
      fmt = InputFormat::kText;
      if (k < head.size() && head[k] == '{') fmt = InputFormat::kJsonl;
      else if (head.compare(k, 15, "<!DOCTYPE lewis") == 0 || head.compare(k, 8, "<REUTERS") == 0)
        fmt = InputFormat::kReutersSgml;
      else if (k < head.size() && head[k] == '<') fmt = InputFormat::kPetrarchXml;
    }
  }
  std::unique_ptr<DocumentReader> r;
  switch (fmt) {
    case InputFormat::kJsonl:
      r = std::make_unique<JsonlReader>(std::move(buf), name, opt);
      break;
    case InputFormat::kLines:
      r = std::make_unique<LinesReader>(std::move(buf), name, opt);
      break;
    case InputFormat::kPetrarchXml:
      r = std::make_unique<PetrarchReader>(std::move(buf), name, opt);
      break;
    case InputFormat::kReutersSgml:
      r = std::make_unique<ReutersReader>(std::move(buf), name, opt);
      break;
    default:
      r = std::make_unique<TextReader>(std::move(buf), name, opt);
      break;
  }
  return r;
}

}  // namespace dyad
