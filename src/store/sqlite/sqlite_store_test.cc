#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <future>
#include <set>
#include <thread>

#include "store/event_json.h"
#include "store/journal/append_journal.h"
#include "store/sqlite/store_internal.h"
#include "support/test_support.h"

namespace helder::sqlite {
namespace {

const Timestamp kNow{1'795'000'000'000};  // 2026-11-18

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*SqliteStore::open((dir_.path() / "store.db").string()));
    ASSERT_TRUE(store_->sync_regulations(std::vector<Regulation>{
        {"wmo-2015", "Wet maatschappelijke ondersteuning 2015", "Wmo 2015", true, true, 1},
        {"participatiewet", "Participatiewet", "Pw", true, false, 1}}));
    organisation_ = *store_->add_organisation("gemeente-a", "Gemeente A");
    other_organisation_ = *store_->add_organisation("gemeente-b", "Gemeente B");
    user_ = *store_->add_user({organisation_.id, "anne", "Anne", {Role::caseworker}, "", ""});
    colleague_ = *store_->add_user({organisation_.id, "bert", "Bert", {Role::caseworker}, "", ""});
    outsider_ = *store_->add_user({other_organisation_.id, "carla", "Carla", {Role::caseworker}, "", ""});
    principal_ = {user_.id, organisation_.id, user_.username};
  }

  NewCase new_case(std::string title) {
    NewCase input;
    input.title = std::move(title);
    input.summary = "Samenvatting";
    input.resident = {"INW-1", ResidentKind::person};
    input.regulation_ids = {"wmo-2015", "participatiewet"};
    return input;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  Organisation organisation_, other_organisation_;
  User user_, colleague_, outsider_;
  Principal principal_;
};

TEST_F(SqliteStoreTest, CreatesCasesWithConsecutiveReferencesPerYear) {
  auto first = store_->create_case(principal_, new_case("Eerste"), kNow);
  auto second = store_->create_case(principal_, new_case("Tweede"), kNow);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->reference.str(), "2026-000001");
  EXPECT_EQ(second->reference.str(), "2026-000002");
  EXPECT_EQ(first->owner_username, "anne");
  EXPECT_EQ(first->regulation_ids, (std::vector<std::string>{"wmo-2015", "participatiewet"}));
  EXPECT_EQ(first->phase, Phase::signal);
  auto next_year = store_->create_case(principal_, new_case("Later"),
                                       Timestamp{kNow.millis + 60LL * 24 * 3600 * 1000});
  EXPECT_EQ(next_year->reference.str(), "2027-000001");
}

TEST_F(SqliteStoreTest, OrganisationsDoNotSeeEachOthersCases) {
  auto created = *store_->create_case(principal_, new_case("Eigen"), kNow);
  EXPECT_TRUE(store_->find_case(organisation_.id, created.reference));
  auto elsewhere = store_->find_case(other_organisation_.id, created.reference);
  ASSERT_FALSE(elsewhere);
  EXPECT_EQ(elsewhere.error().code, ErrorCode::not_found);
  EXPECT_TRUE(store_->list_cases(other_organisation_.id, {}, {})->cases.empty());
}

TEST_F(SqliteStoreTest, FiltersAndPages) {
  for (int idx = 0; idx < 5; ++idx) {
    store_->create_case(principal_, new_case("Schulden " + std::to_string(idx)), kNow);
  }
  NewCase other = new_case("Woningaanpassing");
  other.regulation_ids = {"wmo-2015"};
  other.owner_username = "bert";
  store_->create_case(principal_, other, kNow);

  auto page = store_->list_cases(organisation_.id, {}, {1, 4});
  EXPECT_EQ(page->cases.size(), 4u);
  EXPECT_TRUE(page->has_next);
  EXPECT_EQ(page->cases.front().title, "Woningaanpassing");  // newest first
  auto last = store_->list_cases(organisation_.id, {}, {2, 4});
  EXPECT_EQ(last->cases.size(), 2u);
  EXPECT_FALSE(last->has_next);

  CaseFilter by_owner;
  by_owner.owner_username = "bert";
  EXPECT_EQ(store_->list_cases(organisation_.id, by_owner, {})->cases.size(), 1u);
  CaseFilter by_regulation;
  by_regulation.regulation_id = "participatiewet";
  EXPECT_EQ(store_->list_cases(organisation_.id, by_regulation, {})->cases.size(), 5u);
  CaseFilter by_text;
  by_text.text = "schulden 3";
  EXPECT_EQ(store_->list_cases(organisation_.id, by_text, {})->cases.size(), 1u);
  CaseFilter wildcard;
  wildcard.text = "%";
  EXPECT_TRUE(store_->list_cases(organisation_.id, wildcard, {})->cases.empty());
  CaseFilter by_phase;
  by_phase.phase = Phase::closed;
  EXPECT_TRUE(store_->list_cases(organisation_.id, by_phase, {})->cases.empty());
}

