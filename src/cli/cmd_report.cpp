#include "cli/commands.h"

namespace dyad::cli {

void AddReportCommands(CLI::App& app) {
  for (const char* name : {"relations", "dyads", "actors"}) {
    auto* cmd = app.add_subcommand(name, "(not implemented yet)");
    cmd->callback([name] {
      std::fprintf(stderr, "dyad %s: not implemented yet\n", name);
      SetExitCode(2);
    });
  }
}

}  // namespace dyad::cli
