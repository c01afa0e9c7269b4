#include "api/authentication.h"

#include "security/secret_token.h"

namespace helder::api {
namespace {

Error not_logged_in() {
  return {ErrorCode::unauthenticated,
          "Log eerst in: POST /api/v1/sessies, of gebruik een API-token (Authorization: Bearer).",
          {}};
}

bool is_write(http::Method method) {
  return method != http::Method::get && method != http::Method::head &&
         method != http::Method::options;
}

Result<Principal> from_token(ApiContext& context, std::string_view token) {
  auto found = context.store.find_api_token(security::token_digest(token));
  if (!found) return fail({ErrorCode::unauthenticated, "Dit API-token is onbekend of ingetrokken.", {}});
  auto user = context.store.get_user(found->user_id);
  if (!user) return fail(not_logged_in());
  auto principal = principal_for(*user);
  if (principal) principal->read_only = found->read_only;
  return principal;
}

Result<Principal> from_session(ApiContext& context, const http::Request& request,
                               std::string_view token) {
  auto session = context.security.sessions.use(token, context.clock.now());
  if (!session) return fail(session.error());
  if (is_write(request.method)) {
    auto sent = request.header(kCsrfHeader);
    if (!sent || !security::constant_time_equal(*sent, session->csrf_token)) {
      return fail({ErrorCode::forbidden,
                   "Deze wijziging mist een geldige X-CSRF-Token-header; die hoort bij uw sessie "
                   "(zie GET /api/v1/sessies/huidige).",
                   {}});
    }
  }
  auto user = context.store.get_user(session->user_id);
  if (!user) return fail(not_logged_in());
  return principal_for(*user);
}

}  // namespace

std::optional<std::string_view> cookie_value(const http::Request& request, std::string_view name) {
  auto header = request.header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    std::size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return pair.substr(equals + 1);
    }
  }
  return std::nullopt;
}

Result<Principal> principal_for(const User& user) {
  if (user.disabled) {
    return fail({ErrorCode::unauthenticated, "Dit account is uitgeschakeld.", {}});
  }
  return Principal{user.id, user.organisation_id, user.username, user.roles, user.team, false};
}

http::Authenticator make_authenticator(ApiContext& context) {
  return [&context](const http::Request& request) -> Result<Principal> {
    if (auto authorization = request.header("authorization")) {
      constexpr std::string_view kBearer = "Bearer ";
      if (!authorization->starts_with(kBearer)) {
        return fail({ErrorCode::unauthenticated,
                     "Alleen Authorization: Bearer <token> wordt ondersteund.", {}});
      }
      return from_token(context, authorization->substr(kBearer.size()));
    }
    if (auto token = cookie_value(request, kSessionCookie)) {
      return from_session(context, request, *token);
    }
    return fail(not_logged_in());
  };
}

}  // namespace helder::api
