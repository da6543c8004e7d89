#include "cli/commands.h"

namespace dyad::cli {

void AddValidateCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad validate: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
