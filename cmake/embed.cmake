# dyad serve: link cpp-httplib and embed the dashboard into dyad_serve.
#
# Debian's libcpp-httplib-dev 0.11 is a compiled library (libcpp-httplib.so),
# not header-only: link it through pkg-config, which also brings the
# CPPHTTPLIB_*_SUPPORT definitions it was built with (they change its ABI).
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
target_link_libraries(dyad_serve PUBLIC PkgConfig::HTTPLIB Threads::Threads)

# The front end: scripts/build-web bundles web/src with esbuild (npm packages
# pinned by web/package-lock.json) into ${CMAKE_BINARY_DIR}/web/dist and writes
# web/assets_data.cpp, which pulls those files in with .incbin. Each build
# directory has its own output, so parallel build trees do not collide.
set(DYAD_WEB_OUT ${CMAKE_BINARY_DIR}/web)
set(DYAD_WEB_CPP ${DYAD_WEB_OUT}/assets_data.cpp)
file(GLOB DYAD_WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/src/*)
find_program(DYAD_NODE node)
if(DYAD_NODE)
  add_custom_command(
    OUTPUT ${DYAD_WEB_CPP} ${DYAD_WEB_OUT}/dist/app.js
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/build-web ${DYAD_WEB_OUT}
    DEPENDS ${DYAD_WEB_SOURCES} ${CMAKE_SOURCE_DIR}/web/build.mjs ${CMAKE_SOURCE_DIR}/web/package.json
            ${CMAKE_SOURCE_DIR}/web/package-lock.json ${CMAKE_SOURCE_DIR}/scripts/build-web
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/web
    COMMENT "Building the dashboard (web/) and embedding it"
    VERBATIM)
  # .incbin reads the dist files at assembly time: recompile when they change.
  set_source_files_properties(${DYAD_WEB_CPP} PROPERTIES
    OBJECT_DEPENDS "${DYAD_WEB_OUT}/dist/app.js")
else()
  # No node: a stand-in page saying how to get the dashboard; the API still works.
  message(WARNING "node not found: dyad serve will embed a stand-in page (run scripts/setup)")
  file(WRITE ${DYAD_WEB_OUT}/dist/index.html
    "<!doctype html><title>dyad</title><p>The dashboard was not built: node and npm were missing at build time. Run scripts/setup and rebuild. The JSON API under /api/ works.</p>\n")
  file(SIZE ${DYAD_WEB_OUT}/dist/index.html DYAD_WEB_INDEX_SIZE)
  file(WRITE ${DYAD_WEB_CPP}
"#include \"serve/assets.h\"
asm(\".pushsection .rodata\\n.global dyad_web_asset_0\\n.hidden dyad_web_asset_0\\ndyad_web_asset_0:\\n.incbin \\\"${DYAD_WEB_OUT}/dist/index.html\\\"\\n.byte 0\\n.popsection\\n\");
extern \"C\" const unsigned char dyad_web_asset_0[];
namespace dyad::serve {
static const Asset kAssets[] = {{\"/index.html\", \"text/html; charset=utf-8\", dyad_web_asset_0, ${DYAD_WEB_INDEX_SIZE}}};
std::span<const Asset> EmbeddedAssets() { return kAssets; }
}  // namespace dyad::serve
")
endif()
target_sources(dyad_serve PRIVATE ${DYAD_WEB_CPP})
