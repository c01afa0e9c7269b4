#include "store/sqlite/migrations.h"

#include <spdlog/spdlog.h>

#include <string>

namespace helder::sqlite {

// Never edit a migration that has been released; add a new one.
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "organisations, users, regulations, cases, signals", R"sql(
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL
);
CREATE TABLE regulations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  has_hardship_clause INTEGER NOT NULL,
  prescribes_investigation_order INTEGER NOT NULL,
  version INTEGER NOT NULL
);
CREATE TABLE case_sequences (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, year)
);
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  reference TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  resident_reference TEXT NOT NULL,
  resident_kind TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  phase TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (organisation_id, reference)
);
CREATE INDEX cases_by_phase ON cases (organisation_id, phase, id);
CREATE INDEX cases_by_owner ON cases (organisation_id, owner_id, id);
CREATE TABLE case_regulations (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  regulation_id TEXT NOT NULL REFERENCES regulations(id),
  PRIMARY KEY (case_id, position),
  UNIQUE (case_id, regulation_id)
) WITHOUT ROWID;
CREATE INDEX case_regulations_by_regulation ON case_regulations (regulation_id, case_id);
CREATE TABLE signals (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  catalog_id TEXT,
  own_text TEXT,
  source TEXT NOT NULL,
  note TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  observed_at BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  CHECK ((catalog_id IS NULL) <> (own_text IS NULL))
);
CREATE INDEX signals_by_case ON signals (case_id, id);
)sql"},
      {2, "append-only, hash-chained case events", R"sql(
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES users(id),
  occurred_at BIGINT NOT NULL,
  note TEXT NOT NULL,
  before_state TEXT,
  after_state TEXT,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
  BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
  BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
)sql"},
      {3, "options and arguments", R"sql(
CREATE TABLE options (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,
  deviation_regulation_id TEXT REFERENCES regulations(id),
  deviation_article TEXT,
  legal_basis TEXT,
  basis_reference TEXT,
  special_circumstances TEXT,
  disproportionality TEXT,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX options_by_case ON options (case_id, id);
CREATE TABLE arguments (
  id INTEGER PRIMARY KEY,
  option_id INTEGER NOT NULL REFERENCES options(id) ON DELETE CASCADE,
  side TEXT NOT NULL,
  theme TEXT NOT NULL,
  catalog_id TEXT,
  own_text TEXT,
  explanation TEXT NOT NULL,
  brought_by TEXT NOT NULL,
  weight INTEGER CHECK (weight IS NULL OR weight BETWEEN 1 AND 5),
  weighed_by INTEGER REFERENCES users(id),
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  CHECK ((catalog_id IS NULL) <> (own_text IS NULL))
);
CREATE INDEX arguments_by_option ON arguments (option_id, id);
)sql"},
      {4, "decisions with a frozen snapshot of the weighing", R"sql(
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  option_id INTEGER NOT NULL,
  service_type TEXT NOT NULL,
  decided_by INTEGER NOT NULL REFERENCES users(id),
  decided_at BIGINT NOT NULL,
  motivation TEXT NOT NULL,
  effect_check TEXT NOT NULL,
  effect_check_on BIGINT NOT NULL,
  follow_up_by INTEGER NOT NULL REFERENCES users(id),
  review_on BIGINT NOT NULL,
  snapshot TEXT NOT NULL
);
CREATE INDEX decisions_by_case ON decisions (case_id, id);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
  BEGIN SELECT RAISE(ABORT, 'a recorded decision does not change'); END;
)sql"},
      {5, "investigation: answers, resident wishes, ordered steps, ZRM", R"sql(
CREATE TABLE investigation_answers (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  step TEXT NOT NULL,
  question_id TEXT,
  text TEXT NOT NULL,
  answered_by INTEGER NOT NULL REFERENCES users(id),
  answered_at BIGINT NOT NULL
);
CREATE INDEX investigation_answers_by_case ON investigation_answers (case_id, id);
CREATE TABLE resident_wishes (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  short_term TEXT NOT NULL,
  long_term TEXT NOT NULL,
  own_contribution TEXT NOT NULL,
  preferred_option TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL
);
CREATE TABLE investigation_steps (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
  content TEXT NOT NULL,
  completed_on BIGINT,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (case_id, step)
) WITHOUT ROWID;
CREATE TABLE zrm_scores (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  domain TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (case_id, domain)
) WITHOUT ROWID;
)sql"},
      {6, "follow-up: evaluations, lessons, structural signals", R"sql(
CREATE TABLE evaluations (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  evaluated_on BIGINT NOT NULL,
  observed_effect TEXT NOT NULL,
  next_step TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL
);
CREATE INDEX evaluations_by_case ON evaluations (case_id, id);
CREATE TABLE lessons (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  scope TEXT NOT NULL,
  structural INTEGER NOT NULL,
  regulation_id TEXT REFERENCES regulations(id),
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL
);
CREATE INDEX lessons_by_case ON lessons (case_id, id);
CREATE TABLE structural_signals (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  regulation_id TEXT NOT NULL REFERENCES regulations(id),
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX structural_signals_by_regulation ON structural_signals (organisation_id, regulation_id, id);
)sql"},
      {7, "edited versions of the motivation", R"sql(
CREATE TABLE motivation_versions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  audience TEXT NOT NULL,
  text TEXT NOT NULL,
  edited_by INTEGER NOT NULL REFERENCES users(id),
  edited_at BIGINT NOT NULL
);
CREATE INDEX motivation_versions_by_case ON motivation_versions (case_id, audience, id);
CREATE TRIGGER motivation_versions_no_update BEFORE UPDATE ON motivation_versions
  BEGIN SELECT RAISE(ABORT, 'a motivation version does not change; add a new one'); END;
)sql"},
      {8, "accounts, roles, tokens, assignments, BSN, processing log", R"sql(
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN team TEXT NOT NULL DEFAULT '';
CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users(id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
-- Users from before roles existed were all caseworkers.
INSERT INTO user_roles (user_id, role) SELECT id, 'caseworker' FROM users;
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  digest TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  read_only INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);
ALTER TABLE cases ADD COLUMN team TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN bsn_sealed TEXT;
ALTER TABLE cases ADD COLUMN bsn_lookup TEXT;
CREATE INDEX cases_by_bsn ON cases (organisation_id, bsn_lookup) WHERE bsn_lookup IS NOT NULL;
CREATE INDEX cases_by_team ON cases (organisation_id, team, id);
CREATE TABLE case_assignments (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  assigned_by INTEGER NOT NULL REFERENCES users(id),
  assigned_at BIGINT NOT NULL,
  PRIMARY KEY (case_id, user_id)
) WITHOUT ROWID;
CREATE INDEX case_assignments_by_user ON case_assignments (user_id, case_id);
CREATE TABLE processing_log (
  id INTEGER PRIMARY KEY,
  trace_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  succeeded INTEGER NOT NULL,
  organisation_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  case_id INTEGER NOT NULL,
  subject_sealed TEXT NOT NULL,
  subject_lookup TEXT NOT NULL
);
CREATE INDEX processing_log_by_case ON processing_log (organisation_id, case_id, id);
CREATE INDEX processing_log_by_subject ON processing_log (subject_lookup);
CREATE TRIGGER processing_log_no_update BEFORE UPDATE ON processing_log
  BEGIN SELECT RAISE(ABORT, 'the processing log is append-only'); END;
)sql"},
      {9, "retention: archive fields, redactable events, retention log", R"sql(
ALTER TABLE regulations ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 10;
ALTER TABLE regulations ADD COLUMN archive_nomination TEXT NOT NULL DEFAULT 'destroy';
ALTER TABLE cases ADD COLUMN archive_nomination TEXT;
ALTER TABLE cases ADD COLUMN archive_action_date BIGINT;
ALTER TABLE cases ADD COLUMN archive_status TEXT NOT NULL DEFAULT 'pending';
CREATE INDEX cases_due_for_retention ON cases (archive_action_date)
  WHERE archive_action_date IS NOT NULL AND archive_status = 'pending';
-- Retention may blank an event's content (note and states) once; nothing else changes.
-- The chain stays checkable: a redacted event keeps its hash and its link to the previous.
ALTER TABLE case_events ADD COLUMN redacted_at BIGINT;
DROP TRIGGER case_events_no_update;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
  WHEN NOT (OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL AND NEW.id = OLD.id
            AND NEW.case_id = OLD.case_id AND NEW.kind = OLD.kind AND NEW.actor_id = OLD.actor_id
            AND NEW.occurred_at = OLD.occurred_at AND NEW.note = '' AND NEW.before_state IS NULL
            AND NEW.after_state IS NULL AND NEW.previous_hash = OLD.previous_hash
            AND NEW.hash = OLD.hash)
  BEGIN SELECT RAISE(ABORT, 'case events are append-only; retention may only blank their content'); END;
CREATE TABLE retention_log (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  case_reference TEXT NOT NULL,
  action TEXT NOT NULL,
  archive_action_date BIGINT NOT NULL,
  performed_at BIGINT NOT NULL,
  rows_removed INTEGER NOT NULL,
  events_redacted INTEGER NOT NULL
);
CREATE TRIGGER retention_log_no_update BEFORE UPDATE ON retention_log
  BEGIN SELECT RAISE(ABORT, 'the retention log is append-only'); END;
CREATE TABLE anonymous_outcomes (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  regulation_ids TEXT NOT NULL,
  signal_ids TEXT NOT NULL,
  service_type TEXT,
  option_kind TEXT,
  legal_basis TEXT,
  opened_year INTEGER NOT NULL,
  closed_year INTEGER NOT NULL
);
)sql"},
      {10, "similarity index, Dutch full-text index, consistency checks", R"sql(
-- The catalog group of each signal entry (synced from the catalog like regulations).
CREATE TABLE signal_categories (
  signal_id TEXT PRIMARY KEY,
  category TEXT NOT NULL
) WITHOUT ROWID;
-- Every factor a case of the organisation has, with the number of cases that have it.
CREATE TABLE similarity_factors (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL,
  cases INTEGER NOT NULL,
  UNIQUE (organisation_id, code)
);
CREATE TABLE case_factors (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  factor_id INTEGER NOT NULL REFERENCES similarity_factors(id),
  PRIMARY KEY (case_id, factor_id)
) WITHOUT ROWID;
CREATE INDEX case_factors_by_factor ON case_factors (factor_id, case_id);
-- How many cases of the organisation are in the index.
CREATE TABLE similarity_corpus (
  organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id),
  cases INTEGER NOT NULL
);
-- Title, summary and the rest of a case's text (answers, own-text signals, signal notes),
-- under the Dutch analyser; the rowid is the case id.
CREATE VIRTUAL TABLE case_search USING fts5(title, summary, details, tokenize = 'helder_dutch');
-- Set when cases existed before the index: the store indexes them once at the next start.
CREATE TABLE similarity_rebuild (pending INTEGER NOT NULL);
INSERT INTO similarity_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM cases);
-- The consistency check made when a decision was recorded.
CREATE TABLE consistency_checks (
  decision_id INTEGER PRIMARY KEY REFERENCES decisions(id),
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  case_id INTEGER NOT NULL REFERENCES cases(id),
  departs INTEGER NOT NULL,
  reason TEXT,
  compared TEXT NOT NULL,   -- JSON: the compared cases with their score and outcome
  most_common_service_type TEXT,
  most_common_option_kind TEXT,
  most_common_cases INTEGER
);
CREATE INDEX consistency_departures ON consistency_checks (organisation_id, decision_id)
  WHERE departs = 1 AND reason IS NULL;
