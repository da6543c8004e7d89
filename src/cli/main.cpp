// dyad: news text to political event data. Thin entry point; every
// subcommand lives in its own cmd_*.cpp file.
#include <atomic>
#include <cstdio>

#include "cli/commands.h"

namespace dyad::cli {
namespace {
std::atomic<int> g_exit_code{0};
}
void SetExitCode(int code) { g_exit_code = code; }
int ExitCode() { return g_exit_code; }
}  // namespace dyad::cli

int main(int argc, char** argv) {
  CLI::App app{"dyad: turns news text into political event data (CAMEO) and tracks dyads over time"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  dyad::cli::AddTokenizeCommand(app);
  dyad::cli::AddParseCommand(app);
  dyad::cli::AddTrainCommand(app);
  dyad::cli::AddEvalCommand(app);
  dyad::cli::AddCodeCommand(app);
  dyad::cli::AddValidateCommand(app);
  dyad::cli::AddReportCommands(app);
  dyad::cli::AddServeCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return dyad::cli::ExitCode();
}
