// SqliteStore: the bulk import of whole cases (demo seeder, generator). Each case goes
// through the same writes and audit events as the single operations (store_internal.h), in
// the order a caseworker makes them; a batch is one unit of work, so one transaction.
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

bool needs_decision(Phase phase) {
  return phase == Phase::decision || phase == Phase::execution || phase == Phase::evaluation;
}

// Whether the case can be what the single writes would have left behind.
std::optional<Error> check_shape(const ImportedCase& input) {
  auto invalid = [&](const std::string& why) {
    return Error::invalid("Casus '" + input.title + "' kan niet worden geïmporteerd: " + why);
  };
  if (!input.decision) {
    if (needs_decision(input.phase)) return invalid("in deze fase hoort een besluit.");
    return std::nullopt;
  }
  if (!needs_decision(input.phase) && input.phase != Phase::closed) {
    return invalid("een besluit hoort bij de fase besluit of een fase daarna.");
  }
  if (input.decision->option_index >= input.options.size()) {
    return invalid("het besluit kiest een optie die de casus niet heeft.");
  }
  if (!input.decision->decision.effect_check_on || !input.decision->decision.review_on) {
    return invalid("het besluit noemt geen datum voor de effectcheck of de herbeoordeling.");
  }
  return std::nullopt;
}

// The phases a decided case passes after besluit, up to and including its final phase.
std::vector<Phase> phases_after_decision(Phase final_phase) {
  std::vector<Phase> path;
  if (final_phase == Phase::decision) return path;
  for (Phase phase : {Phase::execution, Phase::evaluation, Phase::closed}) {
    path.push_back(phase);
    if (phase == final_phase) break;
  }
  return path;
}

constexpr std::string_view kImported = "geïmporteerd";

Status import_case(Connection& db, OrganisationId organisation, const ImportedCase& input) {
  auto owner = resolve_owner(db, organisation, input.owner_username);
  if (!owner) return fail(owner.error());
  if (auto problem = check_shape(input)) return fail(*problem);
  Principal actor{*owner, organisation, input.owner_username};

  // A decided case starts in afweging: recording its decision moves it on, as in real life.
  Phase initial = input.decision ? Phase::weighing : input.phase;
  CaseReference reference{utc_year(input.opened_at), 0};
  reference.number = next_case_number(db, organisation, reference.year);
  CaseId id = insert_case(db, organisation, reference, *owner, input.resident, input.title,
                          input.summary, initial, input.opened_at, input.opened_at);
  store_case_regulations(db, id, input.regulation_ids);
  if (initial == Phase::closed) set_archive_on_close(db, id, input.updated_at);
  append_event(db, {.case_id = id,
                    .kind = EventKind::case_created,
                    .actor_id = *owner,
                    .occurred_at = input.opened_at,
                    .note = std::string(kImported),
                    .after_state = case_state_json(*load_case(db, organisation, reference))});

  for (const auto& signal : input.signals) {
    write_signal(db, actor, id, signal, signal.observed_at.value_or(input.opened_at),
                 std::string(kImported));
  }

  Timestamp investigated = input.investigated_at.value_or(input.opened_at);
  if (!input.zrm.empty()) write_zrm(db, actor, id, input.zrm, investigated);
  for (const auto& answer : input.answers) write_answer(db, actor, id, answer, investigated);
  if (input.wishes) write_wishes(db, actor, id, *input.wishes, investigated);

  Timestamp weighed = input.weighed_at.value_or(investigated);
  std::vector<OptionId> option_ids;
  for (const auto& entry : input.options) {
    Option option = write_option(db, actor, id, entry.option, weighed);
    option_ids.push_back(option.id);
    for (const auto& argument : entry.arguments) {
      write_argument(db, actor, id, option.id, argument, weighed);
    }
  }

  if (input.decision) {
    const ImportedDecision& imported = *input.decision;
    NewDecision decision = imported.decision;
    decision.option_id = option_ids[imported.option_index];
    if (decision.follow_up_by.empty()) decision.follow_up_by = input.owner_username;
    auto recorded = write_decision(db, actor, *load_case(db, organisation, reference), decision,
                                   imported.decided_at);
    if (!recorded) return fail(recorded.error());
    Case current = *load_case(db, organisation, reference);
    auto path = phases_after_decision(input.phase);
    std::int64_t span =
        std::max<std::int64_t>(0, input.updated_at.millis - imported.decided_at.millis);
    for (std::size_t step = 0; step < path.size(); ++step) {
      auto moment =
          static_cast<std::int64_t>(step + 1) * span / static_cast<std::int64_t>(path.size());
      if (auto allowed = check_move(current.phase, path[step]); !allowed) return allowed;
      current = write_phase_change(db, actor, current, path[step], kImported,
                                   Timestamp{imported.decided_at.millis + moment});
    }
  }

  for (const auto& lesson : input.lessons) write_lesson(db, actor, id, lesson, input.updated_at);
  // A case without events at the end still changed last at updated_at (as the source says).
  auto& last = db.prepare("SELECT updated_at FROM cases WHERE id = ?");
  last.bind(1, id);
  if (last.step() && last.int64(0) < input.updated_at.millis) touch_case(db, id, input.updated_at);
  return {};
}

}  // namespace

Status SqliteStore::import_cases(OrganisationId organisation, std::span<const ImportedCase> cases) {
  return write_indexed([&](Connection& db) -> Status {
    for (const auto& input : cases) {
      if (auto imported = import_case(db, organisation, input); !imported) return imported;
    }
    return {};
  });
}

}  // namespace helder::sqlite
