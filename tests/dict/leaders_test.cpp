// Validity checks for dyad's leaders and officials dictionary
// (dict/leaders.actors.txt and any dict/leaders-*.actors.txt).
//
// A small independent reader checks the file line by line: every record is a
// primary name, '+' synonyms, TAB-indented [CODE YYYYMMDD-YYYYMMDD] / [CODE >D] /
// [CODE <D] restrictions with real calendar dates, and a final undated [XXXELI]
// default (outside office a person falls back to their country's elite, never
// another government). One person's ranges with different codes may share a
// hand-over day but never overlap longer; no name appears twice. Then dated
// spot checks (Moon Jae-in, John Bolton, Donald Trump, ...) run against this
// reader and, where the engine's reader exists (src/dict/actors.h), against it
// too, on tokens produced by the real segmenter.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#if __has_include("dict/actors.h") && __has_include("text/segment.h")
#include "dict/actors.h"
#include "text/document.h"
#include "text/segment.h"
#define DYAD_LEADERS_ENGINE 1
#endif

namespace {

namespace fs = std::filesystem;

const std::string kDictDir = std::string(DYAD_SOURCE_DIR) + "/dict";

struct LRule {
  std::string code;
  int from = 0;
  int to = 99999999;
  bool dated = false;
  int line = 0;
};

struct LRecord {
  std::string file;
  int line = 0;
  std::vector<std::string> names;  // upper case, '_' kept, trailing '_' removed
  std::vector<LRule> rules;
  std::string CodeAt(int date) const {
    for (const LRule& r : rules)
      if (r.dated && date >= r.from && date <= r.to) return r.code;
    for (const LRule& r : rules)
      if (!r.dated) return r.code;
    return "";
  }
};

std::vector<std::string> LeaderFiles() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kDictDir)) {
    std::string n = e.path().filename().string();
    if (n == "leaders.actors.txt" || (n.rfind("leaders-", 0) == 0 && n.size() > 11 &&
                                      n.substr(n.size() - 11) == ".actors.txt"))
      out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool CalendarDate(const std::string& s, int* out) {
  if (s.size() != 8 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(4, 2)), d = std::stoi(s.substr(6, 2));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2026 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  *out = std::stoi(s);
  return true;
}

// Codes a leader record may carry: country (3 letters) + role, a country +
// role + group (PSEREBHMS, AFGGOVTAL), or an international organisation.
bool WellFormedCode(const std::string& c) {
  static const std::regex kCountryRole("[A-Z]{3}(GOV|MIL|LEG|JUD|ELI|OPP|SPY|REB|INS)");
  static const std::regex kGroup("[A-Z]{3}(GOV|MIL|REB|INS)[A-Z]{3}");
  static const std::regex kIgo("IGO[A-Z]{3,12}|IMG[A-Z]{3}[A-Z]{3}");
  return std::regex_match(c, kCountryRole) || std::regex_match(c, kGroup) || std::regex_match(c, kIgo);
}

struct Parsed {
  std::vector<LRecord> records;
  std::vector<std::string> errors;  // "file:line: message"
};

Parsed ParseLeaders() {
  Parsed p;
  static const std::regex kName(R"([^\s+#\[\]][^\[\]#;\s]*_)");
  static const std::regex kRule(R"(\t\[([A-Z]+)(?: (\d{8})-(\d{8})| >(\d{8})| <(\d{8}))?\])");
  for (const std::string& path : LeaderFiles()) {
    std::ifstream in(path);
    std::string line;
    int ln = 0;
    auto err = [&](const std::string& m) {
      p.errors.push_back(fs::path(path).filename().string() + ":" + std::to_string(ln) + ": " + m);
    };
    LRecord* cur = nullptr;
    bool in_rules = false;
    while (std::getline(in, line)) {
      ++ln;
      if (line.empty() || line[0] == '#') continue;
      std::smatch m;
      if (line[0] == '\t') {
        if (!cur) { err("restriction before any name"); continue; }
        if (!std::regex_match(line, m, kRule)) { err("malformed restriction '" + line + "'"); continue; }
        LRule r;
        r.code = m[1];
        r.line = ln;
        if (!WellFormedCode(r.code)) err("malformed code " + r.code);
        if (m[2].matched) {
          if (!CalendarDate(m[2], &r.from) || !CalendarDate(m[3], &r.to)) err("invalid date in '" + line + "'");
          if (r.from > r.to) err("range ends before it starts: '" + line + "'");
          r.dated = true;
        } else if (m[4].matched) {
          if (!CalendarDate(m[4], &r.from)) err("invalid date in '" + line + "'");
          r.dated = true;
        } else if (m[5].matched) {
          if (!CalendarDate(m[5], &r.to)) err("invalid date in '" + line + "'");
          r.dated = true;
        }
        cur->rules.push_back(r);
        in_rules = true;
        continue;
      }
      bool synonym = line[0] == '+';
      std::string name = synonym ? line.substr(1) : line;
      if (!std::regex_match(name, kName)) { err("malformed name line '" + line + "'"); continue; }
      name.pop_back();
      if (synonym) {
        if (!cur || in_rules) { err("synonym outside a record's name block"); continue; }
        cur->names.push_back(name);
      } else {
        p.records.push_back(LRecord{fs::path(path).filename().string(), ln, {name}, {}});
        cur = &p.records.back();
        in_rules = false;
      }
    }
  }
  return p;
}

const Parsed& Leaders() {
  static const Parsed* p = new Parsed(ParseLeaders());
  return *p;
}

const LRecord* Find(const std::string& name) {
  for (const LRecord& r : Leaders().records)
    for (const std::string& n : r.names)
      if (n == name) return &r;
  return nullptr;
}

TEST(LeadersDict, FileExistsAndIsLarge) {
  ASSERT_FALSE(LeaderFiles().empty()) << "no dict/leaders*.actors.txt";
  // Hundreds of officials for 80+ countries.
  EXPECT_GT(Leaders().records.size(), 1000u);
}

TEST(LeadersDict, EveryLineWellFormed) {
  for (const std::string& e : Leaders().errors) ADD_FAILURE() << e;
}

TEST(LeadersDict, EveryRecordEndsWithElitesDefault) {
  static const std::regex kEli("[A-Z]{3}ELI");
  for (const LRecord& r : Leaders().records) {
    SCOPED_TRACE(r.file + ":" + std::to_string(r.line) + " " + r.names[0]);
    ASSERT_FALSE(r.rules.empty());
    const LRule& last = r.rules.back();
    EXPECT_FALSE(last.dated) << "last restriction must be the undated default";
    EXPECT_TRUE(std::regex_match(last.code, kEli)) << "default " << last.code << " is not XXXELI";
    for (size_t i = 0; i + 1 < r.rules.size(); ++i)
      EXPECT_TRUE(r.rules[i].dated) << "undated restriction before the end (line " << r.rules[i].line << ")";
    // The default's country holds at least one of the dated roles, unless
    // every role is in an international organisation or armed group.
    std::string cc = last.code.substr(0, 3);
    bool own = true;
    for (size_t i = 0; i + 1 < r.rules.size(); ++i) {
      const std::string& c = r.rules[i].code;
      if (c.rfind("IGO", 0) == 0 || c.rfind("IMG", 0) == 0) continue;
      own = false;
      if (c.substr(0, 3) == cc) { own = true; break; }
    }
    EXPECT_TRUE(own) << "no role in the default country " << cc;
  }
}

TEST(LeadersDict, RangesOfOnePersonDoNotConflict) {
  // Two restrictions with different codes may touch on the hand-over day
  // (limits are inclusive) but must not overlap by more than that day.
  for (const LRecord& r : Leaders().records) {
    for (size_t i = 0; i < r.rules.size(); ++i) {
      for (size_t j = i + 1; j < r.rules.size(); ++j) {
        const LRule& a = r.rules[i];
        const LRule& b = r.rules[j];
        if (!a.dated || !b.dated || a.code == b.code) continue;
        int lo = std::max(a.from, b.from), hi = std::min(a.to, b.to);
        EXPECT_LE(hi, lo) << r.file << ":" << a.line << " and " << b.line << " (" << r.names[0]
                          << "): " << a.code << " and " << b.code << " overlap";
      }
    }
  }
}

TEST(LeadersDict, NoNameTwice) {
  std::map<std::string, std::string> seen;
  for (const LRecord& r : Leaders().records) {
    for (const std::string& n : r.names) {
      std::string where = r.file + ":" + std::to_string(r.line);
      auto [it, fresh] = seen.emplace(n, where);
      EXPECT_TRUE(fresh) << n << " at " << where << " and at " << it->second;
    }
  }
}

TEST(LeadersDict, NamesDoNotCollideWithOtherActorFiles) {
  // A leader's name must not also be an entry of the countries / organisations
  // / groups dictionaries (it would carry a second, undated code there).
  std::set<std::string> mine;
  for (const LRecord& r : Leaders().records)
    for (const std::string& n : r.names) mine.insert(n);
  for (const auto& e : fs::directory_iterator(kDictDir)) {
    std::string fn = e.path().filename().string();
    if (fn.rfind("leaders", 0) == 0 || fn.size() < 11 || fn.substr(fn.size() - 11) != ".actors.txt") continue;
    std::ifstream in(e.path());
    std::string line;
    int ln = 0;
    while (std::getline(in, line)) {
      ++ln;
      if (line.empty() || line[0] == '#' || line[0] == '\t' || line[0] == ' ') continue;
      std::string n = line[0] == '+' ? line.substr(1) : line;
      n = n.substr(0, n.find_first_of("[#; \t"));
      while (!n.empty() && n.back() == '_') n.pop_back();
      EXPECT_EQ(mine.count(n), 0u) << n << " is in " << fn << ":" << ln << " and in the leaders dictionary";
    }
  }
}

TEST(LeadersDict, HyphenatedNamesAlsoWrittenSplit) {
  // The segmenter splits "Jae-in" into Jae | - | in, so a record naming
  // MOON_JAE-IN must also name MOON_JAE_-_IN (and the spaced MOON_JAE_IN).
  for (const LRecord& r : Leaders().records) {
    std::set<std::string> names(r.names.begin(), r.names.end());
    for (const std::string& n : r.names) {
      if (n.find('-') == std::string::npos || n.find("_-_") != std::string::npos) continue;
      std::string split, spaced;
      for (char c : n) {
        if (c == '-') {
          split += "_-_";
          spaced += '_';
        } else {
          split += c;
          spaced += c;
        }
      }
      EXPECT_TRUE(names.count(split)) << r.file << ":" << r.line << " " << n << " lacks " << split;
      EXPECT_TRUE(names.count(spaced)) << r.file << ":" << r.line << " " << n << " lacks " << spaced;
    }
  }
}

TEST(LeadersDict, AmbiguousSurnamesNeverStandAlone) {
  for (const char* n : {"KIM", "LEE", "PARK", "MOON", "LI", "WANG", "ZHANG", "SINGH", "KHAN", "JOHNSON",
                        "MAY", "BROWN", "HARRIS", "GATES", "RICE", "AUSTIN", "SHARON", "ABBOTT", "BAN", "DAR"})
    EXPECT_EQ(Find(n), nullptr) << n << " must not be a name on its own";
}

struct Spot {
  const char* name;  // as in the file, without the trailing '_'
  int date;
  const char* code;
};

// Dated spot checks, from facts: who held which office on which day.
const Spot kSpots[] = {
    {"MOON_JAE-IN", 20190801, "KORGOV"},      {"MOON_JAE-IN", 20230101, "KORELI"},
    {"MOON_JAE-IN", 20150101, "KORELI"},      {"JOHN_BOLTON", 20190801, "USAGOV"},
    {"JOHN_BOLTON", 20210101, "USAELI"},      {"JOHN_BOLTON", 20180409, "USAGOV"},
    {"JOHN_BOLTON", 20190911, "USAELI"},      {"DONALD_TRUMP", 20180601, "USAGOV"},
    {"DONALD_TRUMP", 20220601, "USAELI"},     {"DONALD_TRUMP", 20260601, "USAGOV"},
    {"TRUMP", 20250120, "USAGOV"},            {"JOE_BIDEN", 20100101, "USAGOV"},
    {"BIDEN", 20180101, "USAELI"},            {"BARACK_OBAMA", 20120101, "USAGOV"},
    {"PUTIN", 20050101, "RUSGOV"},            {"VLADIMIR_PUTIN", 20100101, "RUSGOV"},
    {"MEDVEDEV", 20010101, "RUSELI"},         {"SERGEI_LAVROV", 20200101, "RUSGOV"},
    {"SERGEI_SHOIGU", 20250101, "RUSGOV"},    {"XI_JINPING", 20200101, "CHNGOV"},
    {"HU_JINTAO", 20150101, "CHNELI"},        {"SHINZO_ABE", 20150101, "JPNGOV"},
    {"SHINZO_ABE", 20100101, "JPNELI"},       {"KIM_JONG-UN", 20180612, "PRKGOV"},
    {"KIM_JONG_UN", 20180612, "PRKGOV"},      {"KIM_JONG-IL", 20050101, "PRKGOV"},
    {"PARK_GEUN-HYE", 20150101, "KORGOV"},    {"PARK_GEUN-HYE", 20170401, "KORELI"},
    {"LEE_JAE-MYUNG", 20250604, "KORGOV"},    {"LEE_JAE-MYUNG", 20240101, "KORELI"},
    {"YOON_SUK_YEOL", 20230101, "KORGOV"},    {"YOON_SUK_YEOL", 20250501, "KORELI"},
    {"KANG_KYUNG-WHA", 20190801, "KORGOV"},   {"BAN_KI-MOON", 20100101, "IGOUNO"},
    {"BAN_KI-MOON", 20050101, "KORGOV"},      {"BAN_KI-MOON", 20200101, "KORELI"},
    {"MIKE_POMPEO", 20190801, "USAGOV"},      {"MARCO_RUBIO", 20250601, "USAGOV"},
    {"MARCO_RUBIO", 20150101, "USALEG"},      {"ZELENSKY", 20230101, "UKRGOV"},
    {"ZELENSKY", 20180101, "UKRELI"},         {"BENJAMIN_NETANYAHU", 20150101, "ISRGOV"},
    {"BENJAMIN_NETANYAHU", 20220101, "ISRELI"}, {"ANGELA_MERKEL", 20220101, "DEUELI"},
    {"URSULA_VON_DER_LEYEN", 20200101, "IGOEUREEC"}, {"BASHAR_AL-ASSAD", 20250101, "SYRELI"},
    {"AHMED_AL-SHARAA", 20250301, "SYRGOV"},  {"AHMED_AL-SHARAA", 20200101, "SYRREB"},
    {"RECEP_TAYYIP_ERDOğAN", 20200101, "TURGOV"}, {"NARENDRA_MODI", 20200101, "INDGOV"},
    {"KEIR_STARMER", 20250101, "GBRGOV"},     {"RISHI_SUNAK", 20250101, "GBRELI"},
    // 2026: Khamenei killed 2026-02-28, his son chosen 2026-03-08; Maduro
    // captured 2026-01-03; Orban out 2026-05-09; Burnham PM from 2026-07-20.
    {"ALI_KHAMENEI", 20200101, "IRNGOV"},     {"ALI_KHAMENEI", 20260601, "IRNELI"},
    {"MOJTABA_KHAMENEI", 20260601, "IRNGOV"}, {"MOJTABA_KHAMENEI", 20250101, "IRNELI"},
    {"KHAMENEI", 20260305, "IRNELI"},         {"KHAMENEI", 20260901, "IRNGOV"},
    {"NICOLAS_MADURO", 20250601, "VENGOV"},   {"NICOLAS_MADURO", 20260201, "VENELI"},
    {"VIKTOR_ORBAN", 20260601, "HUNELI"},     {"PETER_MAGYAR", 20260601, "HUNGOV"},
    {"KEIR_STARMER", 20260801, "GBRELI"},     {"ANDY_BURNHAM", 20260801, "GBRGOV"},
};

TEST(LeadersDict, SpotChecksWithOwnReader) {
  for (const Spot& s : kSpots) {
    const LRecord* r = Find(s.name);
    ASSERT_NE(r, nullptr) << s.name << " not found";
    EXPECT_EQ(r->CodeAt(s.date), s.code) << s.name << " on " << s.date;
  }
}

#ifdef DYAD_LEADERS_ENGINE

// Loads the leaders files with the engine's reader: no warnings allowed.
const dyad::dict::ActorDict& EngineDict() {
  static dyad::dict::ActorDict* d = [] {
    auto* dict = new dyad::dict::ActorDict();
    dyad::dict::Diagnostics diag;
    for (const std::string& f : LeaderFiles()) {
      dyad::Status st = dict->LoadFile(f, &diag);
      EXPECT_TRUE(st.ok()) << st.ToString();
    }
    for (const std::string& w : diag.warnings) ADD_FAILURE() << w;
    dict->Finish();
    return dict;
  }();
  return *d;
}

// Tokens of `text` as the segmenter produces them, upper-cased like the coder.
std::vector<std::string> Words(const std::string& text) {
  dyad::Document doc;
  doc.text = text;
  dyad::Segment(&doc);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens) {
      std::string u = t.form;  // ASCII upper case, as the coder does
      for (char& c : u)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      out.push_back(u);
    }
  return out;
}

