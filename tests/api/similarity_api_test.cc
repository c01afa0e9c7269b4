// Similar cases and consistency against the real server: the explanation, the index following
// every change, the access rules on the results, the consistency prompt with its reason in
// the motivation, the managers' findings, and the stemmed text search of the case list.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

struct Spec {
  std::string title;
  std::string summary;
  std::vector<std::string> signals;
  std::string kind = "standaard";  // option kind
  bool decide = false;
  std::string regulation = "participatiewet";
};

class SimilarityApi : public ::testing::Test {
 protected:
  // Creates the case as the current user, with an option of `spec.kind`; decides it when
  // asked. Returns the case path.
  std::string create(const Spec& spec) {
    auto created = server_.post("/api/v1/casussen",
                                json::object{{"titel", spec.title},
                                             {"samenvatting", spec.summary},
                                             {"inwoner", {{"referentie", "INW-" + std::to_string(++count_)}, {"soort", "persoon"}}},
                                             {"regelingen", {spec.regulation}}});
    EXPECT_EQ(created.status, 201u) << created.body;
    std::string path = created.header("location");
    for (const auto& signal : spec.signals) {
      auto added = server_.post(path + "/signalen", json::object{{"signaal", signal}, {"bron", "uitvoerder"}});
      EXPECT_EQ(added.status, 201u) << added.body;
    }
    json::object option{{"titel", "Route " + spec.kind}, {"soort", spec.kind}};
    if (spec.kind == "afwijking") {
      option["afwijking"] = {{"regeling", spec.regulation},
                             {"artikel", "artikel 18 lid 2"},
                             {"grondslag", "hardheidsclausule"}};
    }
    auto added = server_.post(path + "/opties", option);
    EXPECT_EQ(added.status, 201u) << added.body;
    options_[path] = added.json().at("id").as_int64();
    if (spec.decide) decide(path);
    return path;
  }

  HttpResult decide(const std::string& path, std::optional<std::string> reason = std::nullopt) {
    for (std::string to : {"onderzoek", "afweging"}) {
      server_.post(path + "/faseovergangen", json::object{{"naar", to}});
    }
    json::object body{{"optie", options_.at(path)},
                      {"motivering", "Afgewogen op de situatie van deze inwoner."},
                      {"effectcontrole", {{"hoe", "Gesprek met de inwoner"}, {"op", "2027-03-01"}}},
                      {"opvolgingDoor", "uitvoerder"},
                      {"herbeoordelingOp", "2027-11-01"}};
    if (reason) body["verschilMetVergelijkbareCasussen"] = *reason;
    auto decided = server_.post(path + "/besluiten", body);
    EXPECT_EQ(decided.status, 201u) << decided.body;
    return decided;
  }

  static std::string reference_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

  json::array similar(const std::string& path, std::string query = "") {
    auto result = server_.get(path + "/vergelijkbare-casussen" + query);
    EXPECT_EQ(result.status, 200u) << result.body;
    return result.json().at("_embedded").at("vergelijkbareCasussen").as_array();
  }

  static const json::object* find(const json::array& items, const std::string& path) {
    for (const auto& item : items) {
      if (item.at("referentie").as_string() == reference_of(path)) return &item.as_object();
    }
    return nullptr;
  }

  static bool lists(const json::value& factors, std::string_view kind, std::string_view code) {
    for (const auto& factor : factors.as_array()) {
      if (factor.at("soort").as_string() == kind && factor.at("code").as_string() == code) return true;
    }
    return false;
  }

  TestServer server_;
  std::map<std::string, std::int64_t> options_;
  int count_ = 0;
};

const Spec kDebts{"Huurachterstand door stapeling van terugvorderingen",
                  "De inwoner heeft schulden bij de verhuurder en meerdere terugvorderingen.",
                  {"signaal.stapeling-regelingen", "signaal.schrijnende-situatie"}};

