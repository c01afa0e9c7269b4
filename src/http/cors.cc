#include "http/cors.h"

#include <algorithm>

#include "http/problem.h"

namespace helder::http {

bool CorsPolicy::allows(std::string_view origin) const {
  return std::find(allowed_origins.begin(), allowed_origins.end(), origin) != allowed_origins.end();
}

std::optional<Response> answer_preflight(const Request& request, const CorsPolicy& policy,
                                         const Router& router) {
  if (request.method != Method::options) return std::nullopt;
  auto origin = request.header("origin");
  auto wanted = request.header("access-control-request-method");
  if (!origin || !wanted) return std::nullopt;
  if (!policy.allows(*origin)) {
    return problem(Error{ErrorCode::forbidden,
                         "Verzoeken vanaf deze herkomst (Origin) zijn niet toegestaan.", {}});
  }
  Match match = router.match(Method::options, request.path);
  if (match.kind == Match::Kind::no_path) return problem(404, "Deze URL bestaat niet.", request.path);
  Response response{204, "", "", {}};
  response.set_header("Access-Control-Allow-Methods", match.allow);
  response.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-CSRF-Token");
  response.set_header("Access-Control-Max-Age", "600");
  return response;
}

void add_cors_headers(Response& response, const Request& request, const CorsPolicy& policy) {
  auto origin = request.header("origin");
  if (!origin || !policy.allows(*origin)) return;
  response.set_header("Access-Control-Allow-Origin", std::string(*origin));
  response.set_header("Access-Control-Allow-Credentials", "true");
  response.set_header("Access-Control-Expose-Headers", "API-Version, Location, Retry-After");
  response.set_header("Vary", "Origin");
}

}  // namespace helder::http
