// The investigation of a case, against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class InvestigationApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen", json::object{{"titel", "Huishoudelijke hulp na heupoperatie"},
                                         {"inwoner", {{"referentie", "INW-21"}, {"soort", "persoon"}}},
                                         {"regelingen", {"wmo-2015"}}});
    ASSERT_EQ(created.status, 201u);
    base_ = created.header("location") + "/onderzoek";
  }
  HttpResult put(const std::string& path, const json::object& body) {
    return server_.send("PUT", path, json::serialize(body));
  }
  TestServer server_;
  std::string base_;
};

TEST_F(InvestigationApi, RecordsAnswersUnderTheirStep) {
  const auto& questions = test_catalogs().get(catalog::kQuestions);
  const catalog::Entry& question = questions.entries.front();
  std::string step = *questions.find_group(question.group)->key;
  auto added = server_.post(base_ + "/antwoorden", json::object{{"onderzoeksstap", step},
                                                                {"vraag", question.id},
                                                                {"antwoord", "Zij kan zelf niet stofzuigen."}});
  ASSERT_EQ(added.status, 201u) << added.body;
  auto answers = added.json().at("antwoorden").at(step).as_array();
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].at("vraagTekst"), question.text.nl.c_str());
  EXPECT_EQ(server_.del(base_ + "/antwoorden/" + std::to_string(answers[0].at("id").as_int64())).status, 204u);
  EXPECT_TRUE(server_.get(base_).json().at("antwoorden").at(step).as_array().empty());
}

TEST_F(InvestigationApi, KeepsTheResidentsOwnWords) {
  auto recorded = put(base_ + "/wensen-inwoner", {{"kortetermijn", "Weer schoon kunnen wonen"},
                                                  {"eigenBijdrage", "Koken lukt zelf"}});
  ASSERT_EQ(recorded.status, 200u) << recorded.body;
  EXPECT_EQ(recorded.json().at("wensenInwoner").at("eigenBijdrage"), "Koken lukt zelf");
  EXPECT_EQ(put(base_ + "/wensen-inwoner", {{"wens", "x"}}).status, 400u);
}

TEST_F(InvestigationApi, SaysPlainlyWhatIsMissingOrOutOfOrderInTheStappenplan) {
  auto empty = server_.get(base_).json();
  EXPECT_TRUE(empty.at("stappenplan").at("vanToepassing").as_bool());
  EXPECT_FALSE(empty.at("stappenplan").at("oordeel").at("compleetEnOpVolgorde").as_bool());
  ASSERT_EQ(put(base_ + "/stappenplan/1", {{"inhoud", "Hulpvraag: huishouden"}, {"afgerondOp", "2026-11-02"}}).status, 200u);
  ASSERT_EQ(put(base_ + "/stappenplan/3", {{"inhoud", "Twee uur per week"}, {"afgerondOp", "2026-11-03"}}).status, 200u);
  auto result = put(base_ + "/stappenplan/2", {{"inhoud", "Kan niet tillen of bukken"}, {"afgerondOp", "2026-11-10"}});
  ASSERT_EQ(result.status, 200u) << result.body;
  auto verdict = result.json().at("stappenplan").at("oordeel");
  std::set<std::string> kinds;
  for (const auto& finding : verdict.at("bevindingen").as_array()) kinds.insert(std::string(finding.at("soort").as_string()));
  EXPECT_TRUE(kinds.contains("out_of_order")) << json::serialize(verdict);
  EXPECT_TRUE(kinds.contains("missing"));
  EXPECT_EQ(put(base_ + "/stappenplan/6", {{"inhoud", "x"}}).status, 404u);
  EXPECT_EQ(put(base_ + "/stappenplan/2", {{"inhoud", "x"}, {"afgerondOp", "2099-01-01"}}).status, 400u);
}

TEST_F(InvestigationApi, RecordsZrmScores) {
  auto recorded = put(base_ + "/zrm", {{"scores", {{{"domein", "housing"}, {"niveau", 2}},
                                                   {{"domein", "finances"}, {"niveau", 4}}}}});
  ASSERT_EQ(recorded.status, 200u) << recorded.body;
  EXPECT_EQ(recorded.json().at("zrm").as_array().size(), 2u);
  std::string before = server_.database_fingerprint();
  EXPECT_EQ(put(base_ + "/zrm", {{"scores", {{{"domein", "housing"}, {"niveau", 9}}}}}).status, 400u);
  EXPECT_EQ(put(base_ + "/zrm", {{"scores", {{{"domein", "maan"}, {"niveau", 2}}}}}).status, 400u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

TEST_F(InvestigationApi, TheMotivationUsesTheInvestigation) {
  put(base_ + "/wensen-inwoner", {{"kortetermijn", "Weer schoon kunnen wonen"}});
  std::string case_path = base_.substr(0, base_.size() - std::string("/onderzoek").size());
  auto page = server_.get(case_path + "/motivering");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Weer schoon kunnen wonen"), std::string::npos);
}

}  // namespace
}  // namespace helder::testing
