// The storage interface the rest of helder depends on. Every method is one atomic unit:
// a write either happens completely or not at all. Implementations: sqlite/ (embedded,
// the default) and, later, postgres/. Nothing outside store/ sees SQL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "store/account_store.h"
#include "store/case_event.h"
#include "store/processing_log.h"
#include "domain/case.h"
#include "domain/decision.h"
#include "domain/follow_up.h"
#include "domain/investigation.h"
#include "domain/investigation_order.h"
#include "domain/motivation.h"
#include "domain/access_policy.h"
#include "domain/argument.h"
#include "domain/option.h"
#include "domain/organisation.h"
#include "domain/phase_rules.h"
#include "domain/regulation.h"
#include "domain/signal.h"
#include "domain/similarity.h"
#include "domain/consistency.h"

namespace helder {

struct CaseFilter {
  std::optional<Phase> phase;
  std::optional<std::string> regulation_id;
  std::optional<std::string> owner_username;
  // Dutch full-text search (stemmed) over title, summary, answers and signal texts; every
  // word must occur.
  std::optional<std::string> text;
  // Only the cases this principal may see (see case_list_scope); unset: all of them.
  std::optional<Principal> visible_to;
};

struct PageRequest {
  int page = 1;  // 1-based
  int page_size = 20;
};

struct CasePage {
  std::vector<Case> cases;
  bool has_next = false;
};

// An option of an imported case with its arguments (side and theme filled in, also for
// arguments from the card; a weight counts as set by the case's owner).
struct ImportedOption {
  NewOption option;
  std::vector<NewArgument> arguments;
};

// The decision of an imported case: one of its options, with the reasoning and follow-up.
// `decision.option_id` is ignored (the option is `option_index` into the case's options);
// an empty `follow_up_by` means the owner. effect_check_on and review_on must be set.
struct ImportedDecision {
  std::size_t option_index = 0;
  NewDecision decision;
  Timestamp decided_at;
};

// A whole case, written in bulk by the demo seeder and the generator, through the same
// rows and audit events as the single writes, in the order a caseworker would make them:
// created, signals, investigation (ZRM, answers, wishes), weighing, decision (which moves
// it from afweging to besluit) and the phases after it, lessons. The reference is assigned
// on import; `opened_at` decides its year. Every moment lies between opened_at and
// updated_at.
struct ImportedCase {
  std::string owner_username;
  Resident resident;
  std::string title;
  std::string summary;
  std::vector<std::string> regulation_ids;
  // With a decision: besluit, uitvoering, evaluatie or afgesloten; those need a decision,
  // except afgesloten (a case may close before any decision).
  Phase phase = Phase::signal;
  Timestamp opened_at;
  Timestamp updated_at;  // the last change; the moment the final phase was reached
  std::vector<NewSignal> signals;  // in the order observed (observed_at, default opened_at)
  // The investigation, recorded at investigated_at (default opened_at).
  std::vector<ZrmScore> zrm;
  std::vector<NewAnswer> answers;
  std::optional<ResidentWishes> wishes;  // who recorded them and when are set on import
  std::optional<Timestamp> investigated_at;
  // The weighing, recorded at weighed_at (default investigated_at).
  std::vector<ImportedOption> options;
  std::optional<Timestamp> weighed_at;
  // The phases after besluit are reached at even steps from decided_at to updated_at.
  std::optional<ImportedDecision> decision;
  std::vector<NewLesson> lessons;  // recorded at updated_at
};

// A case and its signals as they were at some moment, rebuilt from its events.
struct CaseState {
  Case value;
  std::vector<SignalObservation> signals;
  std::vector<WeighedOption> weighing;
};

// Everything the investigation of a case recorded.
struct InvestigationRecord {
  std::vector<InvestigationAnswer> answers;
  std::optional<ResidentWishes> wishes;
  std::vector<InvestigationStep> steps;  // the ordered steps (Wmo 2015 and the like)
  std::vector<ZrmScore> zrm;
};

// What the access rules need of a case, with the ids that the processing log records.
struct CaseAccessRecord {
  CaseId id = 0;
  CaseAccessFacts facts;
  std::string resident_reference;
};

// Counts for the organisation's overview, without any case in it: cases per phase and per
// regulation, and the latest decision of each case per service type.
struct CaseStatistics {
  std::vector<std::pair<std::string, std::int64_t>> by_phase;         // phase code name
  std::vector<std::pair<std::string, std::int64_t>> by_regulation;    // regulation id
  std::vector<std::pair<std::string, std::int64_t>> by_service_type;  // service type code name
};

// A closed case whose archive action date has come.
struct RetentionDue {
  CaseId id = 0;
  OrganisationId organisation = 0;
  CaseReference reference;
  ArchiveFields archive;
};

enum class RetentionAction {
  destroy,    // remove all content; only an empty shell with the reference remains
  anonymise,  // the same, but first keep the anonymous outcome (regulations, signals,
              // service type, option kind, legal basis, years) for learning and consistency
};

struct RetentionOutcome {
  std::int64_t rows_removed = 0;
  std::int64_t events_redacted = 0;
};

// The cases most likely to be similar to one case, with their factors, for the domain to
// score (domain/similarity.h). `corpus`: the organisation's indexed cases.
struct SimilarityCandidates {
  std::int64_t corpus = 0;
  std::vector<CountedFactor> query;
  std::vector<CandidateFactors> candidates;
};

// What a list of similar cases shows of a case: no resident, no free text beyond the title
// and lessons (which the API shows only when the caller may read the case).
struct CaseSketch {
  CaseId id = 0;
  CaseReference reference;
  Phase phase = Phase::signal;
  std::string title;
  std::string owner_username;
  std::string owner_name;
  CaseAccessFacts access;  // seen from the principal that asked
  std::optional<DecisionOutcome> outcome;  // of the latest decision
  std::vector<std::string> lessons;
};

// For managers: decisions that went another way than most similar cases without a stated
// reason, and pairs of very similar decided cases with different routes. Newest first.
struct ConsistencyFindings {
  struct Departure {
    CaseReference reference;
    Timestamp decided_at;
    std::string decided_by_username;
    ConsistencyCheck check;
  };
  struct Pair {
    CaseReference reference;
    DecisionOutcome outcome;
    CaseReference other_reference;
    DecisionOutcome other_outcome;
    double score = 0;
  };
  std::vector<Departure> departures;
  std::vector<Pair> pairs;
};

// While it lives, the reads of the thread that opened it see one snapshot of the database
// (Store::snapshot_reads). Destroy it on that thread.
class ReadSnapshot {
 public:
  virtual ~ReadSnapshot() = default;
};

// Every write below takes the principal that makes it: each one appends an audit event.
class Store : public AccountStore, public ProcessingLogStore {
 public:
  // Makes the reads that follow on this thread, until the snapshot is destroyed, see the
  // database as it was at the first of them: the access check and the data of one request
  // then come from one state, in one read transaction instead of one per query. Only for
  // reading: a thread holding it does not see writes made meanwhile, its own included, so it
  // must not write or wait for a write. Null when the thread already holds one (the outer one
  // counts) or none could be opened (each read then sees the latest state, as without one).
  virtual std::unique_ptr<ReadSnapshot> snapshot_reads() = 0;

