// SqliteStore: the options of a case and the arguments for and against them.
#include "common/text.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

constexpr std::string_view kOptionQuery =
    "SELECT o.id, o.case_id, o.title, o.description, o.kind, o.deviation_regulation_id, "
    "o.deviation_article, o.legal_basis, o.basis_reference, o.special_circumstances, "
    "o.disproportionality, o.created_by, u.username, o.created_at "
    "FROM options o JOIN users u ON u.id = o.created_by ";

constexpr std::string_view kArgumentQuery =
    "SELECT a.id, a.option_id, a.side, a.theme, a.catalog_id, a.own_text, a.explanation, "
    "a.brought_by, a.weight, w.username, a.created_by, u.username, a.created_at "
    "FROM arguments a JOIN users u ON u.id = a.created_by LEFT JOIN users w ON w.id = a.weighed_by ";

Option read_option(const Statement& row) {
  Option option;
  option.id = row.int64(0);
  option.case_id = row.int64(1);
  option.title = row.text(2);
  option.description = row.text(3);
  option.kind = option_kind_from_string(row.text(4)).value_or(OptionKind::standard);
  if (option.kind == OptionKind::deviation) {
    Deviation deviation;
    deviation.regulation_id = row.optional_text(5);
    deviation.article = row.text(6);
    deviation.basis = legal_basis_from_string(row.text(7)).value_or(LegalBasis::hardship_clause);
    deviation.basis_reference = row.text(8);
    deviation.special_circumstances = row.text(9);
    deviation.disproportionality = row.text(10);
    option.deviation = std::move(deviation);
  }
  option.created_by = row.int64(11);
  option.created_by_username = row.text(12);
  option.created_at = {row.int64(13)};
  return option;
}

Argument read_argument(const Statement& row) {
  Argument argument;
  argument.id = row.int64(0);
  argument.option_id = row.int64(1);
  argument.side = side_from_string(row.text(2)).value_or(Side::pro);
  argument.theme = theme_from_string(row.text(3)).value_or(Theme::wellbeing);
  argument.catalog_id = row.optional_text(4);
  argument.own_text = row.optional_text(5);
  argument.explanation = row.text(6);
  argument.brought_by = argument_source_from_string(row.text(7)).value_or(ArgumentSource::caseworker);
  if (!row.is_null(8)) argument.weight = static_cast<int>(row.int64(8));
  argument.weighed_by_username = row.optional_text(9);
  argument.created_by = row.int64(10);
  argument.created_by_username = row.text(11);
  argument.created_at = {row.int64(12)};
  return argument;
}

std::optional<Option> load_option(Connection& db, CaseId case_id, OptionId id) {
  auto& query = db.prepare(std::string(kOptionQuery) + "WHERE o.id = ? AND o.case_id = ?");
  query.bind(1, id).bind(2, case_id);
  if (!query.step()) return std::nullopt;
  return read_option(query);
}

std::optional<Argument> load_argument(Connection& db, OptionId option, ArgumentId id) {
  auto& query = db.prepare(std::string(kArgumentQuery) + "WHERE a.id = ? AND a.option_id = ?");
  query.bind(1, id).bind(2, option);
  if (!query.step()) return std::nullopt;
  return read_argument(query);
}

Error option_not_found(const CaseReference& reference, OptionId id) {
  return Error::not_found("Casus " + reference.str() + " heeft geen optie " + std::to_string(id) + ".");
}

Error argument_not_found(OptionId option, ArgumentId id) {
  return Error::not_found("Optie " + std::to_string(option) + " heeft geen argument " +
                          std::to_string(id) + ".");
}

}  // namespace

