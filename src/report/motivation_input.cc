#include "report/motivation_input.h"

#include "report/dutch_labels.h"

#include "domain/dutch_date.h"
#include "domain/investigation_order.h"
#include "store/event_json.h"

namespace helder::report {
namespace {

std::string source_label(SignalSource source) {
  switch (source) {
    case SignalSource::resident: return "de inwoner";
    case SignalSource::caseworker: return "de uitvoerder";
    case SignalSource::colleague: return "een collega";
    case SignalSource::partner_organisation: return "een ketenpartner";
    case SignalSource::information_system: return "een informatiesysteem";
    case SignalSource::court_or_ombudsman: return "een rechter of ombudsman";
  }
  return "";
}

std::string brought_by_label(ArgumentSource source) {
  switch (source) {
    case ArgumentSource::caseworker: return "uitvoerder";
    case ArgumentSource::resident: return "inwoner";
    case ArgumentSource::colleague: return "collega";
    case ArgumentSource::contradiction: return "tegenspraak";
    case ArgumentSource::manager: return "manager";
    case ArgumentSource::legal_adviser: return "juridisch adviseur";
  }
  return "";
}

std::string theme_label(Theme theme, const catalog::Catalog& arguments) {
  static constexpr const char* kIds[] = {"welzijn", "bestuur", "uitvoering", "financien", "principes"};
  const catalog::Group* group = arguments.find_group(kIds[static_cast<int>(theme)]);
  return group ? group->label.nl : kIds[static_cast<int>(theme)];
}

MotivationOption option_input(const WeighedOption& entry, const Decision* decision,
                              const catalog::CatalogSet& catalogs) {
  const auto& arguments = catalogs.get(catalog::kArguments);
  MotivationOption option;
  option.title = entry.option.title;
  option.description = entry.option.description;
  option.kind_label = option_kind_label(entry.option.kind);
  option.chosen = decision && decision->option_id == entry.option.id;
  if (entry.option.deviation) {
    const Deviation& deviation = *entry.option.deviation;
    MotivationDeviation rule;
    rule.rule = deviation.regulation_id
                    ? regulation_name(*deviation.regulation_id, catalogs.get(catalog::kRegulations)) +
                          ", " + deviation.article
                    : deviation.article;
    rule.legal_basis_label = legal_basis_label(deviation.basis);
    rule.legal_basis_reference = deviation.basis_reference;
    rule.special_circumstances = deviation.special_circumstances;
    rule.disproportionality = deviation.disproportionality;
    option.deviation = std::move(rule);
  }
  for (const auto& argument : entry.arguments) {
    MotivationArgument item;
    item.theme_label = theme_label(argument.theme, arguments);
    item.pro = argument.side == Side::pro;
    if (argument.catalog_id) {
      const catalog::Entry* card = arguments.find_entry(*argument.catalog_id);
      item.text = card ? card->text.nl : *argument.catalog_id;
    } else {
      item.text = argument.own_text.value_or("");
    }
    item.explanation = argument.explanation;
    item.weight = argument.weight;
    item.brought_by_label = brought_by_label(argument.brought_by);
    option.arguments.push_back(std::move(item));
  }
  return option;
}

}  // namespace

MotivationInput motivation_input(const CaseRecord& record, const catalog::CatalogSet& catalogs) {
  std::vector<SignalObservation> signals = record.signals;
  std::vector<WeighedOption> weighing = record.weighing;
  std::vector<InvestigationAnswer> answers = record.answers;
  std::optional<ResidentWishes> wishes = record.wishes;
  const Decision* decision = record.decision ? &*record.decision : nullptr;
  if (decision) {
    if (auto snapshot = snapshot_from_json(decision->snapshot)) {
      signals = snapshot->signals;
      weighing = snapshot->weighing;
      answers = snapshot->answers;
      wishes = snapshot->wishes;
    }
  }
  MotivationInput input;
  input.organisation_name = record.organisation_name;
  input.case_reference = record.value.reference.str();
  input.case_title = record.value.title;
  input.facts = record.value.summary;
  const auto& regulations = catalogs.get(catalog::kRegulations);
  bool ordered = false;
  for (const auto& id : record.value.regulation_ids) {
    input.regulation_names.push_back(regulation_name(id, regulations));
    const catalog::Entry* entry = regulations.find_entry(id);
    ordered = ordered || (entry && entry->investigation_order.value_or(false));
  }
  const auto& signal_catalog = catalogs.get(catalog::kSignals);
  for (const auto& signal : signals) {
    const catalog::Entry* card = signal.catalog_id ? signal_catalog.find_entry(*signal.catalog_id) : nullptr;
    input.signals.push_back({card ? card->text.nl : signal.own_text.value_or(""),
                             source_label(signal.source), dutch_date(signal.observed_at)});
  }
  if (wishes) {
    input.resident = {wishes->short_term, wishes->long_term, wishes->own_contribution,
                      wishes->preferred_option};
  }
  for (const auto& answer : answers) {
    input.investigation.push_back({std::string(investigation_step_label(answer.step)), answer.text});
  }
  if (ordered) {
    OrderVerdict verdict = check_investigation_order(record.steps);
    input.order_check.applies = true;
    input.order_check.complete_and_in_order = verdict.complete_and_in_order;
    input.order_check.summary = verdict.summary;
    for (const auto& finding : verdict.findings) input.order_check.findings.push_back(finding.message);
  }
  for (const auto& entry : weighing) input.options.push_back(option_input(entry, decision, catalogs));
  if (decision) {
    std::string type_label;
    for (const auto& entry : catalogs.get(catalog::kServiceTypes).entries) {
      if (entry.code == to_string(decision->service_type) && entry.name) type_label = entry.name->nl;
    }
    input.decision = MotivationDecision{type_label,
                                        decision->decided_by_username,
                                        dutch_date(decision->decided_at),
                                        decision->motivation,
                                        decision->effect_check,
                                        dutch_date(decision->effect_check_on),
                                        decision->follow_up_by_username,
                                        dutch_date(decision->review_on)};
    if (decision->consistency && decision->consistency->check.enough_comparables) {
      const ConsistencyCheck& check = decision->consistency->check;
      MotivationConsistency consistency;
      consistency.compared = static_cast<int>(check.compared.size());
      consistency.same_route = check.same_as_chosen;
      consistency.departs = check.departs;
      if (check.most_common) {
        consistency.most_common_label = option_kind_label(check.most_common->option_kind);
        consistency.most_common_cases = check.most_common->cases;
      }
      for (const auto& other : check.compared) consistency.references.push_back(other.reference.str());
      consistency.reason = decision->consistency->reason.value_or("");
      input.decision->consistency = std::move(consistency);
    }
  }
  input.objection.contact = record.contact;
  return input;
}

}  // namespace helder::report
