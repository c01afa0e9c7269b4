// The audit trail of a case: every change is an event (who, when, what, the state before
// and after), appended and never changed. Events form one hash chain, so an altered or
// removed event is detected by verify_audit_chain().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/time.h"
#include "domain/case.h"

namespace helder {

enum class EventKind {
  case_created,
  case_updated,
  phase_changed,
  signal_added,
  signal_removed,
  option_added,
  option_removed,
  argument_added,
  argument_changed,
  argument_removed,
  decision_recorded,
  investigation_changed,
  follow_up_recorded,
  motivation_edited,
  assignment_changed,
};

std::string_view to_string(EventKind kind);
std::optional<EventKind> event_kind_from_string(std::string_view name);

// States are stored as JSON in code names (see store/event_json.h), so that the history can
// be read back into domain objects whatever the API looks like later.
struct CaseEvent {
  std::int64_t id = 0;
  CaseId case_id = 0;
  EventKind kind = EventKind::case_updated;
  UserId actor_id = 0;
  std::string actor_username;
  Timestamp occurred_at;
  std::string note;
  std::optional<std::string> before_state;
  std::optional<std::string> after_state;
  std::string previous_hash;
  std::string hash;
  std::optional<Timestamp> redacted_at;  // set when retention blanked the content
};

// The hash of an event: BLAKE2b-256 over the previous hash and every stored field, hex.
std::string event_hash(const CaseEvent& event);

// The previous_hash of the very first event.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditVerification {
  std::int64_t events_checked = 0;
  std::optional<std::int64_t> first_broken_event;  // id of the first event that fails
  std::string case_reference;                      // the case that event belongs to
  std::string problem;                             // what is wrong with it, in Dutch

  bool ok() const { return !first_broken_event; }
};

}  // namespace helder
