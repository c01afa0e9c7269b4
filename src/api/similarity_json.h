// The JSON form of similar cases, their explanation (factors with Dutch labels), decision
// outcomes and consistency checks.
#pragma once

#include <boost/json.hpp>

#include "api/context.h"
#include "domain/consistency.h"
#include "domain/similarity.h"
#include "store/store.h"

namespace helder::api {

std::string_view dutch(FactorKind kind);
boost::json::object factor_json(const WeighedFactor& factor, const catalog::CatalogSet& catalogs);
boost::json::object outcome_json(const DecisionOutcome& outcome);
boost::json::value route_json(const std::optional<RouteCount>& route);
// The consistency check of a decision, as recorded with it.
boost::json::object consistency_json(const ConsistencyRecord& record);
// One of the cases compared: its reference, score and outcome; the title only when the
// caller may read the case.
boost::json::object compared_case_json(const ComparedCase& compared, const CaseSketch* sketch,
                                       bool readable);
// "6 van de 8 vergelijkbare besloten casussen kregen ..." for the check.
std::string consistency_explanation(const ConsistencyCheck& check);

}  // namespace helder::api
