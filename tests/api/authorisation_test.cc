// Every route of the router, called by every role, by a colleague of another organisation,
// and by nobody: the outcome must be what this file expects. The expectations are written
// here independently of api/access_rules.cc; a route that is not listed below fails the test.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

// What happened to a request, as far as access goes.
enum class Outcome {
  reached,   // got past the access rules (the handler answered, whatever it said)
  login,     // 401: not logged in
  refused,   // 403: logged in, not allowed
  hidden,    // 404 saying the case does not exist
};

std::string name(Outcome outcome) {
  switch (outcome) {
    case Outcome::reached: return "reached";
    case Outcome::login: return "401";
    case Outcome::refused: return "403";
    case Outcome::hidden: return "404-hidden";
  }
  return "?";
}

// Who calls. The case under test is owned by `uitvoerder` (team wijkteam-centrum); `collega`
// is in the same team; `tafel` and `beleidsmaker` are assigned to it; `bestuurder` is not;
// `uitvoerder2` works for another organisation.
const std::vector<std::string> kCallers = {"",        "uitvoerder",   "collega",   "tafel",    "manager",
                                           "beleidsmaker", "bestuurder", "beheerder", "uitvoerder2"};

enum class Kind { open, any_user, lists, overview, managers, opener, case_read, case_work, owner_read, owner_work };

using Row = std::vector<Outcome>;
constexpr Outcome R = Outcome::reached, L = Outcome::login, F = Outcome::refused, H = Outcome::hidden;

// The expected outcome per kind of route, in the order of kCallers.
const std::map<Kind, Row>& expectations() {
  static const std::map<Kind, Row> kExpected = {
      //                      anon uitv coll tafel man  beleid best beheer uitv2
      {Kind::open,       Row{R,   R,   R,   R,    R,   R,     R,   R,     R}},
      {Kind::any_user,   Row{L,   R,   R,   R,    R,   R,     R,   R,     R}},
      {Kind::lists,      Row{L,   R,   R,   R,    R,   R,     R,   F,     R}},
      {Kind::overview,   Row{L,   F,   F,   F,    R,   R,     R,   F,     F}},
      {Kind::managers,   Row{L,   F,   F,   F,    R,   F,     F,   F,     F}},
      {Kind::opener,     Row{L,   R,   R,   F,    R,   F,     F,   F,     R}},
      {Kind::case_read,  Row{L,   R,   R,   R,    R,   R,     H,   F,     H}},
      {Kind::case_work,  Row{L,   R,   R,   R,    R,   F,     F,   F,     H}},
      {Kind::owner_read, Row{L,   R,   R,   F,    R,   F,     F,   F,     H}},
      {Kind::owner_work, Row{L,   R,   R,   F,    R,   F,     F,   F,     H}},
  };
  return kExpected;
}

