// The JSON form of a decision, including the weighing as it was frozen at that moment.
#pragma once

#include <boost/json.hpp>

#include "api/context.h"
#include "domain/decision.h"

namespace helder::api {

boost::json::object decision_json(const Decision& value, const CaseReference& reference,
                                  const catalog::CatalogSet& catalogs);

}  // namespace helder::api
