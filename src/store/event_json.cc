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

}  // namespace helder
