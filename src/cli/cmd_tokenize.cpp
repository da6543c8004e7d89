#include "cli/commands.h"

namespace dyad::cli {

void AddTokenizeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("tokenize", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad tokenize: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
