// The history of a case: GET .../gebeurtenissen (the audit trail, oldest first) and
// GET .../toestand?op=... (the case and its signals as they were at that moment).
#include "api/case_json.h"
#include "api/decision_json.h"
#include "api/names.h"
#include "api/weighing_json.h"
#include "http/problem.h"
#include "store/event_json.h"

namespace helder::api {
namespace {

namespace json = boost::json;

// An event's stored state, shown in the API's own form (a case or a signal).
json::value state_json(const std::optional<std::string>& state, EventKind kind,
                       const CaseReference& reference, const catalog::CatalogSet& catalogs) {
  if (!state) return nullptr;
  switch (kind) {
    case EventKind::signal_added:
    case EventKind::signal_removed:
      if (auto signal = signal_from_state_json(*state)) {
        return signal_json(*signal, catalogs.get(catalog::kSignals));
      }
      break;
    case EventKind::option_added:
    case EventKind::option_removed:
      if (auto option = option_from_state_json(*state)) return option_json(*option, reference);
      break;
    case EventKind::argument_added:
    case EventKind::argument_changed:
    case EventKind::argument_removed:
      if (auto argument = argument_from_state_json(*state)) {
        return argument_json(*argument, reference, catalogs.get(catalog::kArguments));
      }
      break;
    case EventKind::decision_recorded:
      if (auto decision = decision_from_state_json(*state)) {
        return decision_json(*decision, reference, catalogs);
      }
      break;
    case EventKind::investigation_changed:
    case EventKind::follow_up_recorded:
    case EventKind::motivation_edited:
    case EventKind::assignment_changed: {
      // The changed part of the investigation, in code names (see sqlite_investigation.cc).
      boost::system::error_code error;
      json::value part = json::parse(*state, error);
      if (!error) return part;
      break;
    }
    default:
      if (auto value = case_from_state_json(*state)) return case_json(*value);
  }
  return nullptr;
}

http::Response list_events(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto events = context.store.list_events(request.principal.organisation_id, *reference);
  if (!events) return problem_response(events.error(), request.path);
  json::array items;
  for (const auto& event : *events) {
    items.push_back(json::object{{"id", event.id},
                                 {"soort", dutch(event.kind)},
                                 {"door", event.actor_username},
                                 {"op", format_rfc3339(event.occurred_at)},
                                 {"toelichting", event.note},
                                 {"voor", state_json(event.before_state, event.kind, *reference, context.catalogs)},
                                 {"na", state_json(event.after_state, event.kind, *reference, context.catalogs)},
                                 {"vorigeHash", event.previous_hash},
                                 {"hash", event.hash}});
  }
  std::string self = case_path(*reference) + "/gebeurtenissen";
  return json_response(200, json::object{{"_links", {{"self", {{"href", self}}},
                                                     {"casus", {{"href", case_path(*reference)}}}}},
                                         {"_embedded", {{"gebeurtenissen", std::move(items)}}}});
}

http::Response state_at(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  std::optional<Timestamp> moment;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : request.query) {
    if (key != "op") {
      errors.push_back({key, "unknown", "Onbekende parameter; gebruik op."});
    } else if (!(moment = parse_rfc3339(value))) {
      errors.push_back({key, "format", "Verwacht een datum (2026-11-25) of tijdstip (2026-11-25T10:00:00Z)."});
    }
  }
  if (!moment && errors.empty()) {
    errors.push_back({"op", "required", "Geef het moment: ?op=2026-11-25T10:00:00Z."});
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);
  auto state = context.store.case_state_at(request.principal.organisation_id, *reference, *moment);
  if (!state) return problem_response(state.error(), request.path);
  const auto& signals = context.catalogs.get(catalog::kSignals);
  json::array signal_items;
  for (const auto& signal : state->signals) signal_items.push_back(signal_json(signal, signals));
  return json_response(200, json::object{
      {"op", format_rfc3339(*moment)},
      {"casus", case_json(state->value)},
      {"signalen", std::move(signal_items)},
      {"afweging", weighing_json(state->weighing, *reference, context.catalogs.get(catalog::kArguments))}});
}

}  // namespace

void add_history_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::get,
              .pattern = item + "/gebeurtenissen",
              .handler = with_context(context, list_events),
              .summary = "The audit trail of a case"});
  router.add({.method = http::Method::get,
              .pattern = item + "/toestand",
              .handler = with_context(context, state_at),
              .summary = "A case as it was at a given moment"});
}

}  // namespace helder::api
