// Hand-written scanner: whitespace chunks -> tokens (UD English EWT
// conventions) -> sentence boundaries. No regular expressions; one pass over
// the bytes plus small look-ups for abbreviations and clitics.
#include "text/segment.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace dyad {
namespace {

// ---------------------------------------------------------------------------
// Characters

enum Kind : uint8_t { kSpace, kLower, kUpper, kDigit, kLetter /* other word char */, kPunct };

struct Ch {
  uint32_t cp = 0;
  uint32_t len = 1;
  Kind kind = kPunct;
};

constexpr uint32_t kLeftDq = 0x201C, kRightDq = 0x201D, kLeftSq = 0x2018, kRightSq = 0x2019;

Kind UnicodeKind(uint32_t cp) {
  switch (cp) {
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
    case 0x200B: case 0xFEFF: case 0x85:
      return kSpace;
    default:
      break;
  }
  if (cp > 0x10FFFF) return kLetter;
  if (cp >= 0x2000 && cp <= 0x200A) return kSpace;
  if (cp == 0xFFFD) return kLetter;  // replacement character left by the reader: stays inside its word
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return kUpper;
    case UTF8PROC_CATEGORY_LL:
      return kLower;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CS:
      return kLetter;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return kSpace;
    default:
      return kPunct;  // P*, S* (currency, math, symbols, emoji)
  }
}

struct AsciiTable {
  std::array<Kind, 128> k{};
  constexpr AsciiTable() {
    for (int c = 0; c < 128; ++c) {
      if (c >= 'a' && c <= 'z') k[c] = kLower;
      else if (c >= 'A' && c <= 'Z') k[c] = kUpper;
      else if (c >= '0' && c <= '9') k[c] = kDigit;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c < 32) k[c] = kSpace;
      else k[c] = kPunct;
    }
  }
};
constexpr AsciiTable kAscii;

inline Ch Decode(const std::string_view t, size_t i) {
  Ch c;
  unsigned char b = static_cast<unsigned char>(t[i]);
  if (b < 0x80) {
    c.cp = b;
    c.kind = kAscii.k[b];
    return c;
  }
  uint32_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (i + n > t.size() || n == 1) {  // stray byte: keep it inside words
    c.cp = b;
    c.kind = kLetter;
    return c;
  }
  uint32_t cp = n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (uint32_t k = 1; k < n; ++k) {
    unsigned char cb = static_cast<unsigned char>(t[i + k]);
    if ((cb & 0xC0) != 0x80) {  // broken sequence: the lead byte alone, inside a word
      c.cp = b;
      c.kind = kLetter;
      return c;
    }
    cp = (cp << 6) | (cb & 0x3F);
  }
  c.cp = cp;
  c.len = n;
  c.kind = UnicodeKind(cp);
  return c;
}

inline bool IsWord(Kind k) { return k == kLower || k == kUpper || k == kDigit || k == kLetter; }
inline bool IsAlpha(Kind k) { return k == kLower || k == kUpper || k == kLetter; }
inline bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == kRightSq; }

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

template <size_t N>
bool InList(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view w : list)
    if (w == s) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Word lists (our own, from general knowledge of English news abbreviations).

// Abbreviations that precede a name or number: never end a sentence.
constexpr std::array<std::string_view, 62> kTitleAbbrevs = {
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
    "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres",
    "Supt", "Insp", "Det", "Amb", "Atty", "Sec", "Gens", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Pt",
    "No", "Nos", "Vol", "Vols", "Art", "Fig", "Figs", "vs", "v", "Op", "cf", "viz", "Ph", "Msgr", "Sgts",
    "Lts", "Cols", "Mme"};

// Other abbreviations written with a final period: may end a sentence.
constexpr std::array<std::string_view, 108> kOtherAbbrevs = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Dept", "Univ", "Assn", "Assoc", "Intl", "Natl", "Govt",
    "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl", "Ct",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
    "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Que", "Ont",
    "etc", "al", "approx", "est", "ext", "tel", "fax", "min", "mins", "hr", "hrs", "yr", "yrs", "oz", "lb",
    "lbs", "ft", "sq", "pp", "ed", "eds", "esp", "ca", "dept", "info", "misc", "Attn", "Ref"};

