// POST/GET /api/v1/casussen/{referentie}/besluiten: record the decision (which freezes the
// weighing and moves the case to "besluit") and list the decisions with their snapshots.
#include "api/case_json.h"
#include "api/decision_json.h"
#include "api/json_input.h"
#include "api/names.h"
#include "api/similarity.h"
#include "common/text.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

std::optional<Timestamp> read_date(ObjectReader& reader, std::string_view name) {
  auto text = reader.string(name, true);
  if (!text) return std::nullopt;
  auto date = parse_rfc3339(*text);
  if (!date) reader.add_error(name, "format", "Verwacht een datum (2027-03-01) of tijdstip.");
  return date;
}

http::Response record_decision(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewDecision input;
  input.option_id = reader.integer("optie", true).value_or(0);
  if (auto type = reader.string("dienstverleningstype", false)) {
    input.service_type = service_type_from_dutch(*type);
    if (!input.service_type) {
      reader.add_error("dienstverleningstype", "enum",
                       "Kies een van: " + dutch_list_of_service_types() + ".");
    }
  }
  input.motivation = reader.string("motivering", true).value_or("");
  if (auto check = reader.object("effectcontrole", true)) {
    input.effect_check = check->string("hoe", true).value_or("");
    input.effect_check_on = read_date(*check, "op");
    check->reject_unknown_fields();
  }
  input.follow_up_by = reader.string("opvolgingDoor", true).value_or("");
  input.review_on = read_date(reader, "herbeoordelingOp");
  if (auto reason = reader.string("verschilMetVergelijkbareCasussen", false)) {
    if (!trim(*reason).empty()) input.difference_reason = std::string(trim(*reason));
  }
  reader.reject_unknown_fields();

  auto weighing = context.store.load_weighing(request.principal.organisation_id, *reference);
  if (!weighing) return problem_response(weighing.error(), request.path);
  const Option* chosen = nullptr;
  for (const auto& entry : *weighing) {
    if (entry.option.id == input.option_id) chosen = &entry.option;
  }
  auto domain = validate(input, chosen, context.clock.now());
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  // Compare with similar decided cases; the outcome is recorded with the decision and never
  // stops it.
  auto target = context.store.find_case(request.principal.organisation_id, *reference);
  if (!target) return problem_response(target.error(), request.path);
  DecisionOutcome outcome{service_type_for(chosen->kind), chosen->kind,
                          chosen->deviation ? std::optional(chosen->deviation->basis) : std::nullopt,
                          context.clock.now()};
  auto check = check_against_similar(context.store, request.principal, target->id, outcome);
  if (!check) return problem_response(check.error(), request.path);
  input.consistency = std::move(*check);
  auto recorded = context.store.record_decision(request.principal, *reference, input,
                                                context.clock.now());
  if (!recorded) return problem_response(recorded.error(), request.path);
  http::Response response = json_response(201, decision_json(*recorded, *reference, context.catalogs));
  response.set_header("Location", case_path(*reference) + "/besluiten");
  return response;
}

http::Response list_decisions(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto decisions = context.store.list_decisions(request.principal.organisation_id, *reference);
  if (!decisions) return problem_response(decisions.error(), request.path);
  json::array items;
  for (const auto& decision : *decisions) items.push_back(decision_json(decision, *reference, context.catalogs));
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", case_path(*reference) + "/besluiten"}}},
                  {"casus", {{"href", case_path(*reference)}}}}},
      {"_embedded", {{"besluiten", std::move(items)}}}});
}

}  // namespace

void add_decision_routes(http::Router& router, ApiContext& context) {
  std::string decisions = std::string(kApiBase) + "/casussen/{referentie}/besluiten";
  router.add({.method = http::Method::post,
              .pattern = decisions,
              .handler = with_context(context, record_decision),
              .summary = "Record the decision"});
  router.add({.method = http::Method::get,
              .pattern = decisions,
              .handler = with_context(context, list_decisions),
              .summary = "The decisions of a case with their frozen weighing"});
}

}  // namespace helder::api
