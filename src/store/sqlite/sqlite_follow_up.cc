// SqliteStore: evaluations, lessons and the structural signals that lessons raise.
#include <boost/json.hpp>

#include "common/text.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

namespace json = boost::json;

constexpr std::string_view kEvaluationQuery =
    "SELECT e.id, e.case_id, e.evaluated_on, e.observed_effect, e.next_step, u.username, "
    "e.recorded_at FROM evaluations e JOIN users u ON u.id = e.recorded_by ";

constexpr std::string_view kLessonQuery =
    "SELECT l.id, l.case_id, l.text, l.scope, l.structural, l.regulation_id, "
    "(SELECT s.id FROM structural_signals s WHERE s.lesson_id = l.id), u.username, l.recorded_at "
    "FROM lessons l JOIN users u ON u.id = l.recorded_by ";

Evaluation read_evaluation(const Statement& row) {
  return {row.int64(0), row.int64(1), Timestamp{row.int64(2)}, row.text(3), row.text(4), row.text(5),
          Timestamp{row.int64(6)}};
}

Lesson read_lesson(const Statement& row) {
  Lesson lesson;
  lesson.id = row.int64(0);
  lesson.case_id = row.int64(1);
  lesson.text = row.text(2);
  lesson.scope = lesson_scope_from_string(row.text(3)).value_or(LessonScope::myself);
  lesson.structural = row.int64(4) != 0;
  lesson.regulation_id = row.optional_text(5);
  if (!row.is_null(6)) lesson.structural_signal_id = row.int64(6);
  lesson.recorded_by_username = row.text(7);
  lesson.recorded_at = {row.int64(8)};
  return lesson;
}

void record_follow_up(Connection& db, const Principal& principal, CaseId case_id, Timestamp now,
                      std::string note, json::object after,
                      EventKind kind = EventKind::follow_up_recorded) {
  touch_case(db, case_id, now);
  append_event(db, {.case_id = case_id,
                    .kind = kind,
                    .actor_id = principal.user_id,
                    .occurred_at = now,
                    .note = std::move(note),
                    .after_state = json::serialize(after)});
}

}  // namespace

