#include "domain/argument.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

std::optional<CatalogArgument> card(std::string_view id) {
  if (id == "argument.minder-schulden") return CatalogArgument{Theme::wellbeing, Side::pro};
  return std::nullopt;
}

std::vector<std::string> names(const std::vector<FieldError>& errors) {
  std::vector<std::string> result;
  for (const auto& error : errors) result.push_back(error.name);
  return result;
}

TEST(NewArgument, ACardArgumentTakesThemeAndSideFromTheCard) {
  NewArgument input;
  input.catalog_id = "argument.minder-schulden";
  EXPECT_TRUE(validate(input, card).empty());
  EXPECT_EQ(input.theme, Theme::wellbeing);
  EXPECT_EQ(input.side, Side::pro);
}

TEST(NewArgument, ACardArgumentCannotChangeSides) {
  NewArgument input;
  input.catalog_id = "argument.minder-schulden";
  input.side = Side::con;
  EXPECT_EQ(names(validate(input, card)), std::vector<std::string>{"side"});
}

TEST(NewArgument, AnOwnArgumentNeedsThemeAndSide) {
  NewArgument input;
  input.own_text = "Het gezin kan zo in de woning blijven.";
  EXPECT_EQ(names(validate(input, card)), (std::vector<std::string>{"theme", "side"}));
  input.theme = Theme::wellbeing;
  input.side = Side::pro;
  EXPECT_TRUE(validate(input, card).empty());
}

TEST(NewArgument, RefusesUnknownCardsBothKindsAndBadWeights) {
  NewArgument unknown;
  unknown.catalog_id = "argument.verzonnen";
  EXPECT_EQ(names(validate(unknown, card)), std::vector<std::string>{"catalog_argument"});
  NewArgument both;
  both.catalog_id = "argument.minder-schulden";
  both.own_text = "ook";
  EXPECT_EQ(names(validate(both, card)).front(), "argument");
  NewArgument heavy;
  heavy.catalog_id = "argument.minder-schulden";
  heavy.weight = 6;
  EXPECT_EQ(names(validate(heavy, card)), std::vector<std::string>{"weight"});
  heavy.weight = 0;
  EXPECT_EQ(names(validate(heavy, card)), std::vector<std::string>{"weight"});
}

TEST(ArgumentPatch, ChecksWeightRange) {
  ArgumentPatch patch;
  patch.weight = 5;
  EXPECT_TRUE(validate(patch).empty());
  patch.weight = 9;
  EXPECT_EQ(names(validate(patch)), std::vector<std::string>{"weight"});
}

}  // namespace
}  // namespace helder
