// Similar cases and consistency:
//   GET /api/v1/casussen/{referentie}/vergelijkbare-casussen   the most comparable cases, explained
//   GET /api/v1/casussen/{referentie}/consistentie?optie=..     an option against similar decided cases
//   GET /api/v1/consistentie                                    findings for managers
// A similar case the caller may not read shows no free text: no title, no lessons, no words.
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "api/case_json.h"
#include "api/names.h"
#include "api/similarity.h"
#include "api/similarity_json.h"
#include "domain/access_policy.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

constexpr int kDefaultSimilar = 10;
constexpr int kMaxSimilar = 50;
constexpr std::size_t kMaxFindings = 100;

std::optional<int> parse_int(const std::string& text, int min, int max) {
  int number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < min || number > max) {
    return std::nullopt;
  }
  return number;
}

json::array factors_json(const std::vector<WeighedFactor>& factors, bool with_words,
                         const catalog::CatalogSet& catalogs) {
  json::array items;
  for (const auto& factor : factors) {
    if (!with_words && factor.factor.kind == FactorKind::word) continue;
    items.push_back(factor_json(factor, catalogs));
  }
  return items;
}

http::Response list_similar(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  int limit = kDefaultSimilar;
  bool decided_only = false;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : request.query) {
    if (key == "aantal") {
      auto number = parse_int(value, 1, kMaxSimilar);
      if (!number) {
        errors.push_back({key, "range", "Verwacht een geheel getal van 1 tot en met " +
                                            std::to_string(kMaxSimilar) + "."});
      }
      limit = number.value_or(limit);
    } else if (key == "alleenBesloten") {
      if (value != "true" && value != "false") {
        errors.push_back({key, "enum", "Kies true of false."});
      }
      decided_only = value == "true";
    } else {
      errors.push_back({key, "unknown", "Onbekende parameter; gebruik aantal of alleenBesloten."});
    }
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);

  const Principal& principal = request.principal;
  auto target = context.store.find_case(principal.organisation_id, *reference);
  if (!target) return problem_response(target.error(), request.path);
  auto found = find_similar(context.store, principal.organisation_id, target->id,
                            static_cast<std::size_t>(limit), decided_only);
  if (!found) return problem_response(found.error(), request.path);
  std::vector<CaseId> ids;
  for (const auto& other : found->similar) ids.push_back(other.case_id);
  auto sketches = context.store.case_sketches(principal, ids);
  if (!sketches) return problem_response(sketches.error(), request.path);
  std::unordered_map<CaseId, const CaseSketch*> by_id;
  for (const auto& sketch : *sketches) by_id[sketch.id] = &sketch;

  json::array items;
  for (const auto& other : found->similar) {
    auto entry = by_id.find(other.case_id);
    if (entry == by_id.end()) continue;  // gone since the search
    const CaseSketch& sketch = *entry->second;
    bool readable = case_access(principal, sketch.access) != CaseAccess::none;
    json::object item{
        {"referentie", sketch.reference.str()},
        {"score", std::round(other.score * 1000) / 1000},
        {"leesbaar", readable},
        {"fase", dutch(sketch.phase)},
        {"verantwoordelijke", {{"gebruikersnaam", sketch.owner_username}, {"naam", sketch.owner_name}}},
        {"uitkomst", sketch.outcome ? json::value(outcome_json(*sketch.outcome)) : json::value(nullptr)},
        {"gedeeldeFactoren", factors_json(other.shared, readable, context.catalogs)},
        {"alleenInDezeCasus", factors_json(other.only_in_query, true, context.catalogs)},
        {"alleenInVergelijkbareCasus", factors_json(other.only_in_candidate, readable, context.catalogs)}};
    if (readable) {
      item["titel"] = sketch.title;
      json::array lessons;
      for (const auto& lesson : sketch.lessons) lessons.push_back(json::value(lesson));
      item["lessen"] = std::move(lessons);
      item["_links"] = {{"casus", {{"href", case_path(sketch.reference)}}}};
    }
    items.push_back(std::move(item));
  }
  std::string self = case_path(*reference) + "/vergelijkbare-casussen";
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", self}}}, {"casus", {{"href", case_path(*reference)}}}}},
      {"referentie", reference->str()},
      {"factoren", factors_json(found->factors, true, context.catalogs)},
      {"_embedded", {{"vergelijkbareCasussen", std::move(items)}}}});
}

