// The stored form of a case's and a signal's state inside audit events: JSON with code
// names, readable back into domain objects (to show a case as it was at some moment).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/argument.h"
#include "domain/case.h"
#include "domain/decision.h"
#include "domain/investigation.h"
#include "domain/option.h"
#include "domain/signal.h"

namespace helder {

std::string case_state_json(const Case& value);
std::optional<Case> case_from_state_json(std::string_view text);

std::string signal_state_json(const SignalObservation& value);
std::optional<SignalObservation> signal_from_state_json(std::string_view text);

std::string option_state_json(const Option& value);
std::optional<Option> option_from_state_json(std::string_view text);

std::string argument_state_json(const Argument& value);
std::optional<Argument> argument_from_state_json(std::string_view text);

// What a decision froze: the case, its signals and the whole weighing at that moment.
struct DecisionSnapshot {
  Case value;
  std::vector<SignalObservation> signals;
  std::vector<WeighedOption> weighing;
  std::vector<InvestigationAnswer> answers;
  std::optional<ResidentWishes> wishes;
};
std::string snapshot_json(const DecisionSnapshot& snapshot);
std::optional<DecisionSnapshot> snapshot_from_json(std::string_view text);

std::string answer_state_json(const InvestigationAnswer& value);
std::optional<InvestigationAnswer> answer_from_state_json(std::string_view text);
std::string wishes_state_json(const ResidentWishes& value);
std::optional<ResidentWishes> wishes_from_state_json(std::string_view text);

// A decision with its snapshot, for the audit event.
std::string decision_state_json(const Decision& value);
std::optional<Decision> decision_from_state_json(std::string_view text);

}  // namespace helder