  // Regulations.
  // Makes the stored regulations equal to `regulations` (adds and updates; never deletes one
  // that a case still refers to).
  virtual Status sync_regulations(std::span<const Regulation> regulations) = 0;
  virtual Result<std::vector<Regulation>> list_regulations() = 0;
  // The catalog group of each signal entry (signal id, group id), for the similarity index.
  // Also indexes, once, the cases the index does not cover yet (after an upgrade, or when a
  // signal changed group), so call it at start after opening.
  virtual Status sync_signal_categories(
      std::span<const std::pair<std::string, std::string>> categories) = 0;

  // Cases, always within one organisation.
  virtual Result<Case> create_case(const Principal& principal, const NewCase& input,
                                   Timestamp now) = 0;
  virtual Result<Case> find_case(OrganisationId organisation, const CaseReference& reference) = 0;
  // What the access rules need, seen from `principal` (its assignment to the case).
  virtual Result<CaseAccessRecord> case_access_record(const Principal& principal,
                                                      const CaseReference& reference) = 0;
  // Assigns a colleague of the same organisation to the case (idempotent), or removes them.
  virtual Status assign_user(const Principal& principal, const CaseReference& reference,
                             std::string_view username, Timestamp now) = 0;
  virtual Status unassign_user(const Principal& principal, const CaseReference& reference,
                               std::string_view username, Timestamp now) = 0;
  virtual Result<std::vector<User>> list_assigned_users(OrganisationId organisation,
                                                        const CaseReference& reference) = 0;
  // The resident's BSN, sealed, when one was recorded.
  virtual Result<std::optional<std::string>> sealed_bsn(OrganisationId organisation,
                                                        const CaseReference& reference) = 0;
  // The organisation's cases whose BSN has this lookup hash.
  virtual Result<std::vector<CaseReference>> find_cases_by_bsn(OrganisationId organisation,
                                                               std::string_view lookup_hash) = 0;
  virtual Result<CasePage> list_cases(OrganisationId organisation, const CaseFilter& filter,
                                      const PageRequest& page) = 0;
  virtual Result<Case> update_case(const Principal& principal, const CaseReference& reference,
                                   const CasePatch& patch, Timestamp now) = 0;
  // Moves the case to `to` when the phase rules allow it (checked against the stored phase,
  // inside the write); otherwise a conflict that says which moves are allowed.
  virtual Result<Case> change_phase(const Principal& principal, const CaseReference& reference,
                                    Phase to, std::string_view note, Timestamp now) = 0;
  virtual Result<std::int64_t> count_cases(OrganisationId organisation) = 0;
  virtual Result<CaseStatistics> case_statistics(OrganisationId organisation) = 0;
  virtual Status import_cases(OrganisationId organisation, std::span<const ImportedCase> cases) = 0;

