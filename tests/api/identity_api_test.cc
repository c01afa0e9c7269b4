// The BSN (validated, sealed at rest, shown and searched only through request bodies) and
// the processing log that records every read and write of a case's personal data.
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

constexpr std::string_view kBsn = "123456782";

class Identity : public ::testing::Test {
 protected:
  HttpResult create(std::optional<std::string_view> bsn) {
    json::object body{{"titel", "Met BSN"},
                      {"inwoner", {{"referentie", "INW-B1"}, {"soort", "persoon"}}}};
    if (bsn) body["bsn"] = *bsn;
    return server_.post("/api/v1/casussen", body);
  }
  HttpResult search(std::string_view bsn) {
    return server_.post("/api/v1/bsn-zoekopdrachten", json::object{{"bsn", bsn}});
  }
  std::string database_bytes() {
    std::string bytes;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream file(server_.db_path().string() + suffix, std::ios::binary);
      bytes.append((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    }
    return bytes;
  }

  TestServer server_;
};

TEST_F(Identity, AValidBsnIsSealedShownOnRequestAndFindable) {
  auto created = create(kBsn);
  ASSERT_EQ(created.status, 201u) << created.body;
  EXPECT_EQ(created.body.find(kBsn), std::string::npos);  // not in the case itself
  std::string path = created.header("location");
  EXPECT_EQ(server_.get(path).body.find(kBsn), std::string::npos);

  auto shown = server_.get(path + "/bsn");
  ASSERT_EQ(shown.status, 200u) << shown.body;
  EXPECT_EQ(shown.json().at("bsn").as_string(), kBsn);

  auto found = search(kBsn);
  ASSERT_EQ(found.status, 200u) << found.body;
  auto cases = found.json().at("_embedded").at("casussen").as_array();
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases.at(0).at("_links").at("self").at("href").as_string(), path);
  EXPECT_TRUE(search("111222333").json().at("_embedded").at("casussen").as_array().empty());
  EXPECT_EQ(database_bytes().find(kBsn), std::string::npos);
}

TEST_F(Identity, InvalidBsnIsRefusedWithoutRepeatingIt) {
  for (std::string_view bad : {"123456789", "000000000", "12345678", "12345678x"}) {
    std::string before = server_.database_fingerprint();
    auto refused = create(bad);
    EXPECT_EQ(refused.status, 400u) << bad;
    EXPECT_EQ(refused.body.find(bad), std::string::npos) << refused.body;
    EXPECT_NE(refused.body.find("\"bsn\""), std::string::npos) << refused.body;
    EXPECT_EQ(server_.database_fingerprint(), before);
    auto search_refused = search(bad);
    EXPECT_EQ(search_refused.status, 400u);
    EXPECT_EQ(search_refused.body.find(bad), std::string::npos);
  }
}

TEST_F(Identity, OnlyWhoMaySeeTheCaseFindsItByBsn) {
  ASSERT_EQ(create(kBsn).status, 201u);
  server_.act_as("uitvoerder2");  // another organisation
  EXPECT_TRUE(search(kBsn).json().at("_embedded").at("casussen").as_array().empty());
  server_.act_as("bestuurder");
  EXPECT_EQ(search(kBsn).status, 403u);
  server_.act_as("manager");
  EXPECT_EQ(search(kBsn).json().at("_embedded").at("casussen").as_array().size(), 1u);
}

TEST_F(Identity, CaseWithoutBsnSaysSo) {
  auto created = create(std::nullopt);
  auto shown = server_.get(created.header("location") + "/bsn");
  EXPECT_EQ(shown.status, 404u);
  EXPECT_NE(shown.json().at("detail").as_string().find("geen BSN"), std::string::npos);
}

TEST_F(Identity, EveryReadAndWriteOfACaseIsLoggedBeforeTheAnswer) {
  auto created = create(kBsn);
  std::string path = created.header("location");
  std::int64_t after_create = server_.processing_records();
  EXPECT_EQ(after_create, 1);  // "casus aanmaken"
  // Each answer arrives only once its record is durable: counted by a separate connection.
  ASSERT_EQ(server_.get(path).status, 200u);
  EXPECT_EQ(server_.processing_records(), after_create + 1);
  ASSERT_EQ(server_.get(path + "/signalen").status, 200u);
  ASSERT_EQ(server_.get(path + "/bsn").status, 200u);
  ASSERT_EQ(server_.get("/api/v1/casussen").status, 200u);  // one record per listed case
  EXPECT_EQ(server_.processing_records(), after_create + 4);
  ASSERT_EQ(server_.get("/api/v1/regelingen").status, 200u);  // no personal data: no record
  EXPECT_EQ(server_.processing_records(), after_create + 4);

  server_.act_as("manager");
  auto log = server_.get(path + "/verwerkingen");
  ASSERT_EQ(log.status, 200u) << log.body;
  auto body = log.json();
  const auto& entries = body.at("_embedded").at("verwerkingen").as_array();
  ASSERT_EQ(entries.size(), 5u);
  std::vector<std::string> operations;
  for (const auto& entry : entries) operations.emplace_back(entry.at("handeling").as_string());
  EXPECT_EQ(operations, (std::vector<std::string>{"casus aanmaken", "casus inzien", "signalen inzien",
                                                  "BSN inzien", "casussenoverzicht inzien"}));
  const auto& first = entries.at(0).as_object();
  EXPECT_EQ(first.at("traceId").as_string().size(), 32u);
  EXPECT_EQ(first.at("spanId").as_string().size(), 16u);
  EXPECT_EQ(first.at("door"), "uitvoerder");
  EXPECT_EQ(first.at("status"), "ok");
  EXPECT_EQ(first.at("verwerkingsactiviteit"), "helder-maatwerkbehandeling");
  // The data subject is stored sealed: the resident reference is not in the log table.
  EXPECT_EQ(log.body.find("INW-B1"), std::string::npos);
}

TEST_F(Identity, RefusedWritesAreLoggedAsFailedAttempts) {
  std::string path = create(std::nullopt).header("location");
  std::int64_t before = server_.processing_records();
  EXPECT_EQ(server_.post(path + "/signalen", json::object{}).status, 400u);
  EXPECT_EQ(server_.processing_records(), before + 1);
  server_.act_as("manager");
  auto entries = server_.get(path + "/verwerkingen").json();
  EXPECT_EQ(entries.at("_embedded").at("verwerkingen").as_array().back().at("status"), "fout");
}

}  // namespace
}  // namespace helder::testing
