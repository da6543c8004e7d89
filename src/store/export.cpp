#include "store/export.h"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "store/actor_names.h"
#include "store/store.h"

namespace dyad {
namespace {

// Tabs and newlines would break a column layout: replace them with spaces.
std::string Clean(std::string_view s) {
  std::string o(s);
  for (char& c : o)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return o;
}

std::string Join(const std::vector<std::string>& cols) {
  std::string o;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i) o += '\t';
    o += Clean(cols[i]);
  }
  return o;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Compact(const std::string& date) {  // YYYY-MM-DD -> YYYYMMDD
  std::string o;
  for (char c : date)
    if (c != '-') o += c;
  return o;
}

// Country / IGO root when the code starts with one we know, else "".
std::string CountryOf(const std::string& code) {
  if (code.size() < 3) return "";
  std::string root = code.substr(0, 3);
  if (root == "IGO" || root == "NGO" || root == "MNC") return "";
  return ActorDisplayName(root).empty() ? "" : root;
}

// Agent / role codes after the root: "KORGOVMIL" -> {"GOV", "MIL"}.
std::vector<std::string> Roles(const std::string& code) {
  std::vector<std::string> out;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) out.push_back(code.substr(i, 3));
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string ActorName(const std::string& code, const std::string& text) {
  std::string n = ActorDisplayName(code);
  return Upper(n.empty() ? text : n);
}

// Phoenix penta class from the CAMEO root: 0 neutral (01-02), 1 verbal
// cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20).
int PentaClass(const std::string& root) {
  int r = std::atoi(root.substr(0, 2).c_str());
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

void AddActorColumns(std::vector<std::string>* c, const std::string& code, const std::string& text) {
  auto roles = Roles(code);
  c->push_back(code);                          // ActorNCode
  c->push_back(code.empty() ? "" : ActorName(code, text));  // ActorNName
  c->push_back(CountryOf(code));               // ActorNCountryCode
  c->push_back(code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 ? code.substr(3, 3) : "");  // KnownGroupCode
  c->push_back("");                            // EthnicCode
  c->push_back("");                            // Religion1Code
  c->push_back("");                            // Religion2Code
  for (size_t i = 0; i < 3; ++i) c->push_back(i < roles.size() ? roles[i] : "");  // Type1..3Code
}

}  // namespace

StatusOr<EventFormat> ParseEventFormat(const std::string& s) {
  if (s == "jsonl" || s == "json") return EventFormat::kJsonl;
  if (s == "tsv") return EventFormat::kTsv;
  if (s == "gdelt") return EventFormat::kGdelt;
  if (s == "phoenix") return EventFormat::kPhoenix;
  return Status::Invalid("output format '" + s + "': expected jsonl, tsv, gdelt or phoenix");
}

std::string EventHeader(EventFormat f) {
  if (f != EventFormat::kTsv) return "";
  return "event_id\tdoc_id\tsentence\tdate\tsource\ttarget\tsource_text\ttarget_text\tcode\troot\tquad_class\t"
         "goldstein\tverb\tpattern\tlocation\tissues\ttext";
}

std::string FormatEvent(const Event& in, const Document* doc, EventFormat f) {
  Event e = in;
  if (e.event_id.empty()) e.event_id = StableEventId(e);
  if (e.root.empty()) e.root = e.code.substr(0, 2);
  if (e.date.empty() && doc) e.date = doc->date;
  switch (f) {
    case EventFormat::kJsonl: {
      nlohmann::ordered_json j;
      j["event_id"] = e.event_id;
      j["doc_id"] = e.doc_id;
      j["sentence"] = e.sentence;
      j["date"] = e.date;
      j["source"] = e.source;
      j["target"] = e.target;
      j["source_text"] = e.source_text;
      j["target_text"] = e.target_text;
      j["code"] = e.code;
      j["root"] = e.root;
      j["quad_class"] = e.quad_class;
      j["goldstein"] = e.goldstein;
      j["text"] = e.text;
      j["spans"] = {{"source", {e.source_span.begin, e.source_span.end}},
                    {"target", {e.target_span.begin, e.target_span.end}},
                    {"verb", {e.verb_span.begin, e.verb_span.end}}};
      j["verb"] = e.verb;
      j["pattern"] = e.pattern;
      if (!e.dict_version.empty()) j["dict_version"] = e.dict_version;
      if (!e.location.empty()) j["location"] = e.location;
      if (!e.issues.empty()) j["issues"] = e.issues;
      if (doc && !doc->url.empty()) j["url"] = doc->url;
      return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    case EventFormat::kTsv:
      return Join({e.event_id, e.doc_id, std::to_string(e.sentence), e.date, e.source, e.target, e.source_text,
                   e.target_text, e.code, e.root, std::to_string(e.quad_class), Num(e.goldstein), e.verb, e.pattern,
                   e.location, e.issues, e.text});
    case EventFormat::kGdelt: {
      std::vector<std::string> c;
      c.reserve(kGdeltColumns);
      // GLOBALEVENTID is numeric in GDELT: our 64-bit stable id, as a decimal below 2^63.
      unsigned long long id = std::strtoull(e.event_id.c_str(), nullptr, 16) & 0x7fffffffffffffffULL;
      c.push_back(std::to_string(id));
      std::string d = Compact(e.date);
      c.push_back(d);                                    // SQLDATE
      c.push_back(d.size() >= 6 ? d.substr(0, 6) : "");  // MonthYear
      c.push_back(d.size() >= 4 ? d.substr(0, 4) : "");  // Year
      if (d.size() == 8) {                               // FractionDate: YYYY.FFFF
        int y = std::atoi(d.substr(0, 4).c_str()), m = std::atoi(d.substr(4, 2).c_str()),
            dd = std::atoi(d.substr(6, 2).c_str());
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.4f", y + ((m - 1) * 30 + dd) / 365.0);
        c.push_back(buf);
      } else {
        c.push_back("");
      }
      AddActorColumns(&c, e.source, e.source_text);  // 6-15
      AddActorColumns(&c, e.target, e.target_text);  // 16-25
      c.push_back(e.sentence == 0 ? "1" : "0");     // IsRootEvent: coded from the lead sentence
      c.push_back(e.code);                            // EventCode
      c.push_back(e.code.substr(0, 3));               // EventBaseCode
      c.push_back(e.root);                            // EventRootCode
      c.push_back(std::to_string(e.quad_class));      // QuadClass
      c.push_back(Num(e.goldstein));                  // GoldsteinScale
      c.push_back("1");                               // NumMentions (this event = one mention)
      c.push_back("1");                               // NumSources
      c.push_back("1");                               // NumArticles
      c.push_back("");                                // AvgTone (not computed)
      for (int g = 0; g < 3; ++g) {                   // Actor1Geo, Actor2Geo, ActionGeo: 8 columns each
        bool action = g == 2 && !e.location.empty();
        c.push_back("");                              // Type
        c.push_back(action ? e.location : "");        // FullName
        for (int k = 0; k < 6; ++k) c.push_back("");  // CountryCode ADM1 ADM2 Lat Long FeatureID
      }
      c.push_back("");                                // DATEADDED (not known at coding time)
      c.push_back(doc && !doc->url.empty() ? doc->url : e.doc_id);  // SOURCEURL
      return Join(c);
    }
    case EventFormat::kPhoenix: {
      std::vector<std::string> c;
      c.reserve(kPhoenixColumns);
      c.push_back(e.event_id);
      std::string d = Compact(e.date);
      c.push_back(d);
      c.push_back(d.size() >= 4 ? d.substr(0, 4) : "");
      c.push_back(d.size() >= 6 ? d.substr(4, 2) : "");
      c.push_back(d.size() >= 8 ? d.substr(6, 2) : "");
      for (const std::string* code : {&e.source, &e.target}) {
        auto roles = Roles(*code);
        c.push_back(*code);                             // ActorFull
        c.push_back(code->substr(0, std::min<size_t>(3, code->size())));  // Entity
        c.push_back(roles.empty() ? "" : roles[0]);     // Role
        c.push_back(roles.size() > 1 ? roles[1] : "");  // Attribute
      }
      c.push_back(e.code);
      c.push_back(e.root);
      c.push_back(std::to_string(PentaClass(e.root)));
      c.push_back(Num(e.goldstein));
      c.push_back(e.issues);
      c.push_back("");                  // Lat
      c.push_back("");                  // Lon
      c.push_back(e.location);          // LocationName
      c.push_back("");                  // StateName
      c.push_back("");                  // CountryCode (of the location)
      c.push_back(e.doc_id + "_" + std::to_string(e.sentence));  // SentenceID
      c.push_back(doc ? doc->url : "");                           // URLs
      c.push_back(doc ? doc->source : "");                        // NewsSources
      return Join(c);
    }
  }
  return "";
}

}  // namespace dyad