CREATE TRIGGER consistency_checks_no_update BEFORE UPDATE ON consistency_checks
  BEGIN SELECT RAISE(ABORT, 'a recorded consistency check does not change'); END;
-- Two decided cases found very similar but given different routes.
CREATE TABLE consistency_pairs (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  decision_id INTEGER NOT NULL REFERENCES decisions(id),
  case_id INTEGER NOT NULL REFERENCES cases(id),
  other_case_id INTEGER NOT NULL REFERENCES cases(id),
  score_permille INTEGER NOT NULL,
  PRIMARY KEY (decision_id, other_case_id)
) WITHOUT ROWID;
CREATE INDEX consistency_pairs_by_organisation ON consistency_pairs (organisation_id, decision_id);
)sql"},
      {11, "processing log fed from the append-only journal", R"sql(
-- How far the journal beside the database (<db>.logboek) has been stored in processing_log:
-- after a crash, the journal's entries after this sequence number are stored at start.
CREATE TABLE processing_journal (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stored_through INTEGER NOT NULL
);
INSERT INTO processing_journal (id, stored_through) VALUES (1, 0);
-- Nothing looks records up by data subject (a resident's records are found through their
-- cases), and every index costs a random page write per record.
DROP INDEX processing_log_by_subject;
)sql"},
      {12, "case index kept up to date behind the writes", R"sql(
-- The audit event through which the similarity and full-text index is current: the cases
-- of newer events are reindexed by the store's background follower. Until now the index was
-- brought up to date inside every write, so it covers every event there is.
CREATE TABLE case_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_through INTEGER NOT NULL
);
INSERT INTO case_index_state (id, indexed_through) SELECT 1, coalesce(max(id), 0) FROM case_events;
)sql"},
      {13, "processing log indexed by case within blocks of records", R"sql(
-- Records arrive in time order for random cases. Indexed by case alone, each imported record
-- landed on a random page of an index that only grows, so an import of a second's reads
-- wrote thousands of pages (80 MB/s of disk writes under read load at a million cases).
-- Indexed by block of 2^17 consecutive records first, new entries go to the part of the
-- index that belongs to the newest block, a few hundred pages at most. A case's records are
-- found block by block (processing_log_blocks; store_internal.h has the query).
DROP INDEX processing_log_by_case;
CREATE INDEX processing_log_by_block ON processing_log ((id >> 17), case_id, id);
-- Every block number from 0 to the newest, for the join that walks a case's records.
CREATE VIEW processing_log_blocks (block) AS
  WITH RECURSIVE blocks (block) AS (
    SELECT 0 UNION ALL
    SELECT block + 1 FROM blocks WHERE block < (SELECT coalesce(max(id), 0) >> 17 FROM processing_log))
  SELECT block FROM blocks;
)sql"},
      {14, "destroyed cases in an index of their own", R"sql(
-- The processing-log import asks for every record whether its case was destroyed. Looked
-- up in the cases table, that cost a random page of a table of a gigabyte at a million
-- cases; this index holds only the few destroyed cases and stays in the cache.
CREATE INDEX cases_destroyed ON cases (id) WHERE archive_status = 'destroyed';
)sql"},
  };
  return kMigrations;
}

void migrate(Connection& db, std::int64_t now_millis) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  std::int64_t current = 0;
  {
    auto& query = db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations");
    if (query.step()) current = query.int64(0);
    db.release_statements();
  }
  const auto& all = migrations();
  if (!all.empty() && current > all.back().version) {
    throw std::runtime_error("the database has schema version " + std::to_string(current) +
                             ", newer than this helder knows (" +
                             std::to_string(all.back().version) + "); use a newer helder");
  }
  for (const auto& migration : all) {
    if (migration.version <= current) continue;
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
          .bind(1, migration.version)
          .bind(2, migration.name)
          .bind(3, now_millis)
          .run();
      db.release_statements();
      db.exec("COMMIT");
    } catch (...) {
      db.exec("ROLLBACK");
      throw;
    }
    spdlog::info("store: applied migration {} ({})", migration.version, migration.name);
  }
}

}  // namespace helder::sqlite
