#include "domain/investigation_order.h"

#include <chrono>
#include <cstdint>
#include <utility>

#include "common/text.h"
#include "domain/dutch_date.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<CrvbStep, 5> kStepNames{{{
    {CrvbStep::request, "request"},
    {CrvbStep::problems, "problems"},
    {CrvbStep::needs, "needs"},
    {CrvbStep::own_means, "own_means"},
    {CrvbStep::provision, "provision"},
}}};

constexpr EnumNames<CrvbStep, 5> kStepLabels{{{
    {CrvbStep::request, "Hulpvraag"},
    {CrvbStep::problems, "Problemen in zelfredzaamheid en participatie"},
    {CrvbStep::needs, "Benodigde hulp"},
    {CrvbStep::own_means, "Eigen kracht, netwerk en algemene voorzieningen"},
    {CrvbStep::provision, "Maatwerkvoorziening"},
}}};

constexpr EnumNames<OrderFindingKind, 4> kKindNames{{{
    {OrderFindingKind::missing, "missing"},
    {OrderFindingKind::empty, "empty"},
    {OrderFindingKind::not_completed, "not_completed"},
    {OrderFindingKind::out_of_order, "out_of_order"},
}}};

constexpr EnumNames<ZrmDomain, 13> kZrmNames{{{
    {ZrmDomain::finances, "finances"},
    {ZrmDomain::work_and_education, "work_and_education"},
    {ZrmDomain::time_use, "time_use"},
    {ZrmDomain::housing, "housing"},
    {ZrmDomain::domestic_relations, "domestic_relations"},
    {ZrmDomain::mental_health, "mental_health"},
    {ZrmDomain::physical_health, "physical_health"},
    {ZrmDomain::substance_use, "substance_use"},
    {ZrmDomain::basic_adl, "basic_adl"},
    {ZrmDomain::instrumental_adl, "instrumental_adl"},
    {ZrmDomain::social_network, "social_network"},
    {ZrmDomain::community_participation, "community_participation"},
    {ZrmDomain::justice, "justice"},
}}};

constexpr EnumNames<ZrmDomain, 13> kZrmLabels{{{
    {ZrmDomain::finances, "Financiën"},
    {ZrmDomain::work_and_education, "Werk & opleiding"},
    {ZrmDomain::time_use, "Tijdsbesteding"},
    {ZrmDomain::housing, "Huisvesting"},
    {ZrmDomain::domestic_relations, "Huiselijke relaties"},
    {ZrmDomain::mental_health, "Geestelijke gezondheid"},
    {ZrmDomain::physical_health, "Lichamelijke gezondheid"},
    {ZrmDomain::substance_use, "Middelengebruik"},
    {ZrmDomain::basic_adl, "Basale ADL"},
    {ZrmDomain::instrumental_adl, "Instrumentele ADL"},
    {ZrmDomain::social_network, "Sociaal netwerk"},
    {ZrmDomain::community_participation, "Maatschappelijke participatie"},
    {ZrmDomain::justice, "Justitie"},
}}};

constexpr std::array<std::string_view, 5> kZrmLevelLabels = {
    "Acute problematiek", "Niet zelfredzaam", "Beperkt zelfredzaam", "Voldoende zelfredzaam",
    "Volledig zelfredzaam"};

// A little slack for clocks that disagree by a few seconds.
constexpr std::int64_t kFutureToleranceMillis = 5 * 60 * 1000;

bool is_known(CrvbStep step) {
  return step_number(step) >= 1 && step_number(step) <= static_cast<int>(kAllCrvbSteps.size());
}

bool is_known(ZrmDomain domain) {
  auto index = static_cast<int>(domain);
  return index >= 0 && index < static_cast<int>(kAllZrmDomains.size());
}

// Days since the epoch of the UTC calendar day that `t` falls on.
std::int64_t utc_day(Timestamp t) {
  using namespace std::chrono;
  return floor<days>(sys_time<milliseconds>{milliseconds{t.millis}}).time_since_epoch().count();
}

// "stap 2 (problemen in zelfredzaamheid en participatie)"; the labels start with ASCII letters.
std::string step_reference(CrvbStep step) {
  std::string label(dutch_label(step));
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = char(label[0] - 'A' + 'a');
  return "stap " + std::to_string(step_number(step)) + " (" + label + ")";
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
  return text;
}

// "a", "a en b", "a, b en c".
std::string dutch_list(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t idx = 0; idx < items.size(); ++idx) {
    if (idx > 0) text += (idx + 1 == items.size()) ? " en " : ", ";
    text += items[idx];
  }
  return text;
}

