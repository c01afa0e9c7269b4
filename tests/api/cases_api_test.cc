// POST/GET/PATCH /api/v1/casussen against the real server on a random loopback port.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

json::object valid_case() {
  return {{"titel", "Stapeling van terugvorderingen"},
          {"samenvatting", "Twee instanties vorderen tegelijk terug."},
          {"inwoner", {{"referentie", "INW-48213"}, {"soort", "huishouden"}}},
          {"regelingen", {"participatiewet", "awir"}}};
}

std::vector<std::string> invalid_names(const HttpResult& result) {
  std::vector<std::string> names;
  json::value problem = result.json();
  for (const auto& param : problem.at("invalidParams").as_array()) {
    names.emplace_back(param.at("name").as_string());
  }
  return names;
}

class CasesApi : public ::testing::Test {
 protected:
  TestServer server_;
};

TEST_F(CasesApi, CreatesACaseAndReadsItBack) {
  auto created = server_.post("/api/v1/casussen", valid_case());
  ASSERT_EQ(created.status, 201u) << created.body;
  auto body = created.json().as_object();
  std::string reference(body.at("referentie").as_string());
  EXPECT_EQ(reference, "2026-000001");
  EXPECT_EQ(created.header("location"), "/api/v1/casussen/" + reference);
  EXPECT_EQ(body.at("fase"), "signaal");
  EXPECT_EQ(body.at("eigenaar"), "uitvoerder");
  EXPECT_EQ(body.at("inwoner").at("soort"), "huishouden");
  EXPECT_EQ(body.at("regelingen"), (json::array{"participatiewet", "awir"}));
  EXPECT_EQ(body.at("_links").at("signalen").at("href"),
            json::value("/api/v1/casussen/" + reference + "/signalen"));

  auto read = server_.get("/api/v1/casussen/" + reference);
  ASSERT_EQ(read.status, 200u);
  EXPECT_EQ(read.json(), created.json());
}

TEST_F(CasesApi, ListsWithFiltersAndPageLinks) {
  for (int idx = 0; idx < 3; ++idx) server_.post("/api/v1/casussen", valid_case());
  json::object wmo = valid_case();
  wmo["titel"] = "Woningaanpassing na beroerte";
  wmo["regelingen"] = {"wmo-2015"};
  server_.post("/api/v1/casussen", wmo);

  auto first = server_.get("/api/v1/casussen?paginaGrootte=2");
  ASSERT_EQ(first.status, 200u) << first.body;
  auto page = first.json().as_object();
  EXPECT_EQ(page.at("_embedded").at("casussen").as_array().size(), 2u);
  EXPECT_EQ(page.at("_links").at("next").at("href"), "/api/v1/casussen?paginaGrootte=2&pagina=2");
  EXPECT_FALSE(page.at("_links").as_object().contains("prev"));
  auto second = server_.get("/api/v1/casussen?paginaGrootte=2&pagina=2").json().as_object();
  EXPECT_EQ(second.at("_links").at("prev").at("href"), "/api/v1/casussen?paginaGrootte=2&pagina=1");
  EXPECT_FALSE(second.at("_links").as_object().contains("next"));

  auto by_regulation = server_.get("/api/v1/casussen?regeling=wmo-2015").json();
  ASSERT_EQ(by_regulation.at("_embedded").at("casussen").as_array().size(), 1u);
  auto by_text = server_.get("/api/v1/casussen?zoek=beroerte").json();
  EXPECT_EQ(by_text.at("_embedded").at("casussen").as_array().size(), 1u);
  auto by_phase = server_.get("/api/v1/casussen?fase=signaal&eigenaar=uitvoerder").json();
  EXPECT_EQ(by_phase.at("_embedded").at("casussen").as_array().size(), 4u);
  auto closed = server_.get("/api/v1/casussen?fase=afgesloten").json();
  EXPECT_TRUE(closed.at("_embedded").at("casussen").as_array().empty());
}

