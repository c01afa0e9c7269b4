// The demo data: varied cases in every phase, decided ones with a full weighing under each
// kind of legal basis, and an intact audit trail.
#include <gtest/gtest.h>

#include <set>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class DemoData : public ::testing::Test {
 protected:
  TestServer server_{/*with_demo_cases=*/true};
};

TEST_F(DemoData, HasFiftyCasesInEveryPhase) {
  std::set<std::string> phases;
  std::size_t count = 0;
  for (int page = 1; page <= 3; ++page) {
    auto listed = server_.get("/api/v1/casussen?paginaGrootte=100&pagina=" + std::to_string(page)).json();
    for (const auto& item : listed.at("_embedded").at("casussen").as_array()) {
      phases.insert(std::string(item.at("fase").as_string()));
      ++count;
    }
  }
  EXPECT_EQ(count, 50u);
  EXPECT_EQ(phases, (std::set<std::string>{"signaal", "onderzoek", "afweging", "besluit",
                                           "uitvoering", "evaluatie", "afgesloten"}));
}

TEST_F(DemoData, NoCaseIsPastTheDecisionWithoutADecision) {
  auto listed = server_.get("/api/v1/casussen?paginaGrootte=100").json();
  for (const auto& item : listed.at("_embedded").at("casussen").as_array()) {
    std::string phase(item.at("fase").as_string());
    if (phase != "besluit" && phase != "uitvoering" && phase != "evaluatie") continue;
    std::string path(item.at("_links").at("self").at("href").as_string());
    auto decisions = server_.get(path + "/besluiten").json().at("_embedded").at("besluiten").as_array();
    EXPECT_FALSE(decisions.empty()) << path << " is in " << phase << " without a decision";
  }
}

TEST_F(DemoData, DecidedCasesCoverEachKindOfOutcomeAndBasis) {
  std::set<std::string> outcomes;
  for (int page = 1; page <= 1; ++page) {
    auto listed = server_.get("/api/v1/casussen?paginaGrootte=100").json();
    for (const auto& item : listed.at("_embedded").at("casussen").as_array()) {
      std::string path(item.at("_links").at("self").at("href").as_string());
      auto decisions = server_.get(path + "/besluiten").json().at("_embedded").at("besluiten").as_array();
      if (decisions.empty()) continue;
      std::string type(decisions[0].at("dienstverleningstype").as_string());
      auto options = decisions[0].at("bijBesluit").at("afweging").at("opties").as_array();
      for (const auto& option : options) {
        if (option.at("id") != decisions[0].at("optie")) continue;
        if (option.as_object().contains("afwijking")) {
          type += ":" + std::string(option.at("afwijking").at("grondslag").as_string());
        }
      }
      outcomes.insert(type);
      auto letter = server_.get(path + "/motivering?versie=inwoner");
      EXPECT_EQ(letter.status, 200u) << path;
    }
  }
  EXPECT_TRUE(outcomes.contains("standaard"));
  EXPECT_TRUE(outcomes.contains("dienstverlening-op-maat"));
  EXPECT_TRUE(outcomes.contains("maatwerk:hardheidsclausule"));
  EXPECT_TRUE(outcomes.contains("maatwerk:artikel-4-84-awb"));
}

TEST_F(DemoData, TheAuditTrailIsIntact) {
  auto verification = server_.store().verify_audit_chain();
  ASSERT_TRUE(verification);
  EXPECT_TRUE(verification->ok()) << verification->problem;
  EXPECT_GT(verification->events_checked, 200);
}

}  // namespace
}  // namespace helder::testing
