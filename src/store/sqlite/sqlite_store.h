// The embedded SQLite implementation of Store: WAL journal, foreign keys on, prepared
// statements only. Reads use one read-only connection per thread;
// writes go through one writer thread that commits concurrent writes together.
#pragma once

#include <memory>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "store/sqlite/case_index_follower.h"
#include "store/sqlite/database.h"
#include "store/sqlite/group_commit.h"
#include "store/sqlite/processing_log_import.h"
#include "store/store.h"

namespace helder::sqlite {

class SqliteStore final : public Store {
 public:
  // Opens (creating when missing) the database file and applies pending migrations.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path);
  ~SqliteStore() override;

  // Accounts (sqlite_accounts.cc).
  Result<Organisation> add_organisation(std::string_view code, std::string_view name) override;
  Result<Organisation> find_organisation(std::string_view code) override;
  Result<Organisation> get_organisation(OrganisationId id) override;
  Result<std::vector<Organisation>> list_organisations() override;
  Result<User> add_user(const NewUser& input) override;
  Result<User> find_user(std::string_view username) override;
  Result<User> get_user(UserId id) override;
  Result<std::vector<User>> list_users(std::optional<OrganisationId> organisation) override;
  Result<Credentials> find_credentials(std::string_view username) override;
  Status set_user_disabled(std::string_view username, bool disabled) override;
  Status set_password_hash(std::string_view username, std::string_view hash) override;
  Result<ApiToken> add_api_token(UserId user, std::string_view name, std::string_view digest,
                                 bool read_only, Timestamp now) override;
  Result<ApiToken> find_api_token(std::string_view digest) override;
  Result<std::vector<ApiToken>> list_api_tokens(std::string_view username) override;
  Status revoke_api_token(ApiTokenId id, Timestamp now) override;

  // Access, assignments, BSN and the processing log (sqlite_access.cc).
  Result<CaseAccessRecord> case_access_record(const Principal& principal,
                                              const CaseReference& reference) override;
  Status assign_user(const Principal& principal, const CaseReference& reference,
                     std::string_view username, Timestamp now) override;
  Status unassign_user(const Principal& principal, const CaseReference& reference,
                       std::string_view username, Timestamp now) override;
  Result<std::vector<User>> list_assigned_users(OrganisationId organisation,
                                                const CaseReference& reference) override;
  Result<std::optional<std::string>> sealed_bsn(OrganisationId organisation,
                                                const CaseReference& reference) override;
  Result<std::vector<CaseReference>> find_cases_by_bsn(OrganisationId organisation,
                                                       std::string_view lookup_hash) override;
  void append_processing(std::span<const ProcessingRecord> records,
                         std::function<void(Status)> done) override;
  Result<std::vector<ProcessingRecord>> list_processing(OrganisationId organisation,
                                                        std::int64_t case_id) override;
  Status sync_regulations(std::span<const Regulation> regulations) override;
  Result<std::vector<Regulation>> list_regulations() override;
  Status sync_signal_categories(
      std::span<const std::pair<std::string, std::string>> categories) override;

  Result<Case> create_case(const Principal& principal, const NewCase& input,
                           Timestamp now) override;
  Result<Case> find_case(OrganisationId organisation, const CaseReference& reference) override;
  Result<CasePage> list_cases(OrganisationId organisation, const CaseFilter& filter,
                              const PageRequest& page) override;
  Result<Case> update_case(const Principal& principal, const CaseReference& reference,
                           const CasePatch& patch, Timestamp now) override;
  Result<Case> change_phase(const Principal& principal, const CaseReference& reference, Phase to,
                            std::string_view note, Timestamp now) override;
  Result<std::int64_t> count_cases(OrganisationId organisation) override;
  Result<CaseStatistics> case_statistics(OrganisationId organisation) override;
  Status import_cases(OrganisationId organisation, std::span<const ImportedCase> cases) override;

  Result<SignalObservation> add_signal(const Principal& principal, const CaseReference& reference,
                                       const NewSignal& input, Timestamp now) override;
  Result<std::vector<SignalObservation>> list_signals(OrganisationId organisation,
                                                      const CaseReference& reference) override;
  Status remove_signal(const Principal& principal, const CaseReference& reference,
                       SignalId signal, Timestamp now) override;

  Result<Option> add_option(const Principal& principal, const CaseReference& reference,
                            const NewOption& input, Timestamp now) override;
  Status remove_option(const Principal& principal, const CaseReference& reference, OptionId option,
                       Timestamp now) override;
  Result<Argument> add_argument(const Principal& principal, const CaseReference& reference,
                                OptionId option, const NewArgument& input, Timestamp now) override;
  Result<Argument> update_argument(const Principal& principal, const CaseReference& reference,
                                   OptionId option, ArgumentId argument, const ArgumentPatch& patch,
                                   Timestamp now) override;
  Status remove_argument(const Principal& principal, const CaseReference& reference,
                         OptionId option, ArgumentId argument, Timestamp now) override;
  Result<std::vector<WeighedOption>> load_weighing(OrganisationId organisation,
                                                   const CaseReference& reference) override;

