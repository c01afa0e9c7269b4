#include "domain/decision.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

const Timestamp kNow{1'795'000'000'000};
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

NewDecision complete() {
  NewDecision input;
  input.option_id = 1;
  input.motivation = "De terugvordering zou het gezin dieper in de schulden duwen.";
  input.effect_check = "Gesprek met het gezin over de schuldenlast.";
  input.effect_check_on = Timestamp{kNow.millis + 90 * kDay};
  input.follow_up_by = "uitvoerder";
  input.review_on = Timestamp{kNow.millis + 365 * kDay};
  return input;
}

std::vector<std::string> names(const std::vector<FieldError>& errors) {
  std::vector<std::string> result;
  for (const auto& error : errors) result.push_back(error.name);
  return result;
}

TEST(ServiceType, FollowsFromTheOptionKind) {
  EXPECT_EQ(service_type_for(OptionKind::standard), ServiceType::standard);
  EXPECT_EQ(service_type_for(OptionKind::tailored), ServiceType::tailored);
  EXPECT_EQ(service_type_for(OptionKind::deviation), ServiceType::deviation);
}

TEST(NewDecision, ACompleteDecisionIsValid) {
  Option chosen;
  chosen.kind = OptionKind::deviation;
  EXPECT_TRUE(validate(complete(), &chosen, kNow).empty());
}

TEST(NewDecision, NamesEverythingThatIsMissing) {
  NewDecision empty;
  EXPECT_EQ(names(validate(empty, nullptr, kNow)),
            (std::vector<std::string>{"option", "motivation", "effect_check", "effect_check_on",
                                      "review_on", "follow_up_by"}));
}

TEST(NewDecision, TheServiceTypeMustMatchTheOption) {
  Option chosen;
  chosen.kind = OptionKind::standard;
  NewDecision input = complete();
  input.service_type = ServiceType::deviation;
  EXPECT_EQ(names(validate(input, &chosen, kNow)), std::vector<std::string>{"service_type"});
}

TEST(NewDecision, CheckDatesAreNotInThePast) {
  Option chosen;
  NewDecision input = complete();
  input.review_on = Timestamp{kNow.millis - 10 * kDay};
  EXPECT_EQ(names(validate(input, &chosen, kNow)), std::vector<std::string>{"review_on"});
}

}  // namespace
}  // namespace helder
