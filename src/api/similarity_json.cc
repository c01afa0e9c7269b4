#include "api/similarity_json.h"

#include <cmath>

#include "api/case_json.h"
#include "api/names.h"
#include "domain/enum_names.h"
#include "domain/investigation_order.h"
#include "report/dutch_labels.h"

namespace helder::api {
namespace {

namespace json = boost::json;

constexpr EnumNames<FactorKind, 9> kFactorKinds{{{
    {FactorKind::regulation, "regeling"},
    {FactorKind::signal, "signaal"},
    {FactorKind::signal_category, "signaalcategorie"},
    {FactorKind::zrm_level, "zrm"},
    {FactorKind::zrm_range, "zrm-bereik"},
    {FactorKind::deviated_rule, "afwijkingsregel"},
    {FactorKind::legal_basis, "grondslag"},
    {FactorKind::argument, "argument"},
    {FactorKind::word, "woord"},
}}};

std::string entry_text(const catalog::CatalogSet& catalogs, std::string_view catalog_id,
                       const std::string& id) {
  const catalog::Entry* entry = catalogs.get(catalog_id).find_entry(id);
  return entry ? entry->text.nl : id;
}

std::string zrm_domain_label(std::string_view domain) {
  auto parsed = zrm_domain_from_string(domain);
  return parsed ? std::string(dutch_label(*parsed)) : std::string(domain);
}

// "Financiën: niveau 2 (niet zelfredzaam)" and "Financiën: niveau 2 of 3".
std::string zrm_label(const std::string& code, bool range) {
  auto colon = code.find(':');
  if (colon == std::string::npos) return code;
  std::string domain = zrm_domain_label(code.substr(0, colon));
  std::string level = code.substr(colon + 1);
  if (range) {
    auto dash = level.find('-');
    if (dash != std::string::npos) level = level.substr(0, dash) + " of " + level.substr(dash + 1);
    return domain + ": niveau " + level;
  }
  auto label = zrm_level_label(level.empty() ? 0 : level[0] - '0');
  return domain + ": niveau " + level + (label ? " (" + std::string(*label) + ")" : "");
}

std::string factor_label(const Factor& factor, const catalog::CatalogSet& catalogs) {
  switch (factor.kind) {
    case FactorKind::regulation:
      return report::regulation_name(factor.code, catalogs.get(catalog::kRegulations));
    case FactorKind::signal: return entry_text(catalogs, catalog::kSignals, factor.code);
    case FactorKind::signal_category: {
      const catalog::Group* group = catalogs.get(catalog::kSignals).find_group(factor.code);
      return group ? group->label.nl : factor.code;
    }
    case FactorKind::zrm_level: return zrm_label(factor.code, false);
    case FactorKind::zrm_range: return zrm_label(factor.code, true);
    case FactorKind::deviated_rule: {
      auto bar = factor.code.find('|');
      if (bar == std::string::npos) return factor.code;
      std::string regulation = factor.code.substr(0, bar);
      std::string article = factor.code.substr(bar + 1);
      if (regulation == "-") return article;
      return report::regulation_name(regulation, catalogs.get(catalog::kRegulations)) + ", " + article;
    }
    case FactorKind::legal_basis: {
      auto basis = legal_basis_from_string(factor.code);
      return basis ? report::legal_basis_label(*basis) : factor.code;
    }
    case FactorKind::argument: return entry_text(catalogs, catalog::kArguments, factor.code);
    case FactorKind::word: return factor.code;
  }
  return factor.code;
}

std::string date_only(Timestamp at) { return format_rfc3339(at).substr(0, 10); }

}  // namespace

std::string_view dutch(FactorKind kind) { return kFactorKinds.name(kind); }

json::object factor_json(const WeighedFactor& factor, const catalog::CatalogSet& catalogs) {
  return {{"soort", dutch(factor.factor.kind)},
          {"code", factor.factor.code},
          {"omschrijving", factor_label(factor.factor, catalogs)},
          {"gewicht", std::round(factor.weight * 100) / 100}};
}

json::object outcome_json(const DecisionOutcome& outcome) {
  json::object object{{"dienstverleningstype", dutch(outcome.service_type)},
                      {"optiesoort", dutch(outcome.option_kind)},
                      {"grondslag", nullptr},
                      {"besluitdatum", date_only(outcome.decided_at)}};
  if (outcome.legal_basis) object["grondslag"] = dutch(*outcome.legal_basis);
  return object;
}

json::value route_json(const std::optional<RouteCount>& route) {
  if (!route) return nullptr;
  return json::object{{"dienstverleningstype", dutch(route->service_type)},
                      {"optiesoort", dutch(route->option_kind)},
                      {"aantal", route->cases}};
}

json::object compared_case_json(const ComparedCase& compared, const CaseSketch* sketch,
                                bool readable) {
  json::object object{{"referentie", compared.reference.str()},
                      {"score", std::round(compared.score * 1000) / 1000},
                      {"leesbaar", readable},
                      {"uitkomst", outcome_json(compared.outcome)}};
  if (readable && sketch) {
    object["titel"] = sketch->title;
    object["_links"] = {{"casus", {{"href", case_path(compared.reference)}}}};
  }
  return object;
}

std::string consistency_explanation(const ConsistencyCheck& check) {
  std::size_t total = check.compared.size();
  if (!check.enough_comparables) {
    return "Er zijn te weinig vergelijkbare besloten casussen om mee te vergelijken (" +
           std::to_string(total) + ", minstens " + std::to_string(kMinComparables) + " nodig).";
  }
  std::string chosen = report::option_kind_label(check.chosen.option_kind);
  if (check.departs) {
    return std::to_string(check.most_common->cases) + " van de " + std::to_string(total) +
           " meest vergelijkbare besloten casussen kregen " +
           report::option_kind_label(check.most_common->option_kind) + "; deze keuze (" + chosen +
           ") wijkt daarvan af. Leg uit waarin deze casus verschilt.";
  }
  return std::to_string(check.same_as_chosen) + " van de " + std::to_string(total) +
         " meest vergelijkbare besloten casussen kregen ook " + chosen + ".";
}

json::object consistency_json(const ConsistencyRecord& record) {
  json::array references;
  for (const auto& other : record.check.compared) references.push_back(json::value(other.reference.str()));
  return {{"wijktAf", record.check.departs},
          {"vergelijkbareCasussen", std::move(references)},
          {"meestVoorkomend", route_json(record.check.most_common)},
          {"toelichting", consistency_explanation(record.check)},
          {"reden", record.reason ? json::value(*record.reason) : json::value(nullptr)},
          {"redenOntbreekt", record.reason_missing()}};
}

}  // namespace helder::api
