// The JSON form of cases and signal observations, with their HAL links, and the helpers the
// case and signal handlers share.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "api/context.h"
#include "domain/case.h"
#include "domain/signal.h"

namespace helder::api {

std::string case_path(const CaseReference& reference);
boost::json::object case_json(const Case& value);
boost::json::object signal_json(const SignalObservation& value, const catalog::Catalog& signals);

// The case reference in the path ({referentie}); a malformed one is a 404 like an unknown one.
Result<CaseReference> path_reference(const http::Request& request);

// A positive id from the path ({optieId}, {id}, ...); anything else cannot exist (nullopt: 404).
std::optional<std::int64_t> path_id(const http::Request& request, std::string_view name);

// Shape errors (missing, wrong type, unknown) come first; a domain error on a field that
// already has a shape error adds nothing and is dropped.
Error invalid_input(std::vector<FieldError> shape_errors, std::vector<FieldError> domain_errors);

// A problem response for an error from the store or the domain, with API field names.
http::Response problem_response(Error error, std::string_view instance);

}  // namespace helder::api
