// SqliteStore: decisions, each with the weighing frozen at the moment it was taken.
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

constexpr std::string_view kDecisionQuery =
    "SELECT d.id, d.case_id, d.option_id, d.service_type, d.decided_by, u.username, d.decided_at, "
    "d.motivation, d.effect_check, d.effect_check_on, f.username, d.review_on, d.snapshot "
    "FROM decisions d JOIN users u ON u.id = d.decided_by JOIN users f ON f.id = d.follow_up_by ";

Decision read_decision(const Statement& row) {
  Decision decision;
  decision.id = row.int64(0);
  decision.case_id = row.int64(1);
  decision.option_id = row.int64(2);
  decision.service_type = service_type_from_string(row.text(3)).value_or(ServiceType::standard);
  decision.decided_by = row.int64(4);
  decision.decided_by_username = row.text(5);
  decision.decided_at = {row.int64(6)};
  decision.motivation = row.text(7);
  decision.effect_check = row.text(8);
  decision.effect_check_on = {row.int64(9)};
  decision.follow_up_by_username = row.text(10);
  decision.review_on = {row.int64(11)};
  decision.snapshot = row.text(12);
  return decision;
}

}  // namespace

Result<Decision> SqliteStore::record_decision(const Principal& principal,
                                              const CaseReference& reference,
                                              const NewDecision& input, Timestamp now) {
  Decision recorded;
  auto status = write([&](Connection& db) -> Status {
    auto target = load_case(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    if (auto allowed = check_move(target->phase, Phase::decision, MoveTrigger::decision_recorded);
        !allowed) {
      return fail(Error::conflict("Een besluit leg je vast in de fase afweging. " + allowed.error().detail));
    }
    InvestigationRecord investigation = read_investigation(db, target->id);
    DecisionSnapshot snapshot{*target, read_signals(db, target->id), read_weighing(db, target->id),
                              std::move(investigation.answers), std::move(investigation.wishes)};
    const Option* chosen = nullptr;
    for (const auto& entry : snapshot.weighing) {
      if (entry.option.id == input.option_id) chosen = &entry.option;
    }
    if (chosen == nullptr) {
      return fail(Error::invalid("De gekozen optie hoort niet bij deze casus.",
                                 {{"option", "unknown", "Kies een van de opties van deze casus."}}));
    }
    auto& follow_up = db.prepare("SELECT id FROM users WHERE username = ? AND organisation_id = ?");
    follow_up.bind(1, input.follow_up_by).bind(2, principal.organisation_id);
    if (!follow_up.step()) {
      return fail(Error::invalid("Wie de opvolging doet, is geen gebruiker van deze organisatie.",
                                 {{"follow_up_by", "unknown", "Onbekende gebruiker in deze organisatie."}}));
    }
    UserId follow_up_id = follow_up.int64(0);
    std::string frozen = snapshot_json(snapshot);
    db.prepare(
          "INSERT INTO decisions (case_id, option_id, service_type, decided_by, decided_at, "
          "motivation, effect_check, effect_check_on, follow_up_by, review_on, snapshot) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, target->id)
        .bind(2, chosen->id)
        .bind(3, to_string(service_type_for(chosen->kind)))
        .bind(4, principal.user_id)
        .bind(5, now.millis)
        .bind(6, input.motivation)
        .bind(7, input.effect_check)
        .bind(8, input.effect_check_on->millis)
        .bind(9, follow_up_id)
        .bind(10, input.review_on->millis)
        .bind(11, frozen)
        .run();
    auto& inserted = db.prepare(std::string(kDecisionQuery) + "WHERE d.id = ?");
    inserted.bind(1, db.last_insert_id());
    inserted.step();
    recorded = read_decision(inserted);
    inserted.reset();
    if (input.consistency) {
      recorded.consistency = ConsistencyRecord{*input.consistency, input.difference_reason};
      insert_consistency(db, principal.organisation_id, target->id, recorded.id,
                         *recorded.consistency);
    }
    db.prepare("UPDATE cases SET phase = ?, updated_at = ? WHERE id = ?")
        .bind(1, to_string(Phase::decision))
        .bind(2, now.millis)
        .bind(3, target->id)
        .run();
    Case decided = *load_case(db, principal.organisation_id, reference);
    append_event(db, {.case_id = target->id,
                      .kind = EventKind::decision_recorded,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .after_state = decision_state_json(recorded)});
    append_event(db, {.case_id = target->id,
                      .kind = EventKind::phase_changed,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .note = "besluit vastgelegd",
                      .before_state = case_state_json(*target),
                      .after_state = case_state_json(decided)});
    return {};
  });
  if (!status) return fail(status.error());
  return recorded;
}

Result<std::vector<Decision>> SqliteStore::list_decisions(OrganisationId organisation,
                                                          const CaseReference& reference) {
  return with_reader<std::vector<Decision>>([&](Connection& db) -> Result<std::vector<Decision>> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    auto& query = db.prepare(std::string(kDecisionQuery) + "WHERE d.case_id = ? ORDER BY d.id");
    query.bind(1, target->id);
    std::vector<Decision> decisions;
    while (query.step()) decisions.push_back(read_decision(query));
    for (auto& decision : decisions) decision.consistency = read_consistency(db, decision.id);
    return decisions;
  });
}

}  // namespace helder::sqlite
