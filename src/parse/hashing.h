// Feature hashing helpers shared by the tagger and the parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::parse {

inline uint64_t Fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

inline uint64_t HashStr(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return Fmix64(h ^ s.size());
}

// Combines a template id and up to three atom values into one feature key (never 0).
inline uint64_t Feat(uint64_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Fmix64(tmpl * 0x9E3779B97F4A7C15ULL + a);
  h = Fmix64(h ^ (b + 0x632BE59BD9B4E019ULL));
  h = Fmix64(h ^ (c + 0x85EBCA77C2B2AE63ULL));
  return h | 1;
}

// Lowercases ASCII letters and maps every ASCII digit to '9'.
inline std::string NormWord(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '9';
  }
  return out;
}

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace dyad::parse
