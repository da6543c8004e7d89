// `dyad serve`: the HTTP server (cpp-httplib) in front of serve/api.h and the
// embedded dashboard (serve/assets.h).
//
// Routes: GET /api/... -> Api::Handle (JSON); GET / and the embedded files ->
// the dashboard; anything else 404; methods other than GET/HEAD 405. Every
// response carries a Content-Security-Policy that allows only this origin, so
// the dashboard cannot make a request that leaves the machine.
#pragma once

#include <memory>
#include <string>

#include "serve/api.h"
#include "text/status.h"

namespace dyad::serve {

struct ServerOptions {
  std::string db;                  // event store (opened read-only)
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0 = any free port (see Server::port())
  bool log_requests = false;       // one line per request on stderr
};

class Server {
 public:
  // Opens the database; fails naming the file.
  static StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& opts);
  ~Server();

  // Binds the listening socket; fails naming host and port.
  Status Bind();
  // The bound port (after Bind).
  int port() const { return port_; }
  // Serves until Stop() is called (from another thread or a signal handler).
  Status Run();
  void Stop();

 private:
  Server() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ServerOptions opts_;
  int port_ = 0;
};

}  // namespace dyad::serve
