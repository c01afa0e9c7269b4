// The front end's files: types, caching, client routes, and no way out of the folder.
#include "http/static_files.h"

#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <fstream>
#include <optional>

#include "http/server.h"
#include "support/test_support.h"

namespace helder::http {
namespace {

void write_file(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string header(const Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return {};
}

Request get(std::string path, Method method = Method::get) {
  Request request;
  request.method = method;
  request.path = std::move(path);
  return request;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  StaticFilesTest() {
    write_file(dir_.path() / "dist" / "index.html", "<!doctype html><title>helder</title>");
    write_file(dir_.path() / "dist" / "assets" / "index-a1b2c3.js", "console.log(1)");
    write_file(dir_.path() / "dist" / "assets" / "index-a1b2c3.css", "body{}");
    write_file(dir_.path() / "dist" / "thema.json", "{}");
    write_file(dir_.path() / "dist" / "favicon.svg", "<svg/>");
    write_file(dir_.path() / "secret.txt", "outside the web folder");
    files_.emplace(dir_.path() / "dist");
  }
  // Serves `path` and fails the test (instead of crashing) when nothing is served.
  Response served(std::string path) {
    auto response = files_->serve(get(std::move(path)));
    if (!response) ADD_FAILURE() << "nothing served";
    return response.value_or(Response{});
  }
  testing::TempDir dir_;
  std::optional<StaticFiles> files_;  // made after the files are written
};

TEST_F(StaticFilesTest, ServesIndexAtTheRootWithoutCaching) {
  auto response = files_->serve(get("/"));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200u);
  EXPECT_EQ(response->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(response->body, "<!doctype html><title>helder</title>");
  EXPECT_EQ(header(*response, "Cache-Control"), "no-cache");
  EXPECT_FALSE(header(*response, "ETag").empty());
}

TEST_F(StaticFilesTest, ContentTypesFollowTheExtension) {
  EXPECT_EQ(served("/assets/index-a1b2c3.js").content_type,
            "text/javascript; charset=utf-8");
  EXPECT_EQ(served("/assets/index-a1b2c3.css").content_type, "text/css; charset=utf-8");
  EXPECT_EQ(served("/thema.json").content_type, "application/json");
  EXPECT_EQ(served("/favicon.svg").content_type, "image/svg+xml");
  EXPECT_EQ(StaticFiles::content_type_for("font.WOFF2"), "font/woff2");
  EXPECT_EQ(StaticFiles::content_type_for("archive.tar"), "application/octet-stream");
  EXPECT_EQ(StaticFiles::content_type_for("no-extension"), "application/octet-stream");
}

TEST_F(StaticFilesTest, HashedAssetsAreImmutableOtherFilesRevalidate) {
  EXPECT_EQ(header(served("/assets/index-a1b2c3.js"), "Cache-Control"),
            "public, max-age=31536000, immutable");
  EXPECT_EQ(header(served("/thema.json"), "Cache-Control"), "no-cache");
  EXPECT_EQ(header(served("/index.html"), "Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, ClientRoutesGetTheApplication) {
  for (const auto* route : {"/casussen", "/casussen/2026-000123", "/nieuwe-casus", "/casussen/"}) {
    auto response = files_->serve(get(route));
    ASSERT_TRUE(response) << route;
    EXPECT_EQ(response->body, "<!doctype html><title>helder</title>") << route;
    EXPECT_EQ(header(*response, "Cache-Control"), "no-cache") << route;
  }
}

TEST_F(StaticFilesTest, MissingFilesAreNotAnsweredWithTheApplication) {
  EXPECT_FALSE(files_->serve(get("/assets/gone-123.js")));
  EXPECT_FALSE(files_->serve(get("/robots.txt")));
  EXPECT_FALSE(files_->serve(get("/assets/nieuw")));
}

TEST_F(StaticFilesTest, LeavesApiPathsAndOtherMethodsAlone) {
  EXPECT_FALSE(files_->serve(get("/api/v1/bestaat-niet")));
  EXPECT_FALSE(files_->serve(get("/api")));
  EXPECT_FALSE(files_->serve(get("/healthz")));
  EXPECT_FALSE(files_->serve(get("/", Method::post)));
  EXPECT_FALSE(files_->serve(get("/index.html", Method::del)));
  EXPECT_TRUE(files_->serve(get("/", Method::head)));
}

TEST_F(StaticFilesTest, NoPathLeavesTheFolder) {
  for (const auto* path :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt",
        "/assets/./index-a1b2c3.js", "//etc/passwd", "/assets//index-a1b2c3.js",
        "/index.html%00.js", "/%zz", "/.."}) {
    auto response = files_->serve(get(path));
    EXPECT_FALSE(response) << path << " gave " << (response ? response->body : "");
  }
}

TEST_F(StaticFilesTest, PercentEncodedNamesAreDecoded) {
  write_file(dir_.path() / "dist2" / "met spatie.txt", "ok");
  StaticFiles files(dir_.path() / "dist2");
  ASSERT_TRUE(files.serve(get("/met%20spatie.txt")));
  EXPECT_EQ(files.serve(get("/met%20spatie.txt"))->body, "ok");
}

TEST_F(StaticFilesTest, SymbolicLinksAreNotServed) {
  std::filesystem::create_symlink(dir_.path() / "secret.txt", dir_.path() / "dist" / "link.txt");
  StaticFiles files(dir_.path() / "dist");
  EXPECT_FALSE(files.serve(get("/link.txt")));
}

TEST_F(StaticFilesTest, MatchingETagGives304WithoutBody) {
  auto etag = header(served("/"), "ETag");
  ASSERT_FALSE(etag.empty());
  auto request = get("/");
  request.headers["if-none-match"] = "\"other\", " + etag;
  auto again = files_->serve(request);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304u);
  EXPECT_TRUE(again->body.empty());
  request.headers["if-none-match"] = "\"other\"";
  auto changed = files_->serve(request);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->status, 200u);
}

TEST_F(StaticFilesTest, AMissingFolderServesNothing) {
  StaticFiles none(dir_.path() / "does-not-exist");
  EXPECT_EQ(none.file_count(), 0u);
  EXPECT_FALSE(none.serve(get("/")));
  EXPECT_FALSE(none.serve(get("/casussen")));
}

// Over the wire, through the server's fallback: HEAD gets a GET's headers and no body, API
// paths still get problem+json, and the standard security headers are there.
TEST_F(StaticFilesTest, ServerFallsBackToTheFrontEndForUnmatchedPaths) {
  Router router;
  router.add({.method = Method::get,
              .pattern = "/healthz",
              .handler = [](Request&) { return Response{200, "application/json", "{}", {}}; },
              .access = Access::anonymous});
  ServerConfig config;
  config.port = 0;
  config.io_threads = 1;
  config.worker_threads = 1;
  config.access_log = false;
  config.fallback = [this](const Request& request) { return files_->serve(request); };
  Server server(config, router, [](const Request&) -> Result<Principal> {
    return fail({ErrorCode::unauthenticated, "nee", {}});
  });
  ASSERT_TRUE(server.start());

  auto page = testing::send_request(server.port(), "GET", "/casussen/2026-000001");
  EXPECT_EQ(page.status, 200u);
  EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(page.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(page.header("x-frame-options"), "DENY");

  auto api = testing::send_request(server.port(), "GET", "/api/v1/bestaat-niet");
  EXPECT_EQ(api.status, 404u);
  EXPECT_EQ(api.header("content-type"), "application/problem+json");
  EXPECT_EQ(testing::send_request(server.port(), "GET", "/healthz").status, 200u);
  EXPECT_EQ(testing::send_request(server.port(), "GET", "/../secret.txt").status, 404u);

  auto head = testing::raw_exchange(server.port(),
                           "HEAD /assets/index-a1b2c3.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(head.starts_with("HTTP/1.1 200")) << head;
  EXPECT_NE(head.find("Content-Length: 14\r\n"), std::string::npos) << head;
  EXPECT_TRUE(head.ends_with("\r\n\r\n")) << "HEAD must carry no body: " << head;
  server.shutdown();
}

}  // namespace
}  // namespace helder::http
