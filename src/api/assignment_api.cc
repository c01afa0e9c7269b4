// /api/v1/casussen/{referentie}/betrokkenen: colleagues assigned to a case, such as members
// of the maatwerktafel or a policy maker, who may then see it (see access_policy.h).
#include <boost/json.hpp>

#include "api/case_json.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

std::string assignments_path(const CaseReference& reference) {
  return case_path(reference) + "/betrokkenen";
}

http::Response list_assigned(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto users = context.store.list_assigned_users(request.principal.organisation_id, *reference);
  if (!users) return problem_response(users.error(), request.path);
  json::array items;
  for (const auto& user : *users) {
    items.push_back({{"gebruikersnaam", user.username},
                     {"naam", user.display_name},
                     {"_links", {{"self", {{"href", assignments_path(*reference) + "/" + user.username}}}}}});
  }
  return json_response(200, json::object{{"_links", {{"self", {{"href", assignments_path(*reference)}}}}},
                                         {"_embedded", {{"betrokkenen", std::move(items)}}}});
}

http::Response change(ApiContext& context, http::Request& request, bool assign) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  if (!request.body.empty()) {
    return http::problem(Error::invalid("Deze aanvraag heeft geen inhoud; de collega staat in de URL."),
                         request.path);
  }
  std::string username(request.path_param("gebruikersnaam"));
  Status changed = assign ? context.store.assign_user(request.principal, *reference, username, context.clock.now())
                          : context.store.unassign_user(request.principal, *reference, username, context.clock.now());
  if (!changed) return problem_response(changed.error(), request.path);
  return http::Response{204, "", "", {}};
}

http::Response assign(ApiContext& context, http::Request& request) { return change(context, request, true); }
http::Response unassign(ApiContext& context, http::Request& request) { return change(context, request, false); }

}  // namespace

void add_assignment_routes(http::Router& router, ApiContext& context) {
  std::string collection = std::string(kApiBase) + "/casussen/{referentie}/betrokkenen";
  router.add({.method = http::Method::get, .pattern = collection,
              .handler = with_context(context, list_assigned), .summary = "List assigned colleagues"});
  router.add({.method = http::Method::put, .pattern = collection + "/{gebruikersnaam}",
              .handler = with_context(context, assign), .summary = "Assign a colleague to the case"});
  router.add({.method = http::Method::del, .pattern = collection + "/{gebruikersnaam}",
              .handler = with_context(context, unassign), .summary = "Remove a colleague from the case"});
}

}  // namespace helder::api
