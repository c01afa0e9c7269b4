// SqliteStore: cases (create, find, list, update, phase changes).
#include "common/text.h"
#include "search/dutch_analyser.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {

std::vector<std::string> split_ids(const std::string& joined) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t comma = joined.find(',', start);
    if (comma == std::string::npos) comma = joined.size();
    ids.push_back(joined.substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

namespace {

// An FTS5 query that asks for every word of the text: each word quoted (so that nothing in
// it is query syntax) and analysed by the index's own tokenizer. Words the analyser drops
// ("de", "het") are left out; with no words left there is nothing to search on (nullopt).
std::optional<std::string> full_text_query(std::string_view text) {
  std::string query;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find_first_of(" \t\r\n", at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty() || search::thread_analyser().terms(word).empty()) continue;
    if (!query.empty()) query += ' ';
    query += '"';
    for (char c : word) {
      if (c == '"') query += '"';
      query += c;
    }
    query += '"';
  }
  if (query.empty()) return std::nullopt;
  return query;
}

}  // namespace

Result<UserId> resolve_owner(Connection& db, OrganisationId organisation,
                             const std::string& username) {
  auto& query =
      db.prepare("SELECT id FROM users WHERE username = ? AND organisation_id = ?");
  query.bind(1, username).bind(2, organisation);
  if (!query.step()) {
    return fail(Error::invalid("De eigenaar bestaat niet in deze organisatie.",
                               {{"owner", "unknown",
                                 "Onbekende gebruiker '" + username + "' in deze organisatie."}}));
  }
  return query.int64(0);
}

CaseId insert_case(Connection& db, OrganisationId organisation, const CaseReference& reference,
                   UserId owner, const Resident& resident, std::string_view title,
                   std::string_view summary, Phase phase, Timestamp created, Timestamp updated) {
  db.prepare(
        "INSERT INTO cases (organisation_id, reference, owner_id, resident_reference, "
        "resident_kind, title, summary, phase, created_at, updated_at, team) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT team FROM users WHERE id = ?3))")
      .bind(1, organisation)
      .bind(2, reference.str())
      .bind(3, owner)
      .bind(4, resident.reference)
      .bind(5, to_string(resident.kind))
      .bind(6, title)
      .bind(7, summary)
      .bind(8, to_string(phase))
      .bind(9, created.millis)
      .bind(10, updated.millis)
      .run();
  return db.last_insert_id();
}

Case read_case(const Statement& row) {
  Case result;
  result.id = row.int64(0);
  result.reference = CaseReference::parse(row.text(1)).value_or(CaseReference{});
  result.organisation_id = row.int64(2);
  result.owner_id = row.int64(3);
  result.owner_username = row.text(4);
  result.resident.reference = row.text(5);
  result.resident.kind = resident_kind_from_string(row.text(6)).value_or(ResidentKind::person);
  result.title = row.text(7);
  result.summary = row.text(8);
  result.phase = phase_from_string(row.text(9)).value_or(Phase::signal);
  result.created_at = {row.int64(10)};
  result.updated_at = {row.int64(11)};
  result.regulation_ids = split_ids(row.text(12));
  if (auto nomination = row.optional_text(13)) result.archive.nomination = archive_nomination_from_string(*nomination);
  if (!row.is_null(14)) result.archive.action_date = Timestamp{row.int64(14)};
  result.archive.status = archive_status_from_string(row.text(15)).value_or(ArchiveStatus::pending);
  return result;
}

std::optional<Case> load_case(Connection& db, OrganisationId organisation,
                              const CaseReference& reference) {
  static const std::string kSql = "SELECT " + std::string(kCaseColumns) +
                                  "FROM cases c JOIN users u ON u.id = c.owner_id "
                                  "WHERE c.organisation_id = ? AND c.reference = ? AND" +
                                  std::string(kCaseExists);
  auto& query = db.prepare(kSql);
  query.bind(1, organisation).bind(2, reference.str());
  if (!query.step()) return std::nullopt;
  return read_case(query);
}

