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
