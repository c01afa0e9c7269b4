#include "catalog/loader.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

namespace helder::catalog {
namespace {

std::filesystem::path catalog_dir() {
  const char* data = std::getenv("HELDER_DATA_DIR");
  return std::filesystem::path(data ? data : ".") / "catalog";
}

const CatalogSet& real_catalogs() {
  static const LoadResult kLoaded = load_catalogs(catalog_dir());
  return kLoaded.catalogs;
}

std::size_t count_groups(const Catalog& catalog, std::string_view kind) {
  std::size_t count = 0;
  for (const auto& group : catalog.groups) count += group.kind == kind;
  return count;
}

TEST(RealCatalogs, LoadWithoutProblems) {
  auto loaded = load_catalogs(catalog_dir());
  for (const auto& problem : loaded.problems) ADD_FAILURE() << problem.str();
  EXPECT_EQ(loaded.catalogs.all().size(), catalog_file_names().size());
}

TEST(RealCatalogs, SignalenkaartHasTwoSourcesEightCategoriesAndEverySignal) {
  const Catalog& signals = real_catalogs().get(kSignals);
  EXPECT_EQ(count_groups(signals, "bron"), 2u);
  EXPECT_EQ(count_groups(signals, "categorie"), 8u);
  // The card in seed 001 lists 38 signals (6+4+5+5 from the resident, 6+4+5+3 at the caseworker).
  EXPECT_EQ(signals.entries.size(), 38u);
}

TEST(RealCatalogs, ArgumentenkaartHasFiveThemesWithProAndCon) {
  const Catalog& arguments = real_catalogs().get(kArguments);
  std::set<std::string> themes;
  std::set<std::pair<std::string, std::string>> sides;
  for (const auto& group : arguments.groups) {
    if (group.kind == "thema") themes.insert(group.id);
    if (group.kind == "cluster") sides.insert({group.parent, *group.side});
  }
  EXPECT_EQ(themes, (std::set<std::string>{"welzijn", "bestuur", "uitvoering", "financien",
                                           "principes"}));
  for (const auto& theme : themes) {
    EXPECT_TRUE(sides.contains({theme, "pro"})) << theme;
    EXPECT_TRUE(sides.contains({theme, "con"})) << theme;
  }
  EXPECT_EQ(arguments.entries.size(), 55u);
}

TEST(RealCatalogs, QuestionCardsHaveTheirPhasesAndSteps) {
  const Catalog& questions = real_catalogs().get(kQuestions);
  EXPECT_EQ(count_groups(questions, "fase"), 3u);
  EXPECT_EQ(count_groups(questions, "vraaggroep"), 10u);
  EXPECT_EQ(count_groups(real_catalogs().get(kPolicyGeneral), "stap"), 6u);
  EXPECT_EQ(count_groups(real_catalogs().get(kPolicyMaatwerk), "stap"), 7u);
}

TEST(RealCatalogs, ServiceTypesAreTheEightyFifteenFiveSplit) {
  std::map<std::string, int> shares;
  for (const auto& entry : real_catalogs().get(kServiceTypes).entries) {
    shares[*entry.code] = *entry.share_percent;
  }
  EXPECT_EQ(shares, (std::map<std::string, int>{{"standard", 80}, {"tailored", 15}, {"deviation", 5}}));
}

TEST(RealCatalogs, EveryEntryHasDutchAndEnglishAndASourceCard) {
  for (const auto& catalog : real_catalogs().all()) {
    for (const auto& entry : catalog.entries) {
      EXPECT_FALSE(entry.text.nl.empty()) << entry.id;
      EXPECT_FALSE(entry.text.en.empty()) << entry.id;
      EXPECT_GE(entry.version, 1) << entry.id;
      EXPECT_FALSE(entry.source_card.empty()) << entry.id;
    }
  }
}

TEST(RealCatalogs, RegulationsKnowTheWmoInvestigationOrder) {
  const Entry* wmo = real_catalogs().get(kRegulations).find_entry("wmo-2015");
  ASSERT_NE(wmo, nullptr);
  EXPECT_TRUE(wmo->investigation_order.value());
}

// A small valid signals file to break in the tests below.
std::string signals_file(std::string_view entry_overrides) {
  return R"({"catalog": "signalen", "version": 1,
    "title": {"nl": "Signalen", "en": "Signals"},
    "description": {"nl": "Ter inspiratie.", "en": "For inspiration."},
    "sourceCard": "signalenkaart",
    "groups": [
      {"id": "inwoner", "kind": "bron", "label": {"nl": "Inwoner", "en": "Resident"}},
      {"id": "vraag", "kind": "categorie", "parent": "inwoner", "label": {"nl": "Vraag", "en": "Question"}}
    ],
    "entries": [
      {"id": "signaal.een", "version": 1, "group": "vraag", "sourceCard": "signalenkaart",
       "text": {"nl": "Een", "en": "One"})" +
         std::string(entry_overrides) + "}]}";
}

std::vector<Problem> problems_of(std::string_view file, const std::string& text) {
  std::vector<Problem> problems;
  parse_catalog(file, text, problems);
  return problems;
}

TEST(CatalogLoader, AcceptsAValidFile) { EXPECT_TRUE(problems_of("signalen.json", signals_file("")).empty()); }

TEST(CatalogLoader, NamesFileEntryAndProblem) {
  std::string text = signals_file("");
  text.replace(text.find("\"group\": \"vraag\""), 16, "\"group\": \"bestaat-niet\"");
  auto problems = problems_of("signalen.json", text);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(), "signalen.json: entry 'signaal.een': group \"bestaat-niet\" does not exist");
}

TEST(CatalogLoader, ReportsBadIdsVersionsAndUnknownFields) {
  std::string text = signals_file("");
  text.replace(text.find("\"version\": 1, \"group\""), 12, "\"version\": 0");
  text.replace(text.find("signaal.een"), 11, "Signaal Een");
  auto problems = problems_of("signalen.json", text);
  std::vector<std::string> messages;
  for (const auto& problem : problems) messages.push_back(problem.str());
  ASSERT_GE(messages.size(), 2u);
  EXPECT_NE(messages[0].find("\"version\" must be a whole number"), std::string::npos) << messages[0];
  bool id_reported = false;
  for (const auto& message : messages) id_reported |= message.find("kebab-case") != std::string::npos;
  EXPECT_TRUE(id_reported);

  auto unknown = problems_of("signalen.json", signals_file(R"(, "colour": "red")"));
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].entry, "entry 'signaal.een'");
  EXPECT_EQ(unknown[0].message, "unknown field \"colour\"");
}

TEST(CatalogLoader, ReportsInvalidJsonWithLine) {
  auto problems = problems_of("signalen.json", "{\n\"catalog\": \"signalen\",\n oops }");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("line 3"), std::string::npos) << problems[0].message;
}

TEST(CatalogLoader, ChecksTheNestingOfGroups) {
  std::string text = signals_file("");
  text.replace(text.find("\"parent\": \"inwoner\""), 19, "\"parent\": \"vraag\"");
  auto problems = problems_of("signalen.json", text);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(),
            "signalen.json: group 'vraag': parent \"vraag\" is a categorie, expected a bron");
}

TEST(CatalogLoader, MissingFileIsAProblem) {
  auto loaded = load_catalogs("/nonexistent-helder-catalog");
  EXPECT_EQ(loaded.problems.size(), catalog_file_names().size());
  EXPECT_NE(loaded.problems[0].message.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace helder::catalog
