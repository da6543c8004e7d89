// CAMEO code facts: names, Goldstein scores and quad classes (dict/cameo.tsv:
// tab-separated with a header naming at least the columns code, goldstein and
// quad_class; "name" optional), and the optional PETRARCH internal coding
// ontology (PICO) used to turn a negated code into its opposite.
#pragma once

#include <string>
#include <unordered_map>

#include "dict/actors.h"
#include "text/status.h"

namespace dyad::dict {

struct CameoInfo {
  std::string name;
  double goldstein = 0.0;
  int quad_class = 0;
};

class CameoTable {
 public:
  Status LoadFile(const std::string& path, Diagnostics* diag);
  // Exact code, else its 3-digit parent, else its root; nullptr if none.
  const CameoInfo* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }
  // Quad class from the root code alone: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
  static int QuadFromRoot(const std::string& code);

 private:
  std::unordered_map<std::string, CameoInfo> codes_;
};

// PICO: "CODE:0xHEX[+-0xHEX...]#comment". Negation subtracts 0xFFFF; the result
// maps back to a code only if some code has exactly that value.
class Ontology {
 public:
  Status LoadFile(const std::string& path, Diagnostics* diag);
  bool empty() const { return to_value_.empty(); }
  // The code meaning "not <code>", or "" when the ontology has none.
  std::string Negate(const std::string& code) const;

 private:
  std::unordered_map<std::string, long> to_value_;
  std::unordered_map<long, std::string> to_code_;
};

}  // namespace dyad::dict
