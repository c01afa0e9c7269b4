#include "api/context.h"

namespace helder::api {

http::Response json_response(unsigned status, const boost::json::value& body) {
  return http::Response{status, "application/json", boost::json::serialize(body), {}};
}

void register_routes(http::Router& router, ApiContext& context) {
  add_health_routes(router);
  add_catalog_routes(router, context);
  add_case_routes(router, context);
  add_signal_routes(router, context);
  add_phase_routes(router, context);
  add_history_routes(router, context);
  add_weighing_routes(router, context);
  add_decision_routes(router, context);
  add_investigation_routes(router, context);
  add_motivation_routes(router, context);
  add_follow_up_routes(router, context);
}

}  // namespace helder::api
