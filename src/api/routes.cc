#include "api/access_rules.h"
#include "api/context.h"

namespace helder::api {

http::Response json_response(unsigned status, const boost::json::value& body) {
  return http::Response{status, "application/json", boost::json::serialize(body), {}};
}

void register_routes(http::Router& router, ApiContext& context) {
  http::Router unguarded;
  add_health_routes(unguarded);
  add_session_routes(unguarded, context);
  add_catalog_routes(unguarded, context);
  add_case_routes(unguarded, context);
  add_assignment_routes(unguarded, context);
  add_identity_routes(unguarded, context);
  add_signal_routes(unguarded, context);
  add_phase_routes(unguarded, context);
  add_history_routes(unguarded, context);
  add_weighing_routes(unguarded, context);
  add_decision_routes(unguarded, context);
  add_similarity_routes(unguarded, context);
  add_investigation_routes(unguarded, context);
  add_motivation_routes(unguarded, context);
  add_follow_up_routes(unguarded, context);
  add_overview_routes(unguarded, context);
  for (const auto& route : unguarded.routes()) router.add(guard(route, context));
}

}  // namespace helder::api
