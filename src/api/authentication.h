// Who is calling: a bearer API token (Authorization: Bearer ...) or a session cookie
// (helder_sessie). A cookie-authenticated write must also carry the session's CSRF token in
// X-CSRF-Token. The principal is rebuilt from the stored user on every request, so that a
// disabled account or a changed role takes effect at once.
#pragma once

#include <optional>
#include <string_view>

#include "api/context.h"
#include "http/server.h"

namespace helder::api {

inline constexpr std::string_view kSessionCookie = "helder_sessie";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

http::Authenticator make_authenticator(ApiContext& context);

// The value of one cookie in the request's Cookie header.
std::optional<std::string_view> cookie_value(const http::Request& request, std::string_view name);

// The principal for a stored user; fails when the account is disabled.
Result<Principal> principal_for(const User& user);

}  // namespace helder::api
