// SqliteStore: the investigation (answers, the resident's wishes, ordered steps, ZRM).
// Audit events carry the changed part as JSON in code names.
#include <boost/json.hpp>

#include "common/text.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

namespace json = boost::json;

constexpr std::string_view kAnswerQuery =
    "SELECT a.id, a.case_id, a.step, a.question_id, a.text, u.username, a.answered_at "
    "FROM investigation_answers a JOIN users u ON u.id = a.answered_by ";

InvestigationAnswer read_answer(const Statement& row) {
  return {row.int64(0), row.int64(1), row.text(2), row.optional_text(3), row.text(4), row.text(5),
          Timestamp{row.int64(6)}};
}

std::string step_json(const InvestigationStep& step) {
  json::object out{{"crvb_step", step_number(step.step)}, {"content", step.content}};
  out["completed_on"] = step.completed_on ? json::value(step.completed_on->millis) : nullptr;
  return json::serialize(out);
}

std::string zrm_json(std::span<const ZrmScore> scores) {
  json::object out;
  for (const auto& score : scores) out[to_string(score.domain)] = score.level;
  return json::serialize(json::object{{"zrm", std::move(out)}});
}

std::optional<ResidentWishes> read_wishes(Connection& db, CaseId case_id) {
  auto& query = db.prepare(
      "SELECT w.short_term, w.long_term, w.own_contribution, w.preferred_option, u.username, "
      "w.recorded_at FROM resident_wishes w JOIN users u ON u.id = w.recorded_by WHERE w.case_id = ?");
  query.bind(1, case_id);
  if (!query.step()) return std::nullopt;
  return ResidentWishes{query.text(0), query.text(1), query.text(2), query.text(3), query.text(4),
                        Timestamp{query.int64(5)}};
}

std::optional<InvestigationStep> read_step(Connection& db, CaseId case_id, CrvbStep step) {
  auto& query = db.prepare(
      "SELECT content, completed_on FROM investigation_steps WHERE case_id = ? AND step = ?");
  query.bind(1, case_id).bind(2, step_number(step));
  if (!query.step()) return std::nullopt;
  InvestigationStep result{step, query.text(0), std::nullopt};
  if (!query.is_null(1)) result.completed_on = Timestamp{query.int64(1)};
  return result;
}

std::vector<ZrmScore> read_zrm(Connection& db, CaseId case_id) {
  std::vector<ZrmScore> scores;
  auto& zrm = db.prepare("SELECT domain, level FROM zrm_scores WHERE case_id = ? ORDER BY domain");
  zrm.bind(1, case_id);
  while (zrm.step()) {
    if (auto domain = zrm_domain_from_string(zrm.text(0))) {
      scores.push_back({*domain, static_cast<int>(zrm.int64(1))});
    }
  }
  return scores;
}

void record_change(Connection& db, const Principal& principal, CaseId case_id, Timestamp now,
                   std::string note, std::optional<std::string> before,
                   std::optional<std::string> after) {
  touch_case(db, case_id, now);
  append_event(db, {.case_id = case_id,
                    .kind = EventKind::investigation_changed,
                    .actor_id = principal.user_id,
                    .occurred_at = now,
                    .note = std::move(note),
                    .before_state = std::move(before),
                    .after_state = std::move(after)});
}

}  // namespace

InvestigationRecord read_investigation(Connection& db, CaseId case_id) {
  InvestigationRecord record;
  auto& answers = db.prepare(std::string(kAnswerQuery) + "WHERE a.case_id = ? ORDER BY a.id");
  answers.bind(1, case_id);
  while (answers.step()) record.answers.push_back(read_answer(answers));
  record.wishes = read_wishes(db, case_id);
  for (CrvbStep step : kAllCrvbSteps) {
    if (auto recorded = read_step(db, case_id, step)) record.steps.push_back(*recorded);
  }
  record.zrm = read_zrm(db, case_id);
  return record;
}

