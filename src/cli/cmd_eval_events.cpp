#include "cli/commands.h"

namespace dyad::cli {

void AddEvalEventsCommand(CLI::App* eval) {
  auto* cmd = eval->add_subcommand("events", "(not implemented yet)");
  cmd->callback([] {
    std::fprintf(stderr, "dyad eval events: not implemented yet\n");
    SetExitCode(2);
  });
}

}  // namespace dyad::cli
