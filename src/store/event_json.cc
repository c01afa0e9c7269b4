#include "store/event_json.h"

#include <boost/json.hpp>

namespace helder {
namespace {

namespace json = boost::json;

std::string text_of(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

std::int64_t int_of(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_int64() ? value->as_int64() : 0;
}

std::optional<json::object> parse_object(std::string_view text) {
  boost::system::error_code error;
  json::value value = json::parse(text, error);
  if (error || !value.is_object()) return std::nullopt;
  return std::move(value.as_object());
}

}  // namespace

std::string case_state_json(const Case& value) {
  json::array regulations;
  for (const auto& id : value.regulation_ids) regulations.emplace_back(id);
  return json::serialize(json::object{
      {"id", value.id},
      {"reference", value.reference.str()},
      {"organisation_id", value.organisation_id},
      {"owner_id", value.owner_id},
      {"owner_username", value.owner_username},
      {"resident_reference", value.resident.reference},
      {"resident_kind", to_string(value.resident.kind)},
      {"title", value.title},
      {"summary", value.summary},
      {"regulation_ids", std::move(regulations)},
      {"phase", to_string(value.phase)},
      {"created_at", value.created_at.millis},
      {"updated_at", value.updated_at.millis}});
}

std::optional<Case> case_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  auto reference = CaseReference::parse(text_of(*object, "reference"));
  auto kind = resident_kind_from_string(text_of(*object, "resident_kind"));
  auto phase = phase_from_string(text_of(*object, "phase"));
  if (!reference || !kind || !phase) return std::nullopt;
  Case result;
  result.id = int_of(*object, "id");
  result.reference = *reference;
  result.organisation_id = int_of(*object, "organisation_id");
  result.owner_id = int_of(*object, "owner_id");
  result.owner_username = text_of(*object, "owner_username");
  result.resident = {text_of(*object, "resident_reference"), *kind};
  result.title = text_of(*object, "title");
  result.summary = text_of(*object, "summary");
  if (const json::value* ids = object->if_contains("regulation_ids"); ids && ids->is_array()) {
    for (const auto& id : ids->as_array()) {
      if (id.is_string()) result.regulation_ids.emplace_back(id.as_string());
    }
  }
  result.phase = *phase;
  result.created_at = {int_of(*object, "created_at")};
  result.updated_at = {int_of(*object, "updated_at")};
  return result;
}

std::string signal_state_json(const SignalObservation& value) {
  json::object out{{"id", value.id},
                   {"case_id", value.case_id},
                   {"source", to_string(value.source)},
                   {"note", value.note},
                   {"recorded_by", value.recorded_by},
                   {"recorded_by_username", value.recorded_by_username},
                   {"observed_at", value.observed_at.millis},
                   {"recorded_at", value.recorded_at.millis}};
  if (value.catalog_id) out["catalog_id"] = *value.catalog_id;
  if (value.own_text) out["own_text"] = *value.own_text;
  return json::serialize(out);
}

std::optional<SignalObservation> signal_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  auto source = signal_source_from_string(text_of(*object, "source"));
  if (!source) return std::nullopt;
  SignalObservation result;
  result.id = int_of(*object, "id");
  result.case_id = int_of(*object, "case_id");
  if (object->contains("catalog_id")) result.catalog_id = text_of(*object, "catalog_id");
  if (object->contains("own_text")) result.own_text = text_of(*object, "own_text");
  result.source = *source;
  result.note = text_of(*object, "note");
  result.recorded_by = int_of(*object, "recorded_by");
  result.recorded_by_username = text_of(*object, "recorded_by_username");
  result.observed_at = {int_of(*object, "observed_at")};
  result.recorded_at = {int_of(*object, "recorded_at")};
  return result;
}

std::string option_state_json(const Option& value) {
  json::object out{{"id", value.id},
                   {"case_id", value.case_id},
                   {"title", value.title},
                   {"description", value.description},
                   {"kind", to_string(value.kind)},
                   {"created_by", value.created_by},
                   {"created_by_username", value.created_by_username},
                   {"created_at", value.created_at.millis}};
  if (value.deviation) {
    const Deviation& deviation = *value.deviation;
    json::object rule{{"article", deviation.article},
                      {"basis", to_string(deviation.basis)},
                      {"basis_reference", deviation.basis_reference},
                      {"special_circumstances", deviation.special_circumstances},
                      {"disproportionality", deviation.disproportionality}};
    if (deviation.regulation_id) rule["regulation_id"] = *deviation.regulation_id;
    out["deviation"] = std::move(rule);
  }
  return json::serialize(out);
}

