// Validity checks for dyad's own verb dictionary and CAMEO table
// (dict/verbs.txt, dict/cameo.tsv). A small independent reader checks the
// PETRARCH-2 verb format line by line (block headers, verb lines, patterns,
// synsets, transformations), that every code is a CAMEO code of dict/cameo.tsv,
// that no verb is listed in two blocks, that every CAMEO code of three or four
// digits has a pattern, and the table's Goldstein values and quad classes. Then
// the engine's own readers (dict/verbs.h, dict/cameo.h) must load both files
// without a single warning.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dict/actors.h"
#include "dict/cameo.h"
#include "dict/verbs.h"

namespace {

const std::string kDict = std::string(DYAD_SOURCE_DIR) + "/dict/";

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::vector<std::string> lines;
  std::string l;
  while (std::getline(in, l)) lines.push_back(l);
  return lines;
}

std::string StripComment(const std::string& l) {
  size_t h = l.find('#');
  std::string s = h == std::string::npos ? l : l.substr(0, h);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  return s;
}

struct CameoRow {
  std::string name;
  double goldstein = 0;
  int quad = 0;
};

std::map<std::string, CameoRow> ReadCameo() {
  std::map<std::string, CameoRow> rows;
  auto lines = ReadLines(kDict + "cameo.tsv");
  EXPECT_FALSE(lines.empty());
  if (lines.empty()) return rows;
  EXPECT_EQ(lines[0], "code\tname\tgoldstein\tquad_class");
  for (size_t i = 1; i < lines.size(); ++i) {
    std::stringstream ss(lines[i]);
    std::string code, name, g, q;
    std::getline(ss, code, '\t');
    std::getline(ss, name, '\t');
    std::getline(ss, g, '\t');
    std::getline(ss, q, '\t');
    EXPECT_TRUE(std::regex_match(code, std::regex("[0-9]{2,4}"))) << "cameo.tsv:" << i + 1 << ": bad code " << code;
    EXPECT_FALSE(name.empty()) << "cameo.tsv:" << i + 1;
    EXPECT_TRUE(std::regex_match(g, std::regex("-?[0-9]+\\.[0-9]"))) << "cameo.tsv:" << i + 1 << ": goldstein " << g;
    EXPECT_TRUE(std::regex_match(q, std::regex("[1-4]"))) << "cameo.tsv:" << i + 1 << ": quad class " << q;
    EXPECT_EQ(rows.count(code), 0u) << "cameo.tsv:" << i + 1 << ": duplicate " << code;
    CameoRow r;
    r.name = name;
    r.goldstein = g.empty() ? 99 : std::stod(g);
    r.quad = q.empty() ? 0 : std::stoi(q);
    rows[code] = r;
  }
  return rows;
}

TEST(CameoTable, EveryCodeWithGoldsteinAndQuadClass) {
  auto rows = ReadCameo();
  EXPECT_EQ(rows.size(), 311u);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_EQ(rows.count(root), 1u) << "root " << root;
    EXPECT_EQ(rows.count(std::string(root) + "0"), 1u) << "code " << root << "0";
  }
  for (const auto& [code, row] : rows) {
    EXPECT_GE(row.goldstein, -10.0) << code;
    EXPECT_LE(row.goldstein, 10.0) << code;
    // Quad classes: 01-05 verbal cooperation, 06-08 material cooperation,
    // 09-13 verbal conflict, 14-20 material conflict.
    int root = std::stoi(code.substr(0, 2));
    int want = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(row.quad, want) << code;
    EXPECT_EQ(row.quad, dyad::dict::CameoTable::QuadFromRoot(code)) << code;
    // Every 3- and 4-digit code has its parent.
    if (code.size() >= 3) {
      EXPECT_EQ(rows.count(code.substr(0, code.size() - 1)), 1u) << code;
    }
  }
  // A few facts from the GDELT table, including codes where Phoenix differs.
  EXPECT_DOUBLE_EQ(rows["036"].goldstein, 4.0);
  EXPECT_DOUBLE_EQ(rows["042"].goldstein, 1.9);
  EXPECT_DOUBLE_EQ(rows["100"].goldstein, -5.0);
  EXPECT_DOUBLE_EQ(rows["163"].goldstein, -8.0);
  EXPECT_DOUBLE_EQ(rows["016"].goldstein, -2.0);
  EXPECT_DOUBLE_EQ(rows["190"].goldstein, -10.0);
  EXPECT_DOUBLE_EQ(rows["0874"].goldstein, 10.0);
}