Option write_option(Connection& db, const Principal& actor, CaseId case_id, const NewOption& input,
                    Timestamp now) {
  const Deviation* deviation = input.deviation ? &*input.deviation : nullptr;
  auto& insert = db.prepare(
      "INSERT INTO options (case_id, title, description, kind, deviation_regulation_id, "
      "deviation_article, legal_basis, basis_reference, special_circumstances, "
      "disproportionality, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, case_id).bind(2, trim(input.title)).bind(3, input.description);
  insert.bind(4, to_string(input.kind));
  if (deviation) {
    insert.bind(5, deviation->regulation_id).bind(6, trim(deviation->article));
    insert.bind(7, to_string(deviation->basis)).bind(8, trim(deviation->basis_reference));
    insert.bind(9, deviation->special_circumstances).bind(10, deviation->disproportionality);
  } else {
    for (int column = 5; column <= 10; ++column) insert.bind_null(column);
  }
  insert.bind(11, actor.user_id).bind(12, now.millis).run();
  Option added = *load_option(db, case_id, db.last_insert_id());
  touch_case(db, case_id, now);
  append_event(db, {.case_id = case_id,
                    .kind = EventKind::option_added,
                    .actor_id = actor.user_id,
                    .occurred_at = now,
                    .after_state = option_state_json(added)});
  return added;
}

Result<Option> SqliteStore::add_option(const Principal& principal, const CaseReference& reference,
                                       const NewOption& input, Timestamp now) {
  Option added;
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    added = write_option(db, principal, target->id, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Status SqliteStore::remove_option(const Principal& principal, const CaseReference& reference,
                                  OptionId option, Timestamp now) {
  return write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    auto existing = load_option(db, target->id, option);
    if (!existing) return fail(option_not_found(reference, option));
    auto& arguments = db.prepare(std::string(kArgumentQuery) + "WHERE a.option_id = ? ORDER BY a.id");
    arguments.bind(1, option);
    std::vector<Argument> removed;
    while (arguments.step()) removed.push_back(read_argument(arguments));
    db.prepare("DELETE FROM options WHERE id = ?").bind(1, option).run();
    touch_case(db, target->id, now);
    for (const auto& argument : removed) {
      append_event(db, {.case_id = target->id,
                        .kind = EventKind::argument_removed,
                        .actor_id = principal.user_id,
                        .occurred_at = now,
                        .note = "met de optie verwijderd",
                        .before_state = argument_state_json(argument)});
    }
    append_event(db, {.case_id = target->id,
                      .kind = EventKind::option_removed,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .before_state = option_state_json(*existing)});
    return {};
  });
}

Argument write_argument(Connection& db, const Principal& actor, CaseId case_id, OptionId option,
                        const NewArgument& input, Timestamp now) {
  std::optional<std::string> own_text;
  if (input.own_text) own_text = std::string(trim(*input.own_text));
  auto& insert = db.prepare(
      "INSERT INTO arguments (option_id, side, theme, catalog_id, own_text, explanation, "
      "brought_by, weight, weighed_by, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, option).bind(2, to_string(input.side.value_or(Side::pro)));
  insert.bind(3, to_string(input.theme.value_or(Theme::wellbeing))).bind(4, input.catalog_id);
  insert.bind(5, own_text).bind(6, input.explanation).bind(7, to_string(input.brought_by));
  if (input.weight) {
    insert.bind(8, *input.weight).bind(9, actor.user_id);
  } else {
    insert.bind_null(8).bind_null(9);
  }
  insert.bind(10, actor.user_id).bind(11, now.millis).run();
  Argument added = *load_argument(db, option, db.last_insert_id());
  touch_case(db, case_id, now);
  append_event(db, {.case_id = case_id,
                    .kind = EventKind::argument_added,
                    .actor_id = actor.user_id,
                    .occurred_at = now,
                    .after_state = argument_state_json(added)});
  return added;
}

Result<Argument> SqliteStore::add_argument(const Principal& principal,
                                           const CaseReference& reference, OptionId option,
                                           const NewArgument& input, Timestamp now) {
  Argument added;
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    if (!load_option(db, target->id, option)) return fail(option_not_found(reference, option));
    added = write_argument(db, principal, target->id, option, input, now);
    return {};
  });
  if (!status) return fail(status.error());
  return added;
}

Result<Argument> SqliteStore::update_argument(const Principal& principal,
                                              const CaseReference& reference, OptionId option,
                                              ArgumentId argument, const ArgumentPatch& patch,
                                              Timestamp now) {
  Argument updated;
  auto status = write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    if (!load_option(db, target->id, option)) return fail(option_not_found(reference, option));
    auto existing = load_argument(db, option, argument);
    if (!existing) return fail(argument_not_found(option, argument));
    if (patch.explanation) {
      db.prepare("UPDATE arguments SET explanation = ? WHERE id = ?")
          .bind(1, *patch.explanation)
          .bind(2, argument)
          .run();
    }
    if (patch.weight) {
      db.prepare("UPDATE arguments SET weight = ?, weighed_by = ? WHERE id = ?")
          .bind(1, *patch.weight)
          .bind(2, principal.user_id)
          .bind(3, argument)
          .run();
    } else if (patch.clear_weight) {
      db.prepare("UPDATE arguments SET weight = NULL, weighed_by = NULL WHERE id = ?")
          .bind(1, argument)
          .run();
    }
    updated = *load_argument(db, option, argument);
    touch_case(db, target->id, now);
    append_event(db, {.case_id = target->id,
                      .kind = EventKind::argument_changed,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .before_state = argument_state_json(*existing),
                      .after_state = argument_state_json(updated)});
    return {};
  });
  if (!status) return fail(status.error());
  return updated;
}

Status SqliteStore::remove_argument(const Principal& principal, const CaseReference& reference,
                                    OptionId option, ArgumentId argument, Timestamp now) {
  return write([&](Connection& db) -> Status {
    auto target = open_case(db, principal, reference);
    if (!target) return fail(target.error());
    if (!load_option(db, target->id, option)) return fail(option_not_found(reference, option));
    auto existing = load_argument(db, option, argument);
    if (!existing) return fail(argument_not_found(option, argument));
    db.prepare("DELETE FROM arguments WHERE id = ?").bind(1, argument).run();
    touch_case(db, target->id, now);
    append_event(db, {.case_id = target->id,
                      .kind = EventKind::argument_removed,
                      .actor_id = principal.user_id,
                      .occurred_at = now,
                      .before_state = argument_state_json(*existing)});
    return {};
  });
}

std::vector<WeighedOption> read_weighing(Connection& db, CaseId case_id) {
  std::vector<WeighedOption> weighing;
  auto& options = db.prepare(std::string(kOptionQuery) + "WHERE o.case_id = ? ORDER BY o.id");
  options.bind(1, case_id);
  while (options.step()) weighing.push_back({read_option(options), {}});
  auto& arguments = db.prepare(std::string(kArgumentQuery) +
                               "JOIN options o ON o.id = a.option_id WHERE o.case_id = ? "
                               "ORDER BY a.option_id, a.id");
  arguments.bind(1, case_id);
  while (arguments.step()) {
    Argument argument = read_argument(arguments);
    for (auto& entry : weighing) {
      if (entry.option.id == argument.option_id) entry.arguments.push_back(argument);
    }
  }
  return weighing;
}

Result<std::vector<WeighedOption>> SqliteStore::load_weighing(OrganisationId organisation,
                                                              const CaseReference& reference) {
  return with_reader<std::vector<WeighedOption>>(
      [&](Connection& db) -> Result<std::vector<WeighedOption>> {
        auto target = load_case(db, organisation, reference);
        if (!target) return fail(case_not_found(reference));
        return read_weighing(db, target->id);
      });
}

}  // namespace helder::sqlite