  // Signal observations of a case.
  virtual Result<SignalObservation> add_signal(const Principal& principal,
                                               const CaseReference& reference,
                                               const NewSignal& input, Timestamp now) = 0;
  virtual Result<std::vector<SignalObservation>> list_signals(OrganisationId organisation,
                                                              const CaseReference& reference) = 0;
  virtual Status remove_signal(const Principal& principal, const CaseReference& reference,
                               SignalId signal, Timestamp now) = 0;

  // Options and their arguments. Writes are refused (conflict) while the case is closed.
  virtual Result<Option> add_option(const Principal& principal, const CaseReference& reference,
                                    const NewOption& input, Timestamp now) = 0;
  virtual Status remove_option(const Principal& principal, const CaseReference& reference,
                               OptionId option, Timestamp now) = 0;
  virtual Result<Argument> add_argument(const Principal& principal, const CaseReference& reference,
                                        OptionId option, const NewArgument& input,
                                        Timestamp now) = 0;
  virtual Result<Argument> update_argument(const Principal& principal,
                                           const CaseReference& reference, OptionId option,
                                           ArgumentId argument, const ArgumentPatch& patch,
                                           Timestamp now) = 0;
  virtual Status remove_argument(const Principal& principal, const CaseReference& reference,
                                 OptionId option, ArgumentId argument, Timestamp now) = 0;
  virtual Result<std::vector<WeighedOption>> load_weighing(OrganisationId organisation,
                                                           const CaseReference& reference) = 0;

