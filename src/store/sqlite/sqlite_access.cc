// SqliteStore: what the access rules need of a case, assignments of colleagues to a case,
// the sealed BSN, and the processing log.
#include <boost/json.hpp>

#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

std::optional<UserId> colleague_id(Connection& db, OrganisationId organisation,
                                   std::string_view username) {
  auto& query = db.prepare("SELECT id FROM users WHERE organisation_id = ? AND username = ?");
  query.bind(1, organisation).bind(2, username);
  if (!query.step()) return std::nullopt;
  return query.int64(0);
}

Status change_assignment(Connection& db, const Principal& principal,
                         const CaseReference& reference, std::string_view username, bool assign,
                         Timestamp now) {
  auto target = open_case(db, principal, reference);
  if (!target) return fail(target.error());
  auto user = colleague_id(db, principal.organisation_id, username);
  if (!user) {
    return fail(Error::invalid("Er is geen collega '" + std::string(username) + "' in uw organisatie.",
                               {{"gebruikersnaam", "unknown", "Geen collega in uw organisatie."}}));
  }
  if (assign) {
    db.prepare("INSERT INTO case_assignments (case_id, user_id, assigned_by, assigned_at) "
               "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .bind(1, target->id)
        .bind(2, *user)
        .bind(3, principal.user_id)
        .bind(4, now.millis)
        .run();
  } else {
    db.prepare("DELETE FROM case_assignments WHERE case_id = ? AND user_id = ?")
        .bind(1, target->id)
        .bind(2, *user)
        .run();
  }
  if (db.changes() == 0) return {};  // nothing changed, nothing to record
  boost::json::object state{{"username", username}, {"assigned", assign}};
  append_event(db, {.case_id = target->id,
                    .kind = EventKind::assignment_changed,
                    .actor_id = principal.user_id,
                    .occurred_at = now,
                    .after_state = boost::json::serialize(state)});
  return {};
}

}  // namespace

Result<CaseAccessRecord> SqliteStore::case_access_record(const Principal& principal,
                                                         const CaseReference& reference) {
  return with_reader<CaseAccessRecord>([&](Connection& db) -> Result<CaseAccessRecord> {
    auto& query = db.prepare(
        "SELECT c.id, c.owner_id, c.team, c.resident_reference, "
        "EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = ?) "
        "FROM cases c WHERE c.organisation_id = ? AND c.reference = ? AND" + std::string(kCaseExists));
    query.bind(1, principal.user_id).bind(2, principal.organisation_id).bind(3, reference.str());
    if (!query.step()) return fail(case_not_found(reference));
    CaseAccessRecord record;
    record.id = query.int64(0);
    record.facts = {principal.organisation_id, query.int64(1), query.text(2), query.int64(4) != 0};
    record.resident_reference = query.text(3);
    return record;
  });
}

Status SqliteStore::assign_user(const Principal& principal, const CaseReference& reference,
                                std::string_view username, Timestamp now) {
  return write([&](Connection& db) { return change_assignment(db, principal, reference, username, true, now); });
}

Status SqliteStore::unassign_user(const Principal& principal, const CaseReference& reference,
                                  std::string_view username, Timestamp now) {
  return write([&](Connection& db) { return change_assignment(db, principal, reference, username, false, now); });
}

Result<std::vector<User>> SqliteStore::list_assigned_users(OrganisationId organisation,
                                                           const CaseReference& reference) {
  return with_reader<std::vector<User>>([&](Connection& db) -> Result<std::vector<User>> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    auto& query = db.prepare(
        "SELECT u.id, u.organisation_id, u.username, u.display_name FROM case_assignments a "
        "JOIN users u ON u.id = a.user_id WHERE a.case_id = ? ORDER BY u.username");
    query.bind(1, target->id);
    std::vector<User> users;
    while (query.step()) users.push_back({query.int64(0), query.int64(1), query.text(2), query.text(3)});
    return users;
  });
}

Result<std::optional<std::string>> SqliteStore::sealed_bsn(OrganisationId organisation,
                                                           const CaseReference& reference) {
  using Sealed = std::optional<std::string>;
  return with_reader<Sealed>([&](Connection& db) -> Result<Sealed> {
    auto& query = db.prepare("SELECT c.bsn_sealed FROM cases c WHERE c.organisation_id = ? AND c.reference = ? AND" +
                             std::string(kCaseExists));
    query.bind(1, organisation).bind(2, reference.str());
    if (!query.step()) return fail(case_not_found(reference));
    return query.optional_text(0);
  });
}

Result<std::vector<CaseReference>> SqliteStore::find_cases_by_bsn(OrganisationId organisation,
                                                                  std::string_view lookup_hash) {
  return with_reader<std::vector<CaseReference>>([&](Connection& db) {
    auto& query = db.prepare(
        "SELECT c.reference FROM cases c WHERE c.organisation_id = ? AND c.bsn_lookup = ? AND" +
        std::string(kCaseExists) + "ORDER BY c.id");
    query.bind(1, organisation).bind(2, lookup_hash);
    std::vector<CaseReference> references;
    while (query.step()) {
      if (auto parsed = CaseReference::parse(query.text(0))) references.push_back(*parsed);
    }
    return references;
  });
}

void SqliteStore::append_processing(std::span<const ProcessingRecord> records,
                                    std::function<void(Status)> done) {
  if (!processing_log_) {
    return done(fail(Error{ErrorCode::unavailable,
                           "Het logboek is in gebruik door een ander helder-proces.", {}}));
  }
  processing_log_->append(records, std::move(done));
}

Result<std::vector<ProcessingRecord>> SqliteStore::list_processing(OrganisationId organisation,
                                                                   std::int64_t case_id) {
  if (processing_log_) {
    if (auto caught_up = processing_log_->catch_up(); !caught_up) return fail(caught_up.error());
  }
  static const std::string kQuery =
      "SELECT p.trace_id, p.span_id, p.operation, p.activity_id, p.started_at, p.ended_at, "
      "p.succeeded, p.organisation_id, p.user_id, p.case_id, p.subject_sealed, "
      "p.subject_lookup FROM" + std::string(kCaseProcessingRows) +
      "WHERE p.organisation_id = ?2 ORDER BY p.id";
  return with_reader<std::vector<ProcessingRecord>>([&](Connection& db) {
    auto& query = db.prepare(kQuery);
    query.bind(1, case_id).bind(2, organisation);
    std::vector<ProcessingRecord> records;
    while (query.step()) {
      records.push_back({query.text(0), query.text(1), query.text(2), query.text(3),
                         {query.int64(4)}, {query.int64(5)}, query.int64(6) != 0, query.int64(7),
                         query.int64(8), query.int64(9), query.text(10), query.text(11)});
    }
    return records;
  });
}

}  // namespace helder::sqlite