std::optional<CaseId> find_case_id(Connection& db, OrganisationId organisation,
                                   const CaseReference& reference) {
  static const std::string kSql =
      "SELECT c.id FROM cases c WHERE c.organisation_id = ? AND c.reference = ? AND" +
      std::string(kCaseExists);
  auto& query = db.prepare(kSql);
  query.bind(1, organisation).bind(2, reference.str());
  if (!query.step()) return std::nullopt;
  CaseId id = query.int64(0);
  query.reset();
  return id;
}

Error case_not_found(const CaseReference& reference) {
  return Error::not_found("Er is geen casus met referentie " + reference.str() + ".");
}

void store_case_regulations(Connection& db, CaseId case_id, const std::vector<std::string>& ids) {
  db.prepare("DELETE FROM case_regulations WHERE case_id = ?").bind(1, case_id).run();
  for (std::size_t idx = 0; idx < ids.size(); ++idx) {
    db.prepare("INSERT INTO case_regulations (case_id, regulation_id, position) VALUES (?, ?, ?)")
        .bind(1, case_id)
        .bind(2, ids[idx])
        .bind(3, static_cast<std::int64_t>(idx))
        .run();
  }
}

Result<Case> open_case(Connection& db, const Principal& principal, const CaseReference& reference) {
  auto target = load_case(db, principal.organisation_id, reference);
  if (!target) return fail(case_not_found(reference));
  if (target->phase == Phase::closed) {
    return fail(Error::conflict("Casus " + reference.str() +
                                " is afgesloten; heropen de casus om iets te wijzigen."));
  }
  return *target;
}

void touch_case(Connection& db, CaseId case_id, Timestamp now) {
  db.prepare("UPDATE cases SET updated_at = ? WHERE id = ?").bind(1, now.millis).bind(2, case_id).run();
}

std::int64_t next_case_number(Connection& db, OrganisationId organisation, int year) {
  auto& query = db.prepare(
      "INSERT INTO case_sequences (organisation_id, year, last_number) VALUES (?, ?, 1) "
      "ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = last_number + 1 "
      "RETURNING last_number");
  query.bind(1, organisation).bind(2, year);
  query.step();
  std::int64_t number = query.int64(0);
  query.reset();
  return number;
}

Result<Case> SqliteStore::create_case(const Principal& principal, const NewCase& input,
                                      Timestamp now) {
  Case created;
  auto status = write([&](Connection& db) -> Status {
    UserId owner = principal.user_id;
    if (input.owner_username) {
      auto resolved = resolve_owner(db, principal.organisation_id, *input.owner_username);
      if (!resolved) return fail(resolved.error());
      owner = *resolved;
    }
    CaseReference reference{utc_year(now), 0};
    reference.number = next_case_number(db, principal.organisation_id, reference.year);
    CaseId id = insert_case(db, principal.organisation_id, reference, owner, input.resident,
                            trim(input.title), input.summary, Phase::signal, now, now);
    store_case_regulations(db, id, input.regulation_ids);
    if (input.bsn) {
      db.prepare("UPDATE cases SET bsn_sealed = ?, bsn_lookup = ? WHERE id = ?")
          .bind(1, input.bsn->sealed)
          .bind(2, input.bsn->lookup_hash)
          .bind(3, id)
          .run();
    }
    created = *load_case(db, principal.organisation_id, reference);
    append_event(db, {.case_id = id,
                      .kind = EventKind::case_created,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .after_state = case_state_json(created)});
    return {};
  });
  if (!status) return fail(status.error());
  return created;
}

Result<Case> SqliteStore::find_case(OrganisationId organisation, const CaseReference& reference) {
  return with_reader<Case>([&](Connection& db) -> Result<Case> {
    auto found = load_case(db, organisation, reference);
    if (!found) return fail(case_not_found(reference));
    return *found;
  });
}

