#include "cli/commands.h"

namespace dyad::cli {

void AddEvalCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad eval: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
