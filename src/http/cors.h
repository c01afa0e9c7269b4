// Cross-origin requests (CORS): none are allowed unless their origin is on the allow-list
// (serve --cors-origin). An allowed origin gets the CORS headers on every response and an
// answer to its preflight; any other origin gets no CORS headers, so browsers keep its
// scripts from reading helder's responses.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/router.h"

namespace helder::http {

struct CorsPolicy {
  std::vector<std::string> allowed_origins;  // exact, e.g. "https://helder.gemeente.nl"
  bool allows(std::string_view origin) const;
};

// The answer to a preflight (OPTIONS with Access-Control-Request-Method), or nullopt when
// the request is not one.
std::optional<Response> answer_preflight(const Request& request, const CorsPolicy& policy,
                                         const Router& router);

// Adds the CORS headers to a response to an allowed origin.
void add_cors_headers(Response& response, const Request& request, const CorsPolicy& policy);

}  // namespace helder::http
