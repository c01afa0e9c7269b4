// Options, arguments and the weighing, against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class WeighingApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen", json::object{{"titel", "Terugvordering na toeslagenherstel"},
                                         {"inwoner", {{"referentie", "INW-7"}, {"soort", "huishouden"}}},
                                         {"regelingen", {"participatiewet"}}});
    ASSERT_EQ(created.status, 201u);
    case_path_ = created.header("location");
    // A pro argument about wellbeing from the card.
    for (const auto& entry : test_catalogs().get(catalog::kArguments).entries) {
      const catalog::Group* cluster = test_catalogs().get(catalog::kArguments).find_group(entry.group);
      if (cluster->parent == "welzijn" && cluster->side == "pro") {
        card_argument_ = entry.id;
        break;
      }
    }
    ASSERT_FALSE(card_argument_.empty());
  }

  std::string add_option(const json::object& body) {
    auto added = server_.post(case_path_ + "/opties", body);
    EXPECT_EQ(added.status, 201u) << added.body;
    return added.header("location");
  }

  json::object deviation() {
    return {{"titel", "Terugvordering kwijtschelden"},
            {"soort", "afwijking"},
            {"afwijking", {{"regeling", "participatiewet"},
                           {"artikel", "artikel 58 (terugvordering)"},
                           {"grondslag", "hardheidsclausule"},
                           {"bijzondereOmstandigheden", "Gedupeerd in de toeslagenaffaire."},
                           {"onevenredigheid", "Terugvorderen vergroot de schulden."}}}};
  }

  TestServer server_;
  std::string case_path_;
  std::string card_argument_;
};

TEST_F(WeighingApi, BuildsAWeighingSideBySide) {
  std::string standard = add_option({{"titel", "Gewone terugvordering"}, {"soort", "standaard"}});
  std::string maatwerk = add_option(deviation());

  auto pro = server_.post(maatwerk + "/argumenten",
                          json::object{{"argument", card_argument_},
                                       {"toelichting", "Het gezin houdt lucht."},
                                       {"ingebrachtDoor", "uitvoerder"},
                                       {"gewicht", 4}});
  ASSERT_EQ(pro.status, 201u) << pro.body;
  EXPECT_EQ(pro.json().at("thema"), "welzijn");
  EXPECT_EQ(pro.json().at("kant"), "voor");
  EXPECT_EQ(pro.json().at("gewogenDoor"), "uitvoerder");
  auto con = server_.post(maatwerk + "/argumenten",
                          json::object{{"eigenTekst", "Precedent voor andere gedupeerden"},
                                       {"thema", "bestuur"},
                                       {"kant", "tegen"},
                                       {"ingebrachtDoor", "tegenspraak"}});
  ASSERT_EQ(con.status, 201u) << con.body;
  EXPECT_TRUE(con.json().at("gewicht").is_null());  // helder never sets a weight
  auto other = server_.post(standard + "/argumenten",
                            json::object{{"eigenTekst", "Gelijke behandeling"},
                                         {"thema", "principes"},
                                         {"kant", "voor"},
                                         {"ingebrachtDoor", "juridisch-adviseur"}});
  ASSERT_EQ(other.status, 201u);

  auto weighing = server_.get(case_path_ + "/afweging");
  ASSERT_EQ(weighing.status, 200u) << weighing.body;
  auto options = weighing.json().at("opties").as_array();
  ASSERT_EQ(options.size(), 2u);
  EXPECT_EQ(options[1].at("afwijking").at("grondslag"), "hardheidsclausule");
  auto themes = options[1].at("argumentenPerThema").as_object();
  EXPECT_EQ(themes.size(), 5u);
  EXPECT_EQ(themes.at("welzijn").at("voor").as_array().size(), 1u);
  EXPECT_EQ(themes.at("bestuur").at("tegen").as_array().size(), 1u);
  EXPECT_EQ(options[0].at("argumentenPerThema").at("principes").at("voor").as_array().size(), 1u);
}