TEST_F(SimilarityApi, ExplainsWhatTheCasesShareAndWhatDistinguishesThem) {
  std::string query = create(kDebts);
  Spec family = kDebts;
  family.title = "Achterstallige huur na terugvordering toeslag";
  family.signals.push_back("signaal.herhaalde-vraag");
  std::string close = create(family);
  std::string unrelated = create({"Aanvraag rolstoel", "Een scootmobiel voor de boodschappen.",
                                  {"signaal.deel-van-dienst"}, "standaard", false, "wmo-2015"});

  auto items = similar(query);
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items[0].at("referentie").as_string(), reference_of(close));
  const auto& best = items[0].as_object();
  EXPECT_TRUE(lists(best.at("gedeeldeFactoren"), "regeling", "participatiewet"));
  EXPECT_TRUE(lists(best.at("gedeeldeFactoren"), "signaal", "signaal.stapeling-regelingen"));
  EXPECT_TRUE(lists(best.at("gedeeldeFactoren"), "woord", "huurachterstand") ||
              lists(best.at("gedeeldeFactoren"), "woord", "terugvorder"));
  EXPECT_TRUE(lists(best.at("alleenInVergelijkbareCasus"), "signaal", "signaal.herhaalde-vraag"));
  EXPECT_FALSE(lists(best.at("alleenInDezeCasus"), "signaal", "signaal.stapeling-regelingen"));
  EXPECT_GT(best.at("score").as_double(), 0.0);
  EXPECT_LE(best.at("score").as_double(), 1.0);
  EXPECT_EQ(best.at("titel").as_string(), family.title);
  EXPECT_FALSE(best.contains("inwoner"));
  EXPECT_EQ(best.at("verantwoordelijke").at("gebruikersnaam").as_string(), "uitvoerder");
  for (const auto& factor : best.at("gedeeldeFactoren").as_array()) {
    EXPECT_FALSE(factor.at("omschrijving").as_string().empty());
  }
  if (const auto* other = find(items, unrelated)) {
    EXPECT_LT(other->at("score").as_double(), best.at("score").as_double());
  }
  EXPECT_EQ(find(items, query), nullptr) << "a case is never similar to itself";
}

TEST_F(SimilarityApi, AChangeIsSearchableAtOnce) {
  std::string query = create(kDebts);
  std::string later = create({"Vraag over bijzondere bijstand", "Een vraag om een bijdrage.",
                              {"signaal.deel-van-dienst"}});
  double before = 0;
  auto first = similar(query);
  if (const auto* found = find(first, later)) before = found->at("score").as_double();
  ASSERT_EQ(server_.post(later + "/signalen", json::object{{"signaal", "signaal.stapeling-regelingen"},
                                                           {"bron", "uitvoerder"}}).status, 201u);
  auto second = similar(query);
  const auto* after = find(second, later);
  ASSERT_NE(after, nullptr);
  EXPECT_GT(after->at("score").as_double(), before);
  EXPECT_TRUE(lists(after->at("gedeeldeFactoren"), "signaal", "signaal.stapeling-regelingen"));
}

TEST_F(SimilarityApi, AnotherOrganisationsCasesNeverAppear) {
  // References are numbered per organisation: the foreign case is 2026-000001 over there.
  server_.act_as("uitvoerder2");
  create(kDebts);
  server_.act_as("uitvoerder");
  std::string own = create(kDebts);
  std::string query = create(kDebts);
  auto items = similar(query);
  ASSERT_EQ(items.size(), 1u) << "only the organisation's own other case";
  EXPECT_EQ(items[0].at("referentie").as_string(), reference_of(own));
  server_.act_as("uitvoerder2");
  EXPECT_EQ(server_.get(query + "/vergelijkbare-casussen").status, 404u);
}

