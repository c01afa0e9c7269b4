#include "app/demo_deliberations.h"

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "api/catalog_lookups.h"
#include "api/names.h"

namespace helder::app {
namespace {

namespace json = boost::json;

std::optional<json::array> read_deliberations(const std::filesystem::path& data_dir) {
  std::ifstream input(data_dir / "demo" / "demo-deliberations.json", std::ios::binary);
  if (!input) return std::nullopt;
  std::stringstream content;
  content << input.rdbuf();
  boost::system::error_code error;
  json::value document = json::parse(content.str(), error);
  if (error || !document.is_object()) return std::nullopt;
  const json::value* list = document.as_object().if_contains("deliberations");
  if (!list || !list->is_array()) return std::nullopt;
  return list->as_array();
}

std::string text(const json::value& object, std::string_view key) {
  const json::value* value = object.is_object() ? object.as_object().if_contains(key) : nullptr;
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

Error demo_error(const std::string& resident, const std::string& what) {
  return Error::invalid("demo-deliberations.json, " + resident + ": " + what);
}

NewOption read_option(const json::value& item) {
  NewOption option;
  option.title = text(item, "title");
  option.description = text(item, "description");
  option.kind = option_kind_from_string(text(item, "kind")).value_or(OptionKind::standard);
  if (const json::value* rule = item.as_object().if_contains("deviation"); rule && rule->is_object()) {
    Deviation deviation;
    if (rule->as_object().at("regulation").is_string()) deviation.regulation_id = text(*rule, "regulation");
    deviation.article = text(*rule, "article");
    deviation.basis = legal_basis_from_string(text(*rule, "basis")).value_or(LegalBasis::general_principles);
    deviation.basis_reference = text(*rule, "basisReference");
    deviation.special_circumstances = text(*rule, "specialCircumstances");
    deviation.disproportionality = text(*rule, "disproportionality");
    option.deviation = std::move(deviation);
  }
  return option;
}

NewArgument read_argument(const json::value& item) {
  NewArgument argument;
  if (!text(item, "catalog").empty()) argument.catalog_id = text(item, "catalog");
  if (!text(item, "text").empty()) argument.own_text = text(item, "text");
  argument.theme = api::theme_from_dutch(text(item, "theme"));
  argument.side = side_from_string(text(item, "side"));
  argument.explanation = text(item, "explanation");
  argument.brought_by =
      argument_source_from_string(text(item, "broughtBy")).value_or(ArgumentSource::caseworker);
  if (const json::value* weight = item.as_object().if_contains("weight"); weight && weight->is_int64()) {
    argument.weight = static_cast<int>(weight->as_int64());
  }
  return argument;
}

// Records the investigation of a demo case: answers, the resident's words, ordered steps.
Status apply_investigation(Store& store, const Principal& caseworker, const CaseReference& reference,
                           const json::value& item, const catalog::CatalogSet& catalogs,
                           const std::string& resident, Timestamp now) {
  const json::value* investigation = item.as_object().if_contains("investigation");
  if (investigation == nullptr || !investigation->is_object()) return {};
  auto question_step = api::question_step(catalogs);
  if (const json::value* answers = investigation->as_object().if_contains("answers")) {
    for (const auto& answer_item : answers->as_array()) {
      NewAnswer answer{text(answer_item, "step"), std::nullopt, text(answer_item, "text")};
      if (!text(answer_item, "question").empty()) answer.question_id = text(answer_item, "question");
      auto problems = validate(answer, question_step);
      if (!problems.empty()) return fail(demo_error(resident, problems.front().reason));
      if (auto added = store.add_answer(caseworker, reference, answer, now); !added) {
        return fail(demo_error(resident, added.error().detail));
      }
    }
  }
  if (const json::value* wishes = investigation->as_object().if_contains("wishes")) {
    ResidentWishes words{text(*wishes, "shortTerm"), text(*wishes, "longTerm"),
                         text(*wishes, "ownContribution"), text(*wishes, "preferredOption"), "", {}};
    if (auto recorded = store.record_wishes(caseworker, reference, words, now); !recorded) {
      return fail(demo_error(resident, recorded.error().detail));
    }
  }
  if (const json::value* steps = investigation->as_object().if_contains("steps")) {
    for (const auto& step_item : steps->as_array()) {
      std::int64_t number = step_item.at("step").as_int64();
      if (number < 1 || number > 5) return fail(demo_error(resident, "step must be 1..5"));
      InvestigationStep step{static_cast<CrvbStep>(number), text(step_item, "content"),
                             Timestamp{now.millis - step_item.at("completedDaysAgo").as_int64() * kMillisPerDay}};
      if (auto recorded = store.record_step(caseworker, reference, step, now); !recorded) {
        return fail(demo_error(resident, recorded.error().detail));
      }
    }
  }
  return {};
}

// The phases after "besluit", in order, up to the one the demo wants.
std::vector<Phase> path_to(Phase final_phase) {
  std::vector<Phase> path;
  for (Phase phase : {Phase::execution, Phase::evaluation, Phase::closed}) {
    if (final_phase == Phase::decision) break;
    path.push_back(phase);
    if (phase == final_phase) break;
  }
  return path;
}

}  // namespace

std::vector<std::string> deliberated_residents(const std::filesystem::path& data_dir) {
  std::vector<std::string> residents;
  if (auto list = read_deliberations(data_dir)) {
    for (const auto& item : *list) residents.push_back(text(item, "residentRef"));
  }
  return residents;
}

Status apply_demo_deliberations(Store& store, const Principal& caseworker,
                                const std::filesystem::path& data_dir,
                                const catalog::CatalogSet& catalogs, Timestamp now) {
  auto list = read_deliberations(data_dir);
  if (!list) return fail(Error::invalid("demo/demo-deliberations.json is missing or not valid JSON"));
  std::map<std::string, CaseReference> by_resident;
  for (int page = 1;; ++page) {
    auto cases = store.list_cases(caseworker.organisation_id, {}, {page, 100});
    if (!cases) return fail(cases.error());
    for (const auto& value : cases->cases) by_resident[value.resident.reference] = value.reference;
    if (!cases->has_next) break;
  }
  auto argument_cards = api::argument_lookup(catalogs);
  for (const auto& item : *list) {
    std::string resident = text(item, "residentRef");
    auto found = by_resident.find(resident);
    if (found == by_resident.end()) return fail(demo_error(resident, "no demo case with this resident"));
    const CaseReference& reference = found->second;
    if (auto recorded = apply_investigation(store, caseworker, reference, item,
                                            catalogs, resident, now);
        !recorded) {
      return recorded;
    }
    std::map<std::string, OptionId> options;
    for (const auto& option_item : item.at("options").as_array()) {
      auto option = store.add_option(caseworker, reference, read_option(option_item), now);
      if (!option) return fail(demo_error(resident, option.error().detail));
      options[text(option_item, "key")] = option->id;
      for (const auto& argument_item : option_item.at("arguments").as_array()) {
        NewArgument argument = read_argument(argument_item);
        auto problems = validate(argument, argument_cards);
        if (!problems.empty()) return fail(demo_error(resident, problems.front().reason));
        auto added = store.add_argument(caseworker, reference, option->id, argument, now);
        if (!added) return fail(demo_error(resident, added.error().detail));
      }
    }
    const json::value& decision = item.at("decision");
    if (decision.is_null()) continue;
    NewDecision input;
    input.option_id = options[text(decision, "option")];
    input.motivation = text(decision, "motivation");
    input.effect_check = text(decision, "effectCheck");
    input.effect_check_on = Timestamp{now.millis + decision.at("effectCheckInDays").as_int64() * kMillisPerDay};
    input.follow_up_by = caseworker.username;
    input.review_on = Timestamp{now.millis + decision.at("reviewInDays").as_int64() * kMillisPerDay};
    auto recorded = store.record_decision(caseworker, reference, input, now);
    if (!recorded) return fail(demo_error(resident, recorded.error().detail));
    auto final_phase = api::phase_from_dutch(text(item, "finalPhase")).value_or(Phase::decision);
    for (Phase next : path_to(final_phase)) {
      auto moved = store.change_phase(caseworker, reference, next, "demo", now);
      if (!moved) return fail(demo_error(resident, moved.error().detail));
    }
  }
  return {};
}

}  // namespace helder::app
