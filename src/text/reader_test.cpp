#include "text/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/petrarch_xml.h"

namespace dyad {
namespace {

std::string DataPath(const std::string& name) { return std::string(DYAD_SOURCE_DIR) + "/tests/data/text/" + name; }

std::string TempFile(const std::string& name, const std::string& content) {
  // The pid keeps concurrent runs (ctest -j, a sanitizer build) apart.
  std::string path = testing::TempDir() + "/dyad_reader_test_" + std::to_string(getpid()) + "_" + name;
  std::ofstream out(path, std::ios::binary);
  out << content;
  return path;
}

struct ReadAll {
  std::vector<Document> docs;
  std::vector<Reject> rejects;
};

ReadAll Read(const std::string& path, ReadOptions opt = ReadOptions()) {
  ReadAll r;
  auto reader = DocumentReader::Open(path, opt);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return r;
  while (true) {
    Document d;
    Reject j;
    auto res = (*reader)->Next(&d, &j);
    if (res == DocumentReader::Result::kEnd) break;
    if (res == DocumentReader::Result::kDocument) r.docs.push_back(std::move(d));
    else r.rejects.push_back(std::move(j));
  }
  return r;
}

TEST(NormalizeDate, Formats) {
  EXPECT_EQ(NormalizeDate("2019-03-05"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("20190305"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("2019-03-05T10:00:00Z"), "2019-03-05");
  EXPECT_EQ(NormalizeDate("2020-02-29"), "2020-02-29");
  EXPECT_EQ(NormalizeDate("2019-02-29"), "");
  EXPECT_EQ(NormalizeDate("20191301"), "");
  EXPECT_EQ(NormalizeDate("2019-3-5"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

TEST(Reader, PlainTextWithTitle) {
  ReadOptions opt;
  opt.title_first_line = true;
  opt.default_date = "20190303";
  ReadAll r = Read(DataPath("news.txt"), opt);
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_TRUE(r.rejects.empty());
  const Document& d = r.docs[0];
  EXPECT_EQ(d.title, "Seoul and Moscow agree to resume talks");
  EXPECT_EQ(d.date, "2019-03-03");
  EXPECT_EQ(d.id, DataPath("news.txt"));
  EXPECT_EQ(d.text.rfind("Seoul and Moscow", 0), 0u);  // the title stays in the text
  EXPECT_NE(d.text.find("declined to comment."), std::string::npos);
}

TEST(Reader, SplitLines) {
  std::string path = TempFile("lines.txt", "First document.\n\n   \nSecond document.\r\nThird.");
  ReadOptions opt;
  opt.format = InputFormat::kLines;
  ReadAll r = Read(path, opt);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, path + ":1");
  EXPECT_EQ(r.docs[1].id, path + ":4");
  EXPECT_EQ(r.docs[1].text, "Second document.");
  EXPECT_EQ(r.docs[2].text, "Third.");
  EXPECT_TRUE(r.rejects.empty());
}

TEST(Reader, JsonLinesGoodAndBadRecords) {
  std::string path = DataPath("docs.jsonl");
  ReadAll r = Read(path);  // format from the extension
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "kr-1");
  EXPECT_EQ(r.docs[0].date, "2019-03-05");
  EXPECT_EQ(r.docs[0].title, "Talks");
  EXPECT_EQ(r.docs[0].source, "test");
  EXPECT_EQ(r.docs[0].url, "https://example.org/kr-1");
  EXPECT_EQ(r.docs[0].origin, path + ":1");
  EXPECT_EQ(r.docs[1].id, "42");
  EXPECT_EQ(r.docs[1].date, "2019-03-06");
  EXPECT_EQ(r.docs[2].id, path + ":8");  // no id: file:line
  EXPECT_EQ(r.docs[2].date, "");
  ASSERT_EQ(r.rejects.size(), 4u);
  EXPECT_EQ(r.rejects[0].origin, path + ":4");
  EXPECT_EQ(r.rejects[0].id, "no-text");
  EXPECT_NE(r.rejects[0].reason.find("text"), std::string::npos);
  EXPECT_EQ(r.rejects[1].origin, path + ":5");
  EXPECT_NE(r.rejects[1].reason.find("2019-02-30"), std::string::npos);
  EXPECT_EQ(r.rejects[2].origin, path + ":6");
  EXPECT_NE(r.rejects[2].reason.find("invalid JSON"), std::string::npos);
  EXPECT_NE(r.rejects[2].raw.find("unterminated"), std::string::npos);
  EXPECT_EQ(r.rejects[3].origin, path + ":7");
  EXPECT_EQ(r.rejects[3].reason, "empty text");
}

TEST(Reader, InvalidUtf8IsRepairedWithAWarning) {
  std::string path = TempFile("bad.jsonl", std::string("{\"id\":\"a\",\"text\":\"caf\xE9 in Seoul\"}\n") +
                                               "{\"id\":\"b\",\"text\":\"nul \\u0000 here\"}\n" +
                                               "{\"id\":\"c\",\"text\":\"fine\"}\n");
  ReadAll r = Read(path);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].text, "caf\xEF\xBF\xBD in Seoul");
  ASSERT_EQ(r.docs[0].warnings.size(), 1u);
  EXPECT_NE(r.docs[0].warnings[0].find(path + ":1: invalid UTF-8"), std::string::npos);
  EXPECT_EQ(r.docs[1].text, "nul   here");
  ASSERT_EQ(r.docs[1].warnings.size(), 1u);
  EXPECT_NE(r.docs[1].warnings[0].find("NUL"), std::string::npos);
  EXPECT_TRUE(r.docs[2].warnings.empty());

  // Plain text: overlong encodings, surrogates and truncated sequences.
  std::string text_path = TempFile("bad.txt", "a\xC0\xAF b\xED\xA0\x80 c\xE2\x82");
  ReadAll t = Read(text_path);
  ASSERT_EQ(t.docs.size(), 1u);
  EXPECT_EQ(t.docs[0].text.find('\xC0'), std::string::npos);
  EXPECT_NE(t.docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(t.docs[0].warnings.size(), 1u);
}

TEST(Reader, EmptyFileIsARejectNotACrash) {
  std::string path = TempFile("empty.txt", "");
  ReadAll r = Read(path);
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].reason, "empty text");
  EXPECT_EQ(r.rejects[0].origin, path);
}

TEST(Reader, FiftyMegabyteLine) {
  std::string big(50u << 20, 'a');
  for (size_t i = 7; i < big.size(); i += 8) big[i] = ' ';
  std::string path = TempFile("big.txt", big + "\nSmall line.\n");
  ReadOptions opt;
  opt.format = InputFormat::kLines;
  // By default: rejected with its size, and the next line is read.
  ReadAll r = Read(path, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Small line.");
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].origin, path + ":1");
  EXPECT_NE(r.rejects[0].reason.find("document too large: 52428799 bytes"), std::string::npos);
  EXPECT_EQ(r.rejects[0].raw.size(), 64u * 1024);  // truncated copy
  // Without a limit the whole line is one document.
  opt.max_document_bytes = 0;
  r = Read(path, opt);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text.size(), big.size() - 1);  // trailing space trimmed
  EXPECT_EQ(r.docs[1].text, "Small line.");
  std::filesystem::remove(path);
}

