#include "parse/model.h"

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

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

StatusOr<std::shared_ptr<ModelImpl>> ModelImpl::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
  if (version != kVersion)
    return bad(8, "model format version " + std::to_string(version) + ", this build reads " + std::to_string(kVersion));
  if (count > 64) return bad(12, "implausible section count " + std::to_string(count));
  auto model = std::make_shared<ModelImpl>();
  bool have_tagger = false, have_lemma = false, have_parser = false;
  for (uint32_t i = 0; i < count; ++i) {
    size_t entry_off = hr.pos();
    char nm[17] = {0};
    uint64_t off, size, raw_size;
    uint32_t crc;
    if (!hr.Raw(nm, 16) || !hr.U64(&off) || !hr.U64(&size) || !hr.U64(&raw_size) || !hr.U32(&crc))
      return bad(entry_off, "truncated section table");
    std::string name(nm);
    if (off > file.size() || size > file.size() - off)
      return bad(entry_off, "section '" + name + "' extends past the end of the file (offset " + std::to_string(off) +
                                ", size " + std::to_string(size) + ")");
    if (raw_size > (1ULL << 32)) return bad(entry_off, "section '" + name + "' implausible size");
    std::string raw(raw_size, '\0');
    uLongf got = raw_size;
    int zr = uncompress(reinterpret_cast<Bytef*>(raw.data()), &got, reinterpret_cast<const Bytef*>(file.data() + off),
                        size);
    if (zr != Z_OK || got != raw_size) return bad(off, "section '" + name + "' is corrupt (decompression failed)");
    if (Crc(raw) != crc) return bad(off, "section '" + name + "' fails its CRC check");
    parse::ByteReader r(raw.data(), raw.size());
    bool ok = true;
    if (name == "meta") {
      model->meta = raw;
    } else if (name == "tagger") {
      ok = model->tagger.Load(&r) && r.at_end();
      have_tagger = true;
    } else if (name == "lemmatizer") {
      ok = model->lemmatizer.Load(&r) && r.at_end();
      have_lemma = true;
    } else if (name == "parser") {
      ok = model->parser.Load(&r) && r.at_end();
      have_parser = true;
    }
    if (!ok)
      return bad(off, "section '" + name + "' is malformed at section byte " + std::to_string(r.pos()));
  }
  if (!have_tagger || !have_lemma || !have_parser) return bad(16, "missing tagger, lemmatizer or parser section");

  return model;
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
