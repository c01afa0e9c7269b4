// The investigation of a case:
//   GET    .../onderzoek                        everything recorded, with the order verdict
//   POST   .../onderzoek/antwoorden             an answer, under an investigation step
//   DELETE .../onderzoek/antwoorden/{antwoordId}
//   PUT    .../onderzoek/wensen-inwoner         the resident's own words
//   PUT    .../onderzoek/stappenplan/{stap}     a step of the prescribed order (1..5)
//   PUT    .../onderzoek/zrm                    Zelfredzaamheid-Matrix scores
#include <algorithm>
#include <charconv>

#include "api/case_json.h"
#include "api/catalog_lookups.h"
#include "api/json_input.h"
#include "domain/dutch_date.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

bool prescribes_order(const ApiContext& context, const Case& value) {
  const auto& regulations = context.catalogs.get(catalog::kRegulations);
  for (const auto& id : value.regulation_ids) {
    const catalog::Entry* entry = regulations.find_entry(id);
    if (entry && entry->investigation_order.value_or(false)) return true;
  }
  return false;
}

json::object investigation_json(const ApiContext& context, const Case& value,
                                const InvestigationRecord& record) {
  const auto& questions = context.catalogs.get(catalog::kQuestions);
  json::object answers;
  for (auto step : kInvestigationSteps) answers[step] = json::array();
  for (const auto& answer : record.answers) {
    json::object item{{"id", answer.id},
                      {"antwoord", answer.text},
                      {"door", answer.answered_by_username},
                      {"op", format_rfc3339(answer.answered_at)}};
    if (answer.question_id) {
      item["vraag"] = *answer.question_id;
      if (const catalog::Entry* entry = questions.find_entry(*answer.question_id)) {
        item["vraagTekst"] = entry->text.nl;
      }
    }
    answers[answer.step].as_array().push_back(std::move(item));
  }
  json::value wishes = nullptr;
  if (record.wishes) {
    wishes = json::object{{"kortetermijn", record.wishes->short_term},
                          {"langetermijn", record.wishes->long_term},
                          {"eigenBijdrage", record.wishes->own_contribution},
                          {"voorkeursoptie", record.wishes->preferred_option},
                          {"door", record.wishes->recorded_by_username},
                          {"op", format_rfc3339(record.wishes->recorded_at)}};
  }
  json::array steps;
  for (CrvbStep step : kAllCrvbSteps) {
    json::object item{{"stap", step_number(step)}, {"titel", dutch_label(step)}, {"inhoud", ""},
                      {"afgerondOp", nullptr}};
    for (const auto& recorded : record.steps) {
      if (recorded.step != step) continue;
      item["inhoud"] = recorded.content;
      if (recorded.completed_on) item["afgerondOp"] = format_rfc3339(*recorded.completed_on);
    }
    steps.push_back(std::move(item));
  }
  OrderVerdict verdict = check_investigation_order(record.steps);
  json::array findings;
  for (const auto& finding : verdict.findings) {
    json::object item{{"soort", to_string(finding.kind)}, {"stap", step_number(finding.step)},
                      {"melding", finding.message}};
    if (finding.earlier_step) item["eerdereStap"] = step_number(*finding.earlier_step);
    findings.push_back(std::move(item));
  }
  json::array zrm;
  for (const auto& score : record.zrm) {
    zrm.push_back(json::object{{"domein", to_string(score.domain)},
                               {"label", dutch_label(score.domain)},
                               {"niveau", score.level},
                               {"niveauLabel", zrm_level_label(score.level).value_or("")}});
  }
  std::string self = case_path(value.reference) + "/onderzoek";
  return {{"antwoorden", std::move(answers)},
          {"wensenInwoner", std::move(wishes)},
          {"stappenplan", {{"vanToepassing", prescribes_order(context, value)},
                           {"stappen", std::move(steps)},
                           {"oordeel", {{"compleetEnOpVolgorde", verdict.complete_and_in_order},
                                        {"samenvatting", verdict.summary},
                                        {"bevindingen", std::move(findings)}}}}},
          {"zrm", std::move(zrm)},
          {"_links", {{"self", {{"href", self}}}, {"casus", {{"href", case_path(value.reference)}}}}}};
}

http::Response respond_with_investigation(ApiContext& context, const http::Request& request,
                                          const CaseReference& reference, unsigned status) {
  auto value = context.store.find_case(request.principal.organisation_id, reference);
  if (!value) return problem_response(value.error(), request.path);
  auto record = context.store.load_investigation(request.principal.organisation_id, reference);
  if (!record) return problem_response(record.error(), request.path);
  return json_response(status, investigation_json(context, *value, *record));
}

http::Response get_investigation(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  return respond_with_investigation(context, request, *reference, 200);
}

