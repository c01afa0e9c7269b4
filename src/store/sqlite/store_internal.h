// Pieces shared by the files that implement SqliteStore: running a read on the thread's
// connection, the column lists of the case and signal queries, reading their rows, and the
// writes that both the single operations and the bulk import (sqlite_import.cc) make.
#pragma once

#include <spdlog/spdlog.h>

#include "store/event_json.h"
#include "store/sqlite/sqlite_store.h"

namespace helder::sqlite {

template <typename T, typename Query>
Result<T> SqliteStore::with_reader(Query&& query) {
  Connection* db = nullptr;
  try {
    db = &reader();
    Result<T> result = query(*db);
    db->release_statements();
    return result;
  } catch (const SqliteError& error) {
    if (db) db->release_statements();
    spdlog::error("store: read failed: {}", error.what());
    return fail(Error::internal("De gegevens konden niet worden gelezen."));
  }
}

// Columns 0..15 of every case query; see read_case().
inline constexpr std::string_view kCaseColumns =
    "c.id, c.reference, c.organisation_id, c.owner_id, u.username, c.resident_reference, "
    "c.resident_kind, c.title, c.summary, c.phase, c.created_at, c.updated_at, "
    "(SELECT group_concat(regulation_id, ',') FROM (SELECT regulation_id FROM case_regulations "
    "WHERE case_id = c.id ORDER BY case_id, position)), "
    "c.archive_nomination, c.archive_action_date, c.archive_status ";

// The processing_log rows of case ?1, through the index by block and case (migration 13):
// the CROSS JOIN makes SQLite walk the blocks and look the case up in each.
inline constexpr std::string_view kCaseProcessingRows =
    " processing_log_blocks b CROSS JOIN processing_log p ON (p.id >> 17) = b.block "
    "AND p.case_id = ?1 ";

// A destroyed case keeps only an empty row (the audit trail refers to it): to everything
// else it does not exist.
inline constexpr std::string_view kCaseExists = " c.archive_status != 'destroyed' ";

Case read_case(const Statement& row);

// "a,b,c" (as group_concat makes it) into its parts; empty text gives none.
std::vector<std::string> split_ids(const std::string& joined);

// Looks a case up by reference within the organisation, on any connection.
std::optional<Case> load_case(Connection& db, OrganisationId organisation,
                              const CaseReference& reference);

// Only the id of a case that exists, for work that adds to a case without reading it (a
// signal): one row and its index entry, without the owner and regulations of load_case.
std::optional<CaseId> find_case_id(Connection& db, OrganisationId organisation,
                                   const CaseReference& reference);

Error case_not_found(const CaseReference& reference);

// The id of the organisation's user with this name; invalid (field "owner") when none.
Result<UserId> resolve_owner(Connection& db, OrganisationId organisation,
                             const std::string& username);

// Inserts the case row only: no regulations, no audit event.
CaseId insert_case(Connection& db, OrganisationId organisation, const CaseReference& reference,
                   UserId owner, const Resident& resident, std::string_view title,
                   std::string_view summary, Phase phase, Timestamp created, Timestamp updated);

// Replaces the regulations of a case, keeping their order.
void store_case_regulations(Connection& db, CaseId case_id, const std::vector<std::string>& ids);

// The next reference number for an organisation and year, reserved in this transaction.
std::int64_t next_case_number(Connection& db, OrganisationId organisation, int year);

// The case, when it exists in the principal's organisation and is not closed (a conflict
// then: a closed case is reopened before anything in it changes).
Result<Case> open_case(Connection& db, const Principal& principal, const CaseReference& reference);

// Sets the case's updated_at: any change to the case or what belongs to it counts.
void touch_case(Connection& db, CaseId case_id, Timestamp now);

// Appends an event to the hash chain; `event.id`, hashes and the actor name are filled in.
void append_event(Connection& db, CaseEvent event);

std::optional<SignalObservation> load_signal(Connection& db, SignalId id);
std::vector<SignalObservation> read_signals(Connection& db, CaseId case_id);
std::vector<WeighedOption> read_weighing(Connection& db, CaseId case_id);
InvestigationRecord read_investigation(Connection& db, CaseId case_id);

// Sets the archive fields of a case that closes now, from its regulations' retention rules;
// clears them when a closed case is reopened (sqlite_retention.cc).
void set_archive_on_close(Connection& db, CaseId case_id, Timestamp now);
void clear_archive(Connection& db, CaseId case_id);

// The similarity and full-text index of one case (sqlite_similarity.cc): brought up to date
// with what is stored, or removed (a destroyed case).
void reindex_case(Connection& db, CaseId case_id);
// The same in two steps, so that the reading and analysing can happen on another
// connection and thread than the writing (case_index_follower.h).
struct CaseText {
  std::string title;
  std::string summary;
  std::string details;  // answers, own-text signals and signal notes, one per line
  bool operator==(const CaseText&) const = default;
};
struct CaseIndexEntry {
  CaseId id = 0;
  bool indexable = false;  // false: the case does not exist or was destroyed
  OrganisationId organisation = 0;
  CaseText text;
  std::vector<std::string> factor_keys;
};
CaseIndexEntry read_index_entry(Connection& db, CaseId case_id);  // on any connection
// On the writer. Removes the case from the index instead when it was destroyed meanwhile.
void apply_index_entry(Connection& db, const CaseIndexEntry& entry);
void unindex_case(Connection& db, CaseId case_id);
// The newest audit event's id (0 when none), and reindexing every case with a newer event.
std::int64_t last_event_id(Connection& db);
void reindex_cases_changed_since(Connection& db, std::int64_t event_id);
// The cases of the audit events after `event_id`, each once, in the order of their first
// event; at most `limit` events are read (-1: all). `last` becomes the id of the last event
// read (`event_id` when there were none).
std::vector<CaseId> cases_changed_since(Connection& db, std::int64_t event_id, std::int64_t limit,
                                        std::int64_t& last);
// The audit event through which every case's index is current (case_index_follower.h).
std::int64_t indexed_through(Connection& db);
void set_indexed_through(Connection& db, std::int64_t event_id);

// What the latest decision of a case gave, if it has one.
std::optional<DecisionOutcome> latest_outcome(Connection& db, CaseId case_id);
// A decision's outcome from four columns starting at `first`: decisions.service_type,
// options.kind, options.legal_basis, decisions.decided_at.
DecisionOutcome read_outcome(const Statement& row, int first);

// The consistency check recorded with a decision (sqlite_consistency.cc).
void insert_consistency(Connection& db, OrganisationId organisation, CaseId case_id,
                        DecisionId decision, const ConsistencyRecord& record);
std::optional<ConsistencyRecord> read_consistency(Connection& db, DecisionId decision);

SignalId insert_signal(Connection& db, CaseId case_id, UserId recorded_by, const NewSignal& input,
                       Timestamp now);

// One change each, made completely: the rows, the case's updated_at and the audit events
// (before/after state as event_json.h writes it), by `actor` at `now`. They check nothing
// about the case itself (that it exists, is open, is in the right phase): the callers do.
SignalObservation write_signal(Connection& db, const Principal& actor, CaseId case_id,
                               const NewSignal& input, Timestamp now, std::string note = {});
Option write_option(Connection& db, const Principal& actor, CaseId case_id, const NewOption& input,
                    Timestamp now);
Argument write_argument(Connection& db, const Principal& actor, CaseId case_id, OptionId option,
                        const NewArgument& input, Timestamp now);
InvestigationAnswer write_answer(Connection& db, const Principal& actor, CaseId case_id,
                                 const NewAnswer& input, Timestamp now);
// Records the resident's wishes, replacing earlier ones.
ResidentWishes write_wishes(Connection& db, const Principal& actor, CaseId case_id,
                            const ResidentWishes& input, Timestamp now);
// Replaces the case's ZRM scores.
void write_zrm(Connection& db, const Principal& actor, CaseId case_id,
               std::span<const ZrmScore> scores, Timestamp now);
// Freezes the weighing of `target` (as loaded now) into the snapshot, records the decision
// for input.option_id and moves the case to besluit. Invalid, with nothing written, when
// the option is not one of the case's or follow_up_by is not a user of the organisation.
Result<Decision> write_decision(Connection& db, const Principal& actor, const Case& target,
                                const NewDecision& input, Timestamp now);
// Moves `existing` (as loaded now) to `to`, setting or clearing the archive fields on
// closing or reopening; the move itself is the caller's to check (check_move).
Case write_phase_change(Connection& db, const Principal& actor, const Case& existing, Phase to,
                        std::string_view note, Timestamp now);
// A structural lesson also creates its structural signal.
Lesson write_lesson(Connection& db, const Principal& actor, CaseId case_id, const NewLesson& input,
                    Timestamp now);

}  // namespace helder::sqlite
