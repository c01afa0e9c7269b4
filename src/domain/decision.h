// The decision on a case: the chosen option, the kind of service that resulted, the
// reasoning, and how and when its effect will be checked. Recording one freezes the whole
// weighing as it was at that moment (the snapshot), which later edits cannot change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/consistency.h"
#include "domain/option.h"
#include "domain/service_type.h"

namespace helder {

using DecisionId = std::int64_t;


struct Decision {
  DecisionId id = 0;
  CaseId case_id = 0;
  OptionId option_id = 0;
  ServiceType service_type = ServiceType::standard;
  UserId decided_by = 0;
  std::string decided_by_username;
  Timestamp decided_at;
  std::string motivation;    // the decider's own reasoning
  std::string effect_check;  // how the effect will be checked
  Timestamp effect_check_on;
  std::string follow_up_by_username;
  Timestamp review_on;
  std::string snapshot;  // the weighing at the moment of decision (store/event_json.h form)
  // The comparison with similar decided cases made when it was recorded (none for decisions
  // from before helder compared them).
  std::optional<ConsistencyRecord> consistency;
};

struct NewDecision {
  OptionId option_id = 0;
  std::optional<ServiceType> service_type;  // must match the option's kind when given
  std::string motivation;
  std::string effect_check;
  std::optional<Timestamp> effect_check_on;
  std::string follow_up_by;
  std::optional<Timestamp> review_on;
  // Why this case differs from the similar cases that got another route (optional).
  std::optional<std::string> difference_reason;
  // Filled in by the caller before recording: the comparison with similar decided cases.
  std::optional<ConsistencyCheck> consistency;
};

// Every problem at once. `chosen` is the option the decision names (nullptr: unknown).
std::vector<FieldError> validate(const NewDecision& input, const Option* chosen, Timestamp now);

}  // namespace helder
