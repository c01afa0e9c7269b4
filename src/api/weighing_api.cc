// Options and arguments of a case, and the weighing that puts them side by side:
//   POST   .../opties                          GET .../opties         DELETE .../opties/{optieId}
//   POST   .../opties/{optieId}/argumenten     PATCH/DELETE .../argumenten/{argumentId}
//   GET    .../afweging
#include <charconv>

#include "api/case_json.h"
#include "api/catalog_lookups.h"
#include "api/json_input.h"
#include "api/names.h"
#include "api/weighing_json.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

RegulationFacts regulation_facts(const ApiContext& context) {
  const auto& regulations = context.catalogs.get(catalog::kRegulations);
  return {[&regulations](std::string_view id) { return regulations.find_entry(id) != nullptr; },
          [&regulations](std::string_view id) {
            const catalog::Entry* entry = regulations.find_entry(id);
            return entry && entry->hardship_clause.value_or(false);
          }};
}

std::optional<Deviation> read_deviation(ObjectReader& parent) {
  auto reader = parent.object("afwijking", false);
  if (!reader) return std::nullopt;
  Deviation deviation;
  deviation.regulation_id = reader->string("regeling", false);
  deviation.article = reader->string("artikel", true).value_or("");
  if (auto basis = reader->string("grondslag", true)) {
    if (auto parsed = legal_basis_from_dutch(*basis)) {
      deviation.basis = *parsed;
    } else {
      reader->add_error("grondslag", "enum", "Kies een van: " + dutch_list_of_legal_bases() + ".");
    }
  }
  deviation.basis_reference = reader->string("grondslagVerwijzing", false).value_or("");
  deviation.special_circumstances = reader->string("bijzondereOmstandigheden", false).value_or("");
  deviation.disproportionality = reader->string("onevenredigheid", false).value_or("");
  reader->reject_unknown_fields();
  return deviation;
}

http::Response add_option(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewOption input;
  input.title = reader.string("titel", true).value_or("");
  input.description = reader.string("omschrijving", false).value_or("");
  if (auto kind = reader.string("soort", true)) {
    if (auto parsed = option_kind_from_dutch(*kind)) {
      input.kind = *parsed;
    } else {
      reader.add_error("soort", "enum", "Kies een van: " + dutch_list_of_option_kinds() + ".");
    }
  }
  input.deviation = read_deviation(reader);
  reader.reject_unknown_fields();
  auto domain = validate(input, regulation_facts(context));
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto added = context.store.add_option(request.principal, *reference, input, context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  json::object out = option_json(*added, *reference);
  http::Response response = json_response(201, out);
  response.set_header("Location", std::string(out["_links"].at("self").at("href").as_string()));
  return response;
}

http::Response list_options(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto weighing = context.store.load_weighing(request.principal.organisation_id, *reference);
  if (!weighing) return problem_response(weighing.error(), request.path);
  json::array options;
  for (const auto& entry : *weighing) options.push_back(option_json(entry.option, *reference));
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", case_path(*reference) + "/opties"}}}}},
      {"_embedded", {{"opties", std::move(options)}}}});
}

http::Response remove_option(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto option = path_id(request, "optieId");
  if (!option) return http::problem(Error::not_found("Er is geen optie met dit id."), request.path);
  auto removed = context.store.remove_option(request.principal, *reference, *option, context.clock.now());
  if (!removed) return problem_response(removed.error(), request.path);
  return http::Response{204, "application/json", "", {}};
}

