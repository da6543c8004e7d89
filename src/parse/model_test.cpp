// Tests of the model file format: version 2 stores poorly compressible
// sections as is, version 1 files (every section zlib) still load, and bad
// versions, duplicate sections and corrupt stored sections are reported.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse/model.h"
#include "parse/train.h"
#include "parse/test_files.h"
#include "text/conllu.h"

namespace dyad {
namespace {

const std::string kEwt = std::string(DYAD_SHARED_DIR) + "/data/ud/EWT/";

std::string TempPath(const std::string& name) { return parse::testing::TempPath("model", name); }

using parse::testing::Slurp;

void Spit(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct Entry {
  std::string name;
  uint64_t off, size, raw_size;
  uint32_t crc;
};
constexpr size_t kEntrySize = 16 + 8 + 8 + 8 + 4;

uint32_t U32At(const std::string& b, size_t off) {
  uint32_t v;
  std::memcpy(&v, b.data() + off, 4);
  return v;
}
uint64_t U64At(const std::string& b, size_t off) {
  uint64_t v;
  std::memcpy(&v, b.data() + off, 8);
  return v;
}

std::vector<Entry> Table(const std::string& b) {
  std::vector<Entry> out;
  uint32_t count = U32At(b, 12);
  for (uint32_t i = 0; i < count; ++i) {
    size_t p = 16 + i * kEntrySize;
    Entry e;
    e.name = std::string(b.data() + p, strnlen(b.data() + p, 16));
    e.off = U64At(b, p + 16);
    e.size = U64At(b, p + 24);
    e.raw_size = U64At(b, p + 32);
    e.crc = U32At(b, p + 40);
    out.push_back(e);
  }
  return out;
}

// Rewrites a version-2 file the way version 1 stored it: every section zlib.
std::string ToVersion1(const std::string& v2) {
  std::vector<Entry> t = Table(v2);
  std::string head = v2.substr(0, 16 + t.size() * kEntrySize);
  uint32_t one = 1;
  std::memcpy(head.data() + 8, &one, 4);
  std::string body;
  uint64_t off = head.size();
  for (size_t i = 0; i < t.size(); ++i) {
    std::string raw = v2.substr(t[i].off, t[i].size);
    if (t[i].size != t[i].raw_size) {  // compressed: inflate first
      std::string out(t[i].raw_size, '\0');
      uLongf got = t[i].raw_size;
      EXPECT_EQ(uncompress(reinterpret_cast<Bytef*>(out.data()), &got,
                           reinterpret_cast<const Bytef*>(raw.data()), raw.size()),
                Z_OK);
      raw = out;
    }
    uLongf bound = compressBound(raw.size());
    std::string z(bound, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &bound, reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 6);
    z.resize(bound);
    uint64_t size = z.size();
    std::memcpy(head.data() + 16 + i * kEntrySize + 16, &off, 8);
    std::memcpy(head.data() + 16 + i * kEntrySize + 24, &size, 8);
    body += z;
    off += size;
  }
  return head + body;
}

Sentence FromForms(const std::vector<std::string>& forms) {
  Sentence s;
  for (const auto& f : forms) {
    Token t;
    t.form = f;
    s.tokens.push_back(t);
  }
  return s;
}

TEST(ModelFile, Version2StoresWeightsAsIsAndVersion1StillLoads) {
  if (!std::filesystem::exists(kEwt + "en_ewt-ud-train.conllu")) GTEST_SKIP() << "no ../shared EWT";
  parse::TrainOptions o;
  o.train_path = kEwt + "en_ewt-ud-train.conllu";
  o.limit_sentences = 120;
  o.tagger_iterations = 2;
  o.parser_iterations = 2;
  o.folds = 1;
  auto m = parse::TrainModel(o, {});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  std::string p2 = TempPath("v2.dyadmodel"), p1 = TempPath("v1.dyadmodel");
  ASSERT_TRUE(m.value()->Save(p2).ok());
  std::string b2 = Slurp(p2);
  ASSERT_GT(b2.size(), 16u);
  EXPECT_EQ(U32At(b2, 8), ModelImpl::kVersion);
  std::vector<Entry> t = Table(b2);
  ASSERT_EQ(t.size(), 4u);
  bool any_raw = false, any_zlib = false;
  for (const Entry& e : t) {
    EXPECT_LE(e.size, e.raw_size) << e.name;
    (e.size == e.raw_size ? any_raw : any_zlib) = true;
  }
  EXPECT_TRUE(any_raw) << "hashed parser weights hardly compress: expected a section stored as is";
  EXPECT_TRUE(any_zlib) << "the lemma lexicon compresses well: expected a zlib section";

  Spit(p1, ToVersion1(b2));
  auto l2 = ModelImpl::Load(p2);
  auto l1 = ModelImpl::Load(p1);
  ASSERT_TRUE(l2.ok()) << l2.status().ToString();
  ASSERT_TRUE(l1.ok()) << l1.status().ToString();
  EXPECT_EQ(l1.value()->meta, m.value()->meta);
  auto dev = ReadConlluFile(kEwt + "en_ewt-ud-dev.conllu");
  ASSERT_TRUE(dev.ok());
  for (size_t i = 0; i < 40; ++i) {
    std::vector<std::string> forms;
    for (const auto& tok : dev.value()[i].tokens) forms.push_back(tok.form);
    Sentence a = FromForms(forms), b = a, c = a;
    m.value()->Annotate(&a);
    l2.value()->Annotate(&b);
    l1.value()->Annotate(&c);
    for (size_t k = 0; k < a.tokens.size(); ++k) {
      EXPECT_EQ(a.tokens[k].xpos, b.tokens[k].xpos);
      EXPECT_EQ(a.tokens[k].xpos, c.tokens[k].xpos);
      EXPECT_EQ(a.tokens[k].lemma, c.tokens[k].lemma);
      EXPECT_EQ(a.tokens[k].head, b.tokens[k].head);
      EXPECT_EQ(a.tokens[k].head, c.tokens[k].head);
      EXPECT_EQ(a.tokens[k].deprel, c.tokens[k].deprel);
    }
  }

  // A future version is refused with the version numbers.
  std::string bad = b2;
  uint32_t nine = 9;
  std::memcpy(bad.data() + 8, &nine, 4);
  Spit(p1, bad);
  auto lb = ModelImpl::Load(p1);
  ASSERT_FALSE(lb.ok());
  EXPECT_NE(lb.status().message().find("format version 9"), std::string::npos) << lb.status().message();
  EXPECT_NE(lb.status().message().find(p1 + ": byte 8"), std::string::npos) << lb.status().message();

  // A flipped byte in a section stored as is fails its CRC check.
  for (const Entry& e : t) {
    if (e.size != e.raw_size) continue;
    bad = b2;
    bad[e.off + e.size / 2] ^= 0x21;
    Spit(p1, bad);
    lb = ModelImpl::Load(p1);
    ASSERT_FALSE(lb.ok()) << e.name;
    EXPECT_NE(lb.status().message().find("section '" + e.name + "' fails its CRC check"), std::string::npos)
        << lb.status().message();
    EXPECT_NE(lb.status().message().find("byte " + std::to_string(e.off)), std::string::npos);
  }

  // The same section twice is refused (naming its table entry).
  bad = b2;
  std::memcpy(bad.data() + 16 + kEntrySize, bad.data() + 16, kEntrySize);  // entry 1 := entry 0
  Spit(p1, bad);
  lb = ModelImpl::Load(p1);
  ASSERT_FALSE(lb.ok());
  EXPECT_NE(lb.status().message().find("appears twice"), std::string::npos) << lb.status().message();
  std::remove(p1.c_str());
  std::remove(p2.c_str());
}

}  // namespace
}  // namespace dyad
