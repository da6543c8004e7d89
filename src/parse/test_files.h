// Test-only helpers shared by the parse/ unit tests: scratch file paths and
// whole-file reads. Not part of the library.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::parse::testing {

// A path in the system temp directory: "dyad_<prefix>_test_<pid>_<name>" (the process id
// keeps two test runs at the same time, e.g. two build trees, off each other's files).
inline std::string TempPath(const std::string& prefix, const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_" + prefix + "_test_" + std::to_string(getpid()) + "_" + name))
      .string();
}

// The whole file as bytes ("" when it cannot be read).
inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::parse::testing
