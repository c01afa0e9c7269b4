#include "api/weighing_json.h"

#include "api/case_json.h"
#include "api/names.h"

namespace helder::api {

namespace json = boost::json;

namespace {

std::string option_path(const CaseReference& reference, OptionId id) {
  return case_path(reference) + "/opties/" + std::to_string(id);
}

constexpr Theme kThemes[] = {Theme::wellbeing, Theme::governance, Theme::execution, Theme::finance,
                             Theme::principles};

}  // namespace

json::object option_json(const Option& value, const CaseReference& reference) {
  json::object out{{"id", value.id},
                   {"titel", value.title},
                   {"omschrijving", value.description},
                   {"soort", dutch(value.kind)},
                   {"vastgelegdDoor", value.created_by_username},
                   {"vastgelegdOp", format_rfc3339(value.created_at)}};
  if (value.deviation) {
    const Deviation& deviation = *value.deviation;
    json::object rule{{"artikel", deviation.article},
                      {"grondslag", dutch(deviation.basis)},
                      {"grondslagVerwijzing", deviation.basis_reference},
                      {"bijzondereOmstandigheden", deviation.special_circumstances},
                      {"onevenredigheid", deviation.disproportionality}};
    rule["regeling"] = deviation.regulation_id ? json::value(*deviation.regulation_id) : nullptr;
    out["afwijking"] = std::move(rule);
  }
  std::string self = option_path(reference, value.id);
  out["_links"] = {{"self", {{"href", self}}}, {"argumenten", {{"href", self + "/argumenten"}}}};
  return out;
}

json::object argument_json(const Argument& value, const CaseReference& reference,
                           const catalog::Catalog& arguments) {
  json::object out{{"id", value.id}, {"optie", value.option_id}, {"kant", dutch(value.side)},
                   {"thema", dutch(value.theme)}};
  if (value.catalog_id) {
    out["argument"] = *value.catalog_id;
    const catalog::Entry* entry = arguments.find_entry(*value.catalog_id);
    out["omschrijving"] = entry ? entry->text.nl : *value.catalog_id;
  } else {
    out["eigenTekst"] = value.own_text.value_or("");
    out["omschrijving"] = value.own_text.value_or("");
  }
  out["toelichting"] = value.explanation;
  out["ingebrachtDoor"] = dutch(value.brought_by);
  out["gewicht"] = value.weight ? json::value(*value.weight) : nullptr;
  out["gewogenDoor"] = value.weighed_by_username ? json::value(*value.weighed_by_username) : nullptr;
  out["vastgelegdDoor"] = value.created_by_username;
  out["vastgelegdOp"] = format_rfc3339(value.created_at);
  out["_links"] = {{"self", {{"href", option_path(reference, value.option_id) + "/argumenten/" +
                                          std::to_string(value.id)}}}};
  return out;
}

json::object weighing_json(const std::vector<WeighedOption>& weighing,
                           const CaseReference& reference, const catalog::Catalog& arguments) {
  json::array options;
  for (const auto& entry : weighing) {
    json::object themes;
    for (Theme theme : kThemes) {
      json::array pro;
      json::array con;
      for (const auto& argument : entry.arguments) {
        if (argument.theme != theme) continue;
        (argument.side == Side::pro ? pro : con).push_back(argument_json(argument, reference, arguments));
      }
      themes[dutch(theme)] = json::object{{"voor", std::move(pro)}, {"tegen", std::move(con)}};
    }
    json::object option = option_json(entry.option, reference);
    option["aantalArgumenten"] = entry.arguments.size();
    option["argumentenPerThema"] = std::move(themes);
    options.push_back(std::move(option));
  }
  return {{"opties", std::move(options)},
          {"_links", {{"self", {{"href", case_path(reference) + "/afweging"}}},
                      {"casus", {{"href", case_path(reference)}}}}}};
}

}  // namespace helder::api