TEST(Reader, DefaultLimitIsEightMebibytes) {
  // A document is parsed and coded whole: 9 MiB would take `dyad parse` past its 600 MB.
  std::string nine(9u << 20, 'a'), seven(7u << 20, 'b');
  for (size_t i = 7; i < nine.size(); i += 8) nine[i] = ' ';
  for (size_t i = 7; i < seven.size(); i += 8) seven[i] = ' ';
  ReadOptions opt;
  opt.format = InputFormat::kLines;
  ReadAll r = Read(TempFile("nine.txt", nine + "\n" + seven + "\n"), opt);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_NE(r.rejects[0].reason.find("document too large: 9437183 bytes of text (limit 8388608)"), std::string::npos);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.size(), seven.size() - 1);
}

TEST(Reader, GzipIsTransparent) {
  std::string path = testing::TempDir() + "/dyad_reader_test_" + std::to_string(getpid()) + "_docs.jsonl.gz";
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::string content = "{\"id\":\"g1\",\"date\":\"20200101\",\"text\":\"Compressed news.\"}\n";
  gzwrite(f, content.data(), static_cast<unsigned>(content.size()));
  gzclose(f);
  ReadAll r = Read(path);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "g1");
  EXPECT_EQ(r.docs[0].text, "Compressed news.");
}

