#include "serve/server.h"

#include <httplib.h>

#include <cstdio>

#include "serve/assets.h"

namespace dyad::serve {

namespace {

constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

void CommonHeaders(httplib::Response& res) {
  res.set_header("Content-Security-Policy", kCsp);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
}

void JsonError(httplib::Response& res, int status, const std::string& msg) {
  std::string body = "{\"error\":\"";
  for (char c : msg) {
    if (c == '"' || c == '\\') body += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) body += c;
  }
  body += "\"}";
  res.status = status;
  res.set_content(body, "application/json");
}

}  // namespace

struct Server::Impl {
  httplib::Server http;
  std::unique_ptr<Api> api;
};

StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& opts) {
  auto api = Api::Open(opts.db);
  if (!api.ok()) return api.status();
  std::unique_ptr<Server> s(new Server());
  s->opts_ = opts;
  s->impl_ = std::make_unique<Impl>();
  s->impl_->api = std::move(api).value();
  Api* a = s->impl_->api.get();
  auto& http = s->impl_->http;
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK add ~40 ms to every response.
  http.set_tcp_nodelay(true);

  http.Get(R"(/api/.*)", [a](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    Response r = a->Handle(req.path, params);
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
    res.set_header("Cache-Control", "no-store");
    CommonHeaders(res);
  });
  http.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* asset = FindAsset(req.path);
    CommonHeaders(res);
    if (!asset) {
      JsonError(res, 404, "not found: " + req.path);
      return;
    }
    res.status = 200;
    res.set_content(reinterpret_cast<const char*>(asset->data), asset->size, std::string(asset->content_type).c_str());
    res.set_header("Cache-Control", "no-cache");
  });
  auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
    CommonHeaders(res);
    res.set_header("Allow", "GET, HEAD");
    JsonError(res, 405, "method " + req.method + " not allowed: the dashboard and API are read-only");
  };
  http.Post(R"(/.*)", not_allowed);
  http.Put(R"(/.*)", not_allowed);
  http.Patch(R"(/.*)", not_allowed);
  http.Delete(R"(/.*)", not_allowed);
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    CommonHeaders(res);
    JsonError(res, res.status, res.status == 404 ? "not found: " + req.path : "request failed");
  });
  if (opts.log_requests) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s -> %d\n", req.method.c_str(), req.target.c_str(), res.status);
    });
  }
  return s;
}

Server::~Server() = default;

Status Server::Bind() {
  auto& http = impl_->http;
  if (opts_.port == 0) {
    port_ = http.bind_to_any_port(opts_.host);
    if (port_ <= 0) return Status::IoError("cannot listen on " + opts_.host + " (any port)");
  } else {
    if (opts_.port < 0 || opts_.port > 65535) return Status::Invalid("bad port " + std::to_string(opts_.port));
    if (!http.bind_to_port(opts_.host, opts_.port))
      return Status::IoError("cannot listen on " + opts_.host + ":" + std::to_string(opts_.port) +
                             " (address in use or not available)");
    port_ = opts_.port;
  }
  return Status::OK();
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) return Status::IoError("server stopped with an error");
  return Status::OK();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace dyad::serve
