// SqliteStore: the similarity index (factors per case, with the number of cases per factor)
// and the Dutch full-text index, kept current behind the writes (case_index_follower.h) or
// inside them (write_indexed), and the search for candidate similar cases.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "search/dutch_analyser.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

// Candidate search reads the cases of the query's rarest factors first and stops adding
// factors once this many index entries have been read (each costs about half a microsecond); commoner factors still count in the
// final score of every candidate (domain/similarity.h), they just do not nominate any.
constexpr std::int64_t kPostingBudget = 12000;

void append_line(std::string& text, std::string_view line) {
  if (line.empty()) return;
  if (!text.empty()) text += '\n';
  text += line;
}

// Everything the index needs of one case, read from the tables. nullopt: the case does not
// exist or was destroyed.
std::optional<std::pair<OrganisationId, CaseText>> read_case_text(Connection& db, CaseId id,
                                                                  CaseFactorSource& source) {
  auto& head = db.prepare(
      "SELECT organisation_id, title, summary, archive_status FROM cases WHERE id = ?");
  head.bind(1, id);
  if (!head.step() || head.text(3) == "destroyed") return std::nullopt;
  OrganisationId organisation = head.int64(0);
  CaseText text{head.text(1), head.text(2), ""};

  auto& regulations = db.prepare(
      "SELECT regulation_id FROM case_regulations WHERE case_id = ? ORDER BY position");
  regulations.bind(1, id);
  while (regulations.step()) source.regulation_ids.push_back(regulations.text(0));

  auto& signals = db.prepare(
      "SELECT s.catalog_id, coalesce(c.category, ''), s.own_text, s.note FROM signals s "
      "LEFT JOIN signal_categories c ON c.signal_id = s.catalog_id WHERE s.case_id = ? "
      "ORDER BY s.id");
  signals.bind(1, id);
  while (signals.step()) {
    if (auto catalog_id = signals.optional_text(0)) {
      source.signals.emplace_back(*catalog_id, signals.text(1));
    }
    append_line(text.details, signals.optional_text(2).value_or(""));
    append_line(text.details, signals.text(3));
  }

  auto& zrm = db.prepare("SELECT domain, level FROM zrm_scores WHERE case_id = ?");
  zrm.bind(1, id);
  while (zrm.step()) {
    if (auto domain = zrm_domain_from_string(zrm.text(0))) {
      source.zrm.push_back({*domain, static_cast<int>(zrm.int64(1))});
    }
  }

  auto& deviations = db.prepare(
      "SELECT deviation_regulation_id, deviation_article, legal_basis FROM options "
      "WHERE case_id = ? AND kind = 'deviation'");
  deviations.bind(1, id);
  while (deviations.step()) {
    Option option{.kind = OptionKind::deviation};
    option.deviation = Deviation{
        .regulation_id = deviations.optional_text(0),
        .article = deviations.optional_text(1).value_or(""),
        .basis = legal_basis_from_string(deviations.optional_text(2).value_or(""))
                     .value_or(LegalBasis::hardship_clause)};
    source.options.push_back(std::move(option));
  }

  // Made unique here, not with DISTINCT: that needs a temporary B-tree, and the writer keeps
  // those in a file (see configure() in sqlite_store.cc), which costs a file per write.
  auto& arguments = db.prepare(
      "SELECT a.catalog_id FROM arguments a JOIN options o ON o.id = a.option_id "
      "WHERE o.case_id = ? AND a.catalog_id IS NOT NULL");
  arguments.bind(1, id);
  auto& argument_ids = source.argument_catalog_ids;
  while (arguments.step()) argument_ids.push_back(arguments.text(0));
  std::sort(argument_ids.begin(), argument_ids.end());
  argument_ids.erase(std::unique(argument_ids.begin(), argument_ids.end()), argument_ids.end());

  auto& answers = db.prepare("SELECT text FROM investigation_answers WHERE case_id = ? ORDER BY id");
  answers.bind(1, id);
  while (answers.step()) append_line(text.details, answers.text(0));

  auto& analyser = search::thread_analyser();
  source.title_terms = analyser.terms(text.title);
  source.text_terms = analyser.terms(text.summary);
  for (auto& term : analyser.terms(text.details)) source.text_terms.push_back(std::move(term));
  return std::make_pair(organisation, std::move(text));
}

