#include "parse/model.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <thread>
#include <vector>

namespace dyad {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'D', 'L', '\0'};
constexpr size_t kEntrySize = 16 + 8 + 8 + 8 + 4;

std::string Compress(const std::string& raw) {
  uLongf bound = compressBound(raw.size());
  std::string out(bound, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &bound, reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 6);
  out.resize(bound);
  return out;
}

uint32_t Crc(const std::string& s) {
  return static_cast<uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

}  // namespace

Status ModelImpl::Save(const std::string& path) const {
  std::vector<std::pair<std::string, std::string>> sections;
  sections.emplace_back("meta", meta);
  {
    parse::ByteWriter w;
    tagger.Save(&w);
    sections.emplace_back("tagger", std::move(w.data()));
  }
  {
    parse::ByteWriter w;
    lemmatizer.Save(&w);
    sections.emplace_back("lemmatizer", std::move(w.data()));
  }
  {
    parse::ByteWriter w;
    parser.Save(&w);
    sections.emplace_back("parser", std::move(w.data()));
  }
  parse::ByteWriter head;
  head.Raw(kMagic, 8);
  head.U32(kVersion);
  head.U32(static_cast<uint32_t>(sections.size()));
  uint64_t offset = 16 + kEntrySize * sections.size();
  std::vector<std::string> stored;
  for (auto& [name, raw] : sections) {
    stored.push_back(Compress(raw));
    // Stored as is when zlib saves less than a third (or the sizes would
    // collide with the "stored == raw means uncompressed" rule).
    if (stored.back().size() * 3 >= raw.size() * 2 || stored.back().size() == raw.size()) stored.back() = raw;
    char nm[16] = {0};
    std::memcpy(nm, name.data(), std::min<size_t>(name.size(), 15));
    head.Raw(nm, 16);
    head.U64(offset);
    head.U64(stored.back().size());
    head.U64(raw.size());
    head.U32(Crc(raw));
    offset += stored.back().size();
  }
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(path + ": cannot open for writing");
    out.write(head.data().data(), static_cast<std::streamsize>(head.data().size()));
    for (auto& s : stored) out.write(s.data(), static_cast<std::streamsize>(s.size()));
    if (!out) return Status::IoError(path + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IoError(path + ": cannot rename " + tmp);
  return Status::OK();
}

namespace {

// The model file, mapped read-only (no copy: the pages come from the page
// cache); falls back to reading it into memory where mmap is unavailable.
class MappedFile {
 public:
  ~MappedFile() {
    if (map_) munmap(map_, size_);
  }
  Status Open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NotFound(path + ": cannot open model file");
    struct stat st;
    if (fstat(fd, &st) != 0) {
      ::close(fd);
      return Status::IoError(path + ": cannot stat model file");
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        data_ = static_cast<const char*>(p);
      } else {
        copy_.resize(size_);
        size_t got = 0;
        while (got < size_) {
          ssize_t k = ::read(fd, copy_.data() + got, size_ - got);
          if (k <= 0) {
            ::close(fd);
            return Status::IoError(path + ": read failed at byte " + std::to_string(got));
          }
          got += static_cast<size_t>(k);
        }
        data_ = copy_.data();
      }
    }
    ::close(fd);
    return Status::OK();
  }
  const char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  void* map_ = nullptr;
  const char* data_ = "";
  size_t size_ = 0;
  std::vector<char> copy_;
};

struct SectionEntry {
  std::string name;
  size_t entry_off;
  uint64_t off, size, raw_size;
  uint32_t crc;
};

}  // namespace

