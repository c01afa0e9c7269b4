// The motivation composed from the record, as HTML, JSON and PDF, against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class MotivationApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen",
        json::object{{"titel", "Terugvordering na te laat doorgegeven inkomsten"},
                     {"samenvatting", "Gedupeerde ouder in een schuldregeling; € 2.340 te veel betaald."},
                     {"inwoner", {{"referentie", "INW-11"}, {"soort", "persoon"}}},
                     {"regelingen", {"participatiewet"}}});
    ASSERT_EQ(created.status, 201u);
    case_path_ = created.header("location");
    server_.post(case_path_ + "/signalen",
                 json::object{{"eigenTekst", "Schuldhulp meldt dat de regeling in gevaar komt <b>nu</b>"},
                              {"bron", "ketenpartner"}});
    auto option = server_.post(case_path_ + "/opties",
                               json::object{{"titel", "Afzien van terugvordering"},
                                            {"soort", "afwijking"},
                                            {"afwijking", {{"regeling", "participatiewet"},
                                                           {"artikel", "artikel 58 lid 1"},
                                                           {"grondslag", "hardheidsclausule"},
                                                           {"grondslagVerwijzing", "artikel 58 lid 8"}}}});
    server_.post(option.header("location") + "/argumenten",
                 json::object{{"eigenTekst", "De schuldregeling kan doorgaan"},
                              {"thema", "welzijn"}, {"kant", "voor"},
                              {"ingebrachtDoor", "uitvoerder"}, {"gewicht", 4}});
    for (auto phase : {"onderzoek", "afweging"}) {
      server_.post(case_path_ + "/faseovergangen", json::object{{"naar", phase}});
    }
    auto decided = server_.post(case_path_ + "/besluiten",
                                json::object{{"optie", option.json().at("id")},
                                             {"motivering", "Terugvorderen laat de schuldregeling mislukken."},
                                             {"effectcontrole", {{"hoe", "Overleg met schuldhulp"}, {"op", "2027-03-01"}}},
                                             {"opvolgingDoor", "uitvoerder"},
                                             {"herbeoordelingOp", "2027-11-01"}});
    ASSERT_EQ(decided.status, 201u) << decided.body;
  }
  TestServer server_;
  std::string case_path_;
};

TEST_F(MotivationApi, ServesTheProfessionalVersionAsEscapedHtml) {
  auto page = server_.get(case_path_ + "/motivering");
  ASSERT_EQ(page.status, 200u) << page.body;
  EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(page.header("content-security-policy").find("default-src 'none'"), std::string::npos);
  EXPECT_NE(page.body.find("<html lang=\"nl\">"), std::string::npos);
  EXPECT_NE(page.body.find("artikel 58 lid 1"), std::string::npos);
  EXPECT_NE(page.body.find("Terugvorderen laat de schuldregeling mislukken."), std::string::npos);
  EXPECT_NE(page.body.find("&lt;b&gt;nu&lt;/b&gt;"), std::string::npos);  // text is escaped
  EXPECT_EQ(page.body.find("<b>nu</b>"), std::string::npos);
  EXPECT_NE(page.body.find("Bezwaar"), std::string::npos);
}

TEST_F(MotivationApi, TheResidentVersionIsAddressedToTheResident) {
  auto letter = server_.send("GET", case_path_ + "/motivering?versie=inwoner", "", "",
                             {{"Accept", "application/json"}});
  ASSERT_EQ(letter.status, 200u) << letter.body;
  auto body = letter.json();
  EXPECT_EQ(body.at("versie"), "inwoner");
  EXPECT_TRUE(body.at("aandachtspunten").as_array().empty());
  std::string text = json::serialize(body.at("secties"));
  EXPECT_NE(text.find("Bent u het er niet mee eens?"), std::string::npos);
  EXPECT_EQ(text.find("gewicht"), std::string::npos);
}

TEST_F(MotivationApi, RefusesUnknownVersions) {
  EXPECT_EQ(server_.get(case_path_ + "/motivering?versie=kort").status, 400u);
  EXPECT_EQ(server_.get("/api/v1/casussen/2026-999999/motivering").status, 404u);
}

TEST_F(MotivationApi, DownloadsAPdf) {
  auto pdf = server_.get(case_path_ + "/motivering.pdf?versie=inwoner");
  ASSERT_EQ(pdf.status, 200u) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_TRUE(pdf.body.starts_with("%PDF"));
  EXPECT_NE(pdf.header("content-disposition").find("motivering-"), std::string::npos);
}

TEST_F(MotivationApi, EditsAreKeptAsVersionsAndServed) {
  auto draft = server_.send("GET", case_path_ + "/motivering?versie=inwoner", "", "",
                            {{"Accept", "application/json"}}).json();
  EXPECT_EQ(draft.at("bron"), "concept");
  std::string text(draft.at("concepttekst").as_string());
  std::string edited = text + "\nMet vriendelijke groet,\nDe consulent\n";
  auto first = server_.post(case_path_ + "/motivering/versies",
                            json::object{{"versie", "inwoner"}, {"tekst", edited}});
  ASSERT_EQ(first.status, 201u) << first.body;
  server_.post(case_path_ + "/motivering/versies",
               json::object{{"versie", "inwoner"}, {"tekst", edited + "P.S. <script>x</script>\n"}});

  auto versions = server_.get(case_path_ + "/motivering/versies").json().at("_embedded").at("versies").as_array();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].at("tekst"), json::value(edited));  // the first edit is still there

  auto page = server_.get(case_path_ + "/motivering?versie=inwoner");
  EXPECT_NE(page.body.find("Met vriendelijke groet,"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(page.body.find("<script>"), std::string::npos);
  auto original = server_.get(case_path_ + "/motivering?versie=inwoner&bron=concept");
  EXPECT_EQ(original.body.find("Met vriendelijke groet,"), std::string::npos);
  auto professional = server_.get(case_path_ + "/motivering");  // other version: still the draft
  EXPECT_EQ(professional.body.find("Met vriendelijke groet,"), std::string::npos);

  std::string before = server_.database_fingerprint();
  EXPECT_EQ(server_.post(case_path_ + "/motivering/versies", json::object{{"versie", "kort"}, {"tekst", "x"}}).status, 400u);
  EXPECT_EQ(server_.post(case_path_ + "/motivering/versies", json::object{{"versie", "inwoner"}, {"tekst", ""}}).status, 400u);
  EXPECT_EQ(server_.database_fingerprint(), before);
}

}  // namespace
}  // namespace helder::testing
