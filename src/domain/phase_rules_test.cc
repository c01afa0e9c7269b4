#include "domain/phase_rules.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

TEST(PhaseRules, TheUsualPathIsAllowed) {
  EXPECT_TRUE(check_move(Phase::signal, Phase::investigation));
  EXPECT_TRUE(check_move(Phase::investigation, Phase::weighing));
  EXPECT_TRUE(check_move(Phase::weighing, Phase::decision, MoveTrigger::decision_recorded));
  EXPECT_TRUE(check_move(Phase::decision, Phase::execution));
  EXPECT_TRUE(check_move(Phase::execution, Phase::evaluation));
  EXPECT_TRUE(check_move(Phase::evaluation, Phase::closed));
}

TEST(PhaseRules, ACaseCanGoBackAndBeReopened) {
  EXPECT_TRUE(check_move(Phase::weighing, Phase::investigation));
  EXPECT_TRUE(check_move(Phase::evaluation, Phase::execution));
  EXPECT_TRUE(check_move(Phase::closed, Phase::investigation));
}

TEST(PhaseRules, DecisionPhaseOnlyThroughADecision) {
  auto direct = check_move(Phase::weighing, Phase::decision);
  ASSERT_FALSE(direct);
  EXPECT_EQ(direct.error().code, ErrorCode::conflict);
  EXPECT_NE(direct.error().detail.find("besluit vast te leggen"), std::string::npos);
  EXPECT_FALSE(check_move(Phase::signal, Phase::decision, MoveTrigger::decision_recorded));
}

TEST(PhaseRules, AForbiddenMoveSaysWhatIsAllowedAndWhy) {
  auto skipped = check_move(Phase::signal, Phase::execution);
  ASSERT_FALSE(skipped);
  EXPECT_EQ(skipped.error().detail,
            "Een casus in de fase signaal kan niet naar uitvoering. Toegestaan vanuit signaal: "
            "onderzoek (het signaal wordt onderzocht); afgesloten (na een eerste blik is geen "
            "nader onderzoek nodig).");
  EXPECT_FALSE(check_move(Phase::closed, Phase::closed));
}

TEST(PhaseRules, EveryPhaseHasAWayOn) {
  for (Phase phase : kAllPhases) EXPECT_FALSE(moves_from(phase).empty()) << to_string(phase);
}

}  // namespace
}  // namespace helder