StatusOr<std::shared_ptr<ModelImpl>> ModelImpl::Load(const std::string& path) {
  MappedFile file;
  if (Status st = file.Open(path); !st.ok()) return st;
  auto bad = [&](size_t off, const std::string& what) {
    return Status::Invalid(path + ": byte " + std::to_string(off) + ": " + what);
  };
  if (file.size() < 16 || std::memcmp(file.data(), kMagic, 8) != 0) return bad(0, "not a dyad model (bad magic)");
  parse::ByteReader hr(file.data(), file.size());
  char magic[8];
  uint32_t version, count;
  hr.Raw(magic, 8);
  hr.U32(&version);
  hr.U32(&count);
  if (version < kOldestReadableVersion || version > kVersion)
    return bad(8, "model format version " + std::to_string(version) + ", this build reads versions " +
                      std::to_string(kOldestReadableVersion) + " to " + std::to_string(kVersion));
  if (count > 64) return bad(12, "implausible section count " + std::to_string(count));
  std::vector<SectionEntry> entries;
  for (uint32_t i = 0; i < count; ++i) {
    SectionEntry e;
    e.entry_off = hr.pos();
    char nm[17] = {0};
    if (!hr.Raw(nm, 16) || !hr.U64(&e.off) || !hr.U64(&e.size) || !hr.U64(&e.raw_size) || !hr.U32(&e.crc))
      return bad(e.entry_off, "truncated section table");
    e.name = nm;
    if (e.off > file.size() || e.size > file.size() - e.off)
      return bad(e.entry_off, "section '" + e.name + "' extends past the end of the file (offset " +
                                  std::to_string(e.off) + ", size " + std::to_string(e.size) + ")");
    if (e.raw_size > (1ULL << 32)) return bad(e.entry_off, "section '" + e.name + "' implausible size");
    entries.push_back(std::move(e));
  }
  auto model = std::make_shared<ModelImpl>();
  // Decompresses, checks and loads one section into `model` (each section
  // writes only its own member, so sections can load concurrently).
  auto load_section = [&](const SectionEntry& e) -> Status {
    std::unique_ptr<char[]> buf;
    const char* raw = file.data() + e.off;  // stored as is: read in place
    if (version == 1 || e.size != e.raw_size) {
      buf.reset(new char[std::max<uint64_t>(e.raw_size, 1)]);
      uLongf got = e.raw_size;
      int zr = uncompress(reinterpret_cast<Bytef*>(buf.get()), &got, reinterpret_cast<const Bytef*>(raw), e.size);
      if (zr != Z_OK || got != e.raw_size)
        return bad(e.off, "section '" + e.name + "' is corrupt (decompression failed)");
      raw = buf.get();
    }
    if (crc32_z(0L, reinterpret_cast<const Bytef*>(raw), e.raw_size) != e.crc)
      return bad(e.off, "section '" + e.name + "' fails its CRC check");
    parse::ByteReader r(raw, e.raw_size);
    bool ok = true;
    if (e.name == "meta") {
      model->meta.assign(raw, e.raw_size);
    } else if (e.name == "tagger") {
      ok = model->tagger.Load(&r) && r.at_end();
    } else if (e.name == "lemmatizer") {
      ok = model->lemmatizer.Load(&r) && r.at_end();
    } else if (e.name == "parser") {
      ok = model->parser.Load(&r) && r.at_end();
    }
    if (!ok) return bad(e.off, "section '" + e.name + "' is malformed at section byte " + std::to_string(r.pos()));
    return Status::OK();
  };
  bool have_tagger = false, have_lemma = false, have_parser = false;
  for (size_t i = 0; i < entries.size(); ++i) {
    have_tagger |= entries[i].name == "tagger";
    have_lemma |= entries[i].name == "lemmatizer";
    have_parser |= entries[i].name == "parser";
    for (size_t j = 0; j < i; ++j)
      if (entries[j].name == entries[i].name)
        return bad(entries[i].entry_off, "section '" + entries[i].name + "' appears twice");
  }
  if (!have_tagger || !have_lemma || !have_parser) return bad(16, "missing tagger, lemmatizer or parser section");
  // The parser section (most of the file) loads on a second thread while this
  // one loads the others: decompression and hash-table building overlap.
  // Errors are reported for the first bad section in file order.
  std::vector<Status> results(entries.size(), Status::OK());
  size_t parser_index = 0;
  for (size_t i = 0; i < entries.size(); ++i)
    if (entries[i].name == "parser") parser_index = i;
  std::thread parser_thread([&] { results[parser_index] = load_section(entries[parser_index]); });
  for (size_t i = 0; i < entries.size(); ++i)
    if (i != parser_index) results[i] = load_section(entries[i]);
  parser_thread.join();
  for (const Status& st : results)
    if (!st.ok()) return st;
  model->WireLemmatizer();
  return model;
}

void ModelImpl::WireLemmatizer() {
  if (std::shared_ptr<const parse::WordClusters> c = tagger.shared_clusters(); c && !c->empty())
    lemmatizer.SetWordList([c](std::string_view w) { return c->Get(w) != 0; });
  else
    lemmatizer.SetWordList(nullptr);
}

void ModelImpl::Annotate(Sentence* s) const {
  size_t n = s->tokens.size();
  if (n == 0) return;
  thread_local std::vector<std::string_view> forms, tagnames;
  thread_local std::vector<int> tags, heads, labels;
  forms.clear();
  for (const auto& t : s->tokens) forms.push_back(t.form);
  tagger.Tag(forms, &tags);
  tagnames.clear();
  for (size_t i = 0; i < n; ++i) {
    Token& t = s->tokens[i];
    t.upos = tagger.Upos(tags[i]);
    t.xpos = tagger.Xpos(tags[i]);
    tagnames.push_back(tagger.Joint(tags[i]));
    t.lemma = lemmatizer.Lemma(t.form, t.xpos);
  }
  parse::ParserInput in = parse::MakeParserInput(forms, tagnames, tagger.clusters());
  parser.Parse(in, &heads, &labels);
  for (size_t i = 0; i < n; ++i) {
    Token& t = s->tokens[i];
    t.head = heads[i + 1];
    t.deprel = labels[i + 1] >= 0 ? parser.Label(labels[i + 1]) : "dep";
  }
}

}  // namespace dyad
