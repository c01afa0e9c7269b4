#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

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
    user_ = *store_->add_user(organisation_.id, "anne", "Anne");
    colleague_ = *store_->add_user(organisation_.id, "bert", "Bert");
    outsider_ = *store_->add_user(other_organisation_.id, "carla", "Carla");
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
  auto updated = store_->update_case(organisation_.id, created.reference, patch,
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
  auto updated = store_->update_case(organisation_.id, created.reference, patch, kNow);
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

  EXPECT_FALSE(store_->remove_signal(other_organisation_.id, created.reference, first->id, kNow));
  EXPECT_TRUE(store_->remove_signal(organisation_.id, created.reference, first->id, kNow));
  auto again = store_->remove_signal(organisation_.id, created.reference, first->id, kNow);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  EXPECT_EQ(store_->list_signals(organisation_.id, created.reference)->size(), 1u);
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
  auto user = store_->add_user(organisation_.id, "anne", "Anne");
  ASSERT_FALSE(user);
  EXPECT_EQ(user.error().code, ErrorCode::conflict);
  auto organisation = store_->add_organisation("gemeente-a", "Nog eens");
  ASSERT_FALSE(organisation);
  EXPECT_EQ(organisation.error().code, ErrorCode::conflict);
}

TEST_F(SqliteStoreTest, ImportsCasesWithSignalsInOneGo) {
  ImportedCase imported;
  imported.owner_username = "anne";
  imported.resident = {"INW-9", ResidentKind::business};
  imported.title = "Geïmporteerd";
  imported.regulation_ids = {"wmo-2015"};
  imported.phase = Phase::closed;
  imported.opened_at = Timestamp{kNow.millis - 400LL * 24 * 3600 * 1000};
  imported.updated_at = kNow;
  NewSignal signal;
  signal.own_text = "Eigen signaal";
  imported.signals = {signal, signal};
  std::vector<ImportedCase> cases(3, imported);
  ASSERT_TRUE(store_->import_cases(organisation_.id, cases));
  auto listed = store_->list_cases(organisation_.id, {}, {});
  ASSERT_EQ(listed->cases.size(), 3u);
  EXPECT_EQ(listed->cases.back().reference.str(), "2025-000001");
  EXPECT_EQ(listed->cases.back().phase, Phase::closed);
  EXPECT_EQ(store_->list_signals(organisation_.id, listed->cases.back().reference)->size(), 2u);

  cases[1].owner_username = "nobody";  // one bad case: none of the batch is written
  EXPECT_FALSE(store_->import_cases(organisation_.id, cases));
  EXPECT_EQ(*store_->count_cases(organisation_.id), 3);
}

}  // namespace
}  // namespace helder::sqlite