std::optional<Option> option_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  auto kind = option_kind_from_string(text_of(*object, "kind"));
  if (!kind) return std::nullopt;
  Option result;
  result.id = int_of(*object, "id");
  result.case_id = int_of(*object, "case_id");
  result.title = text_of(*object, "title");
  result.description = text_of(*object, "description");
  result.kind = *kind;
  result.created_by = int_of(*object, "created_by");
  result.created_by_username = text_of(*object, "created_by_username");
  result.created_at = {int_of(*object, "created_at")};
  if (const json::value* rule = object->if_contains("deviation"); rule && rule->is_object()) {
    const auto& fields = rule->as_object();
    Deviation deviation;
    if (fields.contains("regulation_id")) deviation.regulation_id = text_of(fields, "regulation_id");
    deviation.article = text_of(fields, "article");
    deviation.basis = legal_basis_from_string(text_of(fields, "basis")).value_or(LegalBasis::hardship_clause);
    deviation.basis_reference = text_of(fields, "basis_reference");
    deviation.special_circumstances = text_of(fields, "special_circumstances");
    deviation.disproportionality = text_of(fields, "disproportionality");
    result.deviation = std::move(deviation);
  }
  return result;
}

std::string argument_state_json(const Argument& value) {
  json::object out{{"id", value.id},
                   {"option_id", value.option_id},
                   {"side", to_string(value.side)},
                   {"theme", to_string(value.theme)},
                   {"explanation", value.explanation},
                   {"brought_by", to_string(value.brought_by)},
                   {"created_by", value.created_by},
                   {"created_by_username", value.created_by_username},
                   {"created_at", value.created_at.millis}};
  if (value.catalog_id) out["catalog_id"] = *value.catalog_id;
  if (value.own_text) out["own_text"] = *value.own_text;
  if (value.weight) out["weight"] = *value.weight;
  if (value.weighed_by_username) out["weighed_by_username"] = *value.weighed_by_username;
  return json::serialize(out);
}

std::optional<Argument> argument_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  auto side = side_from_string(text_of(*object, "side"));
  auto theme = theme_from_string(text_of(*object, "theme"));
  auto source = argument_source_from_string(text_of(*object, "brought_by"));
  if (!side || !theme || !source) return std::nullopt;
  Argument result;
  result.id = int_of(*object, "id");
  result.option_id = int_of(*object, "option_id");
  result.side = *side;
  result.theme = *theme;
  if (object->contains("catalog_id")) result.catalog_id = text_of(*object, "catalog_id");
  if (object->contains("own_text")) result.own_text = text_of(*object, "own_text");
  result.explanation = text_of(*object, "explanation");
  result.brought_by = *source;
  if (object->contains("weight")) result.weight = static_cast<int>(int_of(*object, "weight"));
  if (object->contains("weighed_by_username")) {
    result.weighed_by_username = text_of(*object, "weighed_by_username");
  }
  result.created_by = int_of(*object, "created_by");
  result.created_by_username = text_of(*object, "created_by_username");
  result.created_at = {int_of(*object, "created_at")};
  return result;
}

}  // namespace helder

namespace helder {

std::string snapshot_json(const DecisionSnapshot& snapshot) {
  json::array signals;
  for (const auto& signal : snapshot.signals) signals.push_back(json::parse(signal_state_json(signal)));
  json::array options;
  for (const auto& entry : snapshot.weighing) {
    json::array arguments;
    for (const auto& argument : entry.arguments) {
      arguments.push_back(json::parse(argument_state_json(argument)));
    }
    options.push_back(json::object{{"option", json::parse(option_state_json(entry.option))},
                                   {"arguments", std::move(arguments)}});
  }
  json::array answers;
  for (const auto& answer : snapshot.answers) answers.push_back(json::parse(answer_state_json(answer)));
  json::object out{{"case", json::parse(case_state_json(snapshot.value))},
                   {"signals", std::move(signals)},
                   {"options", std::move(options)},
                   {"answers", std::move(answers)}};
  if (snapshot.wishes) out["wishes"] = json::parse(wishes_state_json(*snapshot.wishes));
  return json::serialize(out);
}

std::optional<DecisionSnapshot> snapshot_from_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object || !object->contains("case")) return std::nullopt;
  auto value = case_from_state_json(json::serialize(object->at("case")));
  if (!value) return std::nullopt;
  DecisionSnapshot snapshot{*value, {}, {}};
  if (const json::value* signals = object->if_contains("signals"); signals && signals->is_array()) {
    for (const auto& item : signals->as_array()) {
      if (auto signal = signal_from_state_json(json::serialize(item))) snapshot.signals.push_back(*signal);
    }
  }
  if (const json::value* options = object->if_contains("options"); options && options->is_array()) {
    for (const auto& item : options->as_array()) {
      if (!item.is_object() || !item.as_object().contains("option")) continue;
      auto option = option_from_state_json(json::serialize(item.at("option")));
      if (!option) continue;
      WeighedOption entry{*option, {}};
      if (const json::value* arguments = item.as_object().if_contains("arguments");
          arguments && arguments->is_array()) {
        for (const auto& argument_item : arguments->as_array()) {
          if (auto argument = argument_from_state_json(json::serialize(argument_item))) {
            entry.arguments.push_back(*argument);
          }
        }
      }
      snapshot.weighing.push_back(std::move(entry));
    }
  }
  if (const json::value* answers = object->if_contains("answers"); answers && answers->is_array()) {
    for (const auto& item : answers->as_array()) {
      if (auto answer = answer_from_state_json(json::serialize(item))) snapshot.answers.push_back(*answer);
    }
  }
  if (const json::value* wishes = object->if_contains("wishes")) {
    snapshot.wishes = wishes_from_state_json(json::serialize(*wishes));
  }
  return snapshot;
}

