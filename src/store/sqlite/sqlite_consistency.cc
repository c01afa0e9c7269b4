// SqliteStore: the consistency check kept with each decision, what a list of similar cases
// shows of each case, and the findings for managers.
#include <boost/json.hpp>

#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

namespace json = boost::json;

json::object outcome_json(const DecisionOutcome& outcome) {
  json::object object{{"service_type", to_string(outcome.service_type)},
                      {"option_kind", to_string(outcome.option_kind)},
                      {"decided_at", outcome.decided_at.millis}};
  if (outcome.legal_basis) object["legal_basis"] = to_string(*outcome.legal_basis);
  return object;
}

DecisionOutcome outcome_from_json(const json::object& object) {
  DecisionOutcome outcome;
  if (auto* type = object.if_contains("service_type"); type && type->is_string()) {
    outcome.service_type = service_type_from_string(type->as_string()).value_or(ServiceType::standard);
  }
  if (auto* kind = object.if_contains("option_kind"); kind && kind->is_string()) {
    outcome.option_kind = option_kind_from_string(kind->as_string()).value_or(OptionKind::standard);
  }
  if (auto* basis = object.if_contains("legal_basis"); basis && basis->is_string()) {
    outcome.legal_basis = legal_basis_from_string(basis->as_string());
  }
  if (auto* at = object.if_contains("decided_at"); at && at->is_int64()) {
    outcome.decided_at = {at->as_int64()};
  }
  return outcome;
}

std::string compared_json(const std::vector<ComparedCase>& compared) {
  json::array items;
  for (const auto& other : compared) {
    items.push_back(json::object{{"case_id", other.case_id},
                                 {"reference", other.reference.str()},
                                 {"score", other.score},
                                 {"outcome", outcome_json(other.outcome)}});
  }
  return json::serialize(items);
}

std::vector<ComparedCase> compared_from_json(std::string_view text) {
  std::vector<ComparedCase> compared;
  boost::system::error_code error;
  json::value parsed = json::parse(text, error);
  if (error || !parsed.is_array()) return compared;
  for (const auto& item : parsed.as_array()) {
    if (!item.is_object()) continue;
    const auto& object = item.as_object();
    ComparedCase other;
    if (auto* id = object.if_contains("case_id"); id && id->is_int64()) other.case_id = id->as_int64();
    if (auto* reference = object.if_contains("reference"); reference && reference->is_string()) {
      other.reference = CaseReference::parse(reference->as_string()).value_or(CaseReference{});
    }
    if (auto* score = object.if_contains("score"); score && score->is_number()) {
      other.score = score->to_number<double>();
    }
    if (auto* outcome = object.if_contains("outcome"); outcome && outcome->is_object()) {
      other.outcome = outcome_from_json(outcome->as_object());
    }
    compared.push_back(std::move(other));
  }
  return compared;
}

// Columns 0..5 of a consistency_checks row, as read_check() expects them.
constexpr std::string_view kCheckColumns =
    "k.departs, k.reason, k.compared, k.most_common_service_type, k.most_common_option_kind, "
    "k.most_common_cases, ";

ConsistencyRecord read_check(const Statement& row, const DecisionOutcome& chosen) {
  ConsistencyRecord record;
  record.check.chosen = chosen;
  record.check.departs = row.int64(0) != 0;
  record.reason = row.optional_text(1);
  record.check.compared = compared_from_json(row.text(2));
  if (!row.is_null(3)) {
    record.check.most_common = RouteCount{
        service_type_from_string(row.text(3)).value_or(ServiceType::standard),
        option_kind_from_string(row.optional_text(4).value_or("")).value_or(OptionKind::standard),
        static_cast<int>(row.int64(5))};
  }
  for (const auto& other : record.check.compared) {
    if (other.outcome.same_route(chosen)) ++record.check.same_as_chosen;
  }
  record.check.enough_comparables = record.check.compared.size() >= kMinComparables;
  return record;
}

}  // namespace