TEST_F(WeighingApi, APersonSetsAndTakesBackAWeight) {
  std::string option = add_option({{"titel", "Gewone route"}, {"soort", "standaard"}});
  auto added = server_.post(option + "/argumenten", json::object{{"argument", card_argument_},
                                                                 {"ingebrachtDoor", "inwoner"}});
  std::string argument = added.header("location");
  auto weighed = server_.patch(argument, json::object{{"gewicht", 2}});
  ASSERT_EQ(weighed.status, 200u) << weighed.body;
  EXPECT_EQ(weighed.json().at("gewicht"), 2);
  auto cleared = server_.send("PATCH", argument, R"({"gewicht": null})");
  ASSERT_EQ(cleared.status, 200u) << cleared.body;
  EXPECT_TRUE(cleared.json().at("gewicht").is_null());
  EXPECT_EQ(server_.patch(argument, json::object{{"kant", "tegen"}}).status, 400u);
  EXPECT_EQ(server_.patch(argument, json::object{{"gewicht", 7}}).status, 400u);
  EXPECT_EQ(server_.del(argument).status, 204u);
  EXPECT_EQ(server_.del(argument).status, 404u);
}

TEST_F(WeighingApi, RefusesIncompleteDeviationsAndChangesNothing) {
  std::string before = server_.database_fingerprint();
  json::object no_basis = deviation();
  no_basis["afwijking"].as_object().erase("grondslag");
  auto refused = server_.post(case_path_ + "/opties", no_basis);
  ASSERT_EQ(refused.status, 400u);
  EXPECT_EQ(refused.json().at("invalidParams").at(0).at("name"), "afwijking.grondslag");

  json::object awb = deviation();
  awb["afwijking"].as_object()["grondslag"] = "artikel-4-84-awb";
  awb["afwijking"].as_object().erase("bijzondereOmstandigheden");
  auto refused_awb = server_.post(case_path_ + "/opties", awb);
  ASSERT_EQ(refused_awb.status, 400u);
  EXPECT_EQ(refused_awb.json().at("invalidParams").at(0).at("name"), "afwijking.bijzondereOmstandigheden");

  json::object without_clause = deviation();
  without_clause["afwijking"].as_object()["regeling"] = "awir";
  EXPECT_EQ(server_.post(case_path_ + "/opties", without_clause).status, 400u);
  EXPECT_EQ(server_.post(case_path_ + "/opties", json::object{{"titel", "x"}, {"soort", "anders"}}).status, 400u);
  EXPECT_EQ(server_.post(case_path_ + "/opties/999/argumenten",
                         json::object{{"argument", card_argument_}, {"ingebrachtDoor", "inwoner"}}).status,
            404u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

TEST_F(WeighingApi, RemovingAnOptionRemovesItsArgumentsAndIsRecorded) {
  std::string option = add_option({{"titel", "Gewone route"}, {"soort", "standaard"}});
  server_.post(option + "/argumenten", json::object{{"argument", card_argument_}, {"ingebrachtDoor", "inwoner"}});
  EXPECT_EQ(server_.del(option).status, 204u);
  EXPECT_TRUE(server_.get(case_path_ + "/afweging").json().at("opties").as_array().empty());
  auto events = server_.get(case_path_ + "/gebeurtenissen").json().at("_embedded").at("gebeurtenissen").as_array();
  EXPECT_EQ(events.back().at("soort"), "optie-verwijderd");
  EXPECT_EQ(events[events.size() - 2].at("soort"), "argument-verwijderd");
}

TEST_F(WeighingApi, AClosedCaseKeepsItsWeighing) {
  server_.post(case_path_ + "/faseovergangen", json::object{{"naar", "afgesloten"}});
  auto refused = server_.post(case_path_ + "/opties", json::object{{"titel", "Te laat"}, {"soort", "standaard"}});
  EXPECT_EQ(refused.status, 409u);
}

}  // namespace
}  // namespace helder::testing
