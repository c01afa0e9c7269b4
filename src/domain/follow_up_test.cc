#include "domain/follow_up.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

const Timestamp kNow{1'795'000'000'000};

bool known(std::string_view id) { return id == "participatiewet"; }

TEST(NewEvaluation, NeedsADateInThePastAndAnEffect) {
  NewEvaluation evaluation{kNow, "De schuldregeling loopt door.", ""};
  EXPECT_TRUE(validate(evaluation, kNow).empty());
  NewEvaluation empty;
  auto errors = validate(empty, kNow);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].name, "evaluated_on");
  EXPECT_EQ(errors[1].name, "observed_effect");
  NewEvaluation future{Timestamp{kNow.millis + 86'400'000}, "x", ""};
  EXPECT_EQ(validate(future, kNow).at(0).code, "future");
}

TEST(NewLesson, AStructuralLessonNamesTheRegulation) {
  NewLesson lesson{"Terugvordering raakt gedupeerden onevenredig", LessonScope::policy, true, std::nullopt};
  auto errors = validate(lesson, known);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].name, "lesson_regulation");
  lesson.regulation_id = "participatiewet";
  EXPECT_TRUE(validate(lesson, known).empty());
  lesson.regulation_id = "onbekend";
  EXPECT_EQ(validate(lesson, known).at(0).code, "unknown");
}

TEST(LessonScope, NamesRoundTrip) {
  for (auto scope : {LessonScope::myself, LessonScope::organisation, LessonScope::other_organisations,
                     LessonScope::policy}) {
    EXPECT_EQ(lesson_scope_from_string(to_string(scope)), scope);
  }
}

}  // namespace
}  // namespace helder
