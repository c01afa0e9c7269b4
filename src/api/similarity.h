// Similar cases and the consistency check, put together from the store's candidates and the
// domain's scoring (domain/similarity.h, domain/consistency.h). Used by the similarity routes
// and by the decision route, which records the check with the decision.
#pragma once

#include <vector>

#include "store/store.h"

namespace helder::api {

// How many candidates the store nominates for exact scoring.
inline constexpr std::size_t kCandidatePool = 100;

struct SimilarityResult {
  std::vector<WeighedFactor> factors;  // the case's own factors, weightiest first
  std::vector<SimilarCase> similar;    // best first
};

Result<SimilarityResult> find_similar(Store& store, OrganisationId organisation, CaseId case_id,
                                      std::size_t limit, bool decided_only,
                                      Comparison comparison = Comparison::whole_case);

// Compares `chosen` with the decided cases most similar in situation; `sketches` receives what may be shown
// of the compared cases (same order as check.compared).
Result<ConsistencyCheck> check_against_similar(Store& store, const Principal& principal,
                                               CaseId case_id, const DecisionOutcome& chosen,
                                               std::vector<CaseSketch>* sketches = nullptr);

}  // namespace helder::api