std::string answer_state_json(const InvestigationAnswer& value) {
  json::object out{{"answer_id", value.id},
                   {"case_id", value.case_id},
                   {"step", value.step},
                   {"text", value.text},
                   {"answered_by_username", value.answered_by_username},
                   {"answered_at", value.answered_at.millis}};
  if (value.question_id) out["question_id"] = *value.question_id;
  return json::serialize(out);
}

std::optional<InvestigationAnswer> answer_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object || !object->contains("step")) return std::nullopt;
  InvestigationAnswer result;
  result.id = int_of(*object, "answer_id");
  result.case_id = int_of(*object, "case_id");
  result.step = text_of(*object, "step");
  if (object->contains("question_id")) result.question_id = text_of(*object, "question_id");
  result.text = text_of(*object, "text");
  result.answered_by_username = text_of(*object, "answered_by_username");
  result.answered_at = {int_of(*object, "answered_at")};
  return result;
}

std::string wishes_state_json(const ResidentWishes& value) {
  return json::serialize(json::object{{"short_term", value.short_term},
                                      {"long_term", value.long_term},
                                      {"own_contribution", value.own_contribution},
                                      {"preferred_option", value.preferred_option},
                                      {"recorded_by_username", value.recorded_by_username},
                                      {"recorded_at", value.recorded_at.millis}});
}

std::optional<ResidentWishes> wishes_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  return ResidentWishes{text_of(*object, "short_term"), text_of(*object, "long_term"),
                        text_of(*object, "own_contribution"), text_of(*object, "preferred_option"),
                        text_of(*object, "recorded_by_username"), Timestamp{int_of(*object, "recorded_at")}};
}

std::string decision_state_json(const Decision& value) {
  return json::serialize(json::object{{"id", value.id},
                                      {"case_id", value.case_id},
                                      {"option_id", value.option_id},
                                      {"service_type", to_string(value.service_type)},
                                      {"decided_by", value.decided_by},
                                      {"decided_by_username", value.decided_by_username},
                                      {"decided_at", value.decided_at.millis},
                                      {"motivation", value.motivation},
                                      {"effect_check", value.effect_check},
                                      {"effect_check_on", value.effect_check_on.millis},
                                      {"follow_up_by_username", value.follow_up_by_username},
                                      {"review_on", value.review_on.millis},
                                      {"snapshot", value.snapshot}});
}

std::optional<Decision> decision_from_state_json(std::string_view text) {
  auto object = parse_object(text);
  if (!object) return std::nullopt;
  auto type = service_type_from_string(text_of(*object, "service_type"));
  if (!type) return std::nullopt;
  Decision result;
  result.id = int_of(*object, "id");
  result.case_id = int_of(*object, "case_id");
  result.option_id = int_of(*object, "option_id");
  result.service_type = *type;
  result.decided_by = int_of(*object, "decided_by");
  result.decided_by_username = text_of(*object, "decided_by_username");
  result.decided_at = {int_of(*object, "decided_at")};
  result.motivation = text_of(*object, "motivation");
  result.effect_check = text_of(*object, "effect_check");
  result.effect_check_on = {int_of(*object, "effect_check_on")};
  result.follow_up_by_username = text_of(*object, "follow_up_by_username");
  result.review_on = {int_of(*object, "review_on")};
  result.snapshot = text_of(*object, "snapshot");
  return result;
}

}  // namespace helder
