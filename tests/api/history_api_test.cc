// Phase changes and the history of a case, against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class HistoryApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen",
        json::object{{"titel", "Casus"}, {"inwoner", {{"referentie", "INW-1"}, {"soort", "persoon"}}}});
    ASSERT_EQ(created.status, 201u);
    case_path_ = created.header("location");
  }
  HttpResult move(std::string_view to, std::string_view note = "") {
    return server_.post(case_path_ + "/faseovergangen", json::object{{"naar", to}, {"toelichting", note}});
  }
  TestServer server_;
  std::string case_path_;
};

TEST_F(HistoryApi, MovesThroughAllowedPhasesAndOffersTheNextOnes) {
  auto offered = server_.get(case_path_).json().at("mogelijkeFaseovergangen").as_array();
  ASSERT_EQ(offered.size(), 2u);
  EXPECT_EQ(offered[0].at("naar"), "onderzoek");

  auto moved = move("onderzoek", "We gaan in gesprek.");
  ASSERT_EQ(moved.status, 201u) << moved.body;
  EXPECT_EQ(moved.json().at("van"), "signaal");
  EXPECT_EQ(moved.json().at("naar"), "onderzoek");
  EXPECT_EQ(moved.json().at("casus").at("fase"), "onderzoek");
  EXPECT_EQ(move("afweging").status, 201u);
  EXPECT_EQ(move("onderzoek").status, 201u);  // back for more investigation
}

TEST_F(HistoryApi, AForbiddenMoveIs409AndSaysWhatIsAllowed) {
  std::string before = server_.database_fingerprint();
  auto refused = move("uitvoering");
  ASSERT_EQ(refused.status, 409u);
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
  std::string detail(refused.json().at("detail").as_string());
  EXPECT_NE(detail.find("Toegestaan vanuit signaal: onderzoek"), std::string::npos) << detail;
  auto to_decision = move("besluit");
  EXPECT_EQ(to_decision.status, 409u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

TEST_F(HistoryApi, RefusesBadPhaseInput) {
  std::string before = server_.database_fingerprint();
  EXPECT_EQ(move("klaar").status, 400u);
  EXPECT_EQ(server_.post(case_path_ + "/faseovergangen", json::object{{"fase", "onderzoek"}}).status, 400u);
  EXPECT_EQ(server_.post("/api/v1/casussen/2026-999999/faseovergangen",
                         json::object{{"naar", "onderzoek"}}).status, 404u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

TEST_F(HistoryApi, ListsEveryChangeWithBeforeAndAfter) {
  server_.clock().advance_millis(1000);
  server_.post(case_path_ + "/signalen", json::object{{"eigenTekst", "Belt vaak"}, {"bron", "collega"}});
  server_.clock().advance_millis(1000);
  server_.patch(case_path_, json::object{{"titel", "Betere titel"}});
  server_.clock().advance_millis(1000);
  move("onderzoek", "Start");

  auto listed = server_.get(case_path_ + "/gebeurtenissen");
  ASSERT_EQ(listed.status, 200u) << listed.body;
  auto body = listed.json();
  auto events = body.at("_embedded").at("gebeurtenissen").as_array();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].at("soort"), "casus-aangemaakt");
  EXPECT_TRUE(events[0].at("voor").is_null());
  EXPECT_EQ(events[1].at("soort"), "signaal-vastgelegd");
  EXPECT_EQ(events[1].at("na").at("eigenTekst"), "Belt vaak");
  EXPECT_EQ(events[2].at("soort"), "casus-gewijzigd");
  EXPECT_EQ(events[2].at("voor").at("titel"), "Casus");
  EXPECT_EQ(events[2].at("na").at("titel"), "Betere titel");
  EXPECT_EQ(events[3].at("soort"), "fase-gewijzigd");
  EXPECT_EQ(events[3].at("toelichting"), "Start");
  EXPECT_EQ(events[3].at("door"), "uitvoerder");
  EXPECT_EQ(events[1].at("vorigeHash"), events[0].at("hash"));
}

TEST_F(HistoryApi, ShowsTheCaseAsItWas) {
  std::string created_at(server_.get(case_path_).json().at("aangemaaktOp").as_string());
  server_.clock().advance_millis(60'000);
  server_.patch(case_path_, json::object{{"titel", "Later"}});
  auto then = server_.get(case_path_ + "/toestand?op=" + created_at);
  ASSERT_EQ(then.status, 200u) << then.body;
  EXPECT_EQ(then.json().at("casus").at("titel"), "Casus");
  EXPECT_EQ(server_.get(case_path_ + "/toestand?op=2000-01-01").status, 404u);
  EXPECT_EQ(server_.get(case_path_ + "/toestand").status, 400u);
  EXPECT_EQ(server_.get(case_path_ + "/toestand?op=gisteren").status, 400u);
}

}  // namespace
}  // namespace helder::testing
