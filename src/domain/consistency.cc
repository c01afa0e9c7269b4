#include "domain/consistency.h"

#include <algorithm>

namespace helder {

ConsistencyCheck check_consistency(const DecisionOutcome& chosen,
                                   std::span<const ComparedCase> similar) {
  ConsistencyCheck check{.chosen = chosen};
  double best = 0;
  for (const auto& other : similar) best = std::max(best, other.score);
  double floor = std::max(kMinComparableScore, kShareOfBestScore * best);
  for (const auto& other : similar) {
    if (check.compared.size() >= kMaxComparables) break;
    if (other.score >= floor) check.compared.push_back(other);
  }
  std::vector<RouteCount> routes;
  for (const auto& other : check.compared) {
    auto found = std::find_if(routes.begin(), routes.end(), [&](const RouteCount& route) {
      return route.service_type == other.outcome.service_type &&
             route.option_kind == other.outcome.option_kind;
    });
    if (found == routes.end()) {
      routes.push_back({other.outcome.service_type, other.outcome.option_kind, 1});
    } else {
      ++found->cases;
    }
    if (other.outcome.same_route(chosen)) ++check.same_as_chosen;
  }
  // The most common route; on a tie, the one met first (the most similar case's).
  for (const auto& route : routes) {
    if (!check.most_common || route.cases > check.most_common->cases) check.most_common = route;
  }
  check.enough_comparables = check.compared.size() >= kMinComparables;
  if (check.enough_comparables && check.most_common) {
    bool other_route = check.most_common->service_type != chosen.service_type ||
                       check.most_common->option_kind != chosen.option_kind;
    check.departs = other_route &&
                    2 * static_cast<std::size_t>(check.most_common->cases) > check.compared.size();
  }
  return check;
}

}  // namespace helder