TEST_F(SqliteStoreTest, UpdatesOnlyWhatThePatchNames) {
  auto created = *store_->create_case(principal_, new_case("Oud"), kNow);
  CasePatch patch;
  patch.title = "Nieuw";
  patch.regulation_ids = std::vector<std::string>{"participatiewet"};
  patch.owner_username = "bert";
  auto updated = store_->update_case(principal_, created.reference, patch,
                                     Timestamp{kNow.millis + 1000});
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->title, "Nieuw");
  EXPECT_EQ(updated->summary, "Samenvatting");
  EXPECT_EQ(updated->regulation_ids, std::vector<std::string>{"participatiewet"});
  EXPECT_EQ(updated->owner_username, "bert");
  EXPECT_EQ(updated->updated_at.millis, kNow.millis + 1000);
  EXPECT_EQ(updated->created_at, created.created_at);
}

TEST_F(SqliteStoreTest, AFailedWriteLeavesNothingBehind) {
  auto created = *store_->create_case(principal_, new_case("Casus"), kNow);
  CasePatch patch;
  patch.title = "Mag niet blijven staan";
  patch.owner_username = "carla";  // exists, but in another organisation
  auto updated = store_->update_case(principal_, created.reference, patch, kNow);
  ASSERT_FALSE(updated);
  EXPECT_EQ(updated.error().fields.at(0).name, "owner");
  EXPECT_EQ(store_->find_case(organisation_.id, created.reference)->title, "Casus");

  NewCase foreign_owner = new_case("Nooit opgeslagen");
  foreign_owner.owner_username = "carla";
  EXPECT_FALSE(store_->create_case(principal_, foreign_owner, kNow));
  EXPECT_EQ(*store_->count_cases(organisation_.id), 1);
  // The failed create did not use up a reference number either.
  EXPECT_EQ(store_->create_case(principal_, new_case("Volgende"), kNow)->reference.str(),
            "2026-000002");
}

TEST_F(SqliteStoreTest, RecordsListsAndRemovesSignals) {
  auto created = *store_->create_case(principal_, new_case("Casus"), kNow);
  NewSignal from_card;
  from_card.catalog_id = "signaal.meerdere-hulpvragen";
  from_card.source = SignalSource::resident;
  from_card.observed_at = Timestamp{kNow.millis - 1000};
  NewSignal own;
  own.own_text = "  Belt elke week  ";
  own.note = "toelichting";
  auto first = store_->add_signal(principal_, created.reference, from_card, kNow);
  auto second = store_->add_signal(principal_, created.reference, own, Timestamp{kNow.millis + 5});
  ASSERT_TRUE(first && second);
  EXPECT_EQ(second->own_text, "Belt elke week");
  EXPECT_EQ(second->recorded_by_username, "anne");
  EXPECT_EQ(store_->find_case(organisation_.id, created.reference)->updated_at.millis, kNow.millis + 5);

  auto listed = *store_->list_signals(organisation_.id, created.reference);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].catalog_id, "signaal.meerdere-hulpvragen");
  EXPECT_EQ(listed[0].observed_at.millis, kNow.millis - 1000);

  Principal outsider{outsider_.id, other_organisation_.id, outsider_.username};
  EXPECT_FALSE(store_->remove_signal(outsider, created.reference, first->id, kNow));
  EXPECT_TRUE(store_->remove_signal(principal_, created.reference, first->id, kNow));
  auto again = store_->remove_signal(principal_, created.reference, first->id, kNow);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  EXPECT_EQ(store_->list_signals(organisation_.id, created.reference)->size(), 1u);
}