Result<CasePage> SqliteStore::list_cases(OrganisationId organisation, const CaseFilter& filter,
                                         const PageRequest& page) {
  // A text search runs through the Dutch full-text index in case order (newest first), so
  // the first page needs only the first matches.
  std::optional<std::string> match;
  if (filter.text) {
    match = full_text_query(*filter.text);
    if (!match) return CasePage{};  // nothing to search on finds nothing
    wait_for_index();
  }
  std::string sql = "SELECT " + std::string(kCaseColumns) +
                    (match ? "FROM case_search s JOIN cases c ON c.id = s.rowid "
                           : "FROM cases c ") +
                    "JOIN users u ON u.id = c.owner_id WHERE c.organisation_id = ? AND" +
                    std::string(kCaseExists);
  if (match) sql += " AND case_search MATCH ?";
  if (filter.phase) sql += " AND c.phase = ?";
  if (filter.regulation_id) {
    sql += " AND c.id IN (SELECT case_id FROM case_regulations WHERE regulation_id = ?)";
  }
  if (filter.owner_username) sql += " AND u.username = ?";
  std::optional<CaseListScope> scope;
  if (filter.visible_to) scope = case_list_scope(*filter.visible_to);
  if (scope && !scope->whole_organisation) {
    std::string any_of;
    auto either = [&any_of](std::string_view condition) {
      any_of += any_of.empty() ? "" : " OR ";
      any_of += condition;
    };
    if (scope->owned) either("c.owner_id = ?");
    if (scope->team) either("c.team = ?");
    if (scope->assigned) either("c.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?)");
    sql += any_of.empty() ? " AND 0" : " AND (" + any_of + ")";
  }
  sql += match ? " ORDER BY s.rowid DESC LIMIT ? OFFSET ?" : " ORDER BY c.id DESC LIMIT ? OFFSET ?";

  return with_reader<CasePage>([&](Connection& db) {
    auto& query = db.prepare(sql);
    int index = 1;
    query.bind(index++, organisation);
    if (match) query.bind(index++, *match);
    if (filter.phase) query.bind(index++, to_string(*filter.phase));
    if (filter.regulation_id) query.bind(index++, *filter.regulation_id);
    if (filter.owner_username) query.bind(index++, *filter.owner_username);
    if (scope && !scope->whole_organisation) {
      if (scope->owned) query.bind(index++, filter.visible_to->user_id);
      if (scope->team) query.bind(index++, filter.visible_to->team);
      if (scope->assigned) query.bind(index++, filter.visible_to->user_id);
    }
    query.bind(index++, page.page_size + 1);
    query.bind(index++, static_cast<std::int64_t>(page.page - 1) * page.page_size);
    CasePage result;
    while (query.step()) result.cases.push_back(read_case(query));
    if (result.cases.size() > static_cast<std::size_t>(page.page_size)) {
      result.cases.pop_back();
      result.has_next = true;
    }
    return result;
  });
}

Result<Case> SqliteStore::update_case(const Principal& principal, const CaseReference& reference,
                                      const CasePatch& patch, Timestamp now) {
  OrganisationId organisation = principal.organisation_id;
  Case updated;
  auto status = write([&](Connection& db) -> Status {
    auto existing = load_case(db, organisation, reference);
    if (!existing) return fail(case_not_found(reference));
    updated = *existing;
    if (patch.owner_username) {
      auto owner = resolve_owner(db, organisation, *patch.owner_username);
      if (!owner) return fail(owner.error());
      updated.owner_id = *owner;
    }
    apply(patch, updated, now);
    db.prepare(
          "UPDATE cases SET owner_id = ?1, resident_reference = ?2, resident_kind = ?3, title = ?4, "
          "summary = ?5, updated_at = ?6, "
          "team = CASE WHEN owner_id = ?1 THEN team ELSE (SELECT team FROM users WHERE id = ?1) END "
          "WHERE id = ?7")
        .bind(1, updated.owner_id)
        .bind(2, updated.resident.reference)
        .bind(3, to_string(updated.resident.kind))
        .bind(4, updated.title)
        .bind(5, updated.summary)
        .bind(6, updated.updated_at.millis)
        .bind(7, updated.id)
        .run();
    if (patch.regulation_ids) store_case_regulations(db, updated.id, *patch.regulation_ids);
    updated = *load_case(db, organisation, reference);
    append_event(db, {.case_id = updated.id,
                      .kind = EventKind::case_updated,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .before_state = case_state_json(*existing),
                      .after_state = case_state_json(updated)});
    return {};
  });
  if (!status) return fail(status.error());
  return updated;
}