TEST(Reader, CorruptGzipIsReported) {
  std::string full = testing::TempDir() + "/dyad_reader_test_" + std::to_string(getpid()) + "_full.jsonl.gz";
  gzFile f = gzopen(full.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::string content;
  for (int i = 0; i < 2000; ++i) content += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Talks resumed in Seoul.\"}\n";
  gzwrite(f, content.data(), static_cast<unsigned>(content.size()));
  gzclose(f);
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 200u);
  bytes[bytes.size() / 2] ^= 0x55;  // damage the deflate stream
  bytes.resize(bytes.size() - 20);  // and cut the end
  std::string path = TempFile("broken.jsonl.gz", bytes);
  ReadAll r = Read(path);
  EXPECT_LT(r.docs.size(), 2000u);
  ASSERT_FALSE(r.rejects.empty());
  EXPECT_NE(r.rejects.back().reason.find("read error"), std::string::npos);
}

TEST(Reader, RecordFileWithoutRecordsOrCutShortIsReported) {
  // A file taken for PETRARCH XML (by its '<') holding no record at all.
  ReadAll r = Read(TempFile("page.xml", "<html><body>Talks resumed in Seoul.</body></html>\n"));
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_NE(r.rejects[0].reason.find("no <Sentence> records"), std::string::npos);
  ReadOptions sgml;
  sgml.format = InputFormat::kReutersSgml;
  r = Read(TempFile("page.sgm", "Talks resumed in Seoul.\n"), sgml);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_NE(r.rejects[0].reason.find("no <REUTERS> records"), std::string::npos);
  // gzip cut between records: the records before the cut are read, the cut is reported.
  std::string full = testing::TempDir() + "/dyad_reader_test_" + std::to_string(getpid()) + "_full.xml.gz";
  gzFile f = gzopen(full.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::string content = "<Sentences>\n";
  for (int i = 0; i < 3000; ++i)
    content += "<Sentence date=\"20190101\" id=\"s" + std::to_string(i) + "\"><Text>Talks resumed in Seoul " +
               std::to_string(i * 7919) + ".</Text></Sentence>\n";
  gzwrite(f, content.data(), static_cast<unsigned>(content.size()));
  gzclose(f);
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 2000u);
  bytes.resize(bytes.size() / 2);
  r = Read(TempFile("cut.xml.gz", bytes));
  EXPECT_GT(r.docs.size(), 0u);
  EXPECT_LT(r.docs.size(), 3000u);
  ASSERT_FALSE(r.rejects.empty());
  EXPECT_NE(r.rejects.back().reason.find("read error"), std::string::npos);
}

TEST(Reader, DirectoryIsAnError) {
  auto reader = DocumentReader::Open(testing::TempDir(), ReadOptions());
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("is a directory"), std::string::npos);
}

TEST(Reader, MissingFileNamesIt) {
  auto reader = DocumentReader::Open("/nonexistent/news.jsonl", ReadOptions());
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("/nonexistent/news.jsonl"), std::string::npos);
}

TEST(Reader, PetrarchRecords) {
  std::string path = DataPath("records.xml");
  ReadAll r = Read(path);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "T-01");
  EXPECT_EQ(r.docs[0].date, "2019-03-05");
  EXPECT_EQ(r.docs[0].text, "South Korea & Russia agreed to meet in Moscow.");
  EXPECT_NE(r.docs[0].raw.find("<EventCoding sourcecode=\"KOR\""), std::string::npos);
  EXPECT_EQ(r.docs[0].origin, path + ":9");
  EXPECT_EQ(r.docs[1].id, "T-02");
  EXPECT_EQ(r.docs[1].source, "AFP");
  EXPECT_EQ(r.docs[1].text, "Japan said \"no\".");
  EXPECT_EQ(r.docs[2].id, "T-05");
  EXPECT_EQ(r.docs[2].text, "China \xE2\x80\x94 and Japan \xE2\x80\x94 met.");
  ASSERT_EQ(r.rejects.size(), 3u);
  EXPECT_EQ(r.rejects[0].id, "T-03");
  EXPECT_EQ(r.rejects[0].reason, "empty text");
  EXPECT_EQ(r.rejects[1].origin, path + ":28");  // T-04 never closed
  EXPECT_NE(r.rejects[1].reason.find("T-04"), std::string::npos);
  EXPECT_EQ(r.rejects[2].id, "T-06");
  EXPECT_NE(r.rejects[2].reason.find("bad date"), std::string::npos);
}

