// /api/v1/casussen: open a case, list and filter cases, read one, change one.
#include <boost/url/url.hpp>
#include <charconv>

#include "api/case_json.h"
#include "api/identity.h"
#include "api/processing.h"
#include "domain/bsn.h"
#include "api/json_input.h"
#include "api/names.h"
#include "common/text.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

constexpr int kDefaultPageSize = 20;
constexpr int kMaxPageSize = 100;
constexpr int kMaxPage = 100000;

// The resident object; nullopt only when it is absent. Shape problems are recorded, and
// what could be read is returned so that the domain checks still run on it.
std::optional<Resident> read_resident(ObjectReader& parent, bool required) {
  auto reader = parent.object("inwoner", required);
  if (!reader) return std::nullopt;
  Resident resident;
  resident.reference = reader->string("referentie", true).value_or("");
  if (auto kind_name = reader->string("soort", true)) {
    auto kind = resident_kind_from_dutch(*kind_name);
    if (kind) {
      resident.kind = *kind;
    } else {
      reader->add_error("soort", "enum", "Kies een van: " + dutch_list_of_resident_kinds() + ".");
    }
  }
  reader->reject_unknown_fields();
  return resident;
}

RegulationExists regulation_lookup(const ApiContext& context) {
  const auto& regulations = context.catalogs.get(catalog::kRegulations);
  return [&regulations](std::string_view id) { return regulations.find_entry(id) != nullptr; };
}

http::Response create_case(ApiContext& context, http::Request& request) {
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewCase input;
  input.title = reader.string("titel", true).value_or("");
  input.summary = reader.string("samenvatting", false).value_or("");
  input.resident = read_resident(reader, true).value_or(Resident{});
  input.regulation_ids = reader.string_list("regelingen", false).value_or(std::vector<std::string>{});
  input.owner_username = reader.string("eigenaar", false);
  std::vector<FieldError> identity;
  if (auto bsn = reader.string("bsn", false)) {
    if (auto problem = check_bsn(*bsn)) {
      identity.push_back({"bsn", "invalid", *problem});  // never repeats the number
    } else {
      input.bsn = protect_bsn(context.security.keys, *bsn);
    }
  }
  reader.refuse("fase", "Een nieuwe casus begint altijd in de fase signaal.");
  reader.refuse("referentie", "helder kent de referentie zelf toe.");
  reader.reject_unknown_fields();
  auto domain = validate(input, regulation_lookup(context));
  domain.insert(domain.end(), identity.begin(), identity.end());
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  Timestamp started = context.clock.now();
  auto created = context.store.create_case(request.principal, input, started);
  if (!created) return problem_response(created.error(), request.path);
  ProcessedCase processed{created->id, created->resident.reference};
  http::Response response = json_response(201, case_json(*created));
  response.set_header("Location", case_path(created->reference));
  return hold_until_recorded(context, request, "casus aanmaken", {&processed, 1}, started, true,
                             std::move(response));
}

// Reads the list filters from the query string; every problem is reported at once.
Result<std::pair<CaseFilter, PageRequest>> read_list_query(const ApiContext& context,
                                                           const http::Request& request) {
  CaseFilter filter;
  PageRequest page{1, kDefaultPageSize};
  std::vector<FieldError> errors;
  std::set<std::string, std::less<>> seen;
  auto read_int = [&](const std::string& key, const std::string& value, int min, int max) {
    int number = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size() || number < min || number > max) {
      errors.push_back({key, "range", "Verwacht een geheel getal van " + std::to_string(min) +
                                          " tot en met " + std::to_string(max) + "."});
    }
    return number;
  };
  for (const auto& [key, value] : request.query) {
    if (!seen.insert(key).second) {
      errors.push_back({key, "repeated", "Geef deze parameter hoogstens één keer."});
      continue;
    }
    if (key == "fase") {
      filter.phase = phase_from_dutch(value);
      if (!filter.phase) errors.push_back({key, "enum", "Kies een van: " + dutch_list_of_phases() + "."});
    } else if (key == "regeling") {
      if (!regulation_lookup(context)(value)) {
        errors.push_back({key, "unknown", "Onbekende regeling; zie GET /api/v1/regelingen."});
      }
      filter.regulation_id = value;
    } else if (key == "eigenaar") {
      filter.owner_username = value;
    } else if (key == "zoek") {
      std::string_view text = trim(value);
      if (auto problem = check_text(text, 1, 200, Lines::single)) {
        errors.push_back({key, "invalid", "De zoektekst " + *problem + "."});
      }
      filter.text = std::string(text);
    } else if (key == "pagina") {
      page.page = read_int(key, value, 1, kMaxPage);
    } else if (key == "paginaGrootte") {
      page.page_size = read_int(key, value, 1, kMaxPageSize);
    } else {
      errors.push_back({key, "unknown",
                        "Onbekende parameter; gebruik fase, regeling, eigenaar, zoek, pagina of "
                        "paginaGrootte."});
    }
  }
  if (!errors.empty()) return fail(invalid_input(std::move(errors), {}));
  return std::pair{filter, page};
}