// Words that commonly open a sentence; after an abbreviation such as "U.S."
// or "Inc." they signal a boundary ("... in the U.S. The ...").
constexpr std::array<std::string_view, 64> kStarters = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
    "and", "or", "so", "in", "on", "at", "for", "if", "when", "while", "as", "his", "her", "its", "their",
    "our", "my", "there", "some", "many", "most", "also", "after", "before", "however", "meanwhile", "yet",
    "still", "then", "thus", "since", "although", "though", "what", "who", "why", "how", "where", "both",
    "each", "all", "no", "not", "one", "under", "with", "by", "from", "to"};

// Hyphenated words EWT keeps whole: the first part is one of these prefixes.
constexpr std::array<std::string_view, 32> kHyphenPrefixes = {
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi",
    "psycho", "neo", "cross", "micro", "intra", "counter", "socio", "un", "inter", "mega", "ultra", "super",
    "trans", "bi", "tri", "pseudo", "quasi", "arch"};

struct WordSplit {
  std::string_view word;  // lowercase
  uint32_t at;            // split position
};
// Contractions written without an apostrophe, split as EWT does (multi-word tokens).
constexpr std::array<WordSplit, 27> kWordSplits = {{
    {"alot", 1},
    {"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3}, {"outta", 3}, {"dont", 2}, {"wont", 2},
    {"cant", 2}, {"didnt", 3}, {"doesnt", 4}, {"isnt", 2}, {"wasnt", 3}, {"arent", 3}, {"werent", 4},
    {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3}, {"hadnt", 3},
    {"im", 1}, {"ive", 1}, {"youre", 3}, {"thats", 4}, {"theres", 5}, {"whats", 4}}};

// "its" written for "it's" (EWT: it|s) when the next word cannot follow the possessive.
constexpr std::array<std::string_view, 40> kAfterItIs = {
    "a", "an", "the", "not", "all", "so", "too", "very", "just", "been", "going", "really", "also", "still",
    "that", "this", "in", "on", "at", "to", "because", "like", "your", "my", "his", "her", "their", "our",
    "ok", "okay", "probably", "always", "never", "actually", "pretty", "illegal", "about", "only", "gonna",
    "definitely"};

// Units written glued to a number ("$25bn", "10m", "5km"): UD English splits them.
// Not here: ordinals (1st, 2nd), decades (1990s), model names (3D, 5G), am/pm (below).
constexpr std::array<std::string_view, 24> kNumberUnits = {
    "bn", "mn", "tn", "m", "b", "k", "km", "kg", "cm", "mm", "ft", "mph",
    "kph", "kmh", "mw", "gw", "kw", "lb", "lbs", "mb", "gb", "tb", "kb", "hz"};

// ---------------------------------------------------------------------------
// Tokens

enum AbbrevKind : uint8_t { kNotAbbrev = 0, kTitle, kInitial, kOtherAbbrev };

struct Tok {
  uint32_t b, e;
  AbbrevKind abbrev = kNotAbbrev;
};

class Scanner {
 public:
  Scanner(std::string_view t, std::vector<Tok>* out) : t_(t), out_(out) {}

  void Chunk(size_t cb, size_t ce) {
    cb_ = cb;
    ce_ = ce;
    if (TryUrl()) return;
    size_t i = cb;
    while (i < ce) {
      Ch c = Decode(t_, i);
      if (IsWord(c.kind)) {
        i = Word(i);
        continue;
      }
      // '90s, '60s: apostrophe before digits stays with them.
      if (IsApostrophe(c.cp) && i + c.len < ce && Decode(t_, i + c.len).kind == kDigit &&
          (i == cb || !IsWord(Decode(t_, PrevStart(i)).kind))) {
        size_t j = i + c.len;
        while (j < ce && Decode(t_, j).kind == kDigit) ++j;
        if (j < ce && t_[j] == 's') ++j;
        if (j >= ce || !IsWord(Decode(t_, j).kind)) {
          Emit(i, j);
          i = j;
          continue;
        }
      }
      // Hashtags stay whole (#science); "#3" is split as in EWT.
      if (c.cp == '#' && i + 1 < ce && IsAlpha(Decode(t_, i + 1).kind) && (i == cb || !IsWord(Decode(t_, PrevStart(i)).kind))) {
        size_t j = i + 1;
        while (j < ce) {
          Ch w = Decode(t_, j);
          if (!IsWord(w.kind) && w.cp != '_') break;
          j += w.len;
        }
        Emit(i, j);
        i = j;
        continue;
      }
      // Runs of one punctuation character ("...", "--", "!!!", "**") are one token.
      size_t j = i + c.len;
      if (c.cp == '!' || c.cp == '?') {  // "?!", "!!!?"
        while (j < ce && (t_[j] == '!' || t_[j] == '?')) ++j;
      } else if (c.cp == ':' && j < ce && (t_[j] == ')' || t_[j] == '(' || t_[j] == 'D' || t_[j] == 'P' ||
                                          (t_[j] == '-' && j + 1 < ce && (t_[j + 1] == ')' || t_[j + 1] == '(')))) {
        j += t_[j] == '-' ? 2 : 1;  // emoticons :) :-( :D
        if (j < ce && IsWord(Decode(t_, j).kind)) j = i + 1;
      } else if (c.cp < 0x80 && c.cp != '"' && c.cp != '\'' && c.cp != '(' && c.cp != ')' && c.cp != '[' &&
          c.cp != ']') {
        while (j < ce && static_cast<unsigned char>(t_[j]) == c.cp) ++j;
        if (c.cp == '.' && j == i + 1 && j < ce && (t_[j] == '?' || t_[j] == '!')) {
          while (j < ce && (t_[j] == '!' || t_[j] == '?')) ++j;  // ".?"
        }
      } else if (c.cp == 0x2026) {  // "…", "……"
        while (j + 3 <= ce && t_.compare(j, 3, "\xE2\x80\xA6") == 0) j += 3;
      }
      Emit(i, j);
      i = j;
    }
  }

 private:
  size_t PrevStart(size_t i) const {
    size_t p = i - 1;
    while (p > cb_ && (static_cast<unsigned char>(t_[p]) & 0xC0) == 0x80) --p;
    return p;
  }

  void Emit(size_t b, size_t e, AbbrevKind a = kNotAbbrev) {
    if (e > b) out_->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), a});
  }

  // URLs and e-mail addresses are one token, without trailing punctuation.
  bool TryUrl() {
    size_t b = cb_;
    // Skip opening punctuation.
    while (b < ce_) {
      char c = t_[b];
      if (c == '(' || c == '[' || c == '<' || c == '"' || c == '\'') ++b;
      else if (t_.compare(b, 3, "\xE2\x80\x9C") == 0 || t_.compare(b, 3, "\xE2\x80\x98") == 0) b += 3;
      else break;
    }
    std::string_view s = t_.substr(b, ce_ - b);
    bool url = false;
    if (s.size() > 7 && (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("ftp://") ||
                         s.starts_with("www.") || s.starts_with("mailto:") || s.starts_with("HTTP://") ||
                         s.starts_with("WWW."))) {
      url = true;
    } else {
      size_t at = s.find('@');
      if (at != std::string_view::npos && at > 0 && at + 1 < s.size()) {
        size_t dot = s.find('.', at + 1);
        url = dot != std::string_view::npos && dot + 1 < s.size() &&
              (IsWord(kAscii.k[s[at - 1] & 0x7F]) || s[at - 1] == '.') && IsWord(kAscii.k[s[at + 1] & 0x7F]);
        if (url) {
          // The address starts after quotes or brackets glued in front: "Name"<user@host>
          size_t start = s.find_last_of("<\"(:", at);
          if (start != std::string_view::npos && start > 0) {
            size_t i = cb_;
            while (i < b + start + 1) {
              Ch c = Decode(t_, i);
              size_t j = i + c.len;
              if (IsWord(c.kind)) {
                while (j < b + start + 1 && IsWord(Decode(t_, j).kind)) j += Decode(t_, j).len;
              }
              Emit(i, j);
              i = j;
            }
            cb_ = b + start + 1;
            b = cb_;
            s = t_.substr(b, ce_ - b);
          }
        }
      } else {
        // bare domains with a path, such as "example.com/path" or "news.bbc.co.uk/x"
        // (only a chunk with a '/' after its host can be one: most words are rejected here)
        size_t slash = s.find('/');
        if (slash != std::string_view::npos && slash + 1 < s.size()) {
          std::string_view host = s.substr(0, slash);
          for (std::string_view tld : {".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".int"}) {
            size_t p = host.rfind(tld);
            if (p != std::string_view::npos && p > 0 && p + tld.size() == host.size()) url = true;
          }
        }
      }
    }
    if (!url) return false;
    // Trailing punctuation is not part of the address.
    size_t e = ce_;
    int open_parens = 0;
    for (size_t k = b; k < ce_; ++k) open_parens += t_[k] == '(' ? 1 : t_[k] == ')' ? -1 : 0;
    while (e > b) {
      char c = t_[e - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' ||
          c == ']' || c == '>') {
        --e;
      } else if (c == ')' && open_parens < 0) {
        --e;
        ++open_parens;
      } else if (e - b >= 3 && (t_.compare(e - 3, 3, "\xE2\x80\x9D") == 0 || t_.compare(e - 3, 3, "\xE2\x80\x99") == 0)) {
        e -= 3;
      } else {
        break;
      }
    }
    size_t i = cb_;
    while (i < b) {
      Ch c = Decode(t_, i);
      Emit(i, i + c.len);
      i += c.len;
    }
    Emit(b, e);
    i = e;
    while (i < ce_) {
      Ch c = Decode(t_, i);
      size_t j = i + c.len;
      if (c.cp == '.' || c.cp == '!' || c.cp == '?')
        while (j < ce_ && static_cast<unsigned char>(t_[j]) == c.cp) ++j;
      Emit(i, j);
      i = j;
    }
    return true;
  }

  bool AllDigits(size_t b, size_t e) const {
    if (e <= b) return false;
    for (size_t k = b; k < e; ++k)
      if (t_[k] < '0' || t_[k] > '9') return false;
    return true;
  }

  // Phone numbers and numeric dates keep their hyphens: 713-853-3989,
  // 646-8420, 11-20-2000. Ranges (1969-1970, 2-3) are split.
  bool NumericHyphenKeeps(size_t seg_b) const {
    int groups = 0;
    size_t lens[8] = {};
    size_t k = seg_b;
    while (k < ce_) {
      size_t g = k;
      while (k < ce_ && t_[k] >= '0' && t_[k] <= '9') ++k;
      if (k == g) return false;
      if (groups < 8) lens[groups] = k - g;
      ++groups;
      if (k < ce_ && t_[k] == '-') {
        ++k;
        continue;
      }
      break;
    }
    if (k < ce_ && IsWord(Decode(t_, k).kind)) return false;
    if (groups >= 3) return true;
    return groups == 2 && lens[0] <= 3 && lens[1] == 4;  // 646-8420, extension 3-5213
  }

  bool IsHyphenPrefix(size_t b, size_t e) const {
    if (e - b > 8) return false;
    char buf[8];
    for (size_t k = b; k < e; ++k) buf[k - b] = Lower(t_[k]);
    return InList(std::string_view(buf, e - b), kHyphenPrefixes);
  }

  // Scans a word starting at i; emits it (with clitics split) and returns the end.
  size_t Word(size_t i) {
    size_t j = i;
    size_t seg = i;  // start of the current hyphen/slash segment
    bool numeric_hyphens = false;
    while (j < ce_) {
      Ch c = Decode(t_, j);
      if (IsWord(c.kind)) {
        j += c.len;
        continue;
      }
      if (c.kind == kSpace) break;
      size_t n = j + c.len;
      if (n >= ce_) break;
      Ch next = Decode(t_, n);
      if (!IsWord(next.kind)) break;
      Kind prev = Decode(t_, PrevStart(j)).kind;
      bool keep = false;
      switch (c.cp) {
        case '.':
          keep = true;  // U.S, 3.5, a.m, example.com
          // ... but "wonders.Neither": a missing space after a sentence.
          if (prev == kLower && next.kind == kUpper && n + next.len < ce_ &&
              Decode(t_, n + next.len).kind == kLower && j - i >= 2) {
            bool letters = true;
            for (size_t q = i; q < j && letters; ++q) letters = IsAlpha(kAscii.k[t_[q] & 0x7F]) && !(t_[q] & 0x80);
            if (letters) keep = false;
          }
          break;
        case ',':
          keep = prev == kDigit && next.kind == kDigit && n + 3 <= ce_ && AllDigits(n, n + 3) &&
                 (n + 3 == ce_ || !(t_[n + 3] >= '0' && t_[n + 3] <= '9'));
          break;
        case ':':
          keep = prev == kDigit && next.kind == kDigit;
          break;
        case '-':
          if (numeric_hyphens) {
            keep = true;
          } else if (prev == kDigit && next.kind == kDigit && AllDigits(seg, j)) {
            keep = numeric_hyphens = NumericHyphenKeeps(seg);
          } else {
            keep = IsAlpha(prev) && IsHyphenPrefix(seg, j);
          }
          if (keep) seg = n;
          break;
        case '/':
          keep = (prev == kDigit && next.kind == kDigit) || (j - seg == 1 && IsAlpha(prev));
          if (keep) seg = n;
          break;
        case '&':
          keep = prev == kUpper && next.kind == kUpper;
          break;
        case '_':
        case '@':
          keep = true;
          break;
        case '\'':
        case '`':
        case kRightSq:
          keep = (IsAlpha(prev) || prev == kDigit) && IsAlpha(next.kind);  // O'Neil, 2014's
          break;
        default:
          keep = false;
      }
      if (!keep) break;
      j = n;
    }
    // A final period: part of an abbreviation or initial, else its own token.
    if (j < ce_ && t_[j] == '.' && !(j + 1 < ce_ && t_[j + 1] == '.')) {
      AbbrevKind a = Abbrev(i, j);
      if (a != kNotAbbrev) {
        Emit(i, j + 1, a);
        return j + 1 + PossessiveAfter(j + 1);
      }
    }
    EmitWord(i, j);
    return j;
  }

  // A possessive 's right after an abbreviation ("the U.S.'s", "the E.U.'s"): emits it
  // as one token, as after any word, and returns its length (0 when there is none).
  size_t PossessiveAfter(size_t at) {
    size_t alen = 0;
    if (at < ce_ && t_[at] == '\'') alen = 1;
    else if (at + 3 <= ce_ && t_.compare(at, 3, "\xE2\x80\x99") == 0) alen = 3;
    if (alen == 0 || at + alen >= ce_ || (t_[at + alen] != 's' && t_[at + alen] != 'S')) return 0;
    size_t end = at + alen + 1;
    if (end < ce_ && IsWord(Decode(t_, end).kind)) return 0;
    Emit(at, end);
    return end - at;
  }

  AbbrevKind Abbrev(size_t b, size_t e) const {
    std::string_view w = t_.substr(b, e - b);
    if (w == "e.g" || w == "i.e" || w == "E.g" || w == "I.e") return kTitle;
    bool before_number = w == "c" || w == "ca" || w == "p" || w == "pp";
    if (w.size() == 1 && !before_number) return kAscii.k[w[0] & 0x7F] == kUpper && w[0] > 0 ? kInitial : kNotAbbrev;
    if (before_number || InList(w, kTitleAbbrevs)) {
      if (before_number || w == "No" || w == "Nos" || w == "Art" || w == "Fig" || w == "Figs" || w == "Vol" ||
          w == "Vols" || w == "Op") {
        // "No. 1" but "I said no."
        size_t k = e + 1;
        while (k < t_.size() && (t_[k] == ' ' || t_[k] == '\t')) ++k;
        return k < t_.size() && t_[k] >= '0' && t_[k] <= '9' ? kTitle : kNotAbbrev;
      }
      return kTitle;
    }
    if (InList(w, kOtherAbbrevs)) return kOtherAbbrev;
    // Initialisms: single letters separated by periods (U.S, e.g, a.m, Ph.D).
    bool initialism = w.size() >= 3;
    for (size_t k = 0; k < w.size() && initialism; ++k) {
      bool letter = IsAlpha(kAscii.k[w[k] & 0x7F]) && !(w[k] & 0x80);
      if (k % 2 == 0) initialism = letter;
      else initialism = w[k] == '.';
    }
    if (initialism || w == "Ph.D" || w == "ph.d") return kOtherAbbrev;
    return kNotAbbrev;
  }

  // Emits a word, splitting clitics (John|'s, do|n't, I|'m) and contractions
  // written without apostrophe (can|not, gon|na, do|nt), and 5|pm.
  void EmitWord(size_t b, size_t e) {
    std::string_view w = t_.substr(b, e - b);
    if (w.size() <= 8) {
      char buf[8];
      for (size_t k = 0; k < w.size(); ++k) buf[k] = Lower(w[k]);
      std::string_view lw(buf, w.size());
      for (const WordSplit& s : kWordSplits) {
        if (s.word.size() == lw.size() && s.word[0] == lw[0] && s.word == lw) {  // most words fail on the first letter
          Emit(b, b + s.at);
          Emit(b + s.at, e);
          return;
        }
      }
    }
    // n't / n’t
    for (std::string_view nt : {std::string_view("n't"), std::string_view("n\xE2\x80\x99t"), std::string_view("n`t")}) {
      if (w.size() > nt.size() + 1) {
        std::string_view tail = w.substr(w.size() - nt.size());
        if (tail.size() == nt.size() && Lower(tail[0]) == 'n' && Lower(tail.back()) == 't' &&
            tail.substr(1, nt.size() - 2) == nt.substr(1, nt.size() - 2)) {
          Emit(b, e - nt.size());
          Emit(e - nt.size(), e);
          return;
        }
      }
    }
    // 's 'm 'd 'll 're 've
    size_t apos = std::string_view::npos;
    size_t alen = 0;
    for (size_t k = w.size(); k-- > 1;) {
      if (w[k] == '\'' || w[k] == '`') {
        apos = k;
        alen = 1;
        break;
      }
      if (k >= 2 && w.compare(k - 2, 3, "\xE2\x80\x99") == 0) {
        apos = k - 2;
        alen = 3;
        break;
      }
      if (w.size() - k > 3) break;
    }
    if (apos != std::string_view::npos && apos > 0) {
      std::string_view suf = w.substr(apos + alen);
      if (EqualsLower(suf, "s") || EqualsLower(suf, "m") || EqualsLower(suf, "d") || EqualsLower(suf, "ll") ||
          EqualsLower(suf, "re") || EqualsLower(suf, "ve")) {
        Emit(b, b + apos);
        Emit(b + apos, e);
        return;
      }
    }
    // A number glued to a unit is two tokens in UD English: $25|bn, 10|m, 5|km.
    if (w.size() >= 2 && w[0] >= '0' && w[0] <= '9') {
      size_t d = 1;
      while (d < w.size() && ((w[d] >= '0' && w[d] <= '9') || ((w[d] == '.' || w[d] == ',') && d + 1 < w.size() &&
                                                               w[d + 1] >= '0' && w[d + 1] <= '9')))
        ++d;
      std::string_view unit = w.substr(d);
      if (!unit.empty() && unit.size() <= 3) {
        char buf[3];
        for (size_t q = 0; q < unit.size(); ++q) buf[q] = Lower(unit[q]);
        if (InList(std::string_view(buf, unit.size()), kNumberUnits)) {
          Emit(b, b + d);
          Emit(b + d, e);
          return;
        }
      }
    }
    // 5pm, 10am, 7:30pm
    if (w.size() >= 3) {
      std::string_view tail = w.substr(w.size() - 2);
      if ((EqualsLower(tail, "am") || EqualsLower(tail, "pm")) && w[w.size() - 3] >= '0' && w[w.size() - 3] <= '9') {
        Emit(b, e - 2);
        Emit(e - 2, e);
        return;
      }
    }
    Emit(b, e);
  }

  std::string_view t_;
  std::vector<Tok>* out_;
  size_t cb_ = 0, ce_ = 0;
};

