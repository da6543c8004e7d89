#include "cli/commands.h"

namespace dyad::cli {

void AddEvalCommand(CLI::App& app) {
  auto* eval = app.add_subcommand("eval", "Evaluate against gold data");
  eval->require_subcommand(1);
  auto* parse = eval->add_subcommand("parse", "(not implemented yet)");
  parse->callback([] {
    std::fprintf(stderr, "dyad eval parse: not implemented yet\n");
    SetExitCode(2);
  });
  AddEvalEventsCommand(eval);
}

}  // namespace dyad::cli