// Every route, by "METHOD pattern". Add new routes here with the kind they should be.
const std::map<std::string, Kind>& route_kinds() {
  const std::string c = "/api/v1/casussen/{referentie}";
  static const std::map<std::string, Kind> kKinds = {
      {"GET /healthz", Kind::open},
      {"GET /api/v1/openapi.json", Kind::open},
      {"POST /api/v1/sessies", Kind::open},
      {"GET /api/v1/sessies/huidige", Kind::any_user},
      {"DELETE /api/v1/sessies/huidige", Kind::any_user},
      {"GET /api/v1/catalogus", Kind::any_user},
      {"GET /api/v1/catalogus/signalen", Kind::any_user},
      {"GET /api/v1/catalogus/argumenten", Kind::any_user},
      {"GET /api/v1/catalogus/vragen", Kind::any_user},
      {"GET /api/v1/catalogus/beleidsvragen-beleid", Kind::any_user},
      {"GET /api/v1/catalogus/beleidsvragen-maatwerk", Kind::any_user},
      {"GET /api/v1/catalogus/dienstverleningstypen", Kind::any_user},
      {"GET /api/v1/catalogus/lessen", Kind::any_user},
      {"GET /api/v1/regelingen", Kind::any_user},
      {"GET /api/v1/structurele-signalen", Kind::lists},
      {"GET /api/v1/casussen", Kind::lists},
      {"GET /api/v1/overzicht", Kind::overview},
      {"GET /api/v1/consistentie", Kind::managers},
      {"POST /api/v1/casussen", Kind::opener},
      {"POST /api/v1/bsn-zoekopdrachten", Kind::opener},
      {"GET " + c, Kind::case_read},
      {"PATCH " + c, Kind::case_work},
      {"GET " + c + "/bsn", Kind::owner_read},
      {"GET " + c + "/verwerkingen", Kind::owner_read},
      {"GET " + c + "/betrokkenen", Kind::case_read},
      {"PUT " + c + "/betrokkenen/{gebruikersnaam}", Kind::owner_work},
      {"DELETE " + c + "/betrokkenen/{gebruikersnaam}", Kind::owner_work},
      {"GET " + c + "/signalen", Kind::case_read},
      {"POST " + c + "/signalen", Kind::case_work},
      {"DELETE " + c + "/signalen/{id}", Kind::case_work},
      {"POST " + c + "/faseovergangen", Kind::case_work},
      {"GET " + c + "/gebeurtenissen", Kind::case_read},
      {"GET " + c + "/toestand", Kind::case_read},
      {"GET " + c + "/opties", Kind::case_read},
      {"POST " + c + "/opties", Kind::case_work},
      {"DELETE " + c + "/opties/{optieId}", Kind::case_work},
      {"POST " + c + "/opties/{optieId}/argumenten", Kind::case_work},
      {"PATCH " + c + "/opties/{optieId}/argumenten/{argumentId}", Kind::case_work},
      {"DELETE " + c + "/opties/{optieId}/argumenten/{argumentId}", Kind::case_work},
      {"GET " + c + "/afweging", Kind::case_read},
      {"GET " + c + "/besluiten", Kind::case_read},
      {"POST " + c + "/besluiten", Kind::case_work},
      {"GET " + c + "/vergelijkbare-casussen", Kind::case_read},
      {"GET " + c + "/consistentie", Kind::case_read},
      {"GET " + c + "/motivering", Kind::case_read},
      {"GET " + c + "/motivering.pdf", Kind::case_read},
      {"GET " + c + "/motivering/versies", Kind::case_read},
      {"POST " + c + "/motivering/versies", Kind::case_work},
      {"GET " + c + "/onderzoek", Kind::case_read},
      {"POST " + c + "/onderzoek/antwoorden", Kind::case_work},
      {"DELETE " + c + "/onderzoek/antwoorden/{antwoordId}", Kind::case_work},
      {"PUT " + c + "/onderzoek/wensen-inwoner", Kind::case_work},
      {"PUT " + c + "/onderzoek/stappenplan/{stap}", Kind::case_work},
      {"PUT " + c + "/onderzoek/zrm", Kind::case_work},
      {"GET " + c + "/evaluaties", Kind::case_read},
      {"POST " + c + "/evaluaties", Kind::case_work},
      {"GET " + c + "/lessen", Kind::case_read},
      {"POST " + c + "/lessen", Kind::case_work},
  };
  return kKinds;
}

// The pattern with its parameters filled in: the case under test, a colleague, and ids
// that may or may not exist (the handler's answer does not matter here, only access).
std::string fill(std::string pattern, const std::string& reference) {
  const std::map<std::string, std::string> values = {
      {"{referentie}", reference}, {"{gebruikersnaam}", "collega"}, {"{id}", "1"},
      {"{optieId}", "1"},          {"{argumentId}", "1"},           {"{antwoordId}", "1"},
      {"{stap}", "1"}};
  for (const auto& [param, value] : values) {
    for (auto at = pattern.find(param); at != std::string::npos; at = pattern.find(param)) {
      pattern.replace(at, param.size(), value);
    }
  }
  return pattern;
}

Outcome classify(const HttpResult& result) {
  if (result.status == 401) return Outcome::login;
  if (result.status == 403) return Outcome::refused;
  if (result.status == 404 && result.body.find("Er is geen casus met referentie") != std::string::npos) {
    return Outcome::hidden;
  }
  return Outcome::reached;
}