std::string page_link(const http::Request& request, int page) {
  boost::urls::url link;
  link.set_path(std::string(kApiBase) + "/casussen");
  for (const auto& [key, value] : request.query) {
    if (key != "pagina") link.params().append({key, value});
  }
  link.params().append({"pagina", std::to_string(page)});
  return std::string(link.buffer());
}

http::Response list_cases(ApiContext& context, http::Request& request) {
  auto query = read_list_query(context, request);
  if (!query) return http::problem(query.error(), request.path);
  auto& [filter, page] = *query;
  filter.visible_to = request.principal;
  Timestamp started = context.clock.now();
  auto result = context.store.list_cases(request.principal.organisation_id, filter, page);
  if (!result) return http::problem(result.error(), request.path);
  std::vector<ProcessedCase> shown;
  for (const auto& value : result->cases) shown.push_back({value.id, value.resident.reference});
  json::array cases;
  for (const auto& value : result->cases) cases.push_back(case_json(value));
  json::object links{{"self", {{"href", page_link(request, page.page)}}},
                     {"first", {{"href", page_link(request, 1)}}}};
  if (result->has_next) links["next"] = {{"href", page_link(request, page.page + 1)}};
  if (page.page > 1) links["prev"] = {{"href", page_link(request, page.page - 1)}};
  return hold_until_recorded(
      context, request, "casussenoverzicht inzien", shown, started, true,
      json_response(200, json::object{{"_links", std::move(links)},
                                      {"pagina", page.page},
                                      {"paginaGrootte", page.page_size},
                                      {"_embedded", {{"casussen", std::move(cases)}}}}));
}

http::Response get_case(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto found = context.store.find_case(request.principal.organisation_id, *reference);
  if (!found) return http::problem(found.error(), request.path);
  return json_response(200, case_json(*found));
}

http::Response patch_case(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request, true);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  CasePatch patch;
  patch.title = reader.string("titel", false);
  patch.summary = reader.string("samenvatting", false);
  patch.resident = read_resident(reader, false);
  patch.regulation_ids = reader.string_list("regelingen", false);
  patch.owner_username = reader.string("eigenaar", false);
  reader.refuse("fase", "De fase verandert alleen via een faseovergang, niet met PATCH.");
  reader.refuse("referentie", "De referentie van een casus verandert nooit.");
  reader.refuse("aangemaaktOp", "Dit veld houdt helder zelf bij.");
  reader.refuse("gewijzigdOp", "Dit veld houdt helder zelf bij.");
  reader.reject_unknown_fields();
  if (shape.empty() && patch.empty()) {
    return http::problem(Error::invalid("Geef minstens één veld om te wijzigen: titel, "
                                        "samenvatting, inwoner, regelingen of eigenaar."),
                         request.path);
  }
  auto domain = validate(patch, regulation_lookup(context));
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto updated = context.store.update_case(request.principal, *reference, patch,
                                           context.clock.now());
  if (!updated) return problem_response(updated.error(), request.path);
  return json_response(200, case_json(*updated));
}

}  // namespace

void add_case_routes(http::Router& router, ApiContext& context) {
  std::string collection = std::string(kApiBase) + "/casussen";
  std::string item = collection + "/{referentie}";
  router.add({.method = http::Method::post,
              .pattern = collection,
              .handler = with_context(context, create_case),
              .summary = "Open a case"});
  router.add({.method = http::Method::get,
              .pattern = collection,
              .handler = with_context(context, list_cases),
              // records each case it shows in the processing log: waits for the disk
              .execution = http::Execution::blocking,
              .summary = "List and filter cases"});
  router.add({.method = http::Method::get,
              .pattern = item,
              .handler = with_context(context, get_case),
              .summary = "Read a case"});
  router.add({.method = http::Method::patch,
              .pattern = item,
              .handler = with_context(context, patch_case),
              .summary = "Change a case"});
}

}  // namespace helder::api
