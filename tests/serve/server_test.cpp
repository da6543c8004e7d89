// HTTP-level tests of `dyad serve`: a real server on a free loopback port and
// cpp-httplib's client. Routing, status codes, headers, embedded assets, path
// traversal and methods.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/assets.h"
#include "serve/server.h"
#include "serve/synth.h"

namespace dyad::serve {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("dyad-server-test-" + std::to_string(getpid()) + ".sqlite")).string();
    fs::remove(path_);
    SynthOptions o;
    o.events = 300;
    ASSERT_TRUE(WriteSyntheticStore(path_, o).ok());
    ServerOptions so;
    so.db = path_;
    so.port = 0;
    auto s = Server::Create(so);
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(s).value();
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    // Wait until it answers.
    for (int i = 0; i < 200; ++i) {
      if (auto r = client_->Get("/api/summary")) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    fs::remove(path_);
  }
  std::string path_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, ApiAnswersJsonWithSecurityHeaders) {
  auto r = client_->Get("/api/summary");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_THAT(r->get_header_value("Content-Security-Policy"), ::testing::HasSubstr("connect-src 'self'"));
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(json::parse(r->body)["events"], 300);

  auto q = client_->Get("/api/events?a=KOR&limit=2&q=%27%20OR%201%3D1");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->status, 200);
  auto bad = client_->Get("/api/events?a=KOR%27%20OR%201%3D1");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_THAT(json::parse(bad->body)["error"].get<std::string>(), ::testing::HasSubstr("'a'"));
  auto limit = client_->Get("/api/events?limit=abc");
  ASSERT_TRUE(limit);
  EXPECT_EQ(limit->status, 400);
}

TEST_F(ServerTest, DashboardIsEmbedded) {
  auto r = client_->Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_THAT(r->get_header_value("Content-Type"), ::testing::HasSubstr("text/html"));
  EXPECT_THAT(r->body, ::testing::HasSubstr("<title>dyad"));
  const Asset* index = FindAsset("/index.html");
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(r->body.size(), index->size);
  // Every embedded file is served with its bytes and type.
  for (const Asset& a : EmbeddedAssets()) {
    auto f = client_->Get(std::string(a.path));
    ASSERT_TRUE(f) << a.path;
    EXPECT_EQ(f->status, 200);
    EXPECT_EQ(f->body.size(), a.size) << a.path;
    EXPECT_EQ(f->get_header_value("Content-Type"), a.content_type);
  }
}

TEST_F(ServerTest, UnknownPathsAndTraversal404) {
  for (const char* p : {"/nope", "/api/nope", "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc%2fpasswd",
                        "//etc/passwd", "/index.html/../../../etc/passwd", "/web/src/main.js", "/CMakeLists.txt"}) {
    auto r = client_->Get(p);
    ASSERT_TRUE(r) << p;
    EXPECT_EQ(r->status, p == std::string("/api/nope") ? 404 : r->status) << p;
    EXPECT_TRUE(r->status == 404 || r->status == 400) << p << " -> " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << p;
  }
}

TEST_F(ServerTest, OnlyGetAndHead) {
  auto post = client_->Post("/api/summary", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto del = client_->Delete("/api/events");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto head = client_->Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST(ServerCreate, BadDatabaseAndBusyPort) {
  ServerOptions so;
  so.db = "/nonexistent/store.sqlite";
  auto s = Server::Create(so);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.status().message(), ::testing::HasSubstr("/nonexistent/store.sqlite"));
}

}  // namespace
}  // namespace dyad::serve