TEST_F(CasesApi, RefusesBadListQueries) {
  auto bad = server_.get("/api/v1/casussen?fase=klaar&pagina=0&paginaGrootte=1000&kleur=rood");
  ASSERT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.header("content-type"), "application/problem+json");
  EXPECT_EQ(invalid_names(bad), (std::vector<std::string>{"fase", "pagina", "paginaGrootte", "kleur"}));
  EXPECT_EQ(server_.get("/api/v1/casussen?regeling=bestaat-niet").status, 400u);
  EXPECT_EQ(server_.get("/api/v1/casussen?pagina=1&pagina=2").status, 400u);
}

TEST_F(CasesApi, ChangesACaseWithPatch) {
  auto created = server_.post("/api/v1/casussen", valid_case()).json();
  std::string path(created.at("_links").at("self").at("href").as_string());
  server_.clock().advance_millis(60'000);
  auto patched = server_.send("PATCH", path,
                              R"({"titel": "Nieuwe titel", "regelingen": ["wmo-2015"]})",
                              "application/merge-patch+json");
  ASSERT_EQ(patched.status, 200u) << patched.body;
  auto body = patched.json();
  EXPECT_EQ(body.at("titel"), "Nieuwe titel");
  EXPECT_EQ(body.at("samenvatting"), created.at("samenvatting"));
  EXPECT_EQ(body.at("regelingen"), json::array{"wmo-2015"});
  EXPECT_NE(body.at("gewijzigdOp"), created.at("gewijzigdOp"));
  EXPECT_EQ(body.at("aangemaaktOp"), created.at("aangemaaktOp"));
}

TEST_F(CasesApi, UnknownCasesAre404) {
  EXPECT_EQ(server_.get("/api/v1/casussen/2026-999999").status, 404u);
  EXPECT_EQ(server_.get("/api/v1/casussen/geen-referentie").status, 404u);
  auto patched = server_.patch("/api/v1/casussen/2026-999999", json::object{{"titel", "x"}});
  EXPECT_EQ(patched.status, 404u);
  EXPECT_EQ(patched.header("content-type"), "application/problem+json");
}

// Every kind of bad input: a 4xx problem+json with a useful detail, and nothing written.
struct BadInput {
  std::string name;
  std::string method;
  std::string target;  // "{case}" is replaced by an existing case's path
  std::string body;
  std::string content_type = "application/json";
  unsigned status = 400;
  std::vector<std::string> fields = {};
};

void PrintTo(const BadInput& input, std::ostream* out) {
  *out << input.method << " " << input.target << " (" << input.name << ")";
}

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, IsRefusedAndChangesNothing) {
  TestServer server;
  auto created = server.post("/api/v1/casussen", valid_case());
  ASSERT_EQ(created.status, 201u);
  std::string case_path = created.header("location");
  const BadInput& input = GetParam();
  std::string target = input.target;
  if (auto at = target.find("{case}"); at != std::string::npos) target.replace(at, 6, case_path);

  std::string before = server.database_fingerprint();
  auto result = server.send(input.method, target, input.body, input.content_type);
  EXPECT_EQ(result.status, input.status) << result.body;
  EXPECT_EQ(result.header("content-type"), "application/problem+json");
  auto problem = result.json().as_object();
  EXPECT_EQ(problem.at("status").as_int64(), input.status);
  EXPECT_FALSE(problem.at("detail").as_string().empty());
  if (!input.fields.empty()) {
    EXPECT_EQ(invalid_names(result), input.fields);
  }
  EXPECT_EQ(server.database_fingerprint(), before) << "a refused request wrote something";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadInputTest,
    ::testing::Values(
        BadInput{"malformed_json", "POST", "/api/v1/casussen", R"({"titel": )"},
        BadInput{"not_an_object", "POST", "/api/v1/casussen", R"(["titel"])"},
        BadInput{"empty_body", "POST", "/api/v1/casussen", ""},
        BadInput{"wrong_media_type", "POST", "/api/v1/casussen", R"({"titel": "x"})", "text/plain"},
        BadInput{"bad_utf8", "POST", "/api/v1/casussen",
                 "{\"titel\": \"caf\xC3\", \"inwoner\": {\"referentie\": \"I-1\", \"soort\": \"persoon\"}}"},
        BadInput{"wrong_types", "POST", "/api/v1/casussen",
                 R"({"titel": 5, "inwoner": {"referentie": "I-1", "soort": "persoon"}, "regelingen": "wmo-2015"})",
                 "application/json", 400, {"titel", "regelingen"}},
        BadInput{"missing_fields", "POST", "/api/v1/casussen", R"({"samenvatting": "x"})",
                 "application/json", 400, {"titel", "inwoner"}},
        BadInput{"unknown_fields", "POST", "/api/v1/casussen",
                 R"({"titel": "x", "inwoner": {"referentie": "I-1", "soort": "persoon", "bsn": "1"}, "kleur": 1})",
                 "application/json", 400, {"inwoner.bsn", "kleur"}},
        BadInput{"unknown_regulation", "POST", "/api/v1/casussen",
                 R"({"titel": "x", "inwoner": {"referentie": "I-1", "soort": "persoon"}, "regelingen": ["wmo-2015", "verzonnen"]})",
                 "application/json", 400, {"regelingen[1]"}},
        BadInput{"bsn_as_reference", "POST", "/api/v1/casussen",
                 R"({"titel": "x", "inwoner": {"referentie": "111222333", "soort": "persoon"}})",
                 "application/json", 400, {"inwoner.referentie"}},
        BadInput{"phase_on_create", "POST", "/api/v1/casussen",
                 R"({"titel": "x", "inwoner": {"referentie": "I-1", "soort": "persoon"}, "fase": "besluit"})",
                 "application/json", 400, {"fase"}},
        BadInput{"unknown_owner", "POST", "/api/v1/casussen",
                 R"({"titel": "x", "inwoner": {"referentie": "I-1", "soort": "persoon"}, "eigenaar": "niemand"})",
                 "application/json", 400, {"eigenaar"}},
        BadInput{"too_large", "POST", "/api/v1/casussen", std::string(1100 * 1024, ' '),
                 "application/json", 413},
        BadInput{"patch_empty", "PATCH", "{case}", "{}"},
        BadInput{"patch_null", "PATCH", "{case}", R"({"titel": null})", "application/json", 400, {"titel"}},
        BadInput{"patch_phase", "PATCH", "{case}", R"({"fase": "besluit"})", "application/json", 400, {"fase"}},
        BadInput{"patch_foreign_owner", "PATCH", "{case}", R"({"titel": "ander", "eigenaar": "onbekend"})",
                 "application/json", 400, {"eigenaar"}},
        BadInput{"signal_unknown_catalog_id", "POST", "{case}/signalen",
                 R"({"signaal": "signaal.verzonnen", "bron": "inwoner"})", "application/json", 400, {"signaal"}},
        BadInput{"signal_both_kinds", "POST", "{case}/signalen",
                 R"({"signaal": "signaal.verzonnen", "eigenTekst": "ook", "bron": "inwoner"})"},
        BadInput{"signal_bad_source_and_date", "POST", "{case}/signalen",
                 R"({"eigenTekst": "iets", "bron": "buurman", "waargenomenOp": "gisteren"})",
                 "application/json", 400, {"bron", "waargenomenOp"}},
        BadInput{"signal_on_unknown_case", "POST", "/api/v1/casussen/2026-999999/signalen",
                 R"({"eigenTekst": "iets", "bron": "inwoner"})", "application/json", 404},
        BadInput{"remove_unknown_signal", "DELETE", "{case}/signalen/999", "", "", 404},
        BadInput{"remove_bad_signal_id", "DELETE", "{case}/signalen/abc", "", "", 404},
        BadInput{"wrong_method", "PUT", "/api/v1/casussen", R"({})", "application/json", 405},
        BadInput{"trailing_slash", "POST", "/api/v1/casussen/", R"({})", "application/json", 404}),
    [](const ::testing::TestParamInfo<BadInput>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace helder::testing
