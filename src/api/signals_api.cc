// /api/v1/casussen/{referentie}/signalen: record, list and remove signal observations.
#include <charconv>

#include "api/case_json.h"
#include "api/json_input.h"
#include "api/names.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

http::Response add_signal(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  const auto& signals = context.catalogs.get(catalog::kSignals);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewSignal input;
  input.catalog_id = reader.string("signaal", false);
  input.own_text = reader.string("eigenTekst", false);
  if (auto source = reader.string("bron", true)) {
    if (auto parsed = signal_source_from_dutch(*source)) {
      input.source = *parsed;
    } else {
      reader.add_error("bron", "enum", "Kies een van: " + dutch_list_of_signal_sources() + ".");
    }
  }
  input.note = reader.string("toelichting", false).value_or("");
  if (auto observed = reader.string("waargenomenOp", false)) {
    input.observed_at = parse_rfc3339(*observed);
    if (!input.observed_at) {
      reader.add_error("waargenomenOp", "format",
                       "Verwacht een datum (2026-11-25) of tijdstip (2026-11-25T10:00:00Z).");
    }
  }
  reader.reject_unknown_fields();
  auto domain = validate(
      input, [&signals](std::string_view id) { return signals.find_entry(id) != nullptr; },
      context.clock.now());
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto added = context.store.add_signal(request.principal, *reference, input, context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  http::Response response = json_response(201, signal_json(*added, signals));
  response.set_header("Location", case_path(*reference) + "/signalen/" + std::to_string(added->id));
  return response;
}

http::Response list_signals(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  if (!request.query.empty()) {
    return http::problem(Error::invalid("Deze lijst kent geen queryparameters."), request.path);
  }
  auto found = context.store.list_signals(request.principal.organisation_id, *reference);
  if (!found) return problem_response(found.error(), request.path);
  const auto& signals = context.catalogs.get(catalog::kSignals);
  json::array items;
  for (const auto& signal : *found) items.push_back(signal_json(signal, signals));
  std::string self = case_path(*reference) + "/signalen";
  return json_response(200, json::object{{"_links", {{"self", {{"href", self}}},
                                                     {"casus", {{"href", case_path(*reference)}}}}},
                                         {"_embedded", {{"signalen", std::move(items)}}}});
}

http::Response remove_signal(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto id = path_id(request, "id");
  if (!id) return http::problem(Error::not_found("Er is geen signaal met dit id."), request.path);
  auto removed = context.store.remove_signal(request.principal, *reference, *id,
                                             context.clock.now());
  if (!removed) return problem_response(removed.error(), request.path);
  return http::Response{204, "application/json", "", {}};
}

}  // namespace

void add_signal_routes(http::Router& router, ApiContext& context) {
  std::string collection = std::string(kApiBase) + "/casussen/{referentie}/signalen";
  router.add({.method = http::Method::post,
              .pattern = collection,
              .handler = with_context(context, add_signal),
              .summary = "Record a signal observation"});
  router.add({.method = http::Method::get,
              .pattern = collection,
              .handler = with_context(context, list_signals),
              .summary = "List the signal observations of a case"});
  router.add({.method = http::Method::del,
              .pattern = collection + "/{id}",
              .handler = with_context(context, remove_signal),
              .summary = "Remove a signal observation"});
}

}  // namespace helder::api