TEST(Reader, PetrarchCdataAndQuoting) {
  std::string path = TempFile("cdata.xml",
                              "<?xml version=\"1.0\"?>\n<Sentences>\n"
                              "<Sentence id='s1' date='20190101'><Text>Iran &lt;said&gt; &#233;&#x41;.</Text></Sentence>\n"
                              "<Sentence\n  date=\"2019-01-02\"\n  id=\"s2\">\n"
                              "<Text><![CDATA[China & Iran <met> &amp; talked.]]></Text>\n</Sentence>\n"
                              "</Sentences>\n");
  ReadAll r = Read(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.rejects.empty());
  EXPECT_EQ(r.docs[0].id, "s1");
  EXPECT_EQ(r.docs[0].text, "Iran <said> \xC3\xA9" "A.");
  EXPECT_EQ(r.docs[1].date, "2019-01-02");
  EXPECT_EQ(r.docs[1].text, "China & Iran <met> &amp; talked.");
}

TEST(Reader, ReutersSgml) {
  std::string path = DataPath("wire.sgm");
  ReadAll r = Read(path);  // format from the extension
  ASSERT_EQ(r.docs.size(), 2u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "101");
  EXPECT_EQ(d.date, "2019-03-05");
  EXPECT_EQ(d.title, "SEOUL, MOSCOW TO RESUME <GAS> TALKS");
  EXPECT_EQ(d.origin, path + ":2");
  EXPECT_EQ(d.text.rfind("South Korea and Russia will resume\ntalks", 0), 0u);
  EXPECT_NE(d.text.find("Moscow & agreed"), std::string::npos);
  EXPECT_EQ(d.text.find('\x03'), std::string::npos);  // control characters are spaces
  EXPECT_EQ(r.docs[1].id, "102");
  EXPECT_EQ(r.docs[1].text, "JAPAN PROTESTS MISSILE LAUNCH");  // title-only brief
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].id, "103");
  EXPECT_NE(r.rejects[0].reason.find("bad date"), std::string::npos);
}

TEST(PetrarchXml, RecordApi) {
  std::vector<std::string> warnings;
  auto recs = ReadPetrarchXmlFile(DataPath("records.xml"), &warnings);
  ASSERT_TRUE(recs.ok()) << recs.status().ToString();
  ASSERT_EQ(recs->size(), 5u);  // T-04 is reported, not returned
  ASSERT_EQ(warnings.size(), 1u);
  const PetrarchRecord& r = (*recs)[0];
  EXPECT_EQ(r.Attr("category"), "DEMO");
  EXPECT_EQ(r.Attr("evaluate"), "true");
  EXPECT_EQ(r.line, 9u);
  auto codings = FindXmlElements(r.body, "EventCoding");
  ASSERT_EQ(codings.size(), 1u);  // the one inside the comment is not counted
  EXPECT_EQ(XmlAttr(codings[0].attrs, "eventcode"), "036");
  auto parse = FindXmlElements(r.body, "Parse");
  ASSERT_EQ(parse.size(), 1u);
  EXPECT_NE(parse[0].inner.find("1\tSouth\tsouth\tPROPN"), std::string::npos);
  auto none = FindXmlElements((*recs)[1].body, "EventCoding");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(XmlAttr(none[0].attrs, "noevents"), "True");
}

TEST(PetrarchXml, PeerValidationFilesReadLeniently) {
  for (const char* rel : {"/data/validation/ud-2_02/records.dev.xml", "/data/validation/petr-unit/records.dev.xml",
                          "/data/petrarch2/GigaWord.sample.PETR.xml"}) {
    std::string path = std::string(DYAD_SHARED_DIR) + rel;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
    std::vector<std::string> warnings;
    auto recs = ReadPetrarchXmlFile(path, &warnings);
    ASSERT_TRUE(recs.ok());
    EXPECT_TRUE(warnings.empty()) << rel << ": " << (warnings.empty() ? "" : warnings[0]);
    // Every <Sentence start tag outside comments is one record.
    EXPECT_GT(recs->size(), 60u) << rel;
    for (const PetrarchRecord& rec : *recs) {
      EXPECT_FALSE(rec.Attr("id").empty()) << rel << ":" << rec.line;
      std::string text;
      EXPECT_TRUE(rec.Text(&text)) << rel << ":" << rec.line;
    }
  }
}

}  // namespace
}  // namespace dyad
