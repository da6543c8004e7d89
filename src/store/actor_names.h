// Built-in display names for actor codes: CAMEO country / IGO roots
// ("KOR" -> "South Korea") and agent suffixes ("GOV" -> "government"),
// written by us from the CAMEO code book's public facts. Used to fill the
// actors table and to resolve names when a store has none.
#pragma once

#include <string>

namespace dyad {

// "KORGOV" -> "South Korea: government"; "" when the root is unknown.
std::string ActorDisplayName(const std::string& code);

// "south korea" / "South Korea" / "Republic of Korea" -> "KOR"; "" when unknown.
std::string CountryCodeForName(const std::string& name);

}  // namespace dyad
