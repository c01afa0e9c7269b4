// The published OpenAPI document names exactly the routes the router has.
#include <gtest/gtest.h>

#include <set>

#include "support/test_support.h"

namespace helder::testing {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(OpenApi, DescribesExactlyTheRoutesOfTheRouter) {
  TestServer server;
  auto result = server.get("/api/v1/openapi.json");
  ASSERT_EQ(result.status, 200u);
  auto document = result.json().as_object();
  EXPECT_TRUE(document.at("openapi").as_string().starts_with("3."));

  std::set<std::string> documented;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      documented.insert(lower(method) + " " + std::string(path));
    }
  }
  std::set<std::string> routed;
  for (const auto& route : server.router().routes()) {
    routed.insert(lower(http::to_string(route.method)) + " " + route.pattern);
  }
  EXPECT_EQ(documented, routed);
}

TEST(OpenApi, EveryOperationHasAnIdAndDocumentsItsErrors) {
  TestServer server;
  auto document = server.get("/api/v1/openapi.json").json().as_object();
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      const auto& op = operation.as_object();
      EXPECT_TRUE(op.contains("operationId")) << method << " " << path;
      EXPECT_TRUE(op.at("responses").as_object().contains("400")) << method << " " << path;
    }
  }
}

}  // namespace
}  // namespace helder::testing
