#include "domain/option.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

RegulationFacts facts() {
  return {[](std::string_view id) { return id == "participatiewet" || id == "awir"; },
          [](std::string_view id) { return id == "participatiewet"; }};
}

std::vector<std::string> names(const std::vector<FieldError>& errors) {
  std::vector<std::string> result;
  for (const auto& error : errors) result.push_back(error.name);
  return result;
}

NewOption deviation_option(LegalBasis basis) {
  NewOption option;
  option.title = "Terugvordering buiten invordering laten";
  option.kind = OptionKind::deviation;
  option.deviation = Deviation{"participatiewet", "artikel 58", basis, "", "", ""};
  return option;
}

TEST(NewOption, StandardAndTailoredNeedOnlyATitle) {
  NewOption option;
  option.title = "Gewone route";
  EXPECT_TRUE(validate(option, facts()).empty());
  option.kind = OptionKind::tailored;
  EXPECT_TRUE(validate(option, facts()).empty());
  option.title = " ";
  EXPECT_EQ(names(validate(option, facts())), std::vector<std::string>{"title"});
}

TEST(NewOption, ADeviationNamesTheRuleAndTheBasis) {
  NewOption missing = deviation_option(LegalBasis::hardship_clause);
  missing.deviation.reset();
  EXPECT_EQ(names(validate(missing, facts())), std::vector<std::string>{"deviation"});
  NewOption no_article = deviation_option(LegalBasis::hardship_clause);
  no_article.deviation->article = "";
  EXPECT_EQ(names(validate(no_article, facts())), std::vector<std::string>{"deviation.article"});
  EXPECT_TRUE(validate(deviation_option(LegalBasis::hardship_clause), facts()).empty());
}

TEST(NewOption, OnlyADeviationHasADeviation) {
  NewOption option = deviation_option(LegalBasis::hardship_clause);
  option.kind = OptionKind::tailored;
  EXPECT_EQ(names(validate(option, facts())), std::vector<std::string>{"deviation"});
}

TEST(NewOption, AHardshipClauseMustExistInThatRegulation) {
  NewOption option = deviation_option(LegalBasis::hardship_clause);
  option.deviation->regulation_id = "awir";
  auto errors = validate(option, facts());
  ASSERT_EQ(names(errors), std::vector<std::string>{"deviation.basis"});
  EXPECT_NE(errors[0].reason.find("geen hardheidsclausule"), std::string::npos);
  option.deviation->regulation_id.reset();
  option.deviation->article = "werkinstructie terugvordering";
  EXPECT_EQ(names(validate(option, facts())), std::vector<std::string>{"deviation.regulation"});
}

TEST(NewOption, Article4_84NeedsCircumstancesAndDisproportionality) {
  NewOption option = deviation_option(LegalBasis::policy_rule_4_84);
  EXPECT_EQ(names(validate(option, facts())),
            (std::vector<std::string>{"deviation.special_circumstances", "deviation.disproportionality"}));
  option.deviation->special_circumstances = "Gedupeerde van de toeslagenaffaire met schulden.";
  option.deviation->disproportionality = "Terugvorderen duwt het gezin dieper in de schulden.";
  EXPECT_TRUE(validate(option, facts()).empty());
}

TEST(NewOption, RulingsAndMandatesNeedTheirReference) {
  NewOption ruling = deviation_option(LegalBasis::court_ruling);
  EXPECT_EQ(names(validate(ruling, facts())), std::vector<std::string>{"deviation.basis_reference"});
  ruling.deviation->basis_reference = "ECLI:NL:CRVB:2018:819";
  EXPECT_TRUE(validate(ruling, facts()).empty());
  NewOption unknown = deviation_option(LegalBasis::general_principles);
  unknown.deviation->regulation_id = "bestaat-niet";
  EXPECT_EQ(names(validate(unknown, facts())), std::vector<std::string>{"deviation.regulation"});
}

}  // namespace
}  // namespace helder