// "stap 2 (...)" for one step, "de stappen 2 (...) en 4 (...)" for several.
std::string steps_phrase(const std::vector<CrvbStep>& steps) {
  if (steps.size() == 1) return step_reference(steps[0]);
  std::vector<std::string> items;
  for (CrvbStep step : steps) items.push_back(step_reference(step).substr(5));  // drop "stap "
  return "de stappen " + dutch_list(items);
}

std::string message_for(OrderFindingKind kind, CrvbStep step) {
  std::string subject = capitalised(step_reference(step));
  switch (kind) {
    case OrderFindingKind::missing:
      return subject + " ontbreekt in het onderzoek.";
    case OrderFindingKind::empty:
      return subject + " is vastgelegd zonder inhoud, zodat niet blijkt wat er is onderzocht.";
    case OrderFindingKind::not_completed:
      return subject + " is beschreven, maar heeft nog geen datum van afronding.";
    case OrderFindingKind::out_of_order:
      break;
  }
  return subject + ".";
}

std::string out_of_order_message(const InvestigationStep& later, const InvestigationStep& earlier) {
  return capitalised(step_reference(later.step)) + " is afgerond op " +
         dutch_date(*later.completed_on) + ", vóór " + step_reference(earlier.step) + " op " +
         dutch_date(*earlier.completed_on) + "; de volgorde van het onderzoek klopt niet.";
}

std::string summary_for(const std::vector<OrderFinding>& findings) {
  if (findings.empty()) {
    return "Alle vijf stappen van het onderzoek zijn vastgelegd en in de voorgeschreven "
           "volgorde afgerond.";
  }
  std::vector<CrvbStep> missing, empty, open;
  std::vector<std::pair<CrvbStep, std::vector<CrvbStep>>> too_early;  // later step, earlier ones
  for (const auto& finding : findings) {
    switch (finding.kind) {
      case OrderFindingKind::missing:
        missing.push_back(finding.step);
        break;
      case OrderFindingKind::empty:
        empty.push_back(finding.step);
        break;
      case OrderFindingKind::not_completed:
        open.push_back(finding.step);
        break;
      case OrderFindingKind::out_of_order:
        if (too_early.empty() || too_early.back().first != finding.step) {
          too_early.push_back({finding.step, {}});
        }
        too_early.back().second.push_back(*finding.earlier_step);
        break;
    }
  }
  if (missing.size() == kAllCrvbSteps.size()) {
    return "Van het voorgeschreven onderzoek is nog geen enkele stap vastgelegd.";
  }

  std::vector<std::string> parts;
  if (!missing.empty()) {
    parts.push_back(steps_phrase(missing) + (missing.size() == 1 ? " ontbreekt" : " ontbreken"));
  }
  if (!empty.empty()) {
    parts.push_back(steps_phrase(empty) + (empty.size() == 1 ? " heeft" : " hebben") +
                    " geen inhoud");
  }
  if (!open.empty()) {
    parts.push_back(steps_phrase(open) + (open.size() == 1 ? " is" : " zijn") +
                    " nog niet afgerond");
  }
  for (const auto& [later, earlier] : too_early) {
    parts.push_back(step_reference(later) + " is eerder afgerond dan " + steps_phrase(earlier));
  }

  bool incomplete = !missing.empty() || !empty.empty() || !open.empty();
  bool disordered = !too_early.empty();
  std::string lead = incomplete && disordered
                         ? "Het onderzoek is niet volledig en niet in de voorgeschreven volgorde "
                           "doorlopen: "
                     : incomplete ? "Het onderzoek is nog niet volledig: "
                                  : "Het onderzoek heeft de stappen niet in de voorgeschreven "
                                    "volgorde doorlopen: ";
  std::string text = lead;
  for (std::size_t idx = 0; idx < parts.size(); ++idx) {
    if (idx > 0) text += "; ";
    text += parts[idx];
  }
  return text + ".";
}

}  // namespace

std::string_view to_string(CrvbStep step) { return kStepNames.name(step); }
std::optional<CrvbStep> crvb_step_from_string(std::string_view name) {
  return kStepNames.parse(name);
}
std::string_view dutch_label(CrvbStep step) { return kStepLabels.name(step); }

std::string_view to_string(OrderFindingKind kind) { return kKindNames.name(kind); }

std::vector<FieldError> validate(const InvestigationStep& input, Timestamp now) {
  std::vector<FieldError> errors;
  if (auto problem = check_text(input.content, 0, kMaxStepContentChars, Lines::multi)) {
    errors.push_back({"content", "invalid", "De inhoud van de stap " + *problem + "."});
  }
  if (input.completed_on && input.completed_on->millis > now.millis + kFutureToleranceMillis) {
    errors.push_back({"completed_on", "future",
                      "Een stap kan niet op een moment in de toekomst zijn afgerond."});
  }
  return errors;
}