void change_corpus(Connection& db, OrganisationId organisation, int delta) {
  db.prepare("UPDATE similarity_corpus SET cases = max(cases + ?, 0) WHERE organisation_id = ?")
      .bind(1, delta)
      .bind(2, organisation)
      .run();
  if (db.changes() == 0) {
    db.prepare("INSERT INTO similarity_corpus (organisation_id, cases) VALUES (?, max(?, 0))")
        .bind(1, organisation)
        .bind(2, delta)
        .run();
  }
}

// The factor keys stored for a case, with their factor ids.
std::unordered_map<std::string, std::int64_t> stored_factors(Connection& db, CaseId id) {
  std::unordered_map<std::string, std::int64_t> stored;
  auto& query = db.prepare(
      "SELECT f.code, f.id FROM case_factors cf JOIN similarity_factors f ON f.id = cf.factor_id "
      "WHERE cf.case_id = ?");
  query.bind(1, id);
  while (query.step()) stored.emplace(query.text(0), query.int64(1));
  return stored;
}

void remove_factor(Connection& db, CaseId id, std::int64_t factor_id) {
  db.prepare("DELETE FROM case_factors WHERE case_id = ? AND factor_id = ?")
      .bind(1, id)
      .bind(2, factor_id)
      .run();
  db.prepare("UPDATE similarity_factors SET cases = cases - 1 WHERE id = ?").bind(1, factor_id).run();
}

std::optional<CaseText> stored_text(Connection& db, CaseId id) {
  auto& query = db.prepare("SELECT title, summary, details FROM case_search WHERE rowid = ?");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return CaseText{query.text(0), query.text(1), query.text(2)};
}

CountedFactor read_counted(const Statement& row, int code_column, int cases_column) {
  auto factor = Factor::from_key(row.text(code_column));
  return {factor.value_or(Factor{FactorKind::word, row.text(code_column)}),
          row.int64(cases_column)};
}

}  // namespace

CaseIndexEntry read_index_entry(Connection& db, CaseId id) {
  CaseIndexEntry entry{.id = id};
  CaseFactorSource source;
  auto read = read_case_text(db, id, source);
  if (!read) return entry;
  entry.indexable = true;
  entry.organisation = read->first;
  entry.text = std::move(read->second);
  for (const auto& factor : case_factors(source)) entry.factor_keys.push_back(factor.key());
  return entry;
}