  // The investigation. Writes are refused (conflict) while the case is closed.
  virtual Result<InvestigationAnswer> add_answer(const Principal& principal,
                                                 const CaseReference& reference,
                                                 const NewAnswer& input, Timestamp now) = 0;
  virtual Status remove_answer(const Principal& principal, const CaseReference& reference,
                               AnswerId answer, Timestamp now) = 0;
  virtual Result<ResidentWishes> record_wishes(const Principal& principal,
                                               const CaseReference& reference,
                                               const ResidentWishes& input, Timestamp now) = 0;
  virtual Result<InvestigationStep> record_step(const Principal& principal,
                                                const CaseReference& reference,
                                                const InvestigationStep& input, Timestamp now) = 0;
  virtual Status record_zrm(const Principal& principal, const CaseReference& reference,
                            std::span<const ZrmScore> scores, Timestamp now) = 0;
  virtual Result<InvestigationRecord> load_investigation(OrganisationId organisation,
                                                         const CaseReference& reference) = 0;

  // Records the decision: checks the option and the phase rules (weighing -> decision),
  // freezes the weighing into the decision's snapshot and moves the case to "besluit".
  virtual Result<Decision> record_decision(const Principal& principal,
                                           const CaseReference& reference,
                                           const NewDecision& input, Timestamp now) = 0;
  // Every decision of the case, oldest first (a reopened case may be decided again).
  virtual Result<std::vector<Decision>> list_decisions(OrganisationId organisation,
                                                       const CaseReference& reference) = 0;

  // Follow-up. Evaluations need a decision (phase besluit, uitvoering or evaluatie); lessons
  // may be recorded in any phase. A structural lesson also creates a structural signal.
  virtual Result<Evaluation> add_evaluation(const Principal& principal, const CaseReference& reference,
                                            const NewEvaluation& input, Timestamp now) = 0;
  virtual Result<std::vector<Evaluation>> list_evaluations(OrganisationId organisation,
                                                           const CaseReference& reference) = 0;
  virtual Result<Lesson> add_lesson(const Principal& principal, const CaseReference& reference,
                                    const NewLesson& input, Timestamp now) = 0;
  virtual Result<std::vector<Lesson>> list_lessons(OrganisationId organisation,
                                                   const CaseReference& reference) = 0;
  virtual Result<std::vector<StructuralSignal>> list_structural_signals(OrganisationId organisation) = 0;

  // Edited versions of the motivation, oldest first; a new edit never replaces an old one.
  virtual Result<MotivationVersion> add_motivation_version(const Principal& principal,
                                                           const CaseReference& reference,
                                                           MotivationAudience audience,
                                                           std::string_view text, Timestamp now) = 0;
  virtual Result<std::vector<MotivationVersion>> list_motivation_versions(
      OrganisationId organisation, const CaseReference& reference) = 0;

  // Retention. Cases due: closed, nominated for destruction, action date reached, not yet
  // destroyed. Applying removes the content in one transaction and writes a line in the
  // retention log saying what happened, without the content.
  virtual Result<std::vector<RetentionDue>> due_for_retention(Timestamp now) = 0;
  virtual Result<RetentionOutcome> apply_retention(CaseId id, RetentionAction action,
                                                   Timestamp now) = 0;
  // Rewrites the full-text index so that no trace of removed text is left in it (the index
  // keeps deleted words until its segments merge). Slow on a large database: for batch jobs.
  virtual Status compact_search_index() = 0;

  // Similar cases and consistency. The index follows every write in the same transaction.
  // `decided_only`: only cases with a decision.
  virtual Result<SimilarityCandidates> similarity_candidates(OrganisationId organisation,
                                                             CaseId case_id,
                                                             std::size_t max_candidates,
                                                             bool decided_only) = 0;
  virtual Result<std::vector<CaseSketch>> case_sketches(const Principal& principal,
                                                        std::span<const CaseId> ids) = 0;
  virtual Result<ConsistencyFindings> consistency_findings(OrganisationId organisation,
                                                           std::size_t limit) = 0;
  // The audit trail.
  virtual Result<std::vector<CaseEvent>> list_events(OrganisationId organisation,
                                                     const CaseReference& reference) = 0;
  // The case as it was at `moment`; not found when it did not exist yet.
  virtual Result<CaseState> case_state_at(OrganisationId organisation,
                                          const CaseReference& reference, Timestamp moment) = 0;
  // Recomputes the whole hash chain.
  virtual Result<AuditVerification> verify_audit_chain() = 0;
};

}  // namespace helder