  Result<InvestigationAnswer> add_answer(const Principal& principal, const CaseReference& reference,
                                         const NewAnswer& input, Timestamp now) override;
  Status remove_answer(const Principal& principal, const CaseReference& reference, AnswerId answer,
                       Timestamp now) override;
  Result<ResidentWishes> record_wishes(const Principal& principal, const CaseReference& reference,
                                       const ResidentWishes& input, Timestamp now) override;
  Result<InvestigationStep> record_step(const Principal& principal, const CaseReference& reference,
                                        const InvestigationStep& input, Timestamp now) override;
  Status record_zrm(const Principal& principal, const CaseReference& reference,
                    std::span<const ZrmScore> scores, Timestamp now) override;
  Result<InvestigationRecord> load_investigation(OrganisationId organisation,
                                                 const CaseReference& reference) override;

  Result<Decision> record_decision(const Principal& principal, const CaseReference& reference,
                                   const NewDecision& input, Timestamp now) override;
  Result<std::vector<Decision>> list_decisions(OrganisationId organisation,
                                               const CaseReference& reference) override;

  Result<Evaluation> add_evaluation(const Principal& principal, const CaseReference& reference,
                                    const NewEvaluation& input, Timestamp now) override;
  Result<std::vector<Evaluation>> list_evaluations(OrganisationId organisation,
                                                   const CaseReference& reference) override;
  Result<Lesson> add_lesson(const Principal& principal, const CaseReference& reference,
                            const NewLesson& input, Timestamp now) override;
  Result<std::vector<Lesson>> list_lessons(OrganisationId organisation,
                                           const CaseReference& reference) override;
  Result<std::vector<StructuralSignal>> list_structural_signals(OrganisationId organisation) override;

  Result<MotivationVersion> add_motivation_version(const Principal& principal,
                                                   const CaseReference& reference,
                                                   MotivationAudience audience, std::string_view text,
                                                   Timestamp now) override;
  Result<std::vector<MotivationVersion>> list_motivation_versions(
      OrganisationId organisation, const CaseReference& reference) override;

  Result<std::vector<RetentionDue>> due_for_retention(Timestamp now) override;
  Result<RetentionOutcome> apply_retention(CaseId id, RetentionAction action, Timestamp now) override;
  Status compact_search_index() override;

  // Similar cases and consistency (sqlite_similarity.cc, sqlite_consistency.cc).
  Result<SimilarityCandidates> similarity_candidates(OrganisationId organisation, CaseId case_id,
                                                     std::size_t max_candidates,
                                                     bool decided_only) override;
  Result<std::vector<CaseSketch>> case_sketches(const Principal& principal,
                                                std::span<const CaseId> ids) override;
  Result<ConsistencyFindings> consistency_findings(OrganisationId organisation,
                                                   std::size_t limit) override;

  Result<std::vector<CaseEvent>> list_events(OrganisationId organisation,
                                             const CaseReference& reference) override;
  Result<CaseState> case_state_at(OrganisationId organisation, const CaseReference& reference,
                                  Timestamp moment) override;
  Result<AuditVerification> verify_audit_chain() override;
  std::unique_ptr<ReadSnapshot> snapshot_reads() override;

 private:
  explicit SqliteStore(std::string path, std::unique_ptr<Connection> writer);

  // The calling thread's read-only connection to this store, opened on first use. Each
  // thread keeps its own, so reads take no lock; the store owns and closes them all.
  Connection& reader();
  // Runs `query` on this thread's read connection, turning SQLite failures into an Error.
  template <typename T, typename Query>
  Result<T> with_reader(Query&& query);
  // Reads, on the calling thread, the index pages that adding a signal to the case will
  // change: the case's last entries in signals_by_case and case_events_by_case (ADR 0020).
  // The single writer then finds them in the system's page cache instead of waiting for the
  // disk while every write queued behind it waits too. Changes nothing; failures are ignored.
  void warm_for_signal_write(OrganisationId organisation, const CaseReference& reference);
  // Runs `work` as one atomic unit. When it added audit events, the index follower then
  // brings the similarity and full-text index up to date for their cases.
  Status write(GroupCommit::Work work);
  // The same, with the index of those cases brought up to date in the unit itself: for bulk
  // imports (one pass over many cases) and for destruction (no text of a destroyed case may
  // stay behind in the index).
  Status write_indexed(GroupCommit::Work work);
  // Waits (briefly) until the index covers every committed write; see CaseIndexFollower.
  void wait_for_index();
  // Indexes the cases that existed before the index did (once, after migration 10).
  void build_missing_index();

  std::string path_;
  std::uint64_t id_;  // tells this store's thread-local connections from another store's
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> readers_;
  GroupCommit writer_;
  // After writer_: it stores its last records through the writer when the store closes.
  // Null when another process holds the journal (see ProcessingLogImport::open).
  std::unique_ptr<ProcessingLogImport> processing_log_;
  std::unique_ptr<CaseIndexFollower> index_;  // after writer_: it writes through it
};

}  // namespace helder::sqlite
