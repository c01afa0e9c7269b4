// The resident's identity and what was done with their data: reveal a case's BSN (only
// in a response body, never in a URL), find cases by BSN (the number goes in the request
// body), and read a case's processing log.
#include <boost/json.hpp>

#include "api/case_json.h"
#include "api/identity.h"
#include "api/json_input.h"
#include "api/processing.h"
#include "domain/access_policy.h"
#include "domain/bsn.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

http::Response show_bsn(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto sealed = context.store.sealed_bsn(request.principal.organisation_id, *reference);
  if (!sealed) return problem_response(sealed.error(), request.path);
  if (!*sealed) {
    return http::problem(Error::not_found("Voor deze casus is geen BSN vastgelegd."), request.path);
  }
  auto bsn = reveal_bsn(context.security.keys, **sealed);
  if (!bsn) return problem_response(bsn.error(), request.path);
  return json_response(200, json::object{{"bsn", *bsn},
                                         {"_links", {{"casus", {{"href", case_path(*reference)}}}}}});
}

http::Response search_by_bsn(ApiContext& context, http::Request& request) {
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  auto bsn = reader.string("bsn", true);
  reader.reject_unknown_fields();
  if (bsn) {
    if (auto problem = check_bsn(*bsn)) shape.push_back({"bsn", "invalid", *problem});
  }
  if (!shape.empty()) return http::problem(invalid_input(std::move(shape), {}), request.path);

  Timestamp started = context.clock.now();
  const Principal& principal = request.principal;
  auto references = context.store.find_cases_by_bsn(principal.organisation_id,
                                                    bsn_lookup_hash(context.security.keys, *bsn));
  if (!references) return problem_response(references.error(), request.path);
  json::array found;
  std::vector<ProcessedCase> shown;
  for (const auto& reference : *references) {
    auto record = context.store.case_access_record(principal, reference);
    if (!record || case_access(principal, record->facts) == CaseAccess::none) continue;
    auto value = context.store.find_case(principal.organisation_id, reference);
    if (!value) continue;
    shown.push_back({record->id, record->resident_reference});
    found.push_back(case_json(*value));
  }
  return hold_until_recorded(context, request, "casussen zoeken op BSN", shown, started, true,
                             json_response(200, json::object{{"_embedded", {{"casussen", std::move(found)}}}}));
}

http::Response list_processing(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto record = context.store.case_access_record(request.principal, *reference);
  if (!record) return problem_response(record.error(), request.path);
  auto entries = context.store.list_processing(request.principal.organisation_id, record->id);
  if (!entries) return problem_response(entries.error(), request.path);
  json::array items;
  for (const auto& entry : *entries) {
    std::string who;
    if (auto user = context.store.get_user(entry.user)) who = user->username;
    items.push_back({{"traceId", entry.trace_id},
                     {"spanId", entry.span_id},
                     {"handeling", entry.operation},
                     {"verwerkingsactiviteit", entry.activity_id},
                     {"begin", format_rfc3339(entry.started_at)},
                     {"einde", format_rfc3339(entry.ended_at)},
                     {"status", entry.succeeded ? "ok" : "fout"},
                     {"door", who}});
  }
  return json_response(200, json::object{{"_links", {{"casus", {{"href", case_path(*reference)}}}}},
                                         {"_embedded", {{"verwerkingen", std::move(items)}}}});
}

}  // namespace

void add_identity_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::get, .pattern = item + "/bsn",
              .handler = with_context(context, show_bsn), .summary = "Reveal the resident's BSN"});
  router.add({.method = http::Method::post, .pattern = std::string(kApiBase) + "/bsn-zoekopdrachten",
              .handler = with_context(context, search_by_bsn), .summary = "Find cases by BSN"});
  router.add({.method = http::Method::get, .pattern = item + "/verwerkingen",
              .handler = with_context(context, list_processing),
              // waits until the journal's records are in the table
              .execution = http::Execution::blocking,
              .summary = "The processing log of a case"});
}

}  // namespace helder::api
