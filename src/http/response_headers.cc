#include "http/response_headers.h"

namespace helder::http {

void add_standard_headers(Response& response, std::string_view path, std::string_view api_version) {
  response.set_header("API-Version", std::string(api_version));
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  bool has_policy = false;  // a handler serving a document may set a stricter one
  for (const auto& [name, value] : response.headers) has_policy |= name == "Content-Security-Policy";
  if (!has_policy) {
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                        "form-action 'self'; object-src 'none'");
  }
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (path.starts_with("/api/") || path == "/healthz") {
    response.set_header("Cache-Control", "no-store");
  }
}

}  // namespace helder::http
