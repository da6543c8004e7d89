#include "dict/dict_util.h"

#include <cctype>

namespace dyad::dict {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string_view StripComment(std::string_view s, std::string_view marks) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') {
      // A closed [...] block is a code, never a comment: TABARI's discard code [###].
      size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && s.substr(i + 1, close - i - 1).find('[') == std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (marks.find(s[i]) != std::string_view::npos) return s.substr(0, i);
  }
  return s;
}

static std::vector<std::string> SplitOn(std::string_view s, bool underscore) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || (underscore && c == '_')) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<std::string> SplitPhrase(std::string_view s) { return SplitOn(s, true); }
std::vector<std::string> SplitBlanks(std::string_view s) { return SplitOn(s, false); }

static bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

static bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

std::string Plural(std::string_view w) {
  std::string s(w);
  if (s.empty()) return s;
  if (EndsWith(s, "SS") || EndsWith(s, "X") || EndsWith(s, "CH") || EndsWith(s, "SH")) return s + "ES";
  if (s.size() > 1 && s.back() == 'Y' && !IsVowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "IES";
  return s + "S";
}

std::vector<std::string> VerbForms(std::string_view w) {
  std::string s(w);
  std::vector<std::string> out;
  if (s.empty()) return out;
  // third person
  if (EndsWith(s, "S") || EndsWith(s, "X") || EndsWith(s, "CH") || EndsWith(s, "SH") || EndsWith(s, "Z"))
    out.push_back(s + "ES");
  else if (s.size() > 1 && s.back() == 'Y' && !IsVowel(s[s.size() - 2]))
    out.push_back(s.substr(0, s.size() - 1) + "IES");
  else
    out.push_back(s + "S");
  // past
  if (s.back() == 'E') {
    out.push_back(s + "D");
  } else if (s.size() > 1 && s.back() == 'Y' && !IsVowel(s[s.size() - 2])) {
    out.push_back(s.substr(0, s.size() - 1) + "IED");
  } else {
    out.push_back(s + "ED");
  }
  // gerund
  if (s.size() > 2 && s.back() == 'E' && !EndsWith(s, "EE") && !EndsWith(s, "YE") && !EndsWith(s, "OE"))
    out.push_back(s.substr(0, s.size() - 1) + "ING");
  else
    out.push_back(s + "ING");
  // consonant doubling for short CVC verbs (STOP -> STOPPED): add both forms.
  if (s.size() >= 3 && !IsVowel(s.back()) && s.back() != 'W' && s.back() != 'X' && s.back() != 'Y' &&
      IsVowel(s[s.size() - 2]) && !IsVowel(s[s.size() - 3])) {
    out.push_back(s + s.back() + "ED");
    out.push_back(s + s.back() + "ING");
  }
  return out;
}

int ParseDate(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) d.push_back(c);
    else if (c != '-') return 0;
  }
  if (d.size() == 6) {
    int yy = (d[0] - '0') * 10 + (d[1] - '0');
    d = (yy < 30 ? "20" : "19") + d;
  }
  if (d.size() != 8) return 0;
  int v = std::stoi(d);
  int m = (v / 100) % 100, day = v % 100;
  if (m < 1 || m > 12 || day < 1 || day > 31) return 0;
  return v;
}

}  // namespace dyad::dict
