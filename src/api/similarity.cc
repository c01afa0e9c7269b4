#include "api/similarity.h"

#include <algorithm>
#include <unordered_map>

namespace helder::api {

Result<SimilarityResult> find_similar(Store& store, OrganisationId organisation, CaseId case_id,
                                      std::size_t limit, bool decided_only,
                                      Comparison comparison) {
  auto candidates = store.similarity_candidates(organisation, case_id,
                                                std::max(limit, kCandidatePool), decided_only);
  if (!candidates) return fail(candidates.error());
  SimilarityResult result;
  for (const auto& factor : candidates->query) {
    result.factors.push_back({factor.factor, factor_weight(factor, candidates->corpus)});
  }
  std::sort(result.factors.begin(), result.factors.end(),
            [](const WeighedFactor& a, const WeighedFactor& b) { return a.weight > b.weight; });
  result.similar = rank_similar(candidates->query, candidates->candidates, candidates->corpus,
                                limit, comparison);
  return result;
}

Result<ConsistencyCheck> check_against_similar(Store& store, const Principal& principal,
                                               CaseId case_id, const DecisionOutcome& chosen,
                                               std::vector<CaseSketch>* sketches) {
  auto similar = find_similar(store, principal.organisation_id, case_id, kMaxComparables, true,
                              Comparison::situation);
  if (!similar) return fail(similar.error());
  std::vector<CaseId> ids;
  for (const auto& other : similar->similar) ids.push_back(other.case_id);
  auto found = store.case_sketches(principal, ids);
  if (!found) return fail(found.error());
  std::unordered_map<CaseId, const CaseSketch*> by_id;
  for (const auto& sketch : *found) by_id[sketch.id] = &sketch;
  std::vector<ComparedCase> compared;
  for (const auto& other : similar->similar) {
    auto sketch = by_id.find(other.case_id);
    if (sketch == by_id.end() || !sketch->second->outcome) continue;
    compared.push_back({other.case_id, sketch->second->reference, other.score,
                        *sketch->second->outcome});
  }
  ConsistencyCheck check = check_consistency(chosen, compared);
  if (sketches) {
    sketches->clear();
    for (const auto& other : check.compared) sketches->push_back(*by_id.at(other.case_id));
  }
  return check;
}

}  // namespace helder::api
