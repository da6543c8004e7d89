// STUB: replaced by the real readers.
#include "text/reader.h"

namespace dyad {

std::string NormalizeDate(const std::string& s) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') return s;
  if (s.size() == 8) return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  return "";
}

StatusOr<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path, const ReadOptions&) {
  return Status::Internal(path + ": readers not implemented yet");
}

}  // namespace dyad