// ---------------------------------------------------------------------------
// Sentence boundaries

bool IsClosing(std::string_view s) {
  return s == "\"" || s == "'" || s == ")" || s == "]" || s == "}" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" ||
         s == "\xC2\xBB" || s == "''";
}

bool IsEmoticon(std::string_view s) {
  return s == ":)" || s == ":-)" || s == ":(" || s == ":-(" || s == ";)" || s == ":D" || s == ":P" || s == ":-D";
}

bool CannotStartSentence(std::string_view s) {
  return s == "," || s == ";" || s == ":" || s == ")" || s == "]" || s == "}" || s == "%" || s == "." ||
         s == "?" || s == "!";
}

enum Terminal { kNone, kStrong, kEllipsis };

Terminal TerminalKind(std::string_view s) {
  if (s == "\xE2\x80\xA6") return kEllipsis;
  if (s.size() >= 2 && s[0] == '.' && s[1] == '.') return kEllipsis;
  if (s.empty()) return kNone;
  for (char c : s)
    if (c != '.' && c != '!' && c != '?') return kNone;
  return kStrong;
}

// Hard-wrapped text (lines cut at a fixed width and sentences running over
// line breaks, as in newswire archives): at least 4 lines, none longer than
// 100 bytes, and at least a quarter of the line breaks inside paragraphs
// followed by a lower-case letter.
struct LineLayout {
  bool wrapped = false;
  size_t width = 0;  // longest line
};

