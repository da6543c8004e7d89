#include "cli/commands.h"

namespace dyad::cli {

void AddParseCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("parse", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad parse: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
