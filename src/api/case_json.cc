#include "api/case_json.h"

#include <algorithm>
#include <charconv>

#include "api/names.h"
#include "domain/phase_rules.h"
#include "http/problem.h"

namespace helder::api {

namespace json = boost::json;

namespace {

// The moves a client may offer from this phase (the phase rules decide; see phase_rules.h).
json::array next_phases(Phase phase) {
  json::array moves;
  for (const auto& move : moves_from(phase)) {
    if (move.to == Phase::decision) continue;  // reached by recording a decision
    moves.push_back(json::object{{"naar", dutch(move.to)}, {"betekenis", move.why}});
  }
  return moves;
}

}  // namespace

std::string case_path(const CaseReference& reference) {
  return std::string(kApiBase) + "/casussen/" + reference.str();
}

json::object case_json(const Case& value) {
  json::array regulations;
  for (const auto& id : value.regulation_ids) regulations.push_back(json::string(id));
  std::string self = case_path(value.reference);
  // The archive fields of the ZGW Zaken API; nomination and date are set when the case closes.
  json::object archive{{"archiefstatus", dutch(value.archive.status)}};
  archive["archiefnominatie"] = value.archive.nomination ? json::value(dutch(*value.archive.nomination)) : nullptr;
  archive["archiefactiedatum"] =
      value.archive.action_date ? json::value(format_rfc3339(*value.archive.action_date).substr(0, 10)) : nullptr;
  return {{"referentie", value.reference.str()},
          {"titel", value.title},
          {"samenvatting", value.summary},
          {"inwoner", {{"referentie", value.resident.reference}, {"soort", dutch(value.resident.kind)}}},
          {"regelingen", std::move(regulations)},
          {"fase", dutch(value.phase)},
          {"eigenaar", value.owner_username},
          {"aangemaaktOp", format_rfc3339(value.created_at)},
          {"gewijzigdOp", format_rfc3339(value.updated_at)},
          {"mogelijkeFaseovergangen", next_phases(value.phase)},
          {"archief", std::move(archive)},
          {"_links",
           {{"self", {{"href", self}}},
            {"signalen", {{"href", self + "/signalen"}}},
            {"faseovergangen", {{"href", self + "/faseovergangen"}}},
            {"gebeurtenissen", {{"href", self + "/gebeurtenissen"}}}}}};
}

json::object signal_json(const SignalObservation& value, const catalog::Catalog& signals) {
  json::object out{{"id", value.id}};
  if (value.catalog_id) {
    out["signaal"] = *value.catalog_id;
    const catalog::Entry* entry = signals.find_entry(*value.catalog_id);
    out["omschrijving"] = entry ? entry->text.nl : *value.catalog_id;
    if (entry) out["categorie"] = entry->group;
  } else {
    out["eigenTekst"] = value.own_text.value_or("");
    out["omschrijving"] = value.own_text.value_or("");
  }
  out["bron"] = dutch(value.source);
  out["toelichting"] = value.note;
  out["vastgelegdDoor"] = value.recorded_by_username;
  out["waargenomenOp"] = format_rfc3339(value.observed_at);
  out["vastgelegdOp"] = format_rfc3339(value.recorded_at);
  return out;
}

Result<CaseReference> path_reference(const http::Request& request) {
  auto reference = CaseReference::parse(request.path_param("referentie"));
  if (!reference) {
    return fail(Error::not_found(
        "Er is geen casus met deze referentie; een referentie ziet eruit als 2026-000123."));
  }
  return *reference;
}

std::optional<std::int64_t> path_id(const http::Request& request, std::string_view name) {
  std::string_view text = request.path_param(name);
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

Error invalid_input(std::vector<FieldError> shape_errors, std::vector<FieldError> domain_errors) {
  for (auto& error : to_api_fields(std::move(domain_errors))) {
    bool already = std::any_of(shape_errors.begin(), shape_errors.end(), [&](const auto& shape) {
      return shape.name == error.name || error.name.starts_with(shape.name + "[") ||
             error.name.starts_with(shape.name + ".");
    });
    if (!already) shape_errors.push_back(std::move(error));
  }
  std::string detail = shape_errors.size() == 1
                           ? "Er is een probleem met het veld " + shape_errors.front().name + ": " +
                                 shape_errors.front().reason
                           : "Er zijn " + std::to_string(shape_errors.size()) +
                                 " problemen met de invoer; zie invalidParams.";
  return Error::invalid(std::move(detail), std::move(shape_errors));
}

}  // namespace helder::api

namespace helder::api {

http::Response problem_response(Error error, std::string_view instance) {
  error.fields = to_api_fields(std::move(error.fields));
  return http::problem(error, instance);
}

}  // namespace helder::api
