// Small text helpers shared by the dictionary readers and the coder:
// ASCII upper-casing, phrase splitting ("A_B C" -> {"A","B","C"}), regular
// English plural and verb-form generation as the PETRARCH formats define them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

// ASCII upper case; other bytes (UTF-8) are kept.
std::string Upper(std::string_view s);
std::string_view Trim(std::string_view s);
// Removes a trailing comment starting at the first of `marks` (e.g. "#;")
// outside a closed [...] block, so that TABARI's discard code [###] stays.
std::string_view StripComment(std::string_view s, std::string_view marks = "#");
// Splits on blanks and underscores, dropping empty parts.
std::vector<std::string> SplitPhrase(std::string_view s);
// Splits on blanks only.
std::vector<std::string> SplitBlanks(std::string_view s);

// PETRARCH regular plural: +S, Y -> IES, SS -> +ES (also X/CH/SH -> +ES).
std::string Plural(std::string_view w);
// Regular verb forms: 3rd person, past, gerund (upper case in, upper case out).
std::vector<std::string> VerbForms(std::string_view w);

// "19950101", "950101" (YY < 30 -> 20YY) or "1995-01-01" -> 19950101; 0 on error.
int ParseDate(std::string_view s);

}  // namespace dyad::dict
