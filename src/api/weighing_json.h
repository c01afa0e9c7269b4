// The JSON form of options, arguments and the weighing (arguments per option, grouped by
// theme and side, so that a screen can put them side by side).
#pragma once

#include <boost/json.hpp>

#include "api/context.h"
#include "domain/argument.h"
#include "domain/option.h"
#include "store/store.h"

namespace helder::api {

boost::json::object option_json(const Option& value, const CaseReference& reference);
boost::json::object argument_json(const Argument& value, const CaseReference& reference,
                                  const catalog::Catalog& arguments);
boost::json::object weighing_json(const std::vector<WeighedOption>& weighing,
                                  const CaseReference& reference,
                                  const catalog::Catalog& arguments);

}  // namespace helder::api
