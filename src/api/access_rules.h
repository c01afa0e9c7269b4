// Every route's access rule, in one table (access_rules.cc): which roles may call it,
// whether it concerns one case (and then whether it reads or changes it), and the operation
// name under which a call is written to the processing log. A route without a rule is a
// programming error: registration stops, and the authorisation test fails.
#pragma once

#include <string_view>

#include "api/context.h"
#include "domain/role.h"

namespace helder::api {

enum class CaseScope {
  none,  // not about one case (or the handler checks each case itself)
  read,  // reads the case in {referentie}
  work,  // changes the case in {referentie}
};

struct RoutePolicy {
  bool anonymous = false;  // callable without logging in
  RoleSet roles;           // otherwise: the roles that may call it
  CaseScope scope = CaseScope::none;
  // Dutch name of the operation for the processing log; empty when the route processes no
  // personal data of a case (or, for lists, when the handler records each case itself).
  std::string_view operation;
};

// The rule for a route, or nullptr when it has none.
const RoutePolicy* route_policy(http::Method method, std::string_view pattern);

// The route with its rule enforced around the handler. Throws std::logic_error when the
// route has no rule.
http::Route guard(http::Route route, ApiContext& context);

}  // namespace helder::api
