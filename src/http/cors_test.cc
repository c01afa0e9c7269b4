#include "http/cors.h"

#include <gtest/gtest.h>

namespace helder::http {
namespace {

std::string header(const Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return "";
}

class Cors : public ::testing::Test {
 protected:
  Cors() {
    router_.add({.method = Method::get, .pattern = "/api/v1/casussen", .handler = [](Request&) { return Response{}; }});
    router_.add({.method = Method::post, .pattern = "/api/v1/casussen", .handler = [](Request&) { return Response{}; }});
  }
  Request preflight(std::string origin) {
    Request request;
    request.method = Method::options;
    request.path = "/api/v1/casussen";
    request.headers["origin"] = std::move(origin);
    request.headers["access-control-request-method"] = "POST";
    return request;
  }
  Router router_;
  CorsPolicy policy_{{"https://helder.gemeente.example"}};
};

TEST_F(Cors, NothingIsAllowedByDefault) {
  CorsPolicy none;
  auto answer = answer_preflight(preflight("https://helder.gemeente.example"), none, router_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 403u);
  Response response;
  Request request = preflight("https://helder.gemeente.example");
  request.method = Method::get;
  add_cors_headers(response, request, none);
  EXPECT_TRUE(response.headers.empty());
}

TEST_F(Cors, AllowedOriginGetsPreflightAndHeaders) {
  auto answer = answer_preflight(preflight("https://helder.gemeente.example"), policy_, router_);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 204u);
  EXPECT_EQ(header(*answer, "Access-Control-Allow-Methods"), "GET, POST");
  EXPECT_NE(header(*answer, "Access-Control-Allow-Headers").find("X-CSRF-Token"), std::string::npos);

  Request request = preflight("https://helder.gemeente.example");
  request.method = Method::get;
  Response response;
  add_cors_headers(response, request, policy_);
  EXPECT_EQ(header(response, "Access-Control-Allow-Origin"), "https://helder.gemeente.example");
  EXPECT_EQ(header(response, "Vary"), "Origin");
}

TEST_F(Cors, OtherOriginsAndLookAlikesAreRefused) {
  for (std::string origin : {"https://evil.example", "https://helder.gemeente.example.evil.example",
                             "http://helder.gemeente.example", "null"}) {
    auto answer = answer_preflight(preflight(origin), policy_, router_);
    ASSERT_TRUE(answer) << origin;
    EXPECT_EQ(answer->status, 403u) << origin;
    Request request = preflight(origin);
    request.method = Method::get;
    Response response;
    add_cors_headers(response, request, policy_);
    EXPECT_EQ(header(response, "Access-Control-Allow-Origin"), "") << origin;
  }
}

TEST_F(Cors, PlainOptionsIsNotAPreflight) {
  Request request = preflight("https://helder.gemeente.example");
  request.headers.erase("access-control-request-method");
  EXPECT_FALSE(answer_preflight(request, policy_, router_));
}

}  // namespace
}  // namespace helder::http
