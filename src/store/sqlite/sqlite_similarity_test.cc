// The similarity and full-text index: kept current behind every write (and current for every
// query made after it), emptied for a destroyed case, brought up to date at start from where
// it stopped, built once for cases from before it existed, and rebuilt when a signal changes
// group.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include "store/sqlite/fts_dutch_tokenizer.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/store_internal.h"
#include "support/test_support.h"

namespace helder::sqlite {
namespace {

const Timestamp kNow = *parse_rfc3339("2026-11-20T10:00:00Z");

class SimilarityIndex : public ::testing::Test {
 protected:
  void SetUp() override { open(); }

  void open() {
    store_ = std::move(*SqliteStore::open(path()));
    ASSERT_TRUE(store_->sync_regulations(std::vector<Regulation>{
        {"participatiewet", "Participatiewet", "Pw", true, false, 1, {7, ArchiveNomination::destroy}}}));
    ASSERT_TRUE(store_->sync_signal_categories(categories_));
    auto organisation = store_->find_organisation("gemeente-a");
    if (!organisation) organisation = store_->add_organisation("gemeente-a", "Gemeente A");
    auto user = store_->find_user("anne");
    if (!user) user = store_->add_user({organisation->id, "anne", "Anne", {Role::caseworker}, "", ""});
    principal_ = {user->id, organisation->id, user->username, user->roles, ""};
  }

  std::string path() const { return (dir_.path() / "store.db").string(); }

  Case create(std::string title, std::vector<std::string> signals) {
    NewCase input;
    input.title = std::move(title);
    input.summary = "De inwoner heeft schulden.";
    input.resident = {"INW-1", ResidentKind::person};
    input.regulation_ids = {"participatiewet"};
    auto created = store_->create_case(principal_, input, kNow);
    EXPECT_TRUE(created);
    for (auto& id : signals) {
      NewSignal signal;
      signal.catalog_id = id;
      EXPECT_TRUE(store_->add_signal(principal_, created->reference, signal, kNow));
    }
    return *created;
  }

  std::vector<CaseId> candidates(const Case& of) {
    auto found = store_->similarity_candidates(principal_.organisation_id, of.id, 10, false);
    EXPECT_TRUE(found);
    std::vector<CaseId> ids;
    for (const auto& candidate : found->candidates) ids.push_back(candidate.case_id);
    return ids;
  }

  std::vector<std::string> factor_keys(const Case& of) {
    auto found = store_->similarity_candidates(principal_.organisation_id, of.id, 10, false);
    std::vector<std::string> keys;
    for (const auto& factor : found->query) keys.push_back(factor.factor.key());
    std::sort(keys.begin(), keys.end());
    return keys;
  }

