#include "dict/cameo.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "dict/dict_util.h"

namespace dyad::dict {

namespace {
std::vector<std::string> SplitTab(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t t = line.find('\t', start);
    out.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
    if (t == std::string::npos) break;
    start = t + 1;
  }
  return out;
}
}  // namespace

Status CameoTable::LoadFile(const std::string& path, Diagnostics* diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open CAMEO table");
  std::string line;
  size_t ln = 0;
  int c_code = -1, c_name = -1, c_gold = -1, c_quad = -1;
  while (std::getline(in, line)) {
    ++ln;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTab(line);
    if (c_code < 0) {
      for (int i = 0; i < static_cast<int>(f.size()); ++i) {
        std::string h = f[i];
        if (h == "code") c_code = i;
        else if (h == "name" || (c_name < 0 && h.rfind("name", 0) == 0)) c_name = i;
        else if (h == "goldstein" || (c_gold < 0 && h.rfind("goldstein", 0) == 0)) c_gold = i;
        else if (h == "quad_class" || (c_quad < 0 && (h.rfind("quad", 0) == 0))) c_quad = i;
      }
      if (c_code < 0 || c_gold < 0) return Status::Invalid(path + ":1: header needs columns code and goldstein");
      continue;
    }
    if (static_cast<int>(f.size()) <= std::max(c_code, c_gold)) {
      if (Status s = diag->Report(path, ln, "too few columns"); !s.ok()) return s;
      continue;
    }
    CameoInfo info;
    if (c_name >= 0 && c_name < static_cast<int>(f.size())) info.name = f[c_name];
    char* end = nullptr;
    info.goldstein = std::strtod(f[c_gold].c_str(), &end);
    if (f[c_gold].empty() || *end != '\0') {
      if (Status s = diag->Report(path, ln, "bad goldstein value '" + f[c_gold] + "'"); !s.ok()) return s;
      continue;
    }
    info.quad_class = QuadFromRoot(f[c_code]);
    if (c_quad >= 0 && c_quad < static_cast<int>(f.size()) && !f[c_quad].empty()) {
      int q = std::atoi(f[c_quad].c_str());
      if (q >= 1 && q <= 4) info.quad_class = q;
    }
    codes_[f[c_code]] = std::move(info);
  }
  return Status::OK();
}

const CameoInfo* CameoTable::Find(const std::string& code) const {
  for (size_t len : {code.size(), size_t{3}, size_t{2}}) {
    if (len > code.size()) continue;
    auto it = codes_.find(code.substr(0, len));
    if (it != codes_.end()) return &it->second;
  }
  return nullptr;
}

int CameoTable::QuadFromRoot(const std::string& code) {
  if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1])))
    return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

Status Ontology::LoadFile(const std::string& path, Diagnostics* diag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open ontology");
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) continue;  // continuation comments
    std::string code(Trim(t.substr(0, colon)));
    std::string expr(Trim(StripComment(t.substr(colon + 1), "#")));
    long value = 0;
    bool ok = !expr.empty();
    size_t i = 0;
    while (ok && i < expr.size()) {
      int sign = 1;
      if (expr[i] == '+' || expr[i] == '-') {
        sign = expr[i] == '-' ? -1 : 1;
        ++i;
      }
      char* end = nullptr;
      long v = std::strtol(expr.c_str() + i, &end, 0);
      if (end == expr.c_str() + i) {
        ok = false;
        break;
      }
      value += sign * v;
      i = end - expr.c_str();
    }
    if (!ok) {
      if (Status s = diag->Report(path, ln, "bad ontology value '" + expr + "'"); !s.ok()) return s;
      continue;
    }
    to_value_[code] = value;
    if (!to_code_.count(value)) to_code_[value] = code;
  }
  return Status::OK();
}

std::string Ontology::Negate(const std::string& code) const {
  auto it = to_value_.find(code);
  if (it == to_value_.end()) return "";
  long v = it->second - 0xFFFF;
  if (v == 0) return "";
  auto back = to_code_.find(v);
  return back == to_code_.end() ? "" : back->second;
}

}  // namespace dyad::dict