http::Response add_answer(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> shape;
  ObjectReader reader(*body, "", shape);
  NewAnswer input;
  input.step = reader.string("onderzoeksstap", true).value_or("");
  input.question_id = reader.string("vraag", false);
  input.text = reader.string("antwoord", true).value_or("");
  reader.reject_unknown_fields();
  auto domain = validate(input, question_step(context.catalogs));
  for (auto& error : domain) {
    if (error.name == "step") error.name = "onderzoeksstap";
    if (error.name == "question") error.name = "vraag";
    if (error.name == "text") error.name = "antwoord";
  }
  if (!shape.empty() || !domain.empty()) {
    return http::problem(invalid_input(std::move(shape), std::move(domain)), request.path);
  }
  auto added = context.store.add_answer(request.principal, *reference, input, context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  return respond_with_investigation(context, request, *reference, 201);
}

http::Response remove_answer(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto id = path_id(request, "antwoordId");
  if (!id) return http::problem(Error::not_found("Er is geen antwoord met dit id."), request.path);
  auto removed = context.store.remove_answer(request.principal, *reference, *id, context.clock.now());
  if (!removed) return problem_response(removed.error(), request.path);
  return http::Response{204, "application/json", "", {}};
}

http::Response put_wishes(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  ResidentWishes input;
  input.short_term = reader.string("kortetermijn", false).value_or("");
  input.long_term = reader.string("langetermijn", false).value_or("");
  input.own_contribution = reader.string("eigenBijdrage", false).value_or("");
  input.preferred_option = reader.string("voorkeursoptie", false).value_or("");
  reader.reject_unknown_fields();
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"short_term", "kortetermijn"}, {"long_term", "langetermijn"},
      {"own_contribution", "eigenBijdrage"}, {"preferred_option", "voorkeursoptie"}};
  for (auto error : validate(input)) {
    for (const auto& [code, api] : kNames) {
      if (error.name == code) error.name = api;
    }
    errors.push_back(std::move(error));
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);
  auto recorded = context.store.record_wishes(request.principal, *reference, input, context.clock.now());
  if (!recorded) return problem_response(recorded.error(), request.path);
  return respond_with_investigation(context, request, *reference, 200);
}

http::Response put_step(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto number = path_id(request, "stap");
  if (!number || *number > 5) {
    return http::problem(Error::not_found("Het stappenplan kent de stappen 1 tot en met 5."), request.path);
  }
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  InvestigationStep input{static_cast<CrvbStep>(*number), reader.string("inhoud", true).value_or(""),
                          std::nullopt};
  if (auto date = reader.string("afgerondOp", false)) {
    input.completed_on = parse_rfc3339(*date);
    if (!input.completed_on) {
      reader.add_error("afgerondOp", "format", "Verwacht een datum (2026-11-25) of tijdstip.");
    }
  }
  reader.reject_unknown_fields();
  for (auto problem : validate(input, context.clock.now())) {
    problem.name = problem.name == "content" ? "inhoud" : "afgerondOp";
    errors.push_back(std::move(problem));
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);
  auto recorded = context.store.record_step(request.principal, *reference, input, context.clock.now());
  if (!recorded) return problem_response(recorded.error(), request.path);
  return respond_with_investigation(context, request, *reference, 200);
}

http::Response put_zrm(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  std::vector<ZrmScore> scores;
  const json::value* list = body->if_contains("scores");
  if (list == nullptr || !list->is_array() || body->size() != 1) {
    errors.push_back({"scores", "required", "Stuur {\"scores\": [{\"domein\": ..., \"niveau\": 1..5}]}."});
  } else {
    for (std::size_t idx = 0; idx < list->as_array().size(); ++idx) {
      const json::value& item = list->as_array()[idx];
      std::string name = "scores[" + std::to_string(idx) + "]";
      const json::object* object = item.if_object();
      const json::value* domain = object ? object->if_contains("domein") : nullptr;
      const json::value* level = object ? object->if_contains("niveau") : nullptr;
      auto parsed = domain && domain->is_string() ? zrm_domain_from_string(domain->as_string())
                                                  : std::nullopt;
      if (!object || object->size() != 2 || !parsed || !level || !level->is_int64()) {
        errors.push_back({name, "invalid", "Verwacht {\"domein\": een ZRM-domein, \"niveau\": 1..5}."});
        continue;
      }
      scores.push_back({*parsed, static_cast<int>(std::clamp<std::int64_t>(level->as_int64(), -1, 99))});
    }
  }
  if (errors.empty()) {
    for (auto problem : validate(scores)) {
      problem.name.replace(0, 3, "scores");
      errors.push_back(std::move(problem));
    }
  }
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);
  auto recorded = context.store.record_zrm(request.principal, *reference, scores, context.clock.now());
  if (!recorded) return problem_response(recorded.error(), request.path);
  return respond_with_investigation(context, request, *reference, 200);
}

}  // namespace

void add_investigation_routes(http::Router& router, ApiContext& context) {
  std::string base = std::string(kApiBase) + "/casussen/{referentie}/onderzoek";
  router.add({.method = http::Method::get, .pattern = base, .handler = with_context(context, get_investigation),
              .summary = "The investigation of a case"});
  router.add({.method = http::Method::post, .pattern = base + "/antwoorden",
              .handler = with_context(context, add_answer), .summary = "Record an answer"});
  router.add({.method = http::Method::del, .pattern = base + "/antwoorden/{antwoordId}",
              .handler = with_context(context, remove_answer), .summary = "Remove an answer"});
  router.add({.method = http::Method::put, .pattern = base + "/wensen-inwoner",
              .handler = with_context(context, put_wishes), .summary = "Record the resident's own words"});
  router.add({.method = http::Method::put, .pattern = base + "/stappenplan/{stap}",
              .handler = with_context(context, put_step), .summary = "Record a step of the investigation order"});
  router.add({.method = http::Method::put, .pattern = base + "/zrm", .handler = with_context(context, put_zrm),
              .summary = "Record Zelfredzaamheid-Matrix scores"});
}

}  // namespace helder::api
