// Login and logout as a resource (NL GOV API Design Rules): POST /sessies logs in and sets
// the session cookie; GET and DELETE /sessies/huidige show and end the current session.
#include <boost/json.hpp>

#include "api/authentication.h"
#include "api/case_json.h"
#include "api/json_input.h"
#include "api/names.h"
#include "http/problem.h"
#include "security/password.h"

namespace helder::api {
namespace {

namespace json = boost::json;

std::string session_cookie(ApiContext& context, std::string_view token, bool clear) {
  std::string cookie = std::string(kSessionCookie) + "=" + std::string(token) +
                       "; Path=/; HttpOnly; SameSite=Strict";
  if (clear) cookie += "; Max-Age=0";
  if (context.security.secure_cookie) cookie += "; Secure";
  return cookie;
}

json::object session_json(ApiContext& context, const User& user, std::string_view csrf_token) {
  json::array roles;
  for (Role role : user.roles.list()) roles.push_back(json::string(dutch(role)));
  auto organisation = context.store.get_organisation(user.organisation_id);
  json::object body{{"gebruiker",
                     {{"gebruikersnaam", user.username},
                      {"naam", user.display_name},
                      {"organisatie", organisation ? organisation->code : ""},
                      {"team", user.team},
                      {"rollen", std::move(roles)}}},
                    {"_links", {{"self", {{"href", std::string(kApiBase) + "/sessies/huidige"}}}}}};
  if (!csrf_token.empty()) body["csrfToken"] = csrf_token;
  return body;
}

http::Response wrong_credentials() {
  return http::problem(
      Error{ErrorCode::unauthenticated, "Gebruikersnaam of wachtwoord klopt niet.", {}});
}

http::Response log_in(ApiContext& context, http::Request& request) {
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  auto username = reader.string("gebruikersnaam", true);
  auto password = reader.string("wachtwoord", true);
  reader.reject_unknown_fields();
  if (!shape.empty()) return http::problem(invalid_input(std::move(shape), {}), request.path);

  Timestamp now = context.clock.now();
  if (auto wait = context.security.throttle.locked_for(*username, now)) {
    auto response = http::problem(Error{ErrorCode::rate_limited,
                                        "Te veel mislukte pogingen voor deze gebruikersnaam; "
                                        "probeer het over enkele minuten opnieuw.",
                                        {}});
    response.set_header("Retry-After", std::to_string((*wait + 999) / 1000));
    return response;
  }
  auto credentials = context.store.find_credentials(*username);
  bool usable = credentials && !credentials->user.disabled && !credentials->password_hash.empty();
  if (!usable) {
    security::verify_against_dummy(*password);  // same time as a wrong password
    context.security.throttle.record_failure(*username, now);
    return wrong_credentials();
  }
  if (!security::verify_password(credentials->password_hash, *password)) {
    context.security.throttle.record_failure(*username, now);
    return wrong_credentials();
  }
  context.security.throttle.record_success(*username);
  NewSession created = context.security.sessions.open(credentials->user.id, now);
  http::Response response =
      json_response(201, session_json(context, credentials->user, created.session.csrf_token));
  response.set_header("Set-Cookie", session_cookie(context, created.token, false));
  response.set_header("Location", std::string(kApiBase) + "/sessies/huidige");
  return response;
}

http::Response current_session(ApiContext& context, http::Request& request) {
  auto user = context.store.get_user(request.principal.user_id);
  if (!user) return problem_response(user.error(), request.path);
  std::string csrf;
  if (auto token = cookie_value(request, kSessionCookie)) {
    if (auto session = context.security.sessions.use(*token, context.clock.now())) {
      csrf = session->csrf_token;
    }
  }
  return json_response(200, session_json(context, *user, csrf));
}

http::Response log_out(ApiContext& context, http::Request& request) {
  if (auto token = cookie_value(request, kSessionCookie)) context.security.sessions.close(*token);
  http::Response response{204, "", "", {}};
  response.set_header("Set-Cookie", session_cookie(context, "", true));
  return response;
}

}  // namespace

void add_session_routes(http::Router& router, ApiContext& context) {
  std::string collection = std::string(kApiBase) + "/sessies";
  router.add({.method = http::Method::post,
              .pattern = collection,
              .handler = with_context(context, log_in),
              .access = http::Access::anonymous,
              .summary = "Log in"});
  router.add({.method = http::Method::get,
              .pattern = collection + "/huidige",
              .handler = with_context(context, current_session),
              .summary = "Show the current session"});
  router.add({.method = http::Method::del,
              .pattern = collection + "/huidige",
              .handler = with_context(context, log_out),
              .summary = "Log out"});
}

}  // namespace helder::api
