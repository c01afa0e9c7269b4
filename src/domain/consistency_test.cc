#include "domain/consistency.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

DecisionOutcome route(OptionKind kind) { return {service_type_for(kind), kind, std::nullopt, {}}; }

std::vector<ComparedCase> cases(std::initializer_list<std::pair<OptionKind, double>> list) {
  std::vector<ComparedCase> result;
  CaseId id = 1;
  for (const auto& [kind, score] : list) result.push_back({id++, {2026, id}, score, route(kind)});
  return result;
}

TEST(Consistency, DepartsWhenMostSimilarCasesGotAnotherRoute) {
  auto similar = cases({{OptionKind::standard, 0.8}, {OptionKind::standard, 0.7},
                        {OptionKind::deviation, 0.6}, {OptionKind::standard, 0.5}});
  auto check = check_consistency(route(OptionKind::deviation), similar);
  EXPECT_TRUE(check.enough_comparables);
  EXPECT_TRUE(check.departs);
  ASSERT_TRUE(check.most_common);
  EXPECT_EQ(check.most_common->option_kind, OptionKind::standard);
  EXPECT_EQ(check.most_common->cases, 3);
  EXPECT_EQ(check.same_as_chosen, 1);
}

TEST(Consistency, DoesNotDepartWhenTheChosenRouteIsCommonOrThereIsNoMajority) {
  auto similar = cases({{OptionKind::standard, 0.8}, {OptionKind::tailored, 0.7},
                        {OptionKind::deviation, 0.6}, {OptionKind::standard, 0.5}});
  // Two of four got the standard route: that is not "most of them".
  EXPECT_FALSE(check_consistency(route(OptionKind::tailored), similar).departs);
  EXPECT_FALSE(check_consistency(route(OptionKind::standard), similar).departs);
}

TEST(Consistency, TooFewOrTooWeakComparablesSayNothing) {
  auto two = cases({{OptionKind::standard, 0.8}, {OptionKind::standard, 0.7}});
  auto check = check_consistency(route(OptionKind::deviation), two);
  EXPECT_FALSE(check.enough_comparables);
  EXPECT_FALSE(check.departs);

  auto weak = cases({{OptionKind::standard, 0.11}, {OptionKind::standard, 0.10},
                     {OptionKind::standard, 0.10}, {OptionKind::standard, 0.10}});
  auto weak_check = check_consistency(route(OptionKind::deviation), weak);
  EXPECT_TRUE(weak_check.compared.empty());
  EXPECT_FALSE(weak_check.departs);

  // Cases far less similar than the closest one are not its peers.
  auto one_close = cases({{OptionKind::standard, 0.8}, {OptionKind::standard, 0.3},
                          {OptionKind::standard, 0.3}, {OptionKind::standard, 0.3}});
  EXPECT_EQ(check_consistency(route(OptionKind::deviation), one_close).compared.size(), 1u);
}

TEST(Consistency, ComparesAtMostTenCases) {
  std::vector<ComparedCase> many;
  for (int i = 0; i < 15; ++i) many.push_back({i + 1, {2026, i + 1}, 0.9, route(OptionKind::standard)});
  auto check = check_consistency(route(OptionKind::standard), many);
  EXPECT_EQ(check.compared.size(), kMaxComparables);
  EXPECT_EQ(check.same_as_chosen, 10);
}

TEST(Consistency, AMissingReasonIsOnlyMissingWhenTheDecisionDeparts) {
  ConsistencyRecord record;
  EXPECT_FALSE(record.reason_missing());
  record.check.departs = true;
  EXPECT_TRUE(record.reason_missing());
  record.reason = "Hier speelt een acute huisuitzetting.";
  EXPECT_FALSE(record.reason_missing());
}

}  // namespace
}  // namespace helder