void apply_index_entry(Connection& db, const CaseIndexEntry& entry) {
  CaseId id = entry.id;
  if (!entry.indexable) {
    unindex_case(db, id);
    return;
  }
  // Read elsewhere, earlier: a case destroyed since then must not come back into the index.
  auto& status = db.prepare("SELECT archive_status FROM cases WHERE id = ?");
  status.bind(1, id);
  bool destroyed = !status.step() || status.text(0) == "destroyed";
  status.reset();
  if (destroyed) {
    unindex_case(db, id);
    return;
  }
  OrganisationId organisation = entry.organisation;
  auto stored = stored_factors(db, id);
  for (const auto& key : entry.factor_keys) {
    if (stored.erase(key) > 0) continue;  // already there
    // Plain statements on purpose: RETURNING and UPSERT need a statement journal, whose
    // release costs more with every page the transaction has touched (quadratic in bulk).
    auto& find = db.prepare("SELECT id FROM similarity_factors WHERE organisation_id = ? AND code = ?");
    find.bind(1, organisation).bind(2, key);
    std::optional<std::int64_t> factor_id;
    if (find.step()) factor_id = find.int64(0);
    find.reset();
    if (factor_id) {
      db.prepare("UPDATE similarity_factors SET cases = cases + 1 WHERE id = ?").bind(1, *factor_id).run();
    } else {
      db.prepare("INSERT INTO similarity_factors (organisation_id, code, cases) VALUES (?, ?, 1)")
          .bind(1, organisation)
          .bind(2, key)
          .run();
      factor_id = db.last_insert_id();
    }
    db.prepare("INSERT INTO case_factors (case_id, factor_id) VALUES (?, ?)")
        .bind(1, id)
        .bind(2, *factor_id)
        .run();
  }
  for (const auto& [key, factor_id] : stored) remove_factor(db, id, factor_id);

  auto previous = stored_text(db, id);
  if (previous == entry.text) return;
  if (previous) {
    db.prepare("DELETE FROM case_search WHERE rowid = ?").bind(1, id).run();
  } else {
    change_corpus(db, organisation, +1);
  }
  db.prepare("INSERT INTO case_search (rowid, title, summary, details) VALUES (?, ?, ?, ?)")
      .bind(1, id)
      .bind(2, entry.text.title)
      .bind(3, entry.text.summary)
      .bind(4, entry.text.details)
      .run();
}

void reindex_case(Connection& db, CaseId id) { apply_index_entry(db, read_index_entry(db, id)); }

void unindex_case(Connection& db, CaseId id) {
  for (const auto& [key, factor_id] : stored_factors(db, id)) remove_factor(db, id, factor_id);
  if (!stored_text(db, id)) return;
  db.prepare("DELETE FROM case_search WHERE rowid = ?").bind(1, id).run();
  auto& organisation = db.prepare("SELECT organisation_id FROM cases WHERE id = ?");
  organisation.bind(1, id);
  if (organisation.step()) {
    OrganisationId found = organisation.int64(0);
    organisation.reset();
    change_corpus(db, found, -1);
  }
}

std::int64_t last_event_id(Connection& db) {
  auto& query = db.prepare("SELECT coalesce(max(id), 0) FROM case_events");
  query.step();
  std::int64_t id = query.int64(0);
  query.reset();
  return id;
}

std::int64_t indexed_through(Connection& db) {
  auto& query = db.prepare("SELECT indexed_through FROM case_index_state WHERE id = 1");
  std::int64_t id = query.step() ? query.int64(0) : 0;
  query.reset();
  return id;
}

void set_indexed_through(Connection& db, std::int64_t event_id) {
  db.prepare("UPDATE case_index_state SET indexed_through = ? WHERE id = 1").bind(1, event_id).run();
}

std::vector<CaseId> cases_changed_since(Connection& db, std::int64_t event_id, std::int64_t limit,
                                        std::int64_t& last) {
  // Not "SELECT DISTINCT": the planner would walk the whole case_id index for it instead of
  // the few newest rows.
  std::vector<CaseId> changed;
  std::unordered_set<CaseId> seen;  // an import batch changes thousands of cases
  last = event_id;
  auto& query = db.prepare("SELECT id, case_id FROM case_events WHERE id > ? ORDER BY id LIMIT ?");
  query.bind(1, event_id).bind(2, limit);
  while (query.step()) {
    last = query.int64(0);
    if (CaseId id = query.int64(1); seen.insert(id).second) changed.push_back(id);
  }
  query.reset();
  return changed;
}

void reindex_cases_changed_since(Connection& db, std::int64_t event_id) {
  std::int64_t last = 0;
  for (CaseId id : cases_changed_since(db, event_id, -1, last)) reindex_case(db, id);
}

std::optional<DecisionOutcome> latest_outcome(Connection& db, CaseId case_id) {
  auto& query = db.prepare(
      "SELECT d.service_type, o.kind, o.legal_basis, d.decided_at FROM decisions d "
      "LEFT JOIN options o ON o.id = d.option_id WHERE d.case_id = ? ORDER BY d.id DESC LIMIT 1");
  query.bind(1, case_id);
  if (!query.step()) return std::nullopt;
  DecisionOutcome outcome = read_outcome(query, 0);
  query.reset();
  return outcome;
}