TEST_F(SimilarityApi, ACaseTheCallerMayNotReadShowsNoFreeText) {
  std::string query = create(kDebts);
  std::string other = create(kDebts);
  ASSERT_EQ(server_.post(other + "/lessen", json::object{{"les", "Bel eerst de verhuurder."},
                                                         {"reikwijdte", "mijn-organisatie"}}).status, 201u);
  // The maatwerktafel member reads only the cases assigned to them.
  auto assigned = server_.send("PUT", query + "/betrokkenen/tafel");
  ASSERT_LT(assigned.status, 300u) << assigned.body;
  server_.act_as("tafel");
  auto as_table = similar(query);
  const auto* hidden = find(as_table, other);
  ASSERT_NE(hidden, nullptr);
  EXPECT_FALSE(hidden->at("leesbaar").as_bool());
  EXPECT_FALSE(hidden->contains("titel"));
  EXPECT_FALSE(hidden->contains("lessen"));
  EXPECT_FALSE(hidden->contains("_links"));
  for (const char* list : {"gedeeldeFactoren", "alleenInVergelijkbareCasus"}) {
    for (const auto& factor : hidden->at(list).as_array()) {
      EXPECT_NE(factor.at("soort").as_string(), "woord") << list;
    }
  }
  EXPECT_TRUE(lists(hidden->at("gedeeldeFactoren"), "signaal", "signaal.stapeling-regelingen"));

  server_.act_as("uitvoerder");
  auto as_owner = similar(query);
  const auto* readable = find(as_owner, other);
  ASSERT_NE(readable, nullptr);
  EXPECT_TRUE(readable->at("leesbaar").as_bool());
  EXPECT_EQ(readable->at("lessen").as_array().size(), 1u);
}

TEST_F(SimilarityApi, ADepartingDecisionIsAskedForItsReasonButNeverBlocked) {
  for (int i = 0; i < 3; ++i) create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", true});
  std::string departing = create({kDebts.title, kDebts.summary, kDebts.signals, "afwijking", false});

  auto check = server_.get(departing + "/consistentie?optie=" + std::to_string(options_.at(departing)));
  ASSERT_EQ(check.status, 200u) << check.body;
  auto body = check.json().as_object();
  EXPECT_TRUE(body.at("wijktAf").as_bool());
  EXPECT_EQ(body.at("meestVoorkomend").at("optiesoort").as_string(), "standaard");
  EXPECT_EQ(body.at("meestVoorkomend").at("aantal").as_int64(), 3);
  EXPECT_EQ(body.at("vergelijkbaar").as_array().size(), 3u);
  EXPECT_EQ(body.at("gekozen").at("optiesoort").as_string(), "afwijking");
  EXPECT_NE(body.at("toelichting").as_string().find("Leg uit"), std::string::npos);

  // Without a reason the decision is recorded all the same, marked as missing one.
  auto decided = decide(departing);
  auto consistency = decided.json().at("consistentie").as_object();
  EXPECT_TRUE(consistency.at("wijktAf").as_bool());
  EXPECT_TRUE(consistency.at("redenOntbreekt").as_bool());
  EXPECT_EQ(consistency.at("vergelijkbareCasussen").as_array().size(), 3u);
  auto motivation = server_.get(departing + "/motivering");
  EXPECT_NE(motivation.body.find("waarin deze casus verschilt"), std::string::npos) << motivation.body;

  server_.act_as("manager");
  auto findings = server_.get("/api/v1/consistentie");
  ASSERT_EQ(findings.status, 200u) << findings.body;
  auto departures = findings.json().at("_embedded").at("afwijkingenZonderReden").as_array();
  ASSERT_EQ(departures.size(), 1u);
  EXPECT_EQ(departures[0].at("referentie").as_string(), reference_of(departing));
  auto pairs = findings.json().at("_embedded").at("gelijkeCasussenAndereUitkomst").as_array();
  EXPECT_FALSE(pairs.empty()) << "identical cases with different routes form pairs";
}

TEST_F(SimilarityApi, TheReasonGoesIntoTheMotivationAndOffTheManagersList) {
  for (int i = 0; i < 3; ++i) create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", true});
  std::string departing = create({kDebts.title, kDebts.summary, kDebts.signals, "afwijking", false});
  auto decided = decide(departing, "Hier dreigt binnen twee weken een huisuitzetting met kinderen");
  auto consistency = decided.json().at("consistentie").as_object();
  EXPECT_TRUE(consistency.at("wijktAf").as_bool());
  EXPECT_FALSE(consistency.at("redenOntbreekt").as_bool());
  EXPECT_EQ(consistency.at("reden").as_string(),
            "Hier dreigt binnen twee weken een huisuitzetting met kinderen");
  for (const char* audience : {"", "?versie=inwoner"}) {
    auto motivation = server_.get(departing + "/motivering" + audience);
    EXPECT_NE(motivation.body.find("huisuitzetting met kinderen"), std::string::npos) << audience;
  }
  auto listed = server_.get(departing + "/besluiten").json().at("_embedded").at("besluiten").as_array();
  EXPECT_EQ(listed[0].at("consistentie").at("reden").as_string(),
            "Hier dreigt binnen twee weken een huisuitzetting met kinderen");
  server_.act_as("manager");
  EXPECT_TRUE(server_.get("/api/v1/consistentie").json().at("_embedded").at("afwijkingenZonderReden")
                  .as_array().empty());
}