TEST(VerbDictionary, WellFormedAndCoversEveryCode) {
  auto cameo = ReadCameo();
  auto lines = ReadLines(kDict + "verbs.txt");
  ASSERT_FALSE(lines.empty());
  const std::regex header(R"(---\s+([A-Z0-9_\-]+)\s+\[(---|[0-9]{2,4})\]\s+---)");
  const std::regex verb(R"(([A-Z][A-Z'\-]*|\+[A-Z][A-Z'\-]*(_[A-Z]+)+)( \{[^{}]+\})?( \[[0-9]{2,4}\])?)");
  // Patterns and their words are checked by hand: std::regex is slow on 20,000 lines
  // in the sanitizer build.
  auto is_code = [](const std::string& c) {
    if (c == "---") return true;
    if (c.size() < 2 || c.size() > 4) return false;
    for (char ch : c)
      if (ch < '0' || ch > '9') return false;
    return true;
  };
  auto is_word = [](const std::string& w) {
    if (w == "$" || w == "+" || w == "%") return true;
    if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9') || w[0] == '&')) return false;
    for (char ch : w)
      if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '\'' || ch == '-' ||
            ch == '.' || ch == '&'))
        return false;
    return true;
  };
  const std::regex transform(R"(~ [a-z._] \([a-z._] [a-z._] [A-Z_Q\-]+\) [A-Z_\-]+ = [a-z._] [a-z._] ([0-9]{2,4}|Q))");
  std::set<std::string> synsets, verbs, used_codes;
  std::string block;
  int patterns = 0, blocks = 0;
  enum { kStart, kSynset, kVerbs, kTransforms } state = kStart;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string where = "verbs.txt:" + std::to_string(i + 1);
    std::string l = StripComment(lines[i]);
    if (l.empty()) continue;
    std::smatch m;
    if (l[0] == '&') {
      EXPECT_EQ(state == kVerbs || state == kTransforms, false) << where << ": synset after the verb blocks";
      EXPECT_TRUE(std::regex_match(l, std::regex("&[A-Z_]+"))) << where;
      EXPECT_TRUE(synsets.insert(l.substr(1)).second) << where << ": synset defined twice";
      state = kSynset;
    } else if (l[0] == '+' && state == kSynset) {
      EXPECT_TRUE(std::regex_match(l, std::regex(R"(\+[A-Z][A-Z_\-]*)"))) << where;
    } else if (std::regex_match(l, m, header)) {
      block = m[1];
      ++blocks;
      if (m[2] != "---") {
        EXPECT_EQ(cameo.count(m[2]), 1u) << where << ": block code " << m[2];
        used_codes.insert(m[2]);
      }
      state = kVerbs;
    } else if (l[0] == '-') {
      size_t open = l.rfind('[');
      ASSERT_TRUE(l.size() > 4 && l[1] == ' ' && open != std::string::npos && open > 2 && l.back() == ']')
          << where << ": bad pattern";
      std::string body = l.substr(2, open - 2), code = l.substr(open + 1, l.size() - open - 2);
      while (!body.empty() && body.back() == ' ') body.pop_back();
      ASSERT_TRUE(is_code(code)) << where << ": bad code " << code;
      EXPECT_EQ(state, kVerbs) << where << ": pattern outside a block";
      ++patterns;
      if (code != "---") {
        EXPECT_EQ(cameo.count(code), 1u) << where << ": code " << code;
        used_codes.insert(code);
      }
      // One verb position, balanced groups, every word upper case or a marker.
      EXPECT_EQ(std::count(body.begin(), body.end(), '*'), 1) << where;
      int paren = 0, brace = 0;
      for (char c : body) {
        paren += c == '(' ? 1 : c == ')' ? -1 : 0;
        brace += c == '{' ? 1 : c == '}' ? -1 : 0;
        EXPECT_TRUE(paren >= 0 && paren <= 1 && brace >= 0 && brace <= 1) << where << ": nesting";
      }
      EXPECT_EQ(paren, 0) << where;
      EXPECT_EQ(brace, 0) << where;
      std::string words;
      for (char c : body) words += (c == '(' || c == ')' || c == '{' || c == '}') ? ' ' : c;
      std::stringstream ws(words);
      std::string w;
      while (ws >> w) {
        if (w == "*") continue;
        EXPECT_TRUE(is_word(w)) << where << ": word '" << w << "'";
        if (w[0] == '&') {
          EXPECT_EQ(synsets.count(w.substr(1)), 1u) << where << ": undefined synset " << w;
        }
      }
    } else if (l[0] == '~') {
      EXPECT_TRUE(std::regex_match(l, transform)) << where << ": bad transformation";
      state = kTransforms;
    } else {
      ASSERT_TRUE(std::regex_match(l, m, verb)) << where << ": bad verb line '" << l << "'";
      EXPECT_EQ(state, kVerbs) << where << ": verb outside a block";
      std::string v = m[1];
      EXPECT_TRUE(verbs.insert(v).second) << where << ": verb " << v << " already listed (block " << block << ")";
    }
  }
  EXPECT_GE(patterns, 3000);
  EXPECT_GE(blocks, 100);
  EXPECT_GE(verbs.size(), 1000u);
  // Every 3- and 4-digit CAMEO code is reachable (the 2-digit roots are
  // headings: their generic child 010, 020, ... is what the coder emits).
  for (const auto& [code, row] : cameo) {
    if (code.size() >= 3) {
      EXPECT_EQ(used_codes.count(code), 1u) << "no pattern codes " << code << " (" << row.name << ")";
    }
  }
}

TEST(VerbDictionary, EngineLoadsWithoutWarnings) {
  dyad::dict::Diagnostics diag;
  dyad::dict::VerbDict verbs;
  dyad::Status s = verbs.LoadFile(kDict + "verbs.txt", &diag);
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (const auto& w : diag.warnings) ADD_FAILURE() << w;
  EXPECT_GE(verbs.patterns(), 3000u);
  EXPECT_GE(verbs.synsets(), 5u);
  EXPECT_GT(verbs.transformations(), 0u);
  // The seed article's verbs are in the dictionary under their lemmas.
  for (const char* lemma : {"REMAIN", "MAKE", "PRESS", "VISIT", "MEET", "URGE", "REFUSE", "ATTACK"})
    EXPECT_NE(verbs.ByLemma(lemma), nullptr) << lemma;

  dyad::dict::CameoTable cameo;
  s = cameo.LoadFile(kDict + "cameo.tsv", &diag);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(diag.warnings.empty());
  EXPECT_EQ(cameo.size(), 311u);
  ASSERT_NE(cameo.Find("036"), nullptr);
  EXPECT_DOUBLE_EQ(cameo.Find("036")->goldstein, 4.0);
  EXPECT_EQ(cameo.Find("1384")->quad_class, 3);
  EXPECT_EQ(cameo.Find("1823")->quad_class, 4);
}

}  // namespace
