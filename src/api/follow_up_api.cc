// Follow-up and learning:
//   POST/GET .../evaluaties       the observed effect of the decision and the next step
//   POST/GET .../lessen           lessons, with their scope; a structural one raises a signal
//   GET /api/v1/structurele-signalen   the structural signals of the organisation
#include "api/case_json.h"
#include "api/json_input.h"
#include "domain/enum_names.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

constexpr EnumNames<LessonScope, 4> kScopes{{{
    {LessonScope::myself, "ikzelf"},
    {LessonScope::organisation, "mijn-organisatie"},
    {LessonScope::other_organisations, "andere-organisaties"},
    {LessonScope::policy, "beleid"},
}}};

json::object evaluation_json(const Evaluation& value) {
  return {{"id", value.id},
          {"datum", format_rfc3339(value.evaluated_on)},
          {"waargenomenEffect", value.observed_effect},
          {"volgendeStap", value.next_step},
          {"door", value.recorded_by_username},
          {"op", format_rfc3339(value.recorded_at)}};
}

json::object lesson_json(const Lesson& value) {
  json::object out{{"id", value.id},
                   {"les", value.text},
                   {"reikwijdte", kScopes.name(value.scope)},
                   {"structureel", value.structural},
                   {"door", value.recorded_by_username},
                   {"op", format_rfc3339(value.recorded_at)}};
  out["regeling"] = value.regulation_id ? json::value(*value.regulation_id) : nullptr;
  out["structureelSignaal"] =
      value.structural_signal_id ? json::value(*value.structural_signal_id) : nullptr;
  return out;
}

template <typename Item, typename Render>
http::Response list_response(const std::string& self, const CaseReference& reference,
                             std::string_view name, const std::vector<Item>& items, Render render) {
  json::array out;
  for (const auto& item : items) out.push_back(render(item));
  return json_response(200, json::object{{"_links", {{"self", {{"href", self}}},
                                                     {"casus", {{"href", case_path(reference)}}}}},
                                         {"_embedded", {{name, std::move(out)}}}});
}

http::Response add_evaluation(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  NewEvaluation input;
  if (auto date = reader.string("datum", true)) {
    input.evaluated_on = parse_rfc3339(*date);
    if (!input.evaluated_on) reader.add_error("datum", "format", "Verwacht een datum (2026-11-25).");
  }
  input.observed_effect = reader.string("waargenomenEffect", true).value_or("");
  input.next_step = reader.string("volgendeStap", false).value_or("");
  reader.reject_unknown_fields();
  auto domain = validate(input, context.clock.now());
  for (auto& error : domain) {
    error.name = error.name == "evaluated_on" ? "datum"
                 : error.name == "observed_effect" ? "waargenomenEffect" : "volgendeStap";
  }
  if (!errors.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(errors), std::move(domain)), request.path);
  }
  auto added = context.store.add_evaluation(request.principal, *reference, input, context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  return json_response(201, evaluation_json(*added));
}

http::Response list_evaluations(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto found = context.store.list_evaluations(request.principal.organisation_id, *reference);
  if (!found) return problem_response(found.error(), request.path);
  return list_response(case_path(*reference) + "/evaluaties", *reference, "evaluaties", *found,
                       evaluation_json);
}

http::Response add_lesson(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  NewLesson input;
  input.text = reader.string("les", true).value_or("");
  if (auto scope = reader.string("reikwijdte", true)) {
    if (auto parsed = kScopes.parse(*scope)) {
      input.scope = *parsed;
    } else {
      reader.add_error("reikwijdte", "enum", "Kies een van: " + kScopes.list() + ".");
    }
  }
  if (const json::value* structural = body->if_contains("structureel")) {
    reader.accept("structureel");
    if (structural->is_bool()) {
      input.structural = structural->as_bool();
    } else {
      reader.add_error("structureel", "type", "Verwacht true of false.");
    }
  }
  input.regulation_id = reader.string("regeling", false);
  reader.reject_unknown_fields();
  const auto& regulations = context.catalogs.get(catalog::kRegulations);
  auto domain = validate(input, [&](std::string_view id) { return regulations.find_entry(id) != nullptr; });
  for (auto& error : domain) error.name = error.name == "lesson" ? "les" : "regeling";
  if (!errors.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(errors), std::move(domain)), request.path);
  }
  auto added = context.store.add_lesson(request.principal, *reference, input, context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  return json_response(201, lesson_json(*added));
}

http::Response list_lessons(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto found = context.store.list_lessons(request.principal.organisation_id, *reference);
  if (!found) return problem_response(found.error(), request.path);
  return list_response(case_path(*reference) + "/lessen", *reference, "lessen", *found, lesson_json);
}

http::Response list_structural_signals(ApiContext& context, http::Request& request) {
  auto found = context.store.list_structural_signals(request.principal.organisation_id);
  if (!found) return problem_response(found.error(), request.path);
  json::array items;
  for (const auto& signal : *found) {
    items.push_back(json::object{{"id", signal.id},
                                 {"regeling", signal.regulation_id},
                                 {"omschrijving", signal.description},
                                 {"status", signal.status},
                                 {"op", format_rfc3339(signal.created_at)},
                                 {"_links", {{"casus", {{"href", case_path(signal.case_reference)}}}}}});
  }
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", std::string(kApiBase) + "/structurele-signalen"}}}}},
      {"_embedded", {{"structureleSignalen", std::move(items)}}}});
}

}  // namespace

void add_follow_up_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::post, .pattern = item + "/evaluaties",
              .handler = with_context(context, add_evaluation), .summary = "Record an evaluation"});
  router.add({.method = http::Method::get, .pattern = item + "/evaluaties",
              .handler = with_context(context, list_evaluations), .summary = "List evaluations"});
  router.add({.method = http::Method::post, .pattern = item + "/lessen",
              .handler = with_context(context, add_lesson), .summary = "Record a lesson"});
  router.add({.method = http::Method::get, .pattern = item + "/lessen",
              .handler = with_context(context, list_lessons), .summary = "List lessons"});
  router.add({.method = http::Method::get, .pattern = std::string(kApiBase) + "/structurele-signalen",
              .handler = with_context(context, list_structural_signals), .summary = "Structural signals"});
}

}  // namespace helder::api