InvestigationAnswer write_answer(Connection& db, const Principal& actor, CaseId case_id,
                                 const NewAnswer& input, Timestamp now) {
  db.prepare(
        "INSERT INTO investigation_answers (case_id, step, question_id, text, answered_by, "
        "answered_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(1, case_id)
      .bind(2, input.step)
      .bind(3, input.question_id)
      .bind(4, trim(input.text))
      .bind(5, actor.user_id)
      .bind(6, now.millis)
      .run();
  auto& query = db.prepare(std::string(kAnswerQuery) + "WHERE a.id = ?");
  query.bind(1, db.last_insert_id());
  query.step();
  InvestigationAnswer added = read_answer(query);
  record_change(db, actor, case_id, now, "antwoord vastgelegd", std::nullopt,
                answer_state_json(added));
  return added;
}

Result<InvestigationAnswer> SqliteStore::add_answer(const Principal& principal,
                                                    const CaseReference& reference,
                                                    const NewAnswer& input, Timestamp now) {
  InvestigationAnswer added;
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    added = write_answer(db, principal, target->id, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Status SqliteStore::remove_answer(const Principal& principal, const CaseReference& reference,
                                  AnswerId answer, Timestamp now) {
  return write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    auto& query = db.prepare(std::string(kAnswerQuery) + "WHERE a.id = ? AND a.case_id = ?");
    query.bind(1, answer).bind(2, target->id);
    if (!query.step()) {
      return fail(Error::not_found("Casus " + reference.str() + " heeft geen antwoord " +
                                   std::to_string(answer) + "."));
    }
    InvestigationAnswer existing = read_answer(query);
    db.prepare("DELETE FROM investigation_answers WHERE id = ?").bind(1, answer).run();
    record_change(db, principal, target->id, now, "antwoord verwijderd", answer_state_json(existing), std::nullopt);
    return {};
  });
}

ResidentWishes write_wishes(Connection& db, const Principal& actor, CaseId case_id,
                            const ResidentWishes& input, Timestamp now) {
  auto before = read_wishes(db, case_id);
  db.prepare(
        "INSERT INTO resident_wishes (case_id, short_term, long_term, own_contribution, "
        "preferred_option, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET short_term = excluded.short_term, "
        "long_term = excluded.long_term, own_contribution = excluded.own_contribution, "
        "preferred_option = excluded.preferred_option, recorded_by = excluded.recorded_by, "
        "recorded_at = excluded.recorded_at")
      .bind(1, case_id)
      .bind(2, trim(input.short_term))
      .bind(3, trim(input.long_term))
      .bind(4, trim(input.own_contribution))
      .bind(5, trim(input.preferred_option))
      .bind(6, actor.user_id)
      .bind(7, now.millis)
      .run();
  ResidentWishes recorded = *read_wishes(db, case_id);
  record_change(db, actor, case_id, now, "wensen van de inwoner vastgelegd",
                before ? std::optional(wishes_state_json(*before)) : std::nullopt,
                wishes_state_json(recorded));
  return recorded;
}

Result<ResidentWishes> SqliteStore::record_wishes(const Principal& principal,
                                                  const CaseReference& reference,
                                                  const ResidentWishes& input, Timestamp now) {
  ResidentWishes recorded;
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    recorded = write_wishes(db, principal, target->id, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return recorded;
}

Result<InvestigationStep> SqliteStore::record_step(const Principal& principal,
                                                   const CaseReference& reference,
                                                   const InvestigationStep& input, Timestamp now) {
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    auto before = read_step(db, target->id, input.step);
    auto& upsert = db.prepare(
        "INSERT INTO investigation_steps (case_id, step, content, completed_on, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, step) DO UPDATE SET "
        "content = excluded.content, completed_on = excluded.completed_on, "
        "recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at");
    upsert.bind(1, target->id).bind(2, step_number(input.step)).bind(3, input.content);
    if (input.completed_on) {
      upsert.bind(4, input.completed_on->millis);
    } else {
      upsert.bind_null(4);
    }
    upsert.bind(5, principal.user_id).bind(6, now.millis).run();
    record_change(db, principal, target->id, now,
                  "stap " + std::to_string(step_number(input.step)) + " van het stappenplan",
                  before ? std::optional(step_json(*before)) : std::nullopt, step_json(input));
    return {};
  });
  if (!status) return fail(status.error());
  return input;
}

void write_zrm(Connection& db, const Principal& actor, CaseId case_id,
               std::span<const ZrmScore> scores, Timestamp now) {
  auto before = read_zrm(db, case_id);
  db.prepare("DELETE FROM zrm_scores WHERE case_id = ?").bind(1, case_id).run();
  for (const auto& score : scores) {
    db.prepare("INSERT INTO zrm_scores (case_id, domain, level) VALUES (?, ?, ?)")
        .bind(1, case_id)
        .bind(2, to_string(score.domain))
        .bind(3, score.level)
        .run();
  }
  record_change(db, actor, case_id, now, "zelfredzaamheid (ZRM) vastgelegd", zrm_json(before),
                zrm_json(scores));
}

Status SqliteStore::record_zrm(const Principal& principal, const CaseReference& reference,
                               std::span<const ZrmScore> scores, Timestamp now) {
  return write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    write_zrm(db, principal, target->id, scores, now);
    return {};
  });
}

Result<InvestigationRecord> SqliteStore::load_investigation(OrganisationId organisation,
                                                            const CaseReference& reference) {
  return with_reader<InvestigationRecord>([&](Connection& db) -> Result<InvestigationRecord> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    return read_investigation(db, target->id);
  });
}

}  // namespace helder::sqlite