  bool has_key(const Case& of, const std::string& key) {
    auto keys = factor_keys(of);
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  Principal principal_;
  std::vector<std::pair<std::string, std::string>> categories_ = {
      {"signaal.a", "categorie.een"}, {"signaal.b", "categorie.twee"}};
};

TEST_F(SimilarityIndex, FollowsEveryWrite) {
  Case first = create("Huurachterstand", {"signaal.a"});
  Case second = create("Rolstoel", {"signaal.b"});
  EXPECT_TRUE(has_key(first, "signal:signaal.a"));
  EXPECT_TRUE(has_key(first, "signal_category:categorie.een"));
  EXPECT_TRUE(has_key(first, "word:huurachterstand"));
  EXPECT_TRUE(has_key(first, "word:schuld"));

  // Both share the regulation and the summary's words, so each nominates the other.
  EXPECT_EQ(candidates(first), std::vector<CaseId>{second.id});
  auto search = [&](std::string text) {
    CaseFilter filter;
    filter.text = std::move(text);
    return store_->list_cases(principal_.organisation_id, filter, {})->cases.size();
  };
  EXPECT_EQ(search("huurachterstanden"), 1u);

  CasePatch patch;
  patch.title = "Betalingsachterstand energie";
  ASSERT_TRUE(store_->update_case(principal_, first.reference, patch, kNow));
  EXPECT_FALSE(has_key(first, "word:huurachterstand"));
  EXPECT_TRUE(has_key(first, "word:betalingsachterstand"));
  EXPECT_EQ(search("huurachterstand"), 0u);
  EXPECT_EQ(search("energie"), 1u);

  auto signals = store_->list_signals(principal_.organisation_id, first.reference);
  ASSERT_TRUE(store_->remove_signal(principal_, first.reference, signals->at(0).id, kNow));
  EXPECT_FALSE(has_key(first, "signal:signaal.a"));
}

TEST_F(SimilarityIndex, AFailedWriteLeavesTheIndexAsItWas) {
  Case first = create("Huurachterstand", {"signaal.a"});
  auto before = factor_keys(first);
  NewSignal unknown_case_signal;
  unknown_case_signal.catalog_id = "signaal.b";
  EXPECT_FALSE(store_->add_signal(principal_, CaseReference{2026, 999}, unknown_case_signal, kNow));
  EXPECT_EQ(factor_keys(first), before);
}

TEST_F(SimilarityIndex, ADestroyedCaseLeavesTheIndex) {
  Case kept = create("Huurachterstand", {"signaal.a"});
  Case destroyed = create("Huurachterstand", {"signaal.a"});
  ASSERT_TRUE(store_->change_phase(principal_, destroyed.reference, Phase::closed, "klaar", kNow));
  ASSERT_TRUE(store_->apply_retention(destroyed.id, RetentionAction::destroy,
                                      Timestamp{kNow.millis + 8LL * 366 * 24 * 3600 * 1000}));
  EXPECT_TRUE(candidates(kept).empty());
  CaseFilter filter;
  filter.text = "huurachterstand";
  EXPECT_EQ(store_->list_cases(principal_.organisation_id, filter, {})->cases.size(), 1u);
}

TEST_F(SimilarityIndex, WhatWasReadBeforeACaseWasDestroyedDoesNotBringItBack) {
  // The follower reads a case, then retention destroys it, then the follower writes.
  Case destroyed = create("Huurachterstand", {"signaal.a"});
  ASSERT_TRUE(store_->change_phase(principal_, destroyed.reference, Phase::closed, "klaar", kNow));
  CaseIndexEntry entry;
  {
    Connection reader(path(), Connection::Mode::read_only);
    entry = read_index_entry(reader, destroyed.id);
  }
  ASSERT_TRUE(entry.indexable);
  ASSERT_FALSE(entry.factor_keys.empty());
  ASSERT_TRUE(store_->apply_retention(destroyed.id, RetentionAction::destroy,
                                      Timestamp{kNow.millis + 8LL * 366 * 24 * 3600 * 1000}));
  store_.reset();
  Connection writer(path(), Connection::Mode::read_write);
  register_dutch_tokenizer(writer.handle());
  apply_index_entry(writer, entry);
  auto count = [&](const std::string& sql) {
    auto& query = writer.prepare(sql);
    query.bind(1, destroyed.id);
    query.step();
    std::int64_t found = query.int64(0);
    writer.release_statements();
    return found;
  };
  EXPECT_EQ(count("SELECT count(*) FROM case_factors WHERE case_id = ?"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM case_search_content WHERE id = ?"), 0);
}

TEST_F(SimilarityIndex, CasesFromBeforeTheIndexAreIndexedOnceAtStart) {
  Case first = create("Huurachterstand", {"signaal.a"});
  Case second = create("Huurachterstand", {"signaal.a"});
  store_.reset();
  {  // Make the database look like one from before migration 10 filled the index.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DELETE FROM case_factors; DELETE FROM similarity_corpus; "
                               "INSERT INTO similarity_rebuild (pending) VALUES (1)",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  open();
  EXPECT_EQ(candidates(first), std::vector<CaseId>{second.id});
}

TEST_F(SimilarityIndex, GoesOnWhereItStoppedAfterARestart) {
  Case first = create("Huurachterstand", {"signaal.a"});
  create("Rolstoel", {"signaal.b"});
  EXPECT_TRUE(has_key(first, "signal:signaal.a"));  // a query waits for the index
  store_.reset();
  auto position = [&] {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "SELECT (SELECT indexed_through FROM case_index_state), "
                           "(SELECT max(id) FROM case_events)", -1, &query, nullptr);
    EXPECT_EQ(sqlite3_step(query), SQLITE_ROW);
    std::pair<std::int64_t, std::int64_t> found{sqlite3_column_int64(query, 0),
                                                sqlite3_column_int64(query, 1)};
    sqlite3_finalize(query);
    sqlite3_close(db);
    return found;
  };
  auto [indexed, last] = position();
  EXPECT_EQ(indexed, last);
  {  // As if the server stopped before the follower got to the first case's events.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, ("UPDATE case_index_state SET indexed_through = 0; "
                                "DELETE FROM case_factors WHERE case_id = " + std::to_string(first.id)).c_str(),
                           nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  open();
  EXPECT_TRUE(has_key(first, "signal:signaal.a"));
  store_.reset();
  EXPECT_EQ(position().first, last);
}

TEST_F(SimilarityIndex, ASignalThatChangesGroupIsIndexedAgain) {
  Case first = create("Huurachterstand", {"signaal.a"});
  categories_[0].second = "categorie.drie";
  ASSERT_TRUE(store_->sync_signal_categories(categories_));
  EXPECT_TRUE(has_key(first, "signal_category:categorie.drie"));
  EXPECT_FALSE(has_key(first, "signal_category:categorie.een"));
}

}  // namespace
}  // namespace helder::sqlite