http::Response add_argument(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto option = path_id(request, "optieId");
  if (!option) return http::problem(Error::not_found("Er is geen optie met dit id."), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewArgument input;
  input.catalog_id = reader.string("argument", false);
  input.own_text = reader.string("eigenTekst", false);
  if (auto side = reader.string("kant", false)) {
    input.side = side_from_dutch(*side);
    if (!input.side) reader.add_error("kant", "enum", "Kies voor of tegen.");
  }
  if (auto theme = reader.string("thema", false)) {
    input.theme = theme_from_dutch(*theme);
    if (!input.theme) reader.add_error("thema", "enum", "Kies een van: " + dutch_list_of_themes() + ".");
  }
  input.explanation = reader.string("toelichting", false).value_or("");
  if (auto source = reader.string("ingebrachtDoor", true)) {
    if (auto parsed = argument_source_from_dutch(*source)) {
      input.brought_by = *parsed;
    } else {
      reader.add_error("ingebrachtDoor", "enum",
                       "Kies een van: " + dutch_list_of_argument_sources() + ".");
    }
  }
  input.weight = reader.integer("gewicht", false);
  reader.reject_unknown_fields();
  auto domain = validate(input, argument_lookup(context.catalogs));
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto added = context.store.add_argument(request.principal, *reference, *option, input,
                                          context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  json::object out = argument_json(*added, *reference, context.catalogs.get(catalog::kArguments));
  http::Response response = json_response(201, out);
  response.set_header("Location", std::string(out["_links"].at("self").at("href").as_string()));
  return response;
}

http::Response change_argument(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto option = path_id(request, "optieId");
  auto argument = path_id(request, "argumentId");
  if (!option || !argument) {
    return http::problem(Error::not_found("Er is geen argument met dit id."), request.path);
  }
  auto body = parse_json_object(request, true);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  ArgumentPatch patch;
  patch.explanation = reader.string("toelichting", false);
  if (reader.is_null("gewicht")) {
    reader.accept("gewicht");
    patch.clear_weight = true;  // a person takes the weight back
  } else {
    patch.weight = reader.integer("gewicht", false);
  }
  for (auto fixed : {"kant", "thema", "argument", "eigenTekst", "ingebrachtDoor"}) {
    reader.refuse(fixed, "Dit deel van een argument verandert niet; verwijder het argument en "
                         "leg een nieuw vast.");
  }
  reader.reject_unknown_fields();
  if (shape.empty() && !patch.explanation && !patch.weight && !patch.clear_weight) {
    return http::problem(Error::invalid("Geef toelichting of gewicht om te wijzigen."), request.path);
  }
  auto domain = validate(patch);
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto updated = context.store.update_argument(request.principal, *reference, *option, *argument,
                                               patch, context.clock.now());
  if (!updated) return problem_response(updated.error(), request.path);
  return json_response(200, argument_json(*updated, *reference, context.catalogs.get(catalog::kArguments)));
}

http::Response remove_argument(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto option = path_id(request, "optieId");
  auto argument = path_id(request, "argumentId");
  if (!option || !argument) {
    return http::problem(Error::not_found("Er is geen argument met dit id."), request.path);
  }
  auto removed = context.store.remove_argument(request.principal, *reference, *option, *argument,
                                               context.clock.now());
  if (!removed) return problem_response(removed.error(), request.path);
  return http::Response{204, "application/json", "", {}};
}

http::Response get_weighing(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto weighing = context.store.load_weighing(request.principal.organisation_id, *reference);
  if (!weighing) return problem_response(weighing.error(), request.path);
  return json_response(200, weighing_json(*weighing, *reference,
                                          context.catalogs.get(catalog::kArguments)));
}

}  // namespace

void add_weighing_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  std::string options = item + "/opties";
  std::string arguments = options + "/{optieId}/argumenten";
  router.add({.method = http::Method::post, .pattern = options, .handler = with_context(context, add_option),
              .summary = "Add an option to a case"});
  router.add({.method = http::Method::get, .pattern = options, .handler = with_context(context, list_options),
              .summary = "List the options of a case"});
  router.add({.method = http::Method::del, .pattern = options + "/{optieId}",
              .handler = with_context(context, remove_option), .summary = "Remove an option"});
  router.add({.method = http::Method::post, .pattern = arguments, .handler = with_context(context, add_argument),
              .summary = "Add an argument to an option"});
  router.add({.method = http::Method::patch, .pattern = arguments + "/{argumentId}",
              .handler = with_context(context, change_argument), .summary = "Set the weight or explanation"});
  router.add({.method = http::Method::del, .pattern = arguments + "/{argumentId}",
              .handler = with_context(context, remove_argument), .summary = "Remove an argument"});
  router.add({.method = http::Method::get, .pattern = item + "/afweging",
              .handler = with_context(context, get_weighing), .summary = "The weighing, side by side"});
}

}  // namespace helder::api