TEST_F(SqliteStoreTest, ReadsInASnapshotSeeOneStateUntilItEnds) {
  auto first = store_->create_case(principal_, new_case("Eerste"), kNow);
  ASSERT_TRUE(first);
  std::optional<Result<Case>> second;
  {
    auto snapshot = store_->snapshot_reads();
    ASSERT_NE(snapshot, nullptr);
    EXPECT_EQ(store_->snapshot_reads(), nullptr) << "the outer snapshot counts";
    ASSERT_TRUE(store_->find_case(organisation_.id, first->reference));  // fixes the snapshot

    CasePatch patch;
    patch.title = "Gewijzigd";
    ASSERT_TRUE(store_->update_case(principal_, first->reference, patch, kNow));
    second = store_->create_case(principal_, new_case("Tweede"), kNow);
    ASSERT_TRUE(*second);
    EXPECT_EQ(store_->find_case(organisation_.id, first->reference)->title, "Eerste");
    EXPECT_FALSE(store_->find_case(organisation_.id, (*second)->reference));
    // Another thread is not held to this thread's snapshot.
    std::thread([&] {
      EXPECT_EQ(store_->find_case(organisation_.id, first->reference)->title, "Gewijzigd");
    }).join();
  }
  EXPECT_EQ(store_->find_case(organisation_.id, first->reference)->title, "Gewijzigd");
  EXPECT_TRUE(store_->find_case(organisation_.id, (*second)->reference));
  EXPECT_NE(store_->snapshot_reads(), nullptr) << "a new snapshot after the first ended";
}

