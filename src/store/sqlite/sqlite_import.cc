// SqliteStore: the bulk import of cases (demo seeder, generator); a batch is one unit of
// work, so one transaction.
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {

Status SqliteStore::import_cases(OrganisationId organisation, std::span<const ImportedCase> cases) {
  return write([&](Connection& db) -> Status {
    for (const auto& input : cases) {
      auto owner = resolve_owner(db, organisation, input.owner_username);
      if (!owner) return fail(owner.error());
      CaseReference reference{utc_year(input.opened_at), 0};
      reference.number = next_case_number(db, organisation, reference.year);
      CaseId id = insert_case(db, organisation, reference, *owner, input.resident, input.title,
                              input.summary, input.phase, input.opened_at, input.updated_at);
      store_case_regulations(db, id, input.regulation_ids);
      if (input.phase == Phase::closed) set_archive_on_close(db, id, input.updated_at);
      append_event(db, {.case_id = id,
                        .kind = EventKind::case_created,
                        .actor_id = *owner,
                        .occurred_at = input.opened_at,
                        .note = "geïmporteerd",
                        .after_state = case_state_json(*load_case(db, organisation, reference))});
      for (const auto& signal : input.signals) {
        Timestamp at = signal.observed_at.value_or(input.opened_at);
        SignalId signal_id = insert_signal(db, id, *owner, signal, at);
        append_event(db, {.case_id = id,
                          .kind = EventKind::signal_added,
                          .actor_id = *owner,
                          .occurred_at = at,
                          .note = "geïmporteerd",
                          .after_state = signal_state_json(*load_signal(db, signal_id))});
      }
    }
    return {};
  });
}

}  // namespace helder::sqlite
