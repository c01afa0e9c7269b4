// SqliteStore: archive fields when a case closes, and applying retention: removing a due
// case's content in one transaction, with a line in the retention log that keeps no content.
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

// The tables with a case's content, each with the condition that selects its rows (and
// processing_log, whose rows are found through kCaseProcessingRows).
constexpr std::pair<std::string_view, std::string_view> kContentTables[] = {
    {"consistency_pairs", "case_id = ?1 OR other_case_id = ?1"},
    {"consistency_checks", "case_id = ?"},
    {"structural_signals", "case_id = ?"},
    {"lessons", "case_id = ?"},
    {"evaluations", "case_id = ?"},
    {"motivation_versions", "case_id = ?"},
    {"decisions", "case_id = ?"},
    {"arguments", "option_id IN (SELECT id FROM options WHERE case_id = ?)"},
    {"options", "case_id = ?"},
    {"investigation_answers", "case_id = ?"},
    {"resident_wishes", "case_id = ?"},
    {"investigation_steps", "case_id = ?"},
    {"zrm_scores", "case_id = ?"},
    {"signals", "case_id = ?"},
    {"case_assignments", "case_id = ?"},
    {"case_regulations", "case_id = ?"},
};

void keep_anonymous_outcome(Connection& db, CaseId id) {
  db.prepare(
        "INSERT INTO anonymous_outcomes (organisation_id, regulation_ids, signal_ids, service_type, "
        "option_kind, legal_basis, opened_year, closed_year) "
        "SELECT c.organisation_id, "
        "  coalesce((SELECT group_concat(regulation_id, ',') FROM case_regulations WHERE case_id = c.id), ''), "
        "  coalesce((SELECT group_concat(catalog_id, ',') FROM signals WHERE case_id = c.id "
        "            AND catalog_id IS NOT NULL), ''), "
        "  d.service_type, o.kind, o.legal_basis, "
        "  CAST(strftime('%Y', c.created_at / 1000, 'unixepoch') AS INTEGER), "
        "  CAST(strftime('%Y', c.updated_at / 1000, 'unixepoch') AS INTEGER) "
        "FROM cases c "
        "LEFT JOIN decisions d ON d.id = (SELECT max(id) FROM decisions WHERE case_id = c.id) "
        "LEFT JOIN options o ON o.id = d.option_id "
        "WHERE c.id = ?")
      .bind(1, id)
      .run();
}

}  // namespace

void set_archive_on_close(Connection& db, CaseId case_id, Timestamp now) {
  auto& query = db.prepare(
      "SELECT r.retention_years, r.archive_nomination FROM case_regulations cr "
      "JOIN regulations r ON r.id = cr.regulation_id WHERE cr.case_id = ?");
  query.bind(1, case_id);
  std::vector<RetentionRule> rules;
  while (query.step()) {
    rules.push_back({static_cast<int>(query.int64(0)),
                     archive_nomination_from_string(query.text(1)).value_or(ArchiveNomination::destroy)});
  }
  ArchiveFields fields = archive_on_close(rules, now);
  db.prepare("UPDATE cases SET archive_nomination = ?, archive_action_date = ?, archive_status = ? WHERE id = ?")
      .bind(1, to_string(*fields.nomination))
      .bind(2, fields.action_date->millis)
      .bind(3, to_string(fields.status))
      .bind(4, case_id)
      .run();
}

void clear_archive(Connection& db, CaseId case_id) {
  db.prepare("UPDATE cases SET archive_nomination = NULL, archive_action_date = NULL, "
             "archive_status = 'pending' WHERE id = ?")
      .bind(1, case_id)
      .run();
}

Result<std::vector<RetentionDue>> SqliteStore::due_for_retention(Timestamp now) {
  return with_reader<std::vector<RetentionDue>>([&](Connection& db) {
    auto& query = db.prepare(
        "SELECT id, organisation_id, reference, archive_nomination, archive_action_date FROM cases "
        "WHERE archive_action_date IS NOT NULL AND archive_status = 'pending' "
        "AND archive_action_date <= ? AND archive_nomination = 'destroy' AND phase = 'closed' "
        "ORDER BY archive_action_date, id");
    query.bind(1, now.millis);
    std::vector<RetentionDue> due;
    while (query.step()) {
      RetentionDue item{query.int64(0), query.int64(1),
                        CaseReference::parse(query.text(2)).value_or(CaseReference{}), {}};
      item.archive.nomination = archive_nomination_from_string(query.text(3));
      item.archive.action_date = Timestamp{query.int64(4)};
      due.push_back(std::move(item));
    }
    return due;
  });
}

Result<RetentionOutcome> SqliteStore::apply_retention(CaseId id, RetentionAction action, Timestamp now) {
  // The case's processing records still in the journal go into the table first, so that
  // they are deleted with the rest (records that arrive later are not stored at all).
  if (processing_log_) {
    if (auto caught_up = processing_log_->catch_up(); !caught_up) return fail(caught_up.error());
  }
  RetentionOutcome outcome;
  auto status = write_indexed([&](Connection& db) -> Status {
    auto& check = db.prepare(
        "SELECT organisation_id, reference, archive_action_date FROM cases WHERE id = ? "
        "AND archive_status = 'pending' AND archive_nomination = 'destroy' AND phase = 'closed' "
        "AND archive_action_date <= ?");
    check.bind(1, id).bind(2, now.millis);
    if (!check.step()) {
      return fail(Error::conflict("Deze casus is niet (meer) aan de beurt voor vernietiging."));
    }
    OrganisationId organisation = check.int64(0);
    std::string reference = check.text(1);
    std::int64_t action_date = check.int64(2);
    check.reset();
    if (action == RetentionAction::anonymise) keep_anonymous_outcome(db, id);
    for (const auto& [table, condition] : kContentTables) {
      db.prepare("DELETE FROM " + std::string(table) + " WHERE " + std::string(condition)).bind(1, id).run();
      outcome.rows_removed += db.changes();
    }
    db.prepare("DELETE FROM processing_log WHERE id IN (SELECT p.id FROM" +
               std::string(kCaseProcessingRows) + ")")
        .bind(1, id)
        .run();
    outcome.rows_removed += db.changes();
    db.prepare("UPDATE case_events SET note = '', before_state = NULL, after_state = NULL, "
               "redacted_at = ? WHERE case_id = ? AND redacted_at IS NULL")
        .bind(1, now.millis)
        .bind(2, id)
        .run();
    outcome.events_redacted = db.changes();
    unindex_case(db, id);
    db.prepare("UPDATE cases SET resident_reference = '', title = '', summary = '', bsn_sealed = NULL, "
               "bsn_lookup = NULL, archive_status = 'destroyed', updated_at = ? WHERE id = ?")
        .bind(1, now.millis)
        .bind(2, id)
        .run();
    db.prepare("INSERT INTO retention_log (organisation_id, case_reference, action, archive_action_date, "
               "performed_at, rows_removed, events_redacted) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, organisation)
        .bind(2, reference)
        .bind(3, action == RetentionAction::anonymise ? "anonymised" : "destroyed")
        .bind(4, action_date)
        .bind(5, now.millis)
        .bind(6, outcome.rows_removed)
        .bind(7, outcome.events_redacted)
        .run();
    return {};
  });
  if (!status) return fail(status.error());
  return outcome;
}

}  // namespace helder::sqlite
