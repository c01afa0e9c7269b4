// application/problem+json (RFC 9457) responses, and the HTTP status for each kind of Error.
#pragma once

#include <string_view>

#include "common/result.h"
#include "http/message.h"

namespace helder::http {

unsigned status_for(ErrorCode code);

// A problem response; field errors become "invalidParams" ({name, code, reason}) as the
// NL GOV API Design Rules describe. Internal errors never expose their detail.
Response problem(const Error& error, std::string_view instance = {});
Response problem(unsigned status, std::string_view detail, std::string_view instance = {});

}  // namespace helder::http
