// STUB: codes nothing. Replaced by the real coding engine.
#include "code/coder.h"

#include <cstdlib>

namespace dyad {

class CoderImpl {
 public:
  std::vector<std::string> warnings;
  std::string version = "stub";
};

StatusOr<Coder> Coder::Load(const CoderOptions& options) {
  Coder c;
  c.impl_ = std::make_shared<CoderImpl>();
  return c;
}

std::string Coder::DefaultDictDir() {
  if (const char* e = std::getenv("DYAD_DICT")) return e;
  return std::string(DYAD_SOURCE_DIR_FALLBACK) + "/dict";
}

std::vector<Event> Coder::Code(const Document& doc, std::vector<std::string>* explain) const { return {}; }
const std::vector<std::string>& Coder::warnings() const { return impl_->warnings; }
const std::string& Coder::dict_version() const { return impl_->version; }

}  // namespace dyad
