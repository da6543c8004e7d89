#include "cli/commands.h"

namespace dyad::cli {

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad serve: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