TEST_F(SqliteStoreTest, ConcurrentWritersGetUniqueReferencesAndAllSurvive) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 25;
  std::vector<std::thread> threads;
  std::mutex mutex;
  std::set<std::string> references;
  for (int thread_idx = 0; thread_idx < kThreads; ++thread_idx) {
    threads.emplace_back([&] {
      for (int idx = 0; idx < kPerThread; ++idx) {
        auto created = store_->create_case(principal_, new_case("Parallel"), kNow);
        ASSERT_TRUE(created);
        std::lock_guard lock(mutex);
        references.insert(created->reference.str());
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(references.size(), static_cast<std::size_t>(kThreads * kPerThread));
  store_.reset();  // close, then read back from the file
  auto reopened = SqliteStore::open((dir_.path() / "store.db").string());
  EXPECT_EQ(*(*reopened)->count_cases(organisation_.id), kThreads * kPerThread);
}

TEST_F(SqliteStoreTest, ReopeningAppliesNoMigrationTwice) {
  store_.reset();
  auto reopened = SqliteStore::open((dir_.path() / "store.db").string());
  ASSERT_TRUE(reopened);
  EXPECT_TRUE((*reopened)->find_user("anne"));
}

TEST_F(SqliteStoreTest, RefusesDuplicateUsersAndOrganisations) {
  auto user = store_->add_user({organisation_.id, "anne", "Anne", {Role::caseworker}, "", ""});
  ASSERT_FALSE(user);
  EXPECT_EQ(user.error().code, ErrorCode::conflict);
  auto organisation = store_->add_organisation("gemeente-a", "Nog eens");
  ASSERT_FALSE(organisation);
  EXPECT_EQ(organisation.error().code, ErrorCode::conflict);
}

}  // namespace
}  // namespace helder::sqlite

namespace helder::sqlite {
namespace {

class AuditTrailTest : public SqliteStoreTest {
 protected:
  // Runs SQL on the database file behind the store's back, as an intruder would.
  void tamper(const std::string& sql) {
    Connection raw((dir_.path() / "store.db").string(), Connection::Mode::read_write);
    raw.exec("DROP TRIGGER IF EXISTS case_events_no_update");
    raw.exec("DROP TRIGGER IF EXISTS case_events_no_delete");
    raw.exec(sql);
  }
  Case with_history() {
    Case created = *store_->create_case(principal_, new_case("Geschiedenis"), kNow);
    NewSignal signal;
    signal.own_text = "Eerste signaal";
    auto added = store_->add_signal(principal_, created.reference, signal, Timestamp{kNow.millis + 10});
    CasePatch patch;
    patch.title = "Nieuwe titel";
    store_->update_case(principal_, created.reference, patch, Timestamp{kNow.millis + 20});
    store_->change_phase(principal_, created.reference, Phase::investigation, "aan de slag",
                         Timestamp{kNow.millis + 30});
    store_->remove_signal(principal_, created.reference, added->id, Timestamp{kNow.millis + 40});
    return created;
  }
};

TEST_F(AuditTrailTest, EveryChangeIsAnEventWithBeforeAndAfter) {
  Case created = with_history();
  auto events = *store_->list_events(organisation_.id, created.reference);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0].kind, EventKind::case_created);
  EXPECT_FALSE(events[0].before_state.has_value());
  EXPECT_EQ(events[1].kind, EventKind::signal_added);
  EXPECT_EQ(events[2].kind, EventKind::case_updated);
  EXPECT_EQ(case_from_state_json(*events[2].before_state)->title, "Geschiedenis");
  EXPECT_EQ(case_from_state_json(*events[2].after_state)->title, "Nieuwe titel");
  EXPECT_EQ(events[3].kind, EventKind::phase_changed);
  EXPECT_EQ(events[3].note, "aan de slag");
  EXPECT_EQ(events[4].kind, EventKind::signal_removed);
  EXPECT_FALSE(events[4].after_state.has_value());
  EXPECT_EQ(events[1].previous_hash, events[0].hash);
  EXPECT_EQ(events[0].actor_username, "anne");
}

TEST_F(AuditTrailTest, ShowsTheCaseAsItWasAtAMoment) {
  Case created = with_history();
  auto before_edit = *store_->case_state_at(organisation_.id, created.reference, Timestamp{kNow.millis + 15});
  EXPECT_EQ(before_edit.value.title, "Geschiedenis");
  EXPECT_EQ(before_edit.value.phase, Phase::signal);
  ASSERT_EQ(before_edit.signals.size(), 1u);
  auto now = *store_->case_state_at(organisation_.id, created.reference, Timestamp{kNow.millis + 50});
  EXPECT_EQ(now.value.title, "Nieuwe titel");
  EXPECT_EQ(now.value.phase, Phase::investigation);
  EXPECT_TRUE(now.signals.empty());
  auto too_early = store_->case_state_at(organisation_.id, created.reference, Timestamp{kNow.millis - 1});
  ASSERT_FALSE(too_early);
  EXPECT_EQ(too_early.error().code, ErrorCode::not_found);
}

TEST_F(AuditTrailTest, AForbiddenPhaseMoveChangesNothing) {
  Case created = *store_->create_case(principal_, new_case("Casus"), kNow);
  auto moved = store_->change_phase(principal_, created.reference, Phase::closed, "", kNow);
  ASSERT_TRUE(moved);  // signal -> closed is allowed
  auto refused = store_->change_phase(principal_, created.reference, Phase::execution, "", kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_EQ(store_->find_case(organisation_.id, created.reference)->phase, Phase::closed);
  EXPECT_EQ(store_->list_events(organisation_.id, created.reference)->size(), 2u);
}

TEST_F(AuditTrailTest, TheDatabaseRefusesToChangeEvents) {
  with_history();
  Connection raw((dir_.path() / "store.db").string(), Connection::Mode::read_write);
  EXPECT_THROW(raw.exec("UPDATE case_events SET note = 'x' WHERE id = 1"), SqliteError);
  EXPECT_THROW(raw.exec("DELETE FROM case_events WHERE id = 1"), SqliteError);
}

TEST_F(AuditTrailTest, AnIntactChainVerifies) {
  with_history();
  auto verification = *store_->verify_audit_chain();
  EXPECT_TRUE(verification.ok()) << verification.problem;
  EXPECT_EQ(verification.events_checked, 5);
}

TEST_F(AuditTrailTest, AnAlteredEventIsFound) {
  Case created = with_history();
  tamper("UPDATE case_events SET note = 'iets anders' WHERE id = 4");
  auto verification = *store_->verify_audit_chain();
  ASSERT_FALSE(verification.ok());
  EXPECT_EQ(*verification.first_broken_event, 4);
  EXPECT_EQ(verification.case_reference, created.reference.str());
  EXPECT_EQ(verification.problem, "de inhoud is gewijzigd na het vastleggen");
}

TEST_F(AuditTrailTest, ADeletedEventIsFound) {
  with_history();
  tamper("DELETE FROM case_events WHERE id = 2");
  auto verification = *store_->verify_audit_chain();
  ASSERT_FALSE(verification.ok());
  EXPECT_EQ(*verification.first_broken_event, 3);
  EXPECT_EQ(verification.problem, "gebeurtenis 2 ontbreekt");
}

TEST_F(AuditTrailTest, ARecomputedHashStillBreaksTheChain) {
  with_history();
  // An intruder who changes an event and recomputes its hash breaks the next link.
  auto events = *store_->list_events(organisation_.id, store_->list_cases(organisation_.id, {}, {})->cases[0].reference);
  CaseEvent forged = events[1];
  forged.note = "vervalst";
  forged.hash = event_hash(forged);
  tamper("UPDATE case_events SET note = 'vervalst', hash = '" + forged.hash + "' WHERE id = 2");
  auto verification = *store_->verify_audit_chain();
  ASSERT_FALSE(verification.ok());
  EXPECT_EQ(*verification.first_broken_event, 3);
  EXPECT_EQ(verification.problem, "de verwijzing naar de vorige gebeurtenis klopt niet");
}

ProcessingRecord sample_record(std::int64_t case_id) {
  return {"0123456789abcdef0123456789abcdef", "0123456789abcdef", "casus inzien",
          "helder-maatwerkbehandeling", {1000}, {1001}, true, 1, 2, case_id, "verzegeld", "opzoek"};
}

Status append_and_wait(SqliteStore& store, const ProcessingRecord& record) {
  std::promise<Status> durable;
  store.append_processing({&record, 1}, [&](Status status) { durable.set_value(status); });
  return durable.get_future().get();
}

TEST_F(SqliteStoreTest, AProcessingRecordCanBeListedAsSoonAsItIsDurable) {
  ASSERT_TRUE(append_and_wait(*store_, sample_record(7)));
  auto listed = store_->list_processing(1, 7);  // catches up with the journal first
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().operation, "casus inzien");
  EXPECT_EQ(listed->front().subject_sealed, "verzegeld");
}

TEST_F(SqliteStoreTest, ProcessingRecordsLeftInTheJournalByACrashAreStoredAtTheNextStart) {
  std::string path = (dir_.path() / "crash.db").string();
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Append, wait until durable, and die before the importer has stored anything.
    auto store = SqliteStore::open(path);
    bool durable = store && append_and_wait(**store, sample_record(7)).has_value();
    _exit(durable ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  {
    auto journal = journal::AppendJournal::open(path + ".logboek");
    ASSERT_TRUE(journal);
    ASSERT_EQ((*journal)->leftovers().size(), 1u);  // only in the journal so far
  }
  auto reopened = SqliteStore::open(path);
  ASSERT_TRUE(reopened);
  auto listed = (*reopened)->list_processing(1, 7);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().trace_id, "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(listed->front().ended_at.millis, 1001);
  // Stored once: a second restart finds nothing new to store.
  reopened->reset();
  auto again = SqliteStore::open(path);
  ASSERT_TRUE(again);
  EXPECT_EQ((*again)->list_processing(1, 7)->size(), 1u);
}

TEST_F(SqliteStoreTest, ACasesProcessingRecordsAreFoundInEveryBlockOfTheLog) {
  ASSERT_TRUE(append_and_wait(*store_, sample_record(7)));
  ASSERT_TRUE(store_->list_processing(1, 7));  // stored: the importer is done
  {
    // Records far apart in the log, in blocks of 2^17 (migration 13), for case 7 and others.
    for (auto [id, case_id] : {std::pair{(2 << 17) + 5, 7}, {(2 << 17) + 6, 8}, {5 << 17, 7},
                               {(5 << 17) + 1, 9}}) {
      testing::insert_processing_row(dir_.path() / "store.db", id, 1, case_id);
    }
    Connection raw((dir_.path() / "store.db").string(), Connection::Mode::read_write);
    // Both uses walk the blocks through the index; a scan of the whole log would not do at
    // millions of records.
    for (const std::string& sql :
         {"SELECT p.id FROM" + std::string(kCaseProcessingRows),
          "DELETE FROM processing_log WHERE id IN (SELECT p.id FROM" +
              std::string(kCaseProcessingRows) + ")"}) {
      auto& plan = raw.prepare("EXPLAIN QUERY PLAN " + sql);
      plan.bind(1, 7);
      std::string steps;
      while (plan.step()) steps += plan.text(3) + "\n";
      EXPECT_NE(steps.find("INDEX processing_log_by_block (<expr>=? AND case_id=?)"),
                std::string::npos)
          << steps;
      EXPECT_EQ(steps.find("SCAN p"), std::string::npos) << steps;
      raw.release_statements();
    }
  }
  auto listed = store_->list_processing(1, 7);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 3u);  // the imported one in block 0, and those in blocks 2 and 5
  EXPECT_EQ(listed->at(0).trace_id, "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(listed->at(1).trace_id, "t");
  EXPECT_EQ(store_->list_processing(1, 9)->size(), 1u);
  EXPECT_TRUE(store_->list_processing(2, 7)->empty());  // another organisation sees none
}

}  // namespace
}  // namespace helder::sqlite