LineLayout DetectWrapped(std::string_view t) {
  LineLayout out;
  size_t lines = 0, width = 0, breaks = 0, lower = 0;
  size_t start = 0;
  while (start <= t.size()) {
    size_t nl = t.find('\n', start);
    size_t end = nl == std::string_view::npos ? t.size() : nl;
    size_t b = start, e = end;
    while (b < e && (t[b] == ' ' || t[b] == '\t' || t[b] == '\r')) ++b;
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r')) --e;
    if (e > b) {
      ++lines;
      width = std::max(width, e - start);
      if (width > 100) return out;
    }
    if (nl == std::string_view::npos) break;
    size_t q = nl + 1;
    while (q < t.size() && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r')) ++q;
    if (e > b && q < t.size() && t[q] != '\n') {
      ++breaks;
      if (t[q] >= 'a' && t[q] <= 'z') ++lower;
    }
    start = nl + 1;
  }
  out.wrapped = lines >= 4 && breaks >= 3 && lower * 4 >= breaks;
  out.width = width;
  return out;
}

}  // namespace

void Segment(Document* doc) { Segment(doc, SegmentOptions()); }

void Segment(Document* doc, const SegmentOptions& options) {
  doc->sentences.clear();
  const std::string_view t(doc->text);
  std::vector<Tok> toks;
  toks.reserve(t.size() / 5 + 1);
  Scanner scanner(t, &toks);
  size_t i = 0;
  while (i < t.size()) {
    Ch c = Decode(t, i);
    if (c.kind == kSpace) {
      i += c.len;
      continue;
    }
    size_t b = i;
    while (i < t.size()) {
      c = Decode(t, i);
      if (c.kind == kSpace) break;
      i += c.len;
    }
    scanner.Chunk(b, i);
  }
  if (toks.empty()) return;

  // its -> it|s, Lets -> Let|s (EWT multi-word tokens) from the next word.
  {
    std::vector<uint32_t> splits;  // indices of tokens to split before their last byte
    for (size_t k = 0; k + 1 < toks.size(); ++k) {
      std::string_view w = t.substr(toks[k].b, toks[k].e - toks[k].b);
      bool its = w == "its" || w == "Its";
      if (!its && w != "Lets") continue;
      std::string_view next = t.substr(toks[k + 1].b, toks[k + 1].e - toks[k + 1].b);
      if (its) {
        if (next.size() > 12) continue;
        char buf[12];
        for (size_t q = 0; q < next.size(); ++q) buf[q] = Lower(next[q]);
        if (!InList(std::string_view(buf, next.size()), kAfterItIs)) continue;
      }
      splits.push_back(static_cast<uint32_t>(k));
    }
    if (!splits.empty()) {
      std::vector<Tok> out;
      out.reserve(toks.size() + splits.size());
      size_t next_split = 0;
      for (size_t k = 0; k < toks.size(); ++k) {
        if (next_split < splits.size() && splits[next_split] == k) {
          ++next_split;
          out.push_back(Tok{toks[k].b, toks[k].e - 1, kNotAbbrev});
          out.push_back(Tok{toks[k].e - 1, toks[k].e, kNotAbbrev});
        } else {
          out.push_back(toks[k]);
        }
      }
      toks.swap(out);
    }
  }

  // Boundary after token k?
  const LineLayout layout = options.detect_wrapped_lines ? DetectWrapped(t) : LineLayout();
  const size_t n = toks.size();
  std::vector<uint8_t> cut(n, 0);
  cut[n - 1] = 1;
  for (size_t k = 0; k + 1 < n; ++k) {
    int newlines = 0;
    for (uint32_t p = toks[k].e; p < toks[k + 1].b; ++p) {
      if (t[p] == '\n') ++newlines;
      else if (t[p] == '\r' && (p + 1 >= toks[k + 1].b || t[p + 1] != '\n')) ++newlines;
    }
    if (newlines >= 2) {
      cut[k] = 1;
    } else if (newlines == 1 && options.newline_is_boundary && Decode(t, toks[k + 1].b).kind != kLower) {
      // A single line break before a lower-case word continues the sentence.
      if (layout.wrapped) {
        // Hard-wrapped text: only an indented line or a short line before the break
        // (a title, the end of a paragraph) ends the sentence.
        size_t nl = t.find('\n', toks[k].e);
        bool indented = nl + 1 < toks[k + 1].b;
        size_t line_start = t.rfind('\n', toks[k].b);
        line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
        while (line_start < toks[k].b && (t[line_start] == ' ' || t[line_start] == '\t')) ++line_start;
        bool short_line = (toks[k].e - line_start) * 10 < layout.width * 6;
        if (indented || short_line) cut[k] = 1;
      } else {
        cut[k] = 1;
      }
    }
  }
  auto tok_text = [&](size_t k) { return t.substr(toks[k].b, toks[k].e - toks[k].b); };
  for (size_t k = 0; k + 1 < n; ++k) {
    std::string_view s = tok_text(k);
    Terminal term = TerminalKind(s);
    AbbrevKind ab = toks[k].abbrev;
    if (term == kNone && ab != kOtherAbbrev) continue;
    // Closing quotes and brackets attached to the terminal belong to the sentence.
    size_t last = k;
    while (last + 1 < n && toks[last + 1].b == toks[last].e && IsClosing(tok_text(last + 1))) ++last;
    // An emoticon after the terminal closes the sentence too: "I love her. :)"
    if (last + 1 < n && !cut[last] && IsEmoticon(tok_text(last + 1))) ++last;
    // Citation marks after the period belong to the sentence: "... in 1805. [6]"
    if (last + 3 < n && tok_text(last + 1) == "[" && tok_text(last + 3) == "]" && !cut[last] &&
        Decode(t, toks[last + 2].b).kind == kDigit && toks[last + 3].e - toks[last + 1].b <= 5) {
      last += 3;
    }
    if (last + 1 >= n) break;
    if (cut[last]) {
      k = last;
      continue;
    }
    std::string_view next = tok_text(last + 1);
    Ch first = Decode(t, toks[last + 1].b);
    // Look through an opening quote or bracket for the first letter of the next sentence.
    Ch first_word = first;
    if (first.kind == kPunct && last + 2 < n && !CannotStartSentence(next)) first_word = Decode(t, toks[last + 2].b);
    bool boundary = false;
    if (term == kStrong) {
      boundary = !CannotStartSentence(next) && first.kind != kLower && first_word.kind != kLower;
      // "... last night. then we left": a bare terminal before a lower-case word still
      // ends the sentence; after a closing quote it does not ("Why?" he asked).
      if (!boundary && options.lowercase_sentence_starts && last == k && first.kind == kLower) boundary = true;
    } else if (term == kEllipsis) {
      boundary = first_word.kind == kUpper && !CannotStartSentence(next);
    } else {  // abbreviation that may end a sentence: "... in the U.S. The ..."
      std::string_view w = s.substr(0, s.size() - 1);
      if (first.kind == kUpper && (w == "etc" || w == "al")) {
        boundary = true;
      } else if (first.kind == kUpper && next.size() <= 10) {
        char buf[10];
        for (size_t q = 0; q < next.size(); ++q) buf[q] = Lower(next[q]);
        boundary = InList(std::string_view(buf, next.size()), kStarters);
      }
    }
    if (boundary) cut[last] = 1;
    k = last;
  }

  // Build the sentences.
  size_t start = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!cut[k]) continue;
    Sentence s;
    s.begin = toks[start].b;
    s.end = toks[k].e;
    s.text.assign(t.substr(s.begin, s.end - s.begin));
    s.tokens.resize(k + 1 - start);
    for (size_t q = start; q <= k; ++q) {
      Token& tok = s.tokens[q - start];
      tok.begin = toks[q].b;
      tok.end = toks[q].e;
      tok.form.assign(t.substr(tok.begin, tok.end - tok.begin));
      tok.space_after = q + 1 >= n || toks[q + 1].b > toks[q].e;
    }
    doc->sentences.push_back(std::move(s));
    start = k + 1;
  }
}

std::vector<std::string> TokenizePhrase(std::string_view text) {
  Document d;
  d.text.assign(text);
  Segment(&d);
  std::vector<std::string> out;
  for (Sentence& s : d.sentences)
    for (Token& t : s.tokens) out.push_back(std::move(t.form));
  return out;
}

}  // namespace dyad
