// What every response shares: headers, errors as problem+json, authentication, shutdown.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <thread>

#include "http/problem.h"
#include "http/server.h"
#include "support/test_support.h"

namespace helder::testing {
namespace {

class HttpBehaviour : public ::testing::Test {
 protected:
  TestServer server_;
};

TEST_F(HttpBehaviour, EveryResponseCarriesVersionAndSecurityHeaders) {
  for (const auto& target : {"/healthz", "/api/v1/casussen", "/api/v1/bestaat-niet"}) {
    auto result = server_.get(target);
    EXPECT_EQ(result.header("api-version"), "1.0.0") << target;
    EXPECT_EQ(result.header("x-content-type-options"), "nosniff") << target;
    EXPECT_EQ(result.header("x-frame-options"), "DENY") << target;
    EXPECT_NE(result.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(result.header("cache-control"), "no-store") << target;
  }
}

TEST_F(HttpBehaviour, UnsupportedMethodIs405WithAllow) {
  auto result = send_request(server_.port(), "DELETE", "/api/v1/casussen");
  EXPECT_EQ(result.status, 405u);
  EXPECT_EQ(result.header("allow"), "POST, GET");
  EXPECT_EQ(result.header("content-type"), "application/problem+json");
}

TEST_F(HttpBehaviour, TrailingSlashIs404) {
  EXPECT_EQ(server_.get("/api/v1/casussen/").status, 404u);
  EXPECT_EQ(server_.get("/api/v1/regelingen/").status, 404u);
}

TEST_F(HttpBehaviour, HealthAndOpenApiNeedNoLogin) {
  TestServer anonymous;
  anonymous.act_as("");
  EXPECT_EQ(anonymous.get("/healthz").status, 200u);
  EXPECT_EQ(anonymous.get("/api/v1/openapi.json").status, 200u);
  auto refused = anonymous.get("/api/v1/casussen");
  EXPECT_EQ(refused.status, 401u);
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
}

TEST_F(HttpBehaviour, GarbageIsAClearError) {
  std::string reply = raw_exchange(server_.port(), "HELLO\r\n\r\n");
  EXPECT_TRUE(reply.starts_with("HTTP/1.1 400")) << reply;
  EXPECT_NE(reply.find("application/problem+json"), std::string::npos);
}

TEST_F(HttpBehaviour, KeepAliveServesManyRequestsOnOneConnection) {
  std::string reply = raw_exchange(server_.port(),
                                   "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                   "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  std::size_t first = reply.find("HTTP/1.1 200");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(reply.find("HTTP/1.1 200", first + 1), std::string::npos) << reply;
}

TEST(HttpShutdown, ClosesIdleConnectionsAndStops) {
  auto server = std::make_unique<TestServer>();
  boost::asio::io_context io;
  boost::asio::ip::tcp::socket idle(io);
  idle.connect({boost::asio::ip::make_address("127.0.0.1"), server->port()});
  // One request with keep-alive, so the connection is open and idle inside the server.
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  boost::asio::write(idle, boost::asio::buffer(request));
  char buffer[4096];
  std::size_t got = idle.read_some(boost::asio::buffer(buffer));
  ASSERT_TRUE(std::string_view(buffer, got).starts_with("HTTP/1.1 200"));

  std::thread stopper([&] { server.reset(); });
  boost::system::error_code error;
  idle.read_some(boost::asio::buffer(buffer), error);
  EXPECT_EQ(error, boost::asio::error::eof) << "the server should close an idle connection";
  stopper.join();
}

// A held response (what the processing log uses) leaves only when its holder releases it,
// from another thread, and its refusal leaves instead when the holder says it failed.
TEST(HeldResponses, LeaveWhenReleasedOrGiveTheirRefusal) {
  std::atomic<int> holds_started = 0;
  auto held = [&](bool release) {
    return [&, release](http::Request&) {
      http::Response response{200, "application/json", R"({"geheim":"alleen na vastleggen"})", {}};
      response.refusal = std::make_shared<const http::Response>(http::problem(503, "niet vastgelegd"));
      response.hold = [&holds_started, release](std::function<void(bool)> done) {
        ++holds_started;
        std::thread([done = std::move(done), release] {
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          done(release);
        }).detach();
      };
      return response;
    };
  };
  http::Router router;
  router.add({http::Method::get, "/vrijgegeven", held(true), http::Access::anonymous,
              http::Execution::inline_on_io, "released"});
  router.add({http::Method::get, "/geweigerd", held(false), http::Access::anonymous,
              http::Execution::blocking, "refused"});
  http::ServerConfig config;
  config.port = 0;
  config.io_threads = 1;
  config.access_log = false;
  http::Server server(config, router, [](const http::Request&) -> Result<Principal> { return Principal{}; });
  ASSERT_TRUE(server.start());

  auto released = send_request(server.port(), "GET", "/vrijgegeven");
  EXPECT_EQ(released.status, 200u);
  EXPECT_NE(released.body.find("alleen na vastleggen"), std::string::npos);
  EXPECT_EQ(released.header("x-content-type-options"), "nosniff");  // finished like any other

  auto refused = send_request(server.port(), "GET", "/geweigerd");
  EXPECT_EQ(refused.status, 503u);
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
  EXPECT_EQ(refused.body.find("geheim"), std::string::npos);
  EXPECT_EQ(holds_started, 2);
  server.shutdown();
}

// The request scope (the API's read snapshot) is open on the event loop while an inline
// route authenticates and runs, closed before its held response waits, and never opened for
// a route on the worker pool.
TEST(RequestScope, SpansAnInlineRouteOnlyUntilItsHandlerReturns) {
  thread_local int open_here = 0;  // scopes open on the calling thread
  std::atomic<int> opened = 0;
  std::atomic<int> open_in_authentication = 0, open_in_handler = 0, open_in_hold = 0;
  auto handler = [&](http::Request&) {
    open_in_handler += open_here;
    http::Response response{200, "application/json", "{}", {}};
    response.hold = [&](std::function<void(bool)> done) {
      open_in_hold += open_here;
      done(true);
    };
    return response;
  };
  http::Router router;
  router.add({http::Method::get, "/op-de-lus", handler, http::Access::authenticated,
              http::Execution::inline_on_io, "inline"});
  router.add({http::Method::get, "/op-een-werker", handler, http::Access::authenticated,
              http::Execution::blocking, "blocking"});
  http::ServerConfig config;
  config.port = 0;
  config.io_threads = 1;
  config.access_log = false;
  config.inline_request_scope = [&]() -> std::shared_ptr<void> {
    ++opened;
    ++open_here;
    return std::shared_ptr<void>(nullptr, [](void*) { --open_here; });
  };
  http::Server server(config, router, [&](const http::Request&) -> Result<Principal> {
    open_in_authentication += open_here;
    return Principal{};
  });
  ASSERT_TRUE(server.start());

  EXPECT_EQ(send_request(server.port(), "GET", "/op-de-lus").status, 200u);
  EXPECT_EQ(opened, 1);
  EXPECT_EQ(open_in_authentication, 1);
  EXPECT_EQ(open_in_handler, 1);
  EXPECT_EQ(open_in_hold, 0);

  EXPECT_EQ(send_request(server.port(), "GET", "/op-een-werker").status, 200u);
  EXPECT_EQ(opened, 1);
  EXPECT_EQ(open_in_authentication, 1);
  EXPECT_EQ(open_in_handler, 1);
  server.shutdown();
}

}  // namespace
}  // namespace helder::testing
