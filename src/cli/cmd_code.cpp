#include "cli/commands.h"

namespace dyad::cli {

void AddCodeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad code: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
