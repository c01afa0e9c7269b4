// Headers every response carries: the API version, no caching of API data, and the
// browser security headers (no sniffing, no framing, a strict Content-Security-Policy).
#pragma once

#include <string_view>

#include "http/message.h"

namespace helder::http {

void add_standard_headers(Response& response, std::string_view path, std::string_view api_version);

}  // namespace helder::http
