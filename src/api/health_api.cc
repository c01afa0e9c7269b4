// GET /healthz and GET /api/v1/openapi.json: the two routes anyone may call.
#include "api/context.h"
#include "api/openapi.h"

namespace helder::api {

void add_health_routes(http::Router& router) {
  router.add({.method = http::Method::get,
              .pattern = "/healthz",
              .handler = [](http::Request&) {
                return json_response(200, boost::json::object{{"status", "ok"}});
              },
              .access = http::Access::anonymous,
              .summary = "Is the server up"});
  router.add({.method = http::Method::get,
              .pattern = std::string(kApiBase) + "/openapi.json",
              .handler = [](http::Request&) {
                return http::Response{200, "application/json", std::string(openapi_document()), {}};
              },
              .access = http::Access::anonymous,
              .summary = "The OpenAPI 3 description of this API"});
}

}  // namespace helder::api
