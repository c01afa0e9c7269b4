// SqliteStore: signal observations of a case.
#include "common/text.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

constexpr std::string_view kSignalQuery =
    "SELECT s.id, s.case_id, s.catalog_id, s.own_text, s.source, s.note, s.recorded_by, "
    "u.username, s.observed_at, s.recorded_at FROM signals s JOIN users u ON u.id = s.recorded_by ";

SignalObservation read_signal(const Statement& row) {
  SignalObservation signal;
  signal.id = row.int64(0);
  signal.case_id = row.int64(1);
  signal.catalog_id = row.optional_text(2);
  signal.own_text = row.optional_text(3);
  signal.source = signal_source_from_string(row.text(4)).value_or(SignalSource::caseworker);
  signal.note = row.text(5);
  signal.recorded_by = row.int64(6);
  signal.recorded_by_username = row.text(7);
  signal.observed_at = {row.int64(8)};
  signal.recorded_at = {row.int64(9)};
  return signal;
}

}  // namespace

std::optional<SignalObservation> load_signal(Connection& db, SignalId id) {
  auto& query = db.prepare(std::string(kSignalQuery) + "WHERE s.id = ?");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_signal(query);
}

std::vector<SignalObservation> read_signals(Connection& db, CaseId case_id) {
  auto& query = db.prepare(std::string(kSignalQuery) + "WHERE s.case_id = ? ORDER BY s.observed_at, s.id");
  query.bind(1, case_id);
  std::vector<SignalObservation> signals;
  while (query.step()) signals.push_back(read_signal(query));
  return signals;
}

SignalId insert_signal(Connection& db, CaseId case_id, UserId recorded_by, const NewSignal& input,
                       Timestamp now) {
  std::optional<std::string> own_text;
  if (input.own_text) own_text = std::string(trim(*input.own_text));
  db.prepare(
        "INSERT INTO signals (case_id, catalog_id, own_text, source, note, recorded_by, "
        "observed_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, case_id)
      .bind(2, input.catalog_id)
      .bind(3, own_text)
      .bind(4, to_string(input.source))
      .bind(5, input.note)
      .bind(6, recorded_by)
      .bind(7, input.observed_at.value_or(now).millis)
      .bind(8, now.millis)
      .run();
  return db.last_insert_id();
}

SignalObservation write_signal(Connection& db, const Principal& actor, CaseId case_id,
                               const NewSignal& input, Timestamp now, std::string note) {
  SignalId id = insert_signal(db, case_id, actor.user_id, input, now);
  touch_case(db, case_id, now);
  SignalObservation added = *load_signal(db, id);
  append_event(db, {.case_id = case_id,
                    .kind = EventKind::signal_added,
                    .actor_id = actor.user_id,
                    .occurred_at = now,
                    .note = std::move(note),
                    .after_state = signal_state_json(added)});
  return added;
}

void SqliteStore::warm_for_signal_write(OrganisationId organisation,
                                        const CaseReference& reference) {
  // max(id) of an index on (case_id, id) reads the one leaf where the next entry goes.
  static const std::string kSql =
      "SELECT (SELECT max(id) FROM signals WHERE case_id = c.id), "
      "(SELECT max(id) FROM case_events WHERE case_id = c.id) "
      "FROM cases c WHERE c.organisation_id = ? AND c.reference = ?";
  (void)with_reader<bool>([&](Connection& db) -> Result<bool> {
    auto& query = db.prepare(kSql);
    query.bind(1, organisation).bind(2, reference.str());
    bool found = query.step();
    query.reset();
    return found;
  });
}

Result<SignalObservation> SqliteStore::add_signal(const Principal& principal,
                                                  const CaseReference& reference,
                                                  const NewSignal& input, Timestamp now) {
  warm_for_signal_write(principal.organisation_id, reference);
  SignalObservation added;
  auto status = write([&](Connection& db) -> Status {
    auto target = find_case_id(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    added = write_signal(db, principal, *target, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Result<std::vector<SignalObservation>> SqliteStore::list_signals(OrganisationId organisation,
                                                                 const CaseReference& reference) {
  return with_reader<std::vector<SignalObservation>>(
      [&](Connection& db) -> Result<std::vector<SignalObservation>> {
        auto target = find_case_id(db, organisation, reference);
        if (!target) return fail(case_not_found(reference));
        return read_signals(db, *target);
      });
}

Status SqliteStore::remove_signal(const Principal& principal, const CaseReference& reference,
                                  SignalId signal, Timestamp now) {
  return write([&](Connection& db) -> Status {
    auto target = find_case_id(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    auto existing = load_signal(db, signal);
    if (!existing || existing->case_id != *target) {
      return fail(Error::not_found("Casus " + reference.str() + " heeft geen signaal " +
                                   std::to_string(signal) + "."));
    }
    db.prepare("DELETE FROM signals WHERE id = ?").bind(1, signal).run();
    touch_case(db, *target, now);
    append_event(db, {.case_id = *target,
                      .kind = EventKind::signal_removed,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .before_state = signal_state_json(*existing)});
    return {};
  });
}

}  // namespace helder::sqlite
