#include "store/actor_names.h"

#include <cctype>
#include <cstring>

namespace dyad {
namespace {

struct Entry {
  const char* code;
  const char* name;
};

// Country and IGO roots (CAMEO uses ISO 3166 alpha-3 for countries).
constexpr Entry kRoots[] = {
    {"AFG", "Afghanistan"},   {"ARG", "Argentina"},     {"AUS", "Australia"},      {"AUT", "Austria"},
    {"BEL", "Belgium"},       {"BGD", "Bangladesh"},    {"BLR", "Belarus"},        {"BRA", "Brazil"},
    {"CAN", "Canada"},        {"CHE", "Switzerland"},   {"CHL", "Chile"},          {"CHN", "China"},
    {"COL", "Colombia"},      {"CUB", "Cuba"},          {"CZE", "Czech Republic"}, {"DEU", "Germany"},
    {"DNK", "Denmark"},       {"EGY", "Egypt"},         {"ESP", "Spain"},          {"ETH", "Ethiopia"},
    {"FIN", "Finland"},       {"FRA", "France"},        {"GBR", "United Kingdom"}, {"GEO", "Georgia"},
    {"GRC", "Greece"},        {"HUN", "Hungary"},       {"IDN", "Indonesia"},      {"IND", "India"},
    {"IRL", "Ireland"},       {"IRN", "Iran"},          {"IRQ", "Iraq"},           {"ISR", "Israel"},
    {"ITA", "Italy"},         {"JOR", "Jordan"},        {"JPN", "Japan"},          {"KAZ", "Kazakhstan"},
    {"KEN", "Kenya"},         {"KOR", "South Korea"},   {"PRK", "North Korea"},    {"LBN", "Lebanon"},
    {"LBY", "Libya"},         {"MEX", "Mexico"},        {"MNG", "Mongolia"},       {"MYS", "Malaysia"},
    {"NGA", "Nigeria"},       {"NLD", "Netherlands"},   {"NOR", "Norway"},         {"NZL", "New Zealand"},
    {"PAK", "Pakistan"},      {"PHL", "Philippines"},   {"POL", "Poland"},         {"PRT", "Portugal"},
    {"PSE", "Palestine"},     {"QAT", "Qatar"},         {"ROU", "Romania"},        {"RUS", "Russia"},
    {"SAU", "Saudi Arabia"},  {"SDN", "Sudan"},         {"SGP", "Singapore"},      {"SOM", "Somalia"},
    {"SWE", "Sweden"},        {"SYR", "Syria"},         {"THA", "Thailand"},       {"TUR", "Turkey"},
    {"TWN", "Taiwan"},        {"UKR", "Ukraine"},       {"USA", "United States"},  {"VEN", "Venezuela"},
    {"VNM", "Vietnam"},       {"YEM", "Yemen"},         {"ZAF", "South Africa"},   {"ARE", "United Arab Emirates"},
    {"AFR", "Africa"},        {"ASA", "Asia"},          {"EUR", "Europe"},         {"MEA", "Middle East"},
    {"IGO", "international organization"},              {"NGO", "non-governmental organization"},
};

// Extra names people type for a country.
constexpr Entry kAliases[] = {
    {"KOR", "korea"},           {"KOR", "republic of korea"}, {"KOR", "rok"},          {"KOR", "seoul"},
    {"PRK", "dprk"},            {"PRK", "pyongyang"},         {"USA", "united states of america"},
    {"USA", "us"},              {"USA", "u.s."},              {"USA", "america"},      {"USA", "washington"},
    {"GBR", "uk"},              {"GBR", "britain"},           {"GBR", "great britain"}, {"RUS", "russian federation"},
    {"RUS", "moscow"},          {"CHN", "prc"},               {"CHN", "beijing"},      {"CHN", "people's republic of china"},
    {"JPN", "tokyo"},           {"UKR", "kyiv"},              {"UKR", "kiev"},         {"DEU", "berlin"},
    {"FRA", "paris"},           {"IRN", "tehran"},            {"ISR", "jerusalem"},
};

// CAMEO agent / sector suffixes.
constexpr Entry kAgents[] = {
    {"GOV", "government"}, {"MIL", "military"},      {"REB", "rebels"},          {"OPP", "opposition"},
    {"PTY", "party"},      {"COP", "police"},        {"JUD", "judiciary"},       {"SPY", "intelligence"},
    {"MED", "media"},      {"EDU", "education"},     {"BUS", "business"},        {"CRM", "criminals"},
    {"CVL", "civilians"},  {"LAB", "labor"},         {"LEG", "legislature"},     {"HLH", "health"},
    {"REF", "refugees"},   {"AGR", "agriculture"},   {"ELI", "elites"},          {"ENV", "environment"},
    {"HRI", "human rights"}, {"IGO", "international organization"}, {"NGO", "non-governmental organization"},
    {"RAD", "radicals"},   {"MOD", "moderates"},     {"UAF", "armed forces (unaligned)"}, {"INS", "insurgents"},
    {"SEP", "separatists"}, {"ATH", "atheists"},     {"REL", "religious"},       {"DEV", "development"},
};

std::string Lower(const std::string& s) {
  std::string o = s;
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

}  // namespace

std::string ActorDisplayName(const std::string& code) {
  if (code.size() < 3) return "";
  std::string root = code.substr(0, 3);
  std::string name;
  for (const auto& e : kRoots)
    if (root == e.code) name = e.name;
  if (name.empty()) return "";
  std::string rest = code.substr(3);
  std::string sep = ": ";
  while (rest.size() >= 3) {
    std::string a = rest.substr(0, 3);
    const char* an = nullptr;
    for (const auto& e : kAgents)
      if (a == e.code) an = e.name;
    if (!an) break;
    name += sep;
    name += an;
    sep = ", ";
    rest = rest.substr(3);
  }
  return name;
}

std::string CountryCodeForName(const std::string& name) {
  std::string n = Lower(name);
  while (!n.empty() && std::isspace(static_cast<unsigned char>(n.back()))) n.pop_back();
  if (n.rfind("the ", 0) == 0) n = n.substr(4);
  for (const auto& e : kRoots)
    if (n == Lower(e.name)) return e.code;
  for (const auto& e : kAliases)
    if (n == e.name) return e.code;
  return "";
}

}  // namespace dyad
