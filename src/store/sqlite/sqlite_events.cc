// SqliteStore: the append-only audit trail (events, the hash chain, states at a moment).
#include <algorithm>
#include <map>

#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

constexpr std::string_view kEventColumns =
    "e.id, e.case_id, e.kind, e.actor_id, u.username, e.occurred_at, e.note, e.before_state, "
    "e.after_state, e.previous_hash, e.hash, e.redacted_at FROM case_events e "
    "JOIN users u ON u.id = e.actor_id ";

CaseEvent read_event(const Statement& row) {
  CaseEvent event;
  event.id = row.int64(0);
  event.case_id = row.int64(1);
  event.kind = event_kind_from_string(row.text(2)).value_or(EventKind::case_updated);
  event.actor_id = row.int64(3);
  event.actor_username = row.text(4);
  event.occurred_at = {row.int64(5)};
  event.note = row.text(6);
  event.before_state = row.optional_text(7);
  event.after_state = row.optional_text(8);
  event.previous_hash = row.text(9);
  event.hash = row.text(10);
  if (!row.is_null(11)) event.redacted_at = Timestamp{row.int64(11)};
  return event;
}

}  // namespace

void append_event(Connection& db, CaseEvent event) {
  auto& last = db.prepare("SELECT id, hash FROM case_events ORDER BY id DESC LIMIT 1");
  if (last.step()) {
    event.id = last.int64(0) + 1;
    event.previous_hash = last.text(1);
  } else {
    event.id = 1;
    event.previous_hash = std::string(kGenesisHash);
  }
  event.hash = event_hash(event);
  db.prepare(
        "INSERT INTO case_events (id, case_id, kind, actor_id, occurred_at, note, before_state, "
        "after_state, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, event.id)
      .bind(2, event.case_id)
      .bind(3, to_string(event.kind))
      .bind(4, event.actor_id)
      .bind(5, event.occurred_at.millis)
      .bind(6, event.note)
      .bind(7, event.before_state)
      .bind(8, event.after_state)
      .bind(9, event.previous_hash)
      .bind(10, event.hash)
      .run();
}

Result<std::vector<CaseEvent>> SqliteStore::list_events(OrganisationId organisation,
                                                        const CaseReference& reference) {
  return with_reader<std::vector<CaseEvent>>([&](Connection& db) -> Result<std::vector<CaseEvent>> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    auto& query = db.prepare("SELECT " + std::string(kEventColumns) + "WHERE e.case_id = ? ORDER BY e.id");
    query.bind(1, target->id);
    std::vector<CaseEvent> events;
    while (query.step()) events.push_back(read_event(query));
    return events;
  });
}

Result<CaseState> SqliteStore::case_state_at(OrganisationId organisation,
                                             const CaseReference& reference, Timestamp moment) {
  auto events = list_events(organisation, reference);
  if (!events) return fail(events.error());
  std::optional<Case> value;
  std::map<SignalId, SignalObservation> signals;
  std::map<OptionId, WeighedOption> options;
  auto apply_argument = [&](const std::optional<std::string>& state, bool keep) {
    auto argument = argument_from_state_json(state.value_or(""));
    if (!argument) return;
    auto option = options.find(argument->option_id);
    if (option == options.end()) return;
    auto& arguments = option->second.arguments;
    std::erase_if(arguments, [&](const Argument& a) { return a.id == argument->id; });
    if (keep) arguments.push_back(*argument);
  };
  for (const auto& event : *events) {
    if (event.occurred_at > moment) break;
    switch (event.kind) {
      case EventKind::case_created:
      case EventKind::case_updated:
      case EventKind::phase_changed:
        if (event.after_state) value = case_from_state_json(*event.after_state);
        break;
      case EventKind::signal_added:
        if (auto signal = signal_from_state_json(event.after_state.value_or(""))) {
          signals[signal->id] = *signal;
        }
        break;
      case EventKind::signal_removed:
        if (auto signal = signal_from_state_json(event.before_state.value_or(""))) {
          signals.erase(signal->id);
        }
        break;
      case EventKind::option_added:
        if (auto option = option_from_state_json(event.after_state.value_or(""))) {
          options[option->id] = {*option, {}};
        }
        break;
      case EventKind::option_removed:
        if (auto option = option_from_state_json(event.before_state.value_or(""))) {
          options.erase(option->id);
        }
        break;
      case EventKind::argument_added:
      case EventKind::argument_changed:
        apply_argument(event.after_state, true);
        break;
      case EventKind::argument_removed:
        apply_argument(event.before_state, false);
        break;
      default:  // decisions, investigation and follow-up have their own records
        break;
    }
  }
  if (!value) {
    return fail(Error::not_found("Casus " + reference.str() + " bestond op dat moment nog niet."));
  }
  CaseState state{*value, {}, {}};
  for (auto& [id, signal] : signals) state.signals.push_back(std::move(signal));
  for (auto& [id, option] : options) {
    std::sort(option.arguments.begin(), option.arguments.end(),
              [](const Argument& a, const Argument& b) { return a.id < b.id; });
    state.weighing.push_back(std::move(option));
  }
  return state;
}

Result<AuditVerification> SqliteStore::verify_audit_chain() {
  return with_reader<AuditVerification>([](Connection& db) {
    AuditVerification result;
    auto& query = db.prepare("SELECT " + std::string(kEventColumns) + "ORDER BY e.id");
    std::string expected_previous(kGenesisHash);
    std::int64_t expected_id = 1;
    while (query.step()) {
      CaseEvent event = read_event(query);
      ++result.events_checked;
      std::string problem;
      if (event.id != expected_id) {
        problem = "gebeurtenis " + std::to_string(expected_id) + " ontbreekt";
      } else if (event.previous_hash != expected_previous) {
        problem = "de verwijzing naar de vorige gebeurtenis klopt niet";
      } else if (!event.redacted_at && event_hash(event) != event.hash) {
        // A redacted event (retention) has no content left to hash; its stored hash and
        // its link to the previous event are still checked.
        problem = "de inhoud is gewijzigd na het vastleggen";
      }
      if (!problem.empty()) {
        result.first_broken_event = event.id;
        result.problem = problem;
        auto& owner = db.prepare("SELECT reference FROM cases WHERE id = ?");
        owner.bind(1, event.case_id);
        if (owner.step()) result.case_reference = owner.text(0);
        break;
      }
      expected_previous = event.hash;
      ++expected_id;
    }
    return result;
  });
}

}  // namespace helder::sqlite
