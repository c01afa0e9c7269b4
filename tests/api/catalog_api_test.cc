// The catalog and regulation routes serve what was loaded from catalog/.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

class CatalogApi : public ::testing::Test {
 protected:
  TestServer server_;
};

TEST_F(CatalogApi, ServesEveryCatalogInFull) {
  for (const auto& catalog : test_catalogs().all()) {
    if (catalog.id == catalog::kRegulations) continue;
    auto result = server_.get("/api/v1/catalogus/" + catalog.id);
    ASSERT_EQ(result.status, 200u) << catalog.id;
    auto body = result.json().as_object();
    EXPECT_EQ(body.at("catalogus"), catalog.id.c_str());
    EXPECT_EQ(body.at("items").as_array().size(), catalog.entries.size()) << catalog.id;
    EXPECT_EQ(body.at("groepen").as_array().size(), catalog.groups.size()) << catalog.id;
  }
  auto index = server_.get("/api/v1/catalogus").json();
  EXPECT_EQ(index.at("_embedded").at("catalogi").as_array().size(), test_catalogs().all().size() - 1);
}

TEST_F(CatalogApi, ArgumentsCarryThemeAndSide) {
  auto arguments = server_.get("/api/v1/catalogus/argumenten").json();
  std::set<std::string> sides;
  for (const auto& item : arguments.at("items").as_array()) {
    sides.insert(std::string(item.at("kant").as_string()));
    EXPECT_TRUE(item.as_object().contains("hoofdgroep"));
  }
  EXPECT_EQ(sides, (std::set<std::string>{"voor", "tegen"}));
}

TEST_F(CatalogApi, ServiceTypesHaveTheirShares) {
  auto types = server_.get("/api/v1/catalogus/dienstverleningstypen").json();
  int total = 0;
  for (const auto& item : types.at("items").as_array()) total += static_cast<int>(item.at("aandeelProcent").as_int64());
  EXPECT_EQ(total, 100);
}

TEST_F(CatalogApi, ListsTheRegulations) {
  auto regulations = server_.get("/api/v1/regelingen").json();
  auto items = regulations.at("_embedded").at("regelingen").as_array();
  EXPECT_EQ(items.size(), test_catalogs().get(catalog::kRegulations).entries.size());
  bool found_wmo = false;
  for (const auto& item : items) {
    if (item.at("id") == "wmo-2015") {
      found_wmo = true;
      EXPECT_TRUE(item.at("voorgeschrevenOnderzoeksvolgorde").as_bool());
    }
  }
  EXPECT_TRUE(found_wmo);
}

}  // namespace
}  // namespace helder::testing
