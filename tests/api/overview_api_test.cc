// The overview for managers, policy makers and bestuurders: counts only, small cells hidden.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

std::int64_t total(const json::array& buckets) {
  std::int64_t sum = 0;
  for (const auto& bucket : buckets) {
    if (!bucket.at("aantal").is_null()) sum += bucket.at("aantal").as_int64();
  }
  return sum;
}

TEST(Overview, CountsWithoutPeopleAndWithoutSmallCells) {
  TestServer server(/*with_demo_cases=*/true);
  server.act_as("bestuurder");
  auto overview = server.get("/api/v1/overzicht");
  ASSERT_EQ(overview.status, 200u) << overview.body;
  auto body = overview.json();
  const auto& phases = body.at("perFase").as_array();
  ASSERT_FALSE(phases.empty());
  for (const auto& bucket : phases) {
    if (bucket.at("aantal").is_null()) {
      EXPECT_EQ(bucket.at("minderDan").as_int64(), 5);
    } else {
      EXPECT_GE(bucket.at("aantal").as_int64(), 5);
    }
  }
  // The counts that are shown never exceed the cases there are.
  server.act_as("manager");
  auto all = server.get("/api/v1/casussen?paginaGrootte=100").json();
  EXPECT_LE(total(phases), static_cast<std::int64_t>(all.at("_embedded").at("casussen").as_array().size()));
  // No case reference, resident reference or title appears in it.
  EXPECT_EQ(overview.body.find("INW-"), std::string::npos);
  EXPECT_EQ(overview.body.find("casussen/20"), std::string::npos);
  EXPECT_FALSE(body.at("perDienstverleningstype").as_array().empty());
}

TEST(Overview, IsNotForCaseworkers) {
  TestServer server;
  EXPECT_EQ(server.get("/api/v1/overzicht").status, 403u);
}

}  // namespace
}  // namespace helder::testing
