// dyad serve: the web dashboard and JSON API over an event store (serve/).
// Also the hidden `dyad synth`: writes a synthetic event store for tests,
// the browser test and benchmarks.
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "cli/commands.h"
#include "serve/server.h"
#include "serve/synth.h"

namespace dyad::cli {

namespace {
serve::Server* g_server = nullptr;
extern "C" void StopServer(int) {
  if (g_server) g_server->Stop();
}
}  // namespace

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Web dashboard and JSON API over an event store (read-only)");
  static serve::ServerOptions opts;
  static bool log = false;
  cmd->add_option("--db", opts.db, "Event store (SQLite) written by `dyad code`")->required();
  cmd->add_option("--host", opts.host, "Address to listen on (loopback by default)")->capture_default_str();
  cmd->add_option("--port", opts.port, "Port (0 = any free port; the chosen one is printed)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_flag("--log", log, "Log each request on stderr");
  cmd->callback([] {
    opts.log_requests = log;
    if (access(opts.db.c_str(), R_OK) != 0) {
      std::fprintf(stderr, "dyad serve: %s: cannot read the database file\n", opts.db.c_str());
      SetExitCode(1);
      return;
    }
    auto server = serve::Server::Create(opts);
    if (!server.ok()) {
      std::fprintf(stderr, "dyad serve: %s\n", server.status().message().c_str());
      SetExitCode(1);
      return;
    }
    Status s = (*server)->Bind();
    if (!s.ok()) {
      std::fprintf(stderr, "dyad serve: %s\n", s.message().c_str());
      SetExitCode(1);
      return;
    }
    g_server = server->get();
    std::signal(SIGINT, StopServer);
    std::signal(SIGTERM, StopServer);
    if (opts.host != "127.0.0.1" && opts.host != "localhost" && opts.host != "::1")
      std::fprintf(stderr, "dyad serve: note: listening on %s, not loopback: anyone who reaches this port can read the store\n",
                   opts.host.c_str());
    std::printf("dyad serve: listening on http://%s:%d/ (database %s, read-only)\n", opts.host.c_str(),
                (*server)->port(), opts.db.c_str());
    std::fflush(stdout);
    s = (*server)->Run();
    g_server = nullptr;
    if (!s.ok()) {
      std::fprintf(stderr, "dyad serve: %s\n", s.message().c_str());
      SetExitCode(1);
    }
  });

  auto* synth = app.add_subcommand("synth", "Write a synthetic event store (tests and benchmarks)");
  synth->group("");  // hidden from --help
  static std::string synth_db;
  static serve::SynthOptions sopts;
  synth->add_option("--db", synth_db, "New SQLite file to write")->required();
  synth->add_option("--events", sopts.events, "Number of events")->capture_default_str()->check(CLI::Range(0LL, 100000000LL));
  synth->add_option("--seed", sopts.seed, "Random seed")->capture_default_str();
  synth->add_option("--first-date", sopts.first_date, "First date YYYY-MM-DD")->capture_default_str();
  synth->add_option("--days", sopts.days, "Days spanned")->capture_default_str()->check(CLI::Range(1, 100000));
  synth->callback([] {
    sopts.progress = isatty(2);
    Status s = serve::WriteSyntheticStore(synth_db, sopts);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad synth: %s\n", s.message().c_str());
      SetExitCode(1);
    }
  });
}

}  // namespace dyad::cli
