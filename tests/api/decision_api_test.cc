// From signal to a recorded decision, and the frozen weighing, against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class DecisionApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen", json::object{{"titel", "Boetes stapelen op na verhuizing"},
                                         {"inwoner", {{"referentie", "INW-9"}, {"soort", "persoon"}}},
                                         {"regelingen", {"participatiewet"}}});
    ASSERT_EQ(created.status, 201u);
    case_path_ = created.header("location");
    server_.post(case_path_ + "/signalen", json::object{{"eigenTekst", "Post komt niet aan"}, {"bron", "inwoner"}});
    auto option = server_.post(case_path_ + "/opties",
                               json::object{{"titel", "Boetes matigen"},
                                            {"soort", "afwijking"},
                                            {"afwijking", {{"regeling", "participatiewet"},
                                                           {"artikel", "artikel 18 lid 2"},
                                                           {"grondslag", "hardheidsclausule"}}}});
    ASSERT_EQ(option.status, 201u) << option.body;
    option_id_ = option.json().at("id").as_int64();
    auto argument = server_.post(option.header("location") + "/argumenten",
                                 json::object{{"eigenTekst", "Voorkomt huisuitzetting"},
                                              {"thema", "welzijn"},
                                              {"kant", "voor"},
                                              {"ingebrachtDoor", "inwoner"},
                                              {"gewicht", 5}});
    argument_path_ = argument.header("location");
  }

  json::object decision() {
    return {{"optie", option_id_},
            {"motivering", "Het toepassen van de regel zou leiden tot huisuitzetting."},
            {"effectcontrole", {{"hoe", "Huisbezoek"}, {"op", "2027-03-01"}}},
            {"opvolgingDoor", "uitvoerder"},
            {"herbeoordelingOp", "2027-11-01"}};
  }

  void move(std::string_view to) {
    ASSERT_EQ(server_.post(case_path_ + "/faseovergangen", json::object{{"naar", to}}).status, 201u);
  }

  TestServer server_;
  std::string case_path_;
  std::int64_t option_id_ = 0;
  std::string argument_path_;
};

TEST_F(DecisionApi, OnlyFromTheWeighingPhase) {
  auto early = server_.post(case_path_ + "/besluiten", decision());
  EXPECT_EQ(early.status, 409u) << early.body;
}

TEST_F(DecisionApi, RecordsTheDecisionAndFreezesTheWeighing) {
  move("onderzoek");
  move("afweging");
  auto recorded = server_.post(case_path_ + "/besluiten", decision());
  ASSERT_EQ(recorded.status, 201u) << recorded.body;
  auto body = recorded.json();
  EXPECT_EQ(body.at("dienstverleningstype"), "maatwerk");
  EXPECT_EQ(body.at("beslotenDoor"), "uitvoerder");
  EXPECT_EQ(server_.get(case_path_).json().at("fase"), "besluit");
  auto frozen_weight = body.at("bijBesluit").at("afweging").at("opties").at(0)
                           .at("argumentenPerThema").at("welzijn").at("voor").at(0).at("gewicht");
  EXPECT_EQ(frozen_weight, 5);

  // Later edits change the weighing, not the snapshot.
  server_.clock().advance_millis(60'000);
  ASSERT_EQ(server_.patch(argument_path_, json::object{{"gewicht", 1}}).status, 200u);
  auto now = server_.get(case_path_ + "/afweging").json();
  EXPECT_EQ(now.at("opties").at(0).at("argumentenPerThema").at("welzijn").at("voor").at(0).at("gewicht"), 1);
  auto listed = server_.get(case_path_ + "/besluiten").json();
  auto snapshot_weight = listed.at("_embedded").at("besluiten").at(0).at("bijBesluit").at("afweging")
                             .at("opties").at(0).at("argumentenPerThema").at("welzijn").at("voor").at(0).at("gewicht");
  EXPECT_EQ(snapshot_weight, 5);

  // The history shows both: the decision with its snapshot, and the later change.
  auto events = server_.get(case_path_ + "/gebeurtenissen").json().at("_embedded").at("gebeurtenissen").as_array();
  bool decision_event = false;
  for (const auto& event : events) decision_event |= event.at("soort") == "besluit-vastgelegd";
  EXPECT_TRUE(decision_event);
  EXPECT_EQ(events.back().at("soort"), "argument-gewijzigd");

  // The state at the moment of the decision shows the weight as it was then.
  std::string decided_at(body.at("besluitOp").as_string());
  auto then = server_.get(case_path_ + "/toestand?op=" + decided_at).json();
  EXPECT_EQ(then.at("afweging").at("opties").at(0).at("argumentenPerThema").at("welzijn").at("voor")
                .at(0).at("gewicht"), 5);
}

TEST_F(DecisionApi, RefusesIncompleteDecisionsAndChangesNothing) {
  move("onderzoek");
  move("afweging");
  std::string before = server_.database_fingerprint();
  auto missing = server_.post(case_path_ + "/besluiten", json::object{{"optie", option_id_}});
  ASSERT_EQ(missing.status, 400u);
  std::vector<std::string> names;
  json::value problem = missing.json();
  for (const auto& param : problem.at("invalidParams").as_array()) {
    names.emplace_back(param.at("name").as_string());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"motivering", "effectcontrole", "opvolgingDoor",
                                             "herbeoordelingOp"}));
  json::object foreign = decision();
  foreign["optie"] = 999;
  EXPECT_EQ(server_.post(case_path_ + "/besluiten", foreign).status, 400u);
  json::object wrong_type = decision();
  wrong_type["dienstverleningstype"] = "standaard";
  EXPECT_EQ(server_.post(case_path_ + "/besluiten", wrong_type).status, 400u);
  json::object unknown_follow_up = decision();
  unknown_follow_up["opvolgingDoor"] = "niemand";
  EXPECT_EQ(server_.post(case_path_ + "/besluiten", unknown_follow_up).status, 400u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

}  // namespace
}  // namespace helder::testing
