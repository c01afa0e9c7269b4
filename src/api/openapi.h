// The OpenAPI 3 description of the API (src/api/openapi.json, compiled into the binary).
// A test checks that it names exactly the routes the router has.
#pragma once

#include <string_view>

namespace helder::api {

std::string_view openapi_document();

}  // namespace helder::api