Result<Evaluation> SqliteStore::add_evaluation(const Principal& principal,
                                               const CaseReference& reference,
                                               const NewEvaluation& input, Timestamp now) {
  Evaluation added;
  auto status = write([&](Connection& db) -> Status {
    auto target = load_case(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    if (target->phase != Phase::decision && target->phase != Phase::execution &&
        target->phase != Phase::evaluation) {
      return fail(Error::conflict("Een evaluatie bekijkt het effect van een besluit; casus " +
                                  reference.str() + " heeft (nog) geen besluit in uitvoering."));
    }
    db.prepare(
          "INSERT INTO evaluations (case_id, evaluated_on, observed_effect, next_step, "
          "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, target->id)
        .bind(2, input.evaluated_on->millis)
        .bind(3, trim(input.observed_effect))
        .bind(4, trim(input.next_step))
        .bind(5, principal.user_id)
        .bind(6, now.millis)
        .run();
    auto& query = db.prepare(std::string(kEvaluationQuery) + "WHERE e.id = ?");
    query.bind(1, db.last_insert_id());
    query.step();
    added = read_evaluation(query);
    record_follow_up(db, principal, target->id, now, "evaluatie vastgelegd",
                     {{"evaluation_id", added.id},
                      {"evaluated_on", added.evaluated_on.millis},
                      {"observed_effect", added.observed_effect},
                      {"next_step", added.next_step}});
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Result<std::vector<Evaluation>> SqliteStore::list_evaluations(OrganisationId organisation,
                                                              const CaseReference& reference) {
  return with_reader<std::vector<Evaluation>>([&](Connection& db) -> Result<std::vector<Evaluation>> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    auto& query = db.prepare(std::string(kEvaluationQuery) + "WHERE e.case_id = ? ORDER BY e.id");
    query.bind(1, target->id);
    std::vector<Evaluation> evaluations;
    while (query.step()) evaluations.push_back(read_evaluation(query));
    return evaluations;
  });
}

Lesson write_lesson(Connection& db, const Principal& actor, CaseId case_id, const NewLesson& input,
                    Timestamp now) {
  db.prepare(
        "INSERT INTO lessons (case_id, text, scope, structural, regulation_id, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(1, case_id)
      .bind(2, trim(input.text))
      .bind(3, to_string(input.scope))
      .bind(4, input.structural ? 1 : 0)
      .bind(5, input.regulation_id)
      .bind(6, actor.user_id)
      .bind(7, now.millis)
      .run();
  std::int64_t lesson_id = db.last_insert_id();
  if (input.structural) {
    db.prepare(
          "INSERT INTO structural_signals (organisation_id, regulation_id, case_id, lesson_id, "
          "description, status, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)")
        .bind(1, actor.organisation_id)
        .bind(2, *input.regulation_id)
        .bind(3, case_id)
        .bind(4, lesson_id)
        .bind(5, trim(input.text))
        .bind(6, now.millis)
        .run();
  }
  auto& query = db.prepare(std::string(kLessonQuery) + "WHERE l.id = ?");
  query.bind(1, lesson_id);
  query.step();
  Lesson added = read_lesson(query);
  json::object after{{"lesson_id", added.id}, {"text", added.text},
                     {"scope", to_string(added.scope)}, {"structural", added.structural}};
  if (added.regulation_id) after["regulation_id"] = *added.regulation_id;
  if (added.structural_signal_id) after["structural_signal_id"] = *added.structural_signal_id;
  record_follow_up(db, actor, case_id, now,
                   added.structural ? "structurele les vastgelegd" : "les vastgelegd", after);
  return added;
}

Result<Lesson> SqliteStore::add_lesson(const Principal& principal, const CaseReference& reference,
                                       const NewLesson& input, Timestamp now) {
  Lesson added;
  auto status = write([&](Connection& db) -> Status {
    auto target = load_case(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    added = write_lesson(db, principal, target->id, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Result<std::vector<Lesson>> SqliteStore::list_lessons(OrganisationId organisation,
                                                      const CaseReference& reference) {
  return with_reader<std::vector<Lesson>>([&](Connection& db) -> Result<std::vector<Lesson>> {
    auto target = load_case(db, organisation, reference);
    if (!target) return fail(case_not_found(reference));
    auto& query = db.prepare(std::string(kLessonQuery) + "WHERE l.case_id = ? ORDER BY l.id");
    query.bind(1, target->id);
    std::vector<Lesson> lessons;
    while (query.step()) lessons.push_back(read_lesson(query));
    return lessons;
  });
}

Result<std::vector<StructuralSignal>> SqliteStore::list_structural_signals(OrganisationId organisation) {
  return with_reader<std::vector<StructuralSignal>>([&](Connection& db) {
    auto& query = db.prepare(
        "SELECT s.id, s.regulation_id, c.reference, s.lesson_id, s.description, s.status, "
        "s.created_at FROM structural_signals s JOIN cases c ON c.id = s.case_id "
        "WHERE s.organisation_id = ? ORDER BY s.regulation_id, s.id");
    query.bind(1, organisation);
    std::vector<StructuralSignal> signals;
    while (query.step()) {
      signals.push_back({query.int64(0), query.text(1),
                         CaseReference::parse(query.text(2)).value_or(CaseReference{}),
                         query.int64(3), query.text(4), query.text(5), Timestamp{query.int64(6)}});
    }
    return signals;
  });
}

}  // namespace helder::sqlite

namespace helder::sqlite {
namespace {

constexpr std::string_view kVersionQuery =
    "SELECT v.id, v.audience, v.text, u.username, v.edited_at FROM motivation_versions v "
    "JOIN users u ON u.id = v.edited_by ";

std::string_view audience_name(MotivationAudience audience) {
  return audience == MotivationAudience::resident ? "resident" : "professional";
}

MotivationVersion read_version(const Statement& row) {
  return {row.int64(0),
          row.text(1) == "resident" ? MotivationAudience::resident : MotivationAudience::professional,
          row.text(2), row.text(3), Timestamp{row.int64(4)}};
}

}  // namespace

Result<MotivationVersion> SqliteStore::add_motivation_version(const Principal& principal,
                                                              const CaseReference& reference,
                                                              MotivationAudience audience,
                                                              std::string_view text, Timestamp now) {
  MotivationVersion added;
  auto status = write([&](Connection& db) -> Status {
    auto target = load_case(db, principal.organisation_id, reference);
    if (!target) return fail(case_not_found(reference));
    db.prepare(
          "INSERT INTO motivation_versions (case_id, audience, text, edited_by, edited_at) "
          "VALUES (?, ?, ?, ?, ?)")
        .bind(1, target->id)
        .bind(2, audience_name(audience))
        .bind(3, text)
        .bind(4, principal.user_id)
        .bind(5, now.millis)
        .run();
    auto& query = db.prepare(std::string(kVersionQuery) + "WHERE v.id = ?");
    query.bind(1, db.last_insert_id());
    query.step();
    added = read_version(query);
    record_follow_up(db, principal, target->id, now, "motivering bewerkt",
                     {{"version_id", added.id}, {"audience", audience_name(audience)}, {"text", added.text}},
                     EventKind::motivation_edited);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Result<std::vector<MotivationVersion>> SqliteStore::list_motivation_versions(
    OrganisationId organisation, const CaseReference& reference) {
  return with_reader<std::vector<MotivationVersion>>(
      [&](Connection& db) -> Result<std::vector<MotivationVersion>> {
        auto target = load_case(db, organisation, reference);
        if (!target) return fail(case_not_found(reference));
        auto& query = db.prepare(std::string(kVersionQuery) + "WHERE v.case_id = ? ORDER BY v.id");
        query.bind(1, target->id);
        std::vector<MotivationVersion> versions;
        while (query.step()) versions.push_back(read_version(query));
        return versions;
      });
}

}  // namespace helder::sqlite
