// One case from its first signal to closed, the way a caseworker takes it, through every
// step of the API; the history and the audit chain show all of it.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

TEST(FullCase, FromSignalToClosedWithALessonForPolicy) {
  TestServer server;
  auto created = server.post("/api/v1/casussen",
                             json::object{{"titel", "Boetes stapelen op na verhuizing"},
                                          {"samenvatting", "Post kwam op het oude adres binnen."},
                                          {"inwoner", {{"referentie", "INW-77"}, {"soort", "persoon"}}},
                                          {"regelingen", {"participatiewet"}}});
  ASSERT_EQ(created.status, 201u);
  std::string path = created.header("location");
  auto expect = [&](const HttpResult& result, unsigned status) {
    EXPECT_EQ(result.status, status) << result.body;
    return result;
  };
  auto move = [&](std::string_view to) {
    expect(server.post(path + "/faseovergangen", json::object{{"naar", to}}), 201);
  };
  expect(server.post(path + "/signalen", json::object{{"eigenTekst", "Boetes lopen op"}, {"bron", "inwoner"}}), 201);
  move("onderzoek");
  expect(server.post(path + "/onderzoek/antwoorden",
                     json::object{{"onderzoeksstap", "huidige-situatie"}, {"antwoord", "Drie boetes van elk € 90."}}),
         201);
  expect(server.send("PUT", path + "/onderzoek/wensen-inwoner",
                      R"({"kortetermijn": "Boetes van tafel", "voorkeursoptie": "Kwijtschelding"})"),
         200);
  move("afweging");
  auto option = expect(server.post(path + "/opties",
                                   json::object{{"titel", "Boetes kwijtschelden"},
                                                {"soort", "afwijking"},
                                                {"afwijking", {{"artikel", "Werkinstructie boetes"},
                                                               {"grondslag", "algemene-beginselen"}}}}),
                       201);
  expect(server.post(option.header("location") + "/argumenten",
                     json::object{{"eigenTekst", "De fout lag bij de adreswijziging"}, {"thema", "principes"},
                                  {"kant", "voor"}, {"ingebrachtDoor", "uitvoerder"}, {"gewicht", 4}}),
         201);
  expect(server.post(path + "/besluiten",
                     json::object{{"optie", option.json().at("id")},
                                  {"motivering", "De boetes zijn ontstaan door een fout in de adresverwerking."},
                                  {"effectcontrole", {{"hoe", "Nagaan of er nieuwe boetes komen"}, {"op", "2027-01-15"}}},
                                  {"opvolgingDoor", "uitvoerder"},
                                  {"herbeoordelingOp", "2027-06-01"}}),
         201);
  move("uitvoering");
  move("evaluatie");
  auto evaluation = expect(server.post(path + "/evaluaties",
                                       json::object{{"datum", "2026-11-18"},
                                                    {"waargenomenEffect", "Geen nieuwe boetes."},
                                                    {"volgendeStap", "Afsluiten"}}),
                           201);
  auto lesson = expect(server.post(path + "/lessen",
                                   json::object{{"les", "Adreswijzigingen komen niet bij de boete-inning aan."},
                                                {"reikwijdte", "beleid"},
                                                {"structureel", true},
                                                {"regeling", "participatiewet"}}),
                       201);
  EXPECT_FALSE(lesson.json().at("structureelSignaal").is_null());
  move("afgesloten");

  auto signals = server.get("/api/v1/structurele-signalen").json().at("_embedded").at("structureleSignalen").as_array();
  ASSERT_EQ(signals.size(), 1u);
  EXPECT_EQ(signals[0].at("regeling"), "participatiewet");
  EXPECT_EQ(signals[0].at("_links").at("casus").at("href"), json::value(path));

  auto events = server.get(path + "/gebeurtenissen").json().at("_embedded").at("gebeurtenissen").as_array();
  EXPECT_GE(events.size(), 15u);
  EXPECT_EQ(server.get(path).json().at("fase"), "afgesloten");
  auto verification = server.store().verify_audit_chain();
  ASSERT_TRUE(verification);
  EXPECT_TRUE(verification->ok());
  // A closed case takes no new weighing, but a lesson can still be learned from it.
  EXPECT_EQ(server.post(path + "/opties", json::object{{"titel", "x"}, {"soort", "standaard"}}).status, 409u);
  EXPECT_EQ(server.post(path + "/lessen", json::object{{"les", "Nog een"}, {"reikwijdte", "ikzelf"}}).status, 201u);
}

TEST(FullCase, EvaluationsNeedADecision) {
  TestServer server;
  auto created = server.post("/api/v1/casussen", json::object{{"titel", "Casus"},
                                                              {"inwoner", {{"referentie", "I-1"}, {"soort", "persoon"}}}});
  auto refused = server.post(created.header("location") + "/evaluaties",
                             json::object{{"datum", "2026-11-18"}, {"waargenomenEffect", "x"}});
  EXPECT_EQ(refused.status, 409u);
  EXPECT_EQ(server.post(created.header("location") + "/lessen",
                        json::object{{"les", "x"}, {"reikwijdte", "beleid"}, {"structureel", true}}).status,
            400u);
}

}  // namespace
}  // namespace helder::testing