std::vector<FieldError> validate(std::span<const InvestigationStep> steps, Timestamp now) {
  std::vector<FieldError> errors;
  std::array<bool, kAllCrvbSteps.size()> seen{};
  for (std::size_t idx = 0; idx < steps.size(); ++idx) {
    const InvestigationStep& input = steps[idx];
    std::string prefix = "steps[" + std::to_string(idx) + "].";
    if (!is_known(input.step)) {
      errors.push_back(
          {prefix + "step", "unknown", "Onbekende stap; kies een van: " + kStepNames.list() + "."});
    } else if (seen[step_number(input.step) - 1]) {
      errors.push_back({prefix + "step", "duplicate",
                        capitalised(step_reference(input.step)) +
                            " komt meer dan eens voor; leg elke stap één keer vast."});
    } else {
      seen[step_number(input.step) - 1] = true;
    }
    for (FieldError& error : validate(input, now)) {
      error.name = prefix + error.name;
      errors.push_back(std::move(error));
    }
  }
  return errors;
}

OrderVerdict check_investigation_order(std::span<const InvestigationStep> steps) {
  std::array<const InvestigationStep*, kAllCrvbSteps.size()> latest{};
  for (const InvestigationStep& step : steps) {
    if (is_known(step.step)) latest[step_number(step.step) - 1] = &step;
  }

  OrderVerdict verdict;
  for (CrvbStep step : kAllCrvbSteps) {
    const InvestigationStep* recorded = latest[step_number(step) - 1];
    std::optional<OrderFindingKind> kind;
    if (recorded == nullptr) {
      kind = OrderFindingKind::missing;
    } else if (trim(recorded->content).empty()) {
      kind = OrderFindingKind::empty;
    } else if (!recorded->completed_on) {
      kind = OrderFindingKind::not_completed;
    }
    if (kind) {
      verdict.findings.push_back({*kind, step, std::nullopt, message_for(*kind, step)});
      continue;
    }
    // Completed: compare with every lower-numbered step that is completed as well.
    for (CrvbStep before : kAllCrvbSteps) {
      if (step_number(before) >= step_number(step)) break;
      const InvestigationStep* earlier = latest[step_number(before) - 1];
      if (earlier == nullptr || trim(earlier->content).empty() || !earlier->completed_on) continue;
      if (utc_day(*recorded->completed_on) < utc_day(*earlier->completed_on)) {
        verdict.findings.push_back({OrderFindingKind::out_of_order, step, before,
                                    out_of_order_message(*recorded, *earlier)});
      }
    }
  }
  verdict.complete_and_in_order = verdict.findings.empty();
  verdict.summary = summary_for(verdict.findings);
  return verdict;
}

std::string_view to_string(ZrmDomain domain) { return kZrmNames.name(domain); }
std::optional<ZrmDomain> zrm_domain_from_string(std::string_view name) {
  return kZrmNames.parse(name);
}
std::string_view dutch_label(ZrmDomain domain) { return kZrmLabels.name(domain); }

std::optional<std::string_view> zrm_level_label(int level) {
  if (level < kZrmMinLevel || level > kZrmMaxLevel) return std::nullopt;
  return kZrmLevelLabels[static_cast<std::size_t>(level - kZrmMinLevel)];
}

std::vector<FieldError> validate(std::span<const ZrmScore> scores) {
  std::vector<FieldError> errors;
  std::array<bool, kAllZrmDomains.size()> seen{};
  for (std::size_t idx = 0; idx < scores.size(); ++idx) {
    const ZrmScore& score = scores[idx];
    std::string prefix = "zrm[" + std::to_string(idx) + "].";
    if (!is_known(score.domain)) {
      errors.push_back({prefix + "domain", "unknown",
                        "Onbekend ZRM-domein; kies een van: " + kZrmNames.list() + "."});
    } else if (seen[static_cast<std::size_t>(score.domain)]) {
      errors.push_back({prefix + "domain", "duplicate",
                        "Het domein " + std::string(dutch_label(score.domain)) +
                            " heeft al een score; geef elk domein hoogstens één score."});
    } else {
      seen[static_cast<std::size_t>(score.domain)] = true;
    }
    if (!zrm_level_label(score.level)) {
      errors.push_back({prefix + "level", "range",
                        "Het niveau moet liggen tussen 1 (acute problematiek) en 5 (volledig "
                        "zelfredzaam); nu is het " +
                            std::to_string(score.level) + "."});
    }
  }
  return errors;
}

}  // namespace helder
