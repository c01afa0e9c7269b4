// What every API handler may use: the store, the catalogs, the clock and the security
// context (keys, sessions). Handlers get no other access to the outside world.
#pragma once

#include <boost/json.hpp>

#include "api/security_context.h"
#include "catalog/catalog.h"
#include "common/time.h"
#include "http/message.h"
#include "http/router.h"
#include "store/store.h"

namespace helder::api {

inline constexpr std::string_view kApiBase = "/api/v1";

struct ApiContext {
  Store& store;
  const catalog::CatalogSet& catalogs;
  const Clock& clock;
  SecurityContext& security;
};

// A route handler that calls `handler` with the context.
using ContextHandler = http::Response (*)(ApiContext&, http::Request&);
inline http::Handler with_context(ApiContext& context, ContextHandler handler) {
  return [&context, handler](http::Request& request) { return handler(context, request); };
}

// A JSON response with the given status.
http::Response json_response(unsigned status, const boost::json::value& body);

// Registers every route of the API, each behind its access rule (access_rules.cc). Each
// resource has its own add_*_routes().
void register_routes(http::Router& router, ApiContext& context);
void add_session_routes(http::Router& router, ApiContext& context);
void add_assignment_routes(http::Router& router, ApiContext& context);
void add_identity_routes(http::Router& router, ApiContext& context);
void add_overview_routes(http::Router& router, ApiContext& context);
void add_health_routes(http::Router& router);
void add_catalog_routes(http::Router& router, ApiContext& context);
void add_case_routes(http::Router& router, ApiContext& context);
void add_signal_routes(http::Router& router, ApiContext& context);
void add_phase_routes(http::Router& router, ApiContext& context);
void add_history_routes(http::Router& router, ApiContext& context);
void add_weighing_routes(http::Router& router, ApiContext& context);
void add_decision_routes(http::Router& router, ApiContext& context);
void add_similarity_routes(http::Router& router, ApiContext& context);
void add_motivation_routes(http::Router& router, ApiContext& context);
void add_investigation_routes(http::Router& router, ApiContext& context);
void add_follow_up_routes(http::Router& router, ApiContext& context);

}  // namespace helder::api
