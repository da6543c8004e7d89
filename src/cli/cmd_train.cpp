#include "cli/commands.h"

namespace dyad::cli {

void AddTrainCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("train", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad train: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
