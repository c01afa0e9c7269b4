#include "domain/case.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

bool known(std::string_view id) { return id == "wmo-2015" || id == "participatiewet"; }

NewCase valid_case() {
  NewCase input;
  input.title = "Stapeling van terugvorderingen";
  input.summary = "Twee regelingen vorderen tegelijk terug.";
  input.resident = {"INW-48213", ResidentKind::household};
  input.regulation_ids = {"participatiewet", "wmo-2015"};
  return input;
}

std::vector<std::string> names(const std::vector<FieldError>& errors) {
  std::vector<std::string> result;
  for (const auto& error : errors) result.push_back(error.name);
  return result;
}

TEST(CaseReference, FormatsAndParsesCanonically) {
  CaseReference reference{2026, 123};
  EXPECT_EQ(reference.str(), "2026-000123");
  EXPECT_EQ(CaseReference::parse("2026-000123"), reference);
  EXPECT_EQ(CaseReference::parse("2026-1234567")->number, 1234567);
  for (auto text : {"2026-123", "2026-0000123", "2026-000000", "26-000123", "2026_000123",
                    "2026-00012a", "", "2026-000123/"}) {
    EXPECT_FALSE(CaseReference::parse(text).has_value()) << text;
  }
}

TEST(NewCase, ValidInputHasNoErrors) { EXPECT_TRUE(validate(valid_case(), known).empty()); }

TEST(NewCase, ReportsEveryProblemAtOnce) {
  NewCase input = valid_case();
  input.title = "   ";
  input.resident.reference = "123456782";
  input.regulation_ids = {"wmo-2015", "onbekend", "wmo-2015"};
  auto errors = validate(input, known);
  EXPECT_EQ(names(errors), (std::vector<std::string>{"title", "resident.reference",
                                                     "regulations[1]", "regulations[2]"}));
  EXPECT_NE(errors[1].reason.find("BSN"), std::string::npos);
}

TEST(NewCase, LimitsLengthInCharacters) {
  NewCase input = valid_case();
  input.title = std::string(kMaxTitleChars, 'a');
  EXPECT_TRUE(validate(input, known).empty());
  input.title += "ë";
  EXPECT_EQ(names(validate(input, known)), std::vector<std::string>{"title"});
}

TEST(CasePatch, OnlyChecksWhatItChanges) {
  CasePatch patch;
  EXPECT_TRUE(patch.empty());
  patch.summary = "Nieuwe samenvatting";
  EXPECT_TRUE(validate(patch, known).empty());
  patch.regulation_ids = std::vector<std::string>{"nope"};
  EXPECT_EQ(names(validate(patch, known)), std::vector<std::string>{"regulations[0]"});
}

TEST(CasePatch, AppliesAndStampsTime) {
  Case target;
  target.title = "Oud";
  target.summary = "Blijft";
  CasePatch patch;
  patch.title = "  Nieuw  ";
  apply(patch, target, Timestamp{42});
  EXPECT_EQ(target.title, "Nieuw");
  EXPECT_EQ(target.summary, "Blijft");
  EXPECT_EQ(target.updated_at.millis, 42);
}

TEST(Resident, RefusesReferencesThatLookLikeABsn) {
  EXPECT_FALSE(check_resident_reference("INW-48213").has_value());
  EXPECT_TRUE(check_resident_reference("111222333").has_value());
  EXPECT_TRUE(check_resident_reference("12345678").has_value());
  EXPECT_TRUE(check_resident_reference("INW 1").has_value());
  EXPECT_TRUE(check_resident_reference("").has_value());
}

TEST(Phase, NamesRoundTrip) {
  for (Phase phase : kAllPhases) EXPECT_EQ(phase_from_string(to_string(phase)), phase);
  EXPECT_FALSE(phase_from_string("onbekend").has_value());
}

}  // namespace
}  // namespace helder