void insert_consistency(Connection& db, OrganisationId organisation, CaseId case_id,
                        DecisionId decision, const ConsistencyRecord& record) {
  const auto& check = record.check;
  auto& insert = db.prepare(
      "INSERT INTO consistency_checks (decision_id, organisation_id, case_id, departs, reason, "
      "compared, most_common_service_type, most_common_option_kind, most_common_cases) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, decision)
      .bind(2, organisation)
      .bind(3, case_id)
      .bind(4, check.departs ? 1 : 0)
      .bind(5, record.reason)
      .bind(6, compared_json(check.compared));
  if (check.most_common) {
    insert.bind(7, to_string(check.most_common->service_type))
        .bind(8, to_string(check.most_common->option_kind))
        .bind(9, check.most_common->cases);
  } else {
    insert.bind_null(7).bind_null(8).bind_null(9);
  }
  insert.run();
  for (const auto& other : check.compared) {
    if (other.score < kNearIdenticalScore || other.outcome.same_route(check.chosen)) continue;
    db.prepare(
          "INSERT OR IGNORE INTO consistency_pairs (organisation_id, decision_id, case_id, "
          "other_case_id, score_permille) VALUES (?, ?, ?, ?, ?)")
        .bind(1, organisation)
        .bind(2, decision)
        .bind(3, case_id)
        .bind(4, other.case_id)
        .bind(5, static_cast<std::int64_t>(other.score * 1000 + 0.5))
        .run();
  }
}

std::optional<ConsistencyRecord> read_consistency(Connection& db, DecisionId decision) {
  auto& query = db.prepare("SELECT " + std::string(kCheckColumns) +
                           "d.service_type, o.kind, o.legal_basis, d.decided_at "
                           "FROM consistency_checks k JOIN decisions d ON d.id = k.decision_id "
                           "LEFT JOIN options o ON o.id = d.option_id WHERE k.decision_id = ?");
  query.bind(1, decision);
  if (!query.step()) return std::nullopt;
  auto record = read_check(query, read_outcome(query, 6));
  query.reset();
  return record;
}

Result<std::vector<CaseSketch>> SqliteStore::case_sketches(const Principal& principal,
                                                          std::span<const CaseId> ids) {
  return with_reader<std::vector<CaseSketch>>([&](Connection& db) -> Result<std::vector<CaseSketch>> {
    std::vector<CaseSketch> sketches;
    auto& query = db.prepare(
        "SELECT c.reference, c.phase, c.title, u.username, u.display_name, c.owner_id, c.team, "
        "EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = ?) "
        "FROM cases c JOIN users u ON u.id = c.owner_id "
        "WHERE c.id = ? AND c.organisation_id = ? AND" + std::string(kCaseExists));
    auto& lessons = db.prepare("SELECT text FROM lessons WHERE case_id = ? ORDER BY id");
    for (CaseId id : ids) {
      query.bind(1, principal.user_id).bind(2, id).bind(3, principal.organisation_id);
      if (!query.step()) {
        query.reset();
        continue;
      }
      CaseSketch sketch;
      sketch.id = id;
      sketch.reference = CaseReference::parse(query.text(0)).value_or(CaseReference{});
      sketch.phase = phase_from_string(query.text(1)).value_or(Phase::signal);
      sketch.title = query.text(2);
      sketch.owner_username = query.text(3);
      sketch.owner_name = query.text(4);
      sketch.access = {principal.organisation_id, query.int64(5), query.text(6), query.int64(7) != 0};
      query.reset();
      sketch.outcome = latest_outcome(db, id);
      lessons.bind(1, id);
      while (lessons.step()) sketch.lessons.push_back(lessons.text(0));
      lessons.reset();
      sketches.push_back(std::move(sketch));
    }
    return sketches;
  });
}

Result<ConsistencyFindings> SqliteStore::consistency_findings(OrganisationId organisation,
                                                              std::size_t limit) {
  return with_reader<ConsistencyFindings>([&](Connection& db) -> Result<ConsistencyFindings> {
    ConsistencyFindings findings;
    auto& departures = db.prepare(
        "SELECT " + std::string(kCheckColumns) +
        "d.service_type, o.kind, o.legal_basis, d.decided_at, c.reference, u.username "
        "FROM consistency_checks k JOIN decisions d ON d.id = k.decision_id "
        "LEFT JOIN options o ON o.id = d.option_id JOIN cases c ON c.id = k.case_id "
        "JOIN users u ON u.id = d.decided_by "
        "WHERE k.organisation_id = ? AND k.departs = 1 AND k.reason IS NULL AND" +
        std::string(kCaseExists) + "ORDER BY k.decision_id DESC LIMIT ?");
    departures.bind(1, organisation).bind(2, static_cast<std::int64_t>(limit));
    while (departures.step()) {
      DecisionOutcome chosen = read_outcome(departures, 6);
      findings.departures.push_back(
          {CaseReference::parse(departures.text(10)).value_or(CaseReference{}), chosen.decided_at,
           departures.text(11), read_check(departures, chosen).check});
    }
    std::vector<std::tuple<CaseId, CaseId, std::int64_t>> pairs;
    auto& pair_rows = db.prepare(
        "SELECT p.case_id, p.other_case_id, p.score_permille FROM consistency_pairs p "
        "JOIN cases a ON a.id = p.case_id JOIN cases b ON b.id = p.other_case_id "
        "WHERE p.organisation_id = ? AND a.archive_status != 'destroyed' "
        "AND b.archive_status != 'destroyed' ORDER BY p.decision_id DESC LIMIT ?");
    pair_rows.bind(1, organisation).bind(2, static_cast<std::int64_t>(limit));
    while (pair_rows.step()) pairs.emplace_back(pair_rows.int64(0), pair_rows.int64(1), pair_rows.int64(2));
    pair_rows.reset();
    auto& reference = db.prepare("SELECT reference FROM cases WHERE id = ?");
    auto reference_of = [&](CaseId id) {
      reference.bind(1, id);
      reference.step();
      auto parsed = CaseReference::parse(reference.text(0)).value_or(CaseReference{});
      reference.reset();
      return parsed;
    };
    for (const auto& [case_id, other_id, permille] : pairs) {
      auto outcome = latest_outcome(db, case_id);
      auto other_outcome = latest_outcome(db, other_id);
      if (!outcome || !other_outcome || outcome->same_route(*other_outcome)) continue;
      findings.pairs.push_back({reference_of(case_id), *outcome, reference_of(other_id),
                                *other_outcome, static_cast<double>(permille) / 1000.0});
    }
    return findings;
  });
}

}  // namespace helder::sqlite