TEST(Authorisation, EveryRouteAgainstEveryRoleAndAnotherOrganisation) {
  TestServer server;
  auto created = server.post("/api/v1/casussen",
                             json::object{{"titel", "Toegangstest"},
                                          {"inwoner", {{"referentie", "INW-T1"}, {"soort", "persoon"}}},
                                          {"regelingen", json::array{"participatiewet"}}});
  ASSERT_EQ(created.status, 201u) << created.body;
  std::string reference(created.json().at("referentie").as_string());
  for (std::string colleague : {"tafel", "beleidsmaker"}) {
    ASSERT_EQ(server.send("PUT", "/api/v1/casussen/" + reference + "/betrokkenen/" + colleague).status, 204u);
  }

  std::vector<std::string> unlisted;
  for (const auto& route : server.router().routes()) {
    std::string key = std::string(http::to_string(route.method)) + " " + route.pattern;
    auto kind = route_kinds().find(key);
    if (kind == route_kinds().end()) {
      unlisted.push_back(key);
      continue;
    }
    const Row& expected = expectations().at(kind->second);
    std::string target = fill(route.pattern, reference);
    bool write = route.method != http::Method::get;
    for (std::size_t idx = 0; idx < kCallers.size(); ++idx) {
      // Leave the colleagues' assignments and the session alone while the matrix runs.
      if (key.starts_with("DELETE") && (key.find("betrokkenen") != std::string::npos ||
                                        key.find("sessies") != std::string::npos) &&
          expected[idx] == Outcome::reached) {
        continue;
      }
      server.act_as(kCallers[idx]);
      auto result = server.send(http::to_string(route.method), target, write ? "{}" : "");
      EXPECT_LT(result.status, 500u) << key << " as '" << kCallers[idx] << "': " << result.body;
      EXPECT_EQ(name(classify(result)), name(expected[idx]))
          << key << " as '" << kCallers[idx] << "' answered " << result.status << ": " << result.body;
    }
  }
  EXPECT_TRUE(unlisted.empty()) << "routes without an expectation in authorisation_test.cc: "
                                << ::testing::PrintToString(unlisted);
}

TEST(Authorisation, AnotherOrganisationCannotTellWhetherACaseExists) {
  TestServer server;
  auto created = server.post("/api/v1/casussen",
                             json::object{{"titel", "Bestaat deze?"},
                                          {"inwoner", {{"referentie", "INW-T2"}, {"soort", "persoon"}}}});
  ASSERT_EQ(created.status, 201u);
  std::string existing = created.header("location");
  server.act_as("uitvoerder2");
  auto real = server.get(existing);
  auto invented = server.get("/api/v1/casussen/2026-999999");
  EXPECT_EQ(real.status, 404u);
  EXPECT_EQ(invented.status, 404u);
  EXPECT_EQ(real.json().at("title"), invented.json().at("title"));
  // The list of the other organisation does not show it either.
  auto list = server.get("/api/v1/casussen").json();
  EXPECT_TRUE(list.at("_embedded").at("casussen").as_array().empty());
}

TEST(Authorisation, CaseListShowsOnlyWhatTheCallerMaySee) {
  TestServer server(/*with_demo_cases=*/true);
  auto count = [&](const std::string& who) {
    server.act_as(who);
    auto list = server.get("/api/v1/casussen?paginaGrootte=100");
    EXPECT_EQ(list.status, 200u) << list.body;
    auto body = list.json();
    return body.at("_embedded").at("casussen").as_array().size();
  };
  std::size_t manager = count("manager");
  EXPECT_GT(manager, 5u);
  EXPECT_EQ(count("uitvoerder"), manager);  // owns all demo cases
  EXPECT_EQ(count("collega"), manager);     // same team
  EXPECT_EQ(count("tafel"), 1u);            // assigned to one
  EXPECT_EQ(count("beleidsmaker"), 1u);
  EXPECT_EQ(count("bestuurder"), 0u);
  EXPECT_EQ(count("uitvoerder2"), 0u);
}

}  // namespace
}  // namespace helder::testing