DecisionOutcome read_outcome(const Statement& row, int first) {
  DecisionOutcome outcome;
  outcome.service_type = service_type_from_string(row.text(first)).value_or(ServiceType::standard);
  // Without its option (removed after the decision) the kind follows from the service type.
  outcome.option_kind = option_kind_from_string(row.optional_text(first + 1).value_or(""))
                            .value_or(option_kind_for(outcome.service_type));
  if (auto basis = row.optional_text(first + 2)) outcome.legal_basis = legal_basis_from_string(*basis);
  outcome.decided_at = {row.int64(first + 3)};
  return outcome;
}

Status SqliteStore::write(GroupCommit::Work work) {
  bool added_events = false;
  Status status = writer_.run([&](Connection& db) -> Status {
    std::int64_t before = last_event_id(db);
    Status done = work(db);
    added_events = done && last_event_id(db) > before;
    return done;
  });
  if (status && added_events && index_) index_->changed();
  return status;
}

Status SqliteStore::write_indexed(GroupCommit::Work work) {
  return writer_.run([&work](Connection& db) -> Status {
    std::int64_t before = last_event_id(db);
    bool index_was_current = indexed_through(db) == before;
    Status status = work(db);
    if (!status) return status;
    reindex_cases_changed_since(db, before);
    // Otherwise the follower has older events to do first; it will see these cases again.
    if (index_was_current) set_indexed_through(db, last_event_id(db));
    return status;
  });
}

void SqliteStore::wait_for_index() {
  // Under a burst of writes the follower may be far behind: the query then answers from the
  // index as it is rather than keep the user waiting.
  constexpr std::chrono::milliseconds kIndexWait{1000};
  if (index_ && !index_->catch_up(kIndexWait)) {
    spdlog::debug("store: the case index is still behind the writes; answering from it as it is");
  }
}

void SqliteStore::build_missing_index() {
  std::vector<CaseId> pending;
  auto status = writer_.run([&](Connection& db) -> Status {
    auto& flag = db.prepare("SELECT count(*) FROM similarity_rebuild WHERE pending = 1");
    flag.step();
    bool needed = flag.int64(0) > 0;
    flag.reset();
    if (!needed) return {};
    auto& cases = db.prepare("SELECT id FROM cases ORDER BY id");
    while (cases.step()) pending.push_back(cases.int64(0));
    return {};
  });
  if (!status || pending.empty()) return;
  spdlog::info("store: indexing {} existing cases for similarity and search (once)", pending.size());
  constexpr std::size_t kBatch = 5000;
  for (std::size_t start = 0; start < pending.size(); start += kBatch) {
    std::size_t end = std::min(pending.size(), start + kBatch);
    auto done = writer_.run([&](Connection& db) -> Status {
      for (std::size_t at = start; at < end; ++at) reindex_case(db, pending[at]);
      if (end == pending.size()) db.exec("DELETE FROM similarity_rebuild");
      return {};
    });
    if (!done) {
      spdlog::error("store: indexing existing cases stopped; it is retried at the next start");
      return;
    }
    if (end % 100000 < kBatch || end == pending.size()) {
      spdlog::info("store: indexed {} of {} cases", end, pending.size());
    }
  }
}

Status SqliteStore::compact_search_index() {
  return writer_.run([](Connection& db) -> Status {
    db.exec("INSERT INTO case_search (case_search) VALUES ('optimize')");
    return {};
  });
}