// Code of the first actor phrase found in `text` on `date`.
std::string EngineCode(const std::string& text, int date) {
  const auto& dict = EngineDict();
  std::vector<std::string> w = Words(text);
  for (size_t i = 0; i < w.size(); ++i) {
    auto m = dict.Longest(w, i);
    if (m.length > 0) return dict.actor(m.payload).CodeAt(date);
  }
  return "";
}

TEST(LeadersDict, EngineReaderLoadsWithoutWarnings) {
  EXPECT_GT(EngineDict().size(), 1000u);
}

TEST(LeadersDict, SpotChecksWithEngineOnRealTokens) {
  struct Case {
    const char* text;
    int date;
    const char* code;
  };
  const Case cases[] = {
      {"President Moon Jae-in met the envoy.", 20190801, "KORGOV"},
      {"Former president Moon Jae-in spoke.", 20230301, "KORELI"},
      {"John Bolton arrived in Seoul.", 20190801, "USAGOV"},
      {"John Bolton wrote a book.", 20210101, "USAELI"},
      {"Bolton said so.", 20190724, "USAGOV"},
      {"Kim Jong Un fired a missile.", 20220101, "PRKGOV"},
      {"Kim Jong-un fired a missile.", 20220101, "PRKGOV"},
      {"Lee Jae-myung took office.", 20250604, "KORGOV"},
      {"Yoon Suk Yeol declared martial law.", 20241203, "KORGOV"},
      {"Trump's tariffs rose.", 20250401, "USAGOV"},
      {"Putin's spokesman spoke.", 20240101, "RUSGOV"},
      {"Sergei Lavrov met Kang Kyung-wha.", 20190801, "RUSGOV"},
      {"Erdoğan spoke in Ankara.", 20200101, "TURGOV"},
      {"Shinzo Abe visited.", 20210101, "JPNELI"},
      {"Robert O'Brien met them.", 20200101, "USAGOV"},
      {"Gideon Sa'ar spoke.", 20250101, "ISRGOV"},
      {"J.D. Vance spoke.", 20250601, "USAGOV"},
      {"Mohammed bin Salman met Biden.", 20220715, "SAUGOV"},
      {"Abdel Fattah el-Sisi spoke.", 20200101, "EGYGOV"},
      {"Bashar al-Assad fled.", 20241208, "SYRGOV"},
      {"Ferdinand Marcos Jr. spoke.", 20230101, "PHLGOV"},
      {"Andy Burnham took office.", 20260720, "GBRGOV"},
      {"Mojtaba Khamenei was chosen.", 20260308, "IRNGOV"},
      {"Tarique Rahman was sworn in.", 20260217, "BGDGOV"},
  };
  for (const Case& c : cases) EXPECT_EQ(EngineCode(c.text, c.date), c.code) << c.text << " on " << c.date;
}

#endif  // DYAD_LEADERS_ENGINE

}  // namespace