Case write_phase_change(Connection& db, const Principal& actor, const Case& existing, Phase to,
                        std::string_view note, Timestamp now) {
  db.prepare("UPDATE cases SET phase = ?, updated_at = ? WHERE id = ?")
      .bind(1, to_string(to))
      .bind(2, now.millis)
      .bind(3, existing.id)
      .run();
  if (to == Phase::closed) {
    set_archive_on_close(db, existing.id, now);
  } else if (existing.phase == Phase::closed) {
    clear_archive(db, existing.id);  // reopened: no longer due for archiving
  }
  Case changed = *load_case(db, existing.organisation_id, existing.reference);
  append_event(db, {.case_id = changed.id,
                    .kind = EventKind::phase_changed,
                    .actor_id = actor.user_id,
                    .occurred_at = now,
                    .note = std::string(note),
                    .before_state = case_state_json(existing),
                    .after_state = case_state_json(changed)});
  return changed;
}

Result<Case> SqliteStore::change_phase(const Principal& principal, const CaseReference& reference,
                                       Phase to, std::string_view note, Timestamp now) {
  Case changed;
  auto status = write([&](Connection& db) -> Status {
    auto existing = load_case(db, principal.organisation_id, reference);
    if (!existing) return fail(case_not_found(reference));
    if (auto allowed = check_move(existing->phase, to); !allowed) return allowed;
    changed = write_phase_change(db, principal, *existing, to, note, now);
    return {};
  });
  if (!status) return fail(status.error());
  return changed;
}

Result<std::int64_t> SqliteStore::count_cases(OrganisationId organisation) {
  return with_reader<std::int64_t>([&](Connection& db) {
    auto& query = db.prepare("SELECT count(*) FROM cases WHERE organisation_id = ?");
    query.bind(1, organisation);
    query.step();
    return query.int64(0);
  });
}

Result<CaseStatistics> SqliteStore::case_statistics(OrganisationId organisation) {
  return with_reader<CaseStatistics>([&](Connection& db) {
    auto counts = [&](const std::string& sql) {
      std::vector<std::pair<std::string, std::int64_t>> rows;
      auto& query = db.prepare(sql);
      query.bind(1, organisation);
      while (query.step()) rows.emplace_back(query.text(0), query.int64(1));
      return rows;
    };
    CaseStatistics statistics;
    statistics.by_phase = counts("SELECT c.phase, count(*) FROM cases c WHERE c.organisation_id = ? AND" +
                                 std::string(kCaseExists) + "GROUP BY c.phase ORDER BY c.phase");
    statistics.by_regulation = counts(
        "SELECT cr.regulation_id, count(*) FROM case_regulations cr JOIN cases c ON c.id = cr.case_id "
        "WHERE c.organisation_id = ? AND" + std::string(kCaseExists) +
        "GROUP BY cr.regulation_id ORDER BY cr.regulation_id");
    statistics.by_service_type = counts(
        "SELECT d.service_type, count(*) FROM decisions d JOIN cases c ON c.id = d.case_id "
        "WHERE c.organisation_id = ? AND" + std::string(kCaseExists) +
        "AND d.id = (SELECT max(id) FROM decisions WHERE case_id = c.id) "
        "GROUP BY d.service_type ORDER BY d.service_type");
    return statistics;
  });
}

}  // namespace helder::sqlite
