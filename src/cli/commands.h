// The dyad command line: one Add*Command per file, each registering a
// subcommand on the CLI11 app. Commands report their exit status through
// SetExitCode(); main returns it.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void SetExitCode(int code);
int ExitCode();

void AddTokenizeCommand(CLI::App& app);   // cmd_tokenize.cpp  (text/)
void AddParseCommand(CLI::App& app);      // cmd_parse.cpp     (parse/)
void AddTrainCommand(CLI::App& app);      // cmd_train.cpp     (parse/)
void AddEvalCommand(CLI::App& app);       // cmd_eval.cpp      (the `eval` group; `eval parse`)
void AddEvalEventsCommand(CLI::App* eval); // cmd_eval_events.cpp (`eval events`: gold event sentences)
void AddCodeCommand(CLI::App& app);       // cmd_code.cpp      (code/ + store/)
void AddValidateCommand(CLI::App& app);   // cmd_validate.cpp  (code/ validation suites)
void AddReportCommands(CLI::App& app);    // cmd_report.cpp    (analyze/: relations, dyads, actors)
void AddServeCommand(CLI::App& app);      // cmd_serve.cpp     (serve/)

}  // namespace dyad::cli
