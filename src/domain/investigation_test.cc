#include "domain/investigation.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

std::optional<std::string> step_of(std::string_view id) {
  if (id == "vraag.huidige-situatie.1") return std::string("huidige-situatie");
  return std::nullopt;
}

TEST(NewAnswer, AnAnswerBelongsToAStep) {
  NewAnswer answer{"huidige-situatie", "vraag.huidige-situatie.1", "Woont alleen, weinig netwerk."};
  EXPECT_TRUE(validate(answer, step_of).empty());
  answer.step = "aanleiding";
  auto errors = validate(answer, step_of);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].name, "question");
  EXPECT_EQ(errors[0].code, "mismatch");
}

TEST(NewAnswer, RefusesUnknownStepsQuestionsAndEmptyText) {
  NewAnswer answer{"ergens", "vraag.bestaat-niet", "  "};
  auto errors = validate(answer, step_of);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].name, "step");
  EXPECT_EQ(errors[1].name, "question");
  EXPECT_EQ(errors[2].name, "text");
}

TEST(ResidentWishes, EveryFieldMayBeEmpty) {
  EXPECT_TRUE(validate(ResidentWishes{}).empty());
  ResidentWishes wishes;
  wishes.short_term = std::string("a\0b", 3);
  EXPECT_EQ(validate(wishes).at(0).name, "short_term");
}

TEST(InvestigationSteps, HaveLabels) {
  EXPECT_EQ(investigation_step_label("beste-optie"), "Beste optie");
  EXPECT_TRUE(is_investigation_step("leren"));
  EXPECT_FALSE(is_investigation_step("onzin"));
}

}  // namespace
}  // namespace helder