TEST_F(SimilarityApi, FollowingMostComparableCasesNeedsNoReason) {
  for (int i = 0; i < 3; ++i) create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", true});
  std::string same = create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", false});
  auto consistency = decide(same).json().at("consistentie").as_object();
  EXPECT_FALSE(consistency.at("wijktAf").as_bool());
  EXPECT_FALSE(consistency.at("redenOntbreekt").as_bool());
}

TEST_F(SimilarityApi, TooFewComparableCasesIsSaidPlainly) {
  create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", true});
  std::string departing = create({kDebts.title, kDebts.summary, kDebts.signals, "afwijking", false});
  auto check = server_.get(departing + "/consistentie?optie=" + std::to_string(options_.at(departing)));
  ASSERT_EQ(check.status, 200u);
  EXPECT_FALSE(check.json().at("wijktAf").as_bool());
  EXPECT_NE(check.json().at("toelichting").as_string().find("te weinig"), std::string::npos);
}

TEST_F(SimilarityApi, OnlyDecidedCasesWhenAsked) {
  std::string query = create(kDebts);
  std::string decided = create({kDebts.title, kDebts.summary, kDebts.signals, "standaard", true});
  std::string open = create(kDebts);
  auto items = similar(query, "?alleenBesloten=true&aantal=5");
  EXPECT_NE(find(items, decided), nullptr);
  EXPECT_EQ(find(items, open), nullptr);
  EXPECT_EQ(find(items, decided)->at("uitkomst").at("optiesoort").as_string(), "standaard");
}

TEST_F(SimilarityApi, BadQueriesGetAProblemAndChangeNothing) {
  std::string query = create(kDebts);
  for (std::string bad : {"?aantal=0", "?aantal=51", "?aantal=tien", "?alleenBesloten=ja", "?sortering=score"}) {
    auto result = server_.get(query + "/vergelijkbare-casussen" + bad);
    EXPECT_EQ(result.status, 400u) << bad;
    EXPECT_EQ(result.header("content-type"), "application/problem+json") << bad;
  }
  for (std::string bad : {"", "?optie=abc", "?optie=999999", "?optie=1&extra=2"}) {
    auto result = server_.get(query + "/consistentie" + bad);
    EXPECT_EQ(result.status, 400u) << bad << result.body;
    EXPECT_EQ(result.header("content-type"), "application/problem+json") << bad;
  }
  server_.act_as("manager");
  EXPECT_EQ(server_.get("/api/v1/consistentie?pagina=2").status, 400u);
}

TEST_F(SimilarityApi, TheCaseListSearchIsStemmedDutch) {
  std::string debts = create({"Schulden bij de woningcorporatie", "Betalingsachterstanden sinds maart.", {}});
  create({"Aanvraag rolstoel", "Een scootmobiel voor de boodschappen.", {}});
  for (std::string word : {"schuld", "Schulden", "betalingsachterstand", "woningcorporatie"}) {
    auto found = server_.get("/api/v1/casussen?zoek=" + word);
    ASSERT_EQ(found.status, 200u) << found.body;
    auto items = found.json().at("_embedded").at("casussen").as_array();
    ASSERT_EQ(items.size(), 1u) << word;
    EXPECT_EQ(items[0].at("referentie").as_string(), reference_of(debts));
  }
  auto none = server_.get("/api/v1/casussen?zoek=schuld%20rolstoel");
  EXPECT_TRUE(none.json().at("_embedded").at("casussen").as_array().empty()) << "every word must occur";
  auto quoted = server_.get("/api/v1/casussen?zoek=%22schuld%22%20OR%20NEAR(");
  EXPECT_EQ(quoted.status, 200u) << "query syntax in the text is taken as words";
}

}  // namespace
}  // namespace helder::testing
