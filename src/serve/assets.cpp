#include "serve/assets.h"

namespace dyad::serve {

const Asset* FindAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  for (const Asset& a : EmbeddedAssets())
    if (a.path == path) return &a;
  return nullptr;
}

}  // namespace dyad::serve