Status SqliteStore::sync_signal_categories(
    std::span<const std::pair<std::string, std::string>> categories) {
  auto synced = write([&](Connection& db) -> Status {
    bool changed = false;
    for (const auto& [signal_id, category] : categories) {
      db.prepare(
            "INSERT INTO signal_categories (signal_id, category) VALUES (?, ?) "
            "ON CONFLICT (signal_id) DO UPDATE SET category = excluded.category "
            "WHERE category != excluded.category")
          .bind(1, signal_id)
          .bind(2, category)
          .run();
      changed = changed || db.changes() > 0;
    }
    // Cases indexed under the old categories are indexed again.
    if (changed) {
      db.exec("INSERT INTO similarity_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM cases)");
    }
    return {};
  });
  if (!synced) return synced;
  build_missing_index();
  return {};
}

Result<SimilarityCandidates> SqliteStore::similarity_candidates(OrganisationId organisation,
                                                                CaseId case_id,
                                                                std::size_t max_candidates,
                                                                bool decided_only) {
  wait_for_index();
  return with_reader<SimilarityCandidates>([&](Connection& db) -> Result<SimilarityCandidates> {
    SimilarityCandidates result;
    auto& corpus = db.prepare("SELECT cases FROM similarity_corpus WHERE organisation_id = ?");
    corpus.bind(1, organisation);
    if (corpus.step()) result.corpus = corpus.int64(0);

    struct QueryFactor {
      std::int64_t id;
      CountedFactor counted;
    };
    std::vector<QueryFactor> query;
    auto& own = db.prepare(
        "SELECT f.id, f.code, f.cases FROM case_factors cf "
        "JOIN similarity_factors f ON f.id = cf.factor_id "
        "WHERE cf.case_id = ? AND f.organisation_id = ?");
    own.bind(1, case_id).bind(2, organisation);
    while (own.step()) query.push_back({own.int64(0), read_counted(own, 1, 2)});
    std::sort(query.begin(), query.end(), [](const QueryFactor& a, const QueryFactor& b) {
      return a.counted.cases < b.counted.cases;
    });
    for (const auto& factor : query) result.query.push_back(factor.counted);

    // Nominate candidates by the rarest factors first, within the budget.
    std::unordered_map<CaseId, double> nominated;
    nominated.reserve(static_cast<std::size_t>(kPostingBudget));
    std::int64_t budget = kPostingBudget;
    auto& postings = db.prepare("SELECT case_id FROM case_factors WHERE factor_id = ?");
    for (const auto& factor : query) {
      if (factor.counted.cases > budget) continue;
      budget -= factor.counted.cases;
      double weight = factor_weight(factor.counted, result.corpus);
      postings.bind(1, factor.id);
      while (postings.step()) {
        CaseId other = postings.int64(0);
        if (other != case_id) nominated[other] += weight;
      }
      postings.reset();
    }
    std::vector<std::pair<double, CaseId>> ranked;
    ranked.reserve(nominated.size());
    for (const auto& [id, weight] : nominated) ranked.emplace_back(weight, id);
    // Only the best nominees are read; with "only decided", a few more to choose from.
    std::size_t wanted = std::min(ranked.size(), decided_only ? 4 * max_candidates : max_candidates);
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(wanted),
                      ranked.end(), std::greater<>());
    ranked.resize(wanted);

    auto& decided = db.prepare("SELECT 1 FROM decisions WHERE case_id = ? LIMIT 1");
    auto& factors = db.prepare(
        "SELECT f.code, f.cases FROM case_factors cf JOIN similarity_factors f ON f.id = cf.factor_id "
        "WHERE cf.case_id = ?");
    for (const auto& [weight, id] : ranked) {
      if (result.candidates.size() >= max_candidates) break;
      if (decided_only) {
        decided.bind(1, id);
        bool has_decision = decided.step();
        decided.reset();
        if (!has_decision) continue;
      }
      CandidateFactors candidate{.case_id = id};
      factors.bind(1, id);
      while (factors.step()) candidate.factors.push_back(read_counted(factors, 0, 1));
      factors.reset();
      result.candidates.push_back(std::move(candidate));
    }
    return result;
  });
}

}  // namespace helder::sqlite
