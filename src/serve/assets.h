// The dashboard's static files, embedded into the binary at build time.
// cmake/embed.cmake runs scripts/build-web, which bundles web/ with esbuild
// and generates a .cpp defining EmbeddedAssets() (the bytes are pulled in by
// the assembler's .incbin, so the generated source stays small).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace dyad::serve {

struct Asset {
  std::string_view path;          // URL path, e.g. "/index.html", "/app.js"
  std::string_view content_type;  // e.g. "text/html; charset=utf-8"
  const unsigned char* data;
  size_t size;
};

// All embedded files (defined in the generated assets .cpp).
std::span<const Asset> EmbeddedAssets();

// The asset for a URL path: exact match only ("/" means "/index.html"), so a
// path with "..", "%2e" or any other spelling is simply not found.
const Asset* FindAsset(std::string_view path);

}  // namespace dyad::serve