http::Response check_option(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  std::optional<int> option_id;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : request.query) {
    if (key == "optie") {
      option_id = parse_int(value, 1, std::numeric_limits<int>::max());
      if (!option_id) errors.push_back({key, "invalid", "Verwacht het nummer van een optie."});
    } else {
      errors.push_back({key, "unknown", "Onbekende parameter; gebruik optie."});
    }
  }
  if (errors.empty() && !option_id) {
    errors.push_back({"optie", "required", "Geef de optie die u wilt toetsen (?optie=...)."});
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);

  const Principal& principal = request.principal;
  auto weighing = context.store.load_weighing(principal.organisation_id, *reference);
  if (!weighing) return problem_response(weighing.error(), request.path);
  const Option* option = nullptr;
  for (const auto& entry : *weighing) {
    if (entry.option.id == *option_id) option = &entry.option;
  }
  if (!option) {
    return http::problem(invalid_input({{"optie", "unknown", "Deze optie hoort niet bij deze casus."}}, {}),
                         request.path);
  }
  auto target = context.store.find_case(principal.organisation_id, *reference);
  if (!target) return problem_response(target.error(), request.path);
  DecisionOutcome chosen{service_type_for(option->kind), option->kind,
                         option->deviation ? std::optional(option->deviation->basis) : std::nullopt,
                         context.clock.now()};
  std::vector<CaseSketch> sketches;
  auto check = check_against_similar(context.store, principal, target->id, chosen, &sketches);
  if (!check) return problem_response(check.error(), request.path);
  json::array compared;
  for (std::size_t at = 0; at < check->compared.size(); ++at) {
    const CaseSketch& sketch = sketches[at];
    compared.push_back(compared_case_json(check->compared[at], &sketch,
                                          case_access(principal, sketch.access) != CaseAccess::none));
  }
  json::object gekozen{{"dienstverleningstype", dutch(chosen.service_type)},
                       {"optiesoort", dutch(chosen.option_kind)},
                       {"grondslag", chosen.legal_basis ? json::value(dutch(*chosen.legal_basis))
                                                        : json::value(nullptr)}};
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", case_path(*reference) + "/consistentie?optie=" +
                                         std::to_string(*option_id)}}},
                  {"casus", {{"href", case_path(*reference)}}}}},
      {"optie", *option_id},
      {"gekozen", std::move(gekozen)},
      {"vergelijkbaar", std::move(compared)},
      {"meestVoorkomend", route_json(check->most_common)},
      {"wijktAf", check->departs},
      {"toelichting", consistency_explanation(*check)}});
}

http::Response findings(ApiContext& context, http::Request& request) {
  if (!request.query.empty()) {
    return http::problem(invalid_input({{request.query.begin()->first, "unknown",
                                         "Deze lijst kent geen parameters."}}, {}),
                         request.path);
  }
  auto found = context.store.consistency_findings(request.principal.organisation_id, kMaxFindings);
  if (!found) return problem_response(found.error(), request.path);
  json::array departures;
  for (const auto& departure : found->departures) {
    json::array references;
    for (const auto& other : departure.check.compared) references.push_back(json::value(other.reference.str()));
    departures.push_back(json::object{
        {"referentie", departure.reference.str()},
        {"besluitdatum", format_rfc3339(departure.decided_at).substr(0, 10)},
        {"besluitDoor", departure.decided_by_username},
        {"uitkomst", outcome_json(departure.check.chosen)},
        {"meestVoorkomend", route_json(departure.check.most_common)},
        {"vergelijkbareCasussen", std::move(references)},
        {"_links", {{"casus", {{"href", case_path(departure.reference)}}}}}});
  }
  json::array pairs;
  for (const auto& pair : found->pairs) {
    pairs.push_back(json::object{
        {"referentie", pair.reference.str()},
        {"uitkomst", outcome_json(pair.outcome)},
        {"vergelijkbareCasus", pair.other_reference.str()},
        {"uitkomstVergelijkbareCasus", outcome_json(pair.other_outcome)},
        {"score", pair.score}});
  }
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", std::string(kApiBase) + "/consistentie"}}}}},
      {"_embedded", {{"afwijkingenZonderReden", std::move(departures)},
                     {"gelijkeCasussenAndereUitkomst", std::move(pairs)}}}});
}

}  // namespace

void add_similarity_routes(http::Router& router, ApiContext& context) {
  std::string cases = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::get,
              .pattern = cases + "/vergelijkbare-casussen",
              .handler = with_context(context, list_similar),
              // waits for the case index (up to a second under a burst of writes) and scores
              // thousands of candidates: kept off the event loop
              .execution = http::Execution::blocking,
              .summary = "The most comparable cases of the organisation, with what they share and what distinguishes them"});
  router.add({.method = http::Method::get,
              .pattern = cases + "/consistentie",
              .handler = with_context(context, check_option),
              .execution = http::Execution::blocking,  // as above
              .summary = "An option compared with the routes of the most similar decided cases"});
  router.add({.method = http::Method::get,
              .pattern = std::string(kApiBase) + "/consistentie",
              .handler = with_context(context, findings),
              .summary = "Decisions that departed from similar cases without a reason, and similar cases with different routes"});
}

}  // namespace helder::api
