// Archive fields on closing, and retention: what is due, destruction, anonymisation, and
// an audit chain that still verifies afterwards.
#include <gtest/gtest.h>

#include <fstream>
#include <future>

#include "store/sqlite/database.h"
#include "store/sqlite/sqlite_store.h"
#include "support/test_support.h"

namespace helder::sqlite {
namespace {

const Timestamp kClosed = *parse_rfc3339("2026-03-10T12:00:00Z");
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

class Retention : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*SqliteStore::open((dir_.path() / "store.db").string()));
    ASSERT_TRUE(store_->sync_regulations(std::vector<Regulation>{
        {"participatiewet", "Participatiewet", "Pw", true, false, 1, {7, ArchiveNomination::destroy}},
        {"jeugdwet", "Jeugdwet", "Jw", true, false, 1, {20, ArchiveNomination::destroy}},
        {"archiefwaardig", "Regeling die bewaard blijft", "Rb", false, false, 1, {5, ArchiveNomination::keep}}}));
    auto organisation = *store_->add_organisation("gemeente-a", "Gemeente A");
    auto user = *store_->add_user({organisation.id, "anne", "Anne", {Role::caseworker}, "", ""});
    principal_ = {user.id, organisation.id, user.username, user.roles, ""};
  }

  Case closed_case(std::vector<std::string> regulations, std::string title = "Schulden en huur") {
    NewCase input;
    input.title = std::move(title);
    input.summary = "Vertrouwelijke samenvatting";
    input.resident = {"INW-RET-1", ResidentKind::person};
    input.regulation_ids = std::move(regulations);
    input.bsn = ProtectedIdentifier{"aabbcc", "lookup-hash"};
    auto created = store_->create_case(principal_, input, Timestamp{kClosed.millis - 30 * kDay});
    EXPECT_TRUE(created);
    NewSignal signal;
    signal.own_text = "Eigen signaal met persoonlijke details";
    signal.source = SignalSource::caseworker;
    EXPECT_TRUE(store_->add_signal(principal_, created->reference, signal, Timestamp{kClosed.millis - 20 * kDay}));
    auto closed = store_->change_phase(principal_, created->reference, Phase::closed, "klaar", kClosed);
    EXPECT_TRUE(closed) << (closed ? "" : closed.error().detail);
    return *closed;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  Principal principal_;
};

TEST_F(Retention, ClosingSetsTheArchiveFieldsFromTheRegulations) {
  Case value = closed_case({"participatiewet", "jeugdwet"});
  EXPECT_EQ(value.archive.nomination, ArchiveNomination::destroy);
  EXPECT_EQ(format_rfc3339(*value.archive.action_date), "2046-03-10T00:00:00.000Z");  // 20 years
  EXPECT_EQ(value.archive.status, ArchiveStatus::pending);
  EXPECT_EQ(closed_case({"participatiewet", "archiefwaardig"}).archive.nomination, ArchiveNomination::keep);
}

TEST_F(Retention, ReopeningClearsTheArchiveFields) {
  Case value = closed_case({"participatiewet"});
  auto reopened = store_->change_phase(principal_, value.reference, Phase::investigation, "bezwaar",
                                       Timestamp{kClosed.millis + kDay});
  ASSERT_TRUE(reopened);
  EXPECT_FALSE(reopened->archive.nomination);
  EXPECT_FALSE(reopened->archive.action_date);
}

TEST_F(Retention, OnlyDueDestroyNominationsAreListed) {
  Case due = closed_case({"participatiewet"});  // 7 years
  closed_case({"jeugdwet"});                    // 20 years
  closed_case({"archiefwaardig"});              // kept
  Timestamp before = Timestamp{add_years(kClosed, 7).millis - 1};
  EXPECT_TRUE(store_->due_for_retention(before)->empty());
  auto listed = store_->due_for_retention(add_years(kClosed, 7));
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().reference, due.reference);
}

TEST_F(Retention, DestructionRemovesContentKeepsTheChainAndLogsWithoutContent) {
  Case value = closed_case({"participatiewet"}, "Titel die moet verdwijnen");
  Timestamp when = add_years(kClosed, 8);
  auto done = store_->apply_retention(value.id, RetentionAction::destroy, when);
  ASSERT_TRUE(done) << done.error().detail;
  EXPECT_GE(done->rows_removed, 2);       // the signal and the regulation link at least
  EXPECT_GE(done->events_redacted, 3);    // created, signal, closed
  EXPECT_FALSE(store_->find_case(principal_.organisation_id, value.reference));
  EXPECT_TRUE(store_->list_cases(principal_.organisation_id, {}, {1, 20})->cases.empty());
  EXPECT_TRUE(store_->due_for_retention(when)->empty());
  EXPECT_FALSE(store_->apply_retention(value.id, RetentionAction::destroy, when));  // only once

  auto chain = store_->verify_audit_chain();
  ASSERT_TRUE(chain);
  EXPECT_FALSE(chain->first_broken_event) << chain->problem;

  store_.reset();  // checkpoint, so the main file is all there is
  std::ifstream file(dir_.path() / "store.db", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.find("INW-RET-1"), std::string::npos);
  EXPECT_EQ(bytes.find("persoonlijke details"), std::string::npos);
  EXPECT_EQ(bytes.find("lookup-hash"), std::string::npos);
  EXPECT_NE(bytes.find(value.reference.str()), std::string::npos);  // the retention log line
}

TEST_F(Retention, ADestroyedCaseNeitherListsNorTakesSignals) {
  Case value = closed_case({"participatiewet"});
  auto signals = store_->list_signals(principal_.organisation_id, value.reference);
  ASSERT_TRUE(signals);
  ASSERT_EQ(signals->size(), 1u);
  ASSERT_TRUE(store_->apply_retention(value.id, RetentionAction::destroy, add_years(kClosed, 8)));

  auto listed = store_->list_signals(principal_.organisation_id, value.reference);
  ASSERT_FALSE(listed);
  EXPECT_EQ(listed.error().code, ErrorCode::not_found);
  NewSignal late;
  late.own_text = "Na de vernietiging";
  late.source = SignalSource::caseworker;
  auto added = store_->add_signal(principal_, value.reference, late, add_years(kClosed, 9));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::not_found);
  auto removed = store_->remove_signal(principal_, value.reference, signals->front().id,
                                       add_years(kClosed, 9));
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, ErrorCode::not_found);
}

TEST_F(Retention, DestructionRemovesTheCasesProcessingRecordsInEveryBlockOfTheLog) {
  Case value = closed_case({"participatiewet"});
  // Records of this case and of another, far apart in the log (blocks of 2^17 records).
  for (auto [id, case_id] : {std::pair<std::int64_t, std::int64_t>{3, value.id},
                             {(3 << 17) + 1, value.id}, {(3 << 17) + 2, 999}}) {
    testing::insert_processing_row(dir_.path() / "store.db", id, principal_.organisation_id, case_id);
  }
  ASSERT_EQ(store_->list_processing(principal_.organisation_id, value.id)->size(), 2u);
  auto done = store_->apply_retention(value.id, RetentionAction::destroy, add_years(kClosed, 8));
  ASSERT_TRUE(done) << done.error().detail;
  EXPECT_TRUE(store_->list_processing(principal_.organisation_id, value.id)->empty());
  EXPECT_EQ(store_->list_processing(principal_.organisation_id, 999)->size(), 1u);
}

TEST_F(Retention, ARecordOfACaseDestroyedMeanwhileIsNotStored) {
  Case gone = closed_case({"participatiewet"});
  Case kept = closed_case({"jeugdwet"});
  ASSERT_TRUE(store_->apply_retention(gone.id, RetentionAction::destroy, add_years(kClosed, 8)));
  // A read that began before the destruction has its record made durable after it.
  for (CaseId id : {gone.id, kept.id}) {
    ProcessingRecord record{"0123456789abcdef0123456789abcdef", "0123456789abcdef",
                            "casus inzien", "helder-maatwerkbehandeling", {1000}, {1001}, true,
                            principal_.organisation_id, principal_.user_id, id, "verzegeld",
                            "opzoek"};
    std::promise<Status> durable;
    store_->append_processing({&record, 1}, [&](Status status) { durable.set_value(status); });
    ASSERT_TRUE(durable.get_future().get());
  }
  EXPECT_TRUE(store_->list_processing(principal_.organisation_id, gone.id)->empty());
  EXPECT_EQ(store_->list_processing(principal_.organisation_id, kept.id)->size(), 1u);
}

TEST_F(Retention, ChangingARedactedEventIsStillRefused) {
  Case value = closed_case({"participatiewet"});
  ASSERT_TRUE(store_->apply_retention(value.id, RetentionAction::destroy, add_years(kClosed, 8)));
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open((dir_.path() / "store.db").c_str(), &db);
  char* error = nullptr;
  int rc = sqlite3_exec(db, "UPDATE case_events SET note = 'terug' WHERE id = 1", nullptr, nullptr, &error);
  EXPECT_NE(rc, SQLITE_OK);
  sqlite3_free(error);
  sqlite3_close(db);
}

TEST_F(Retention, AnonymisationKeepsTheOutcomeWithoutThePerson) {
  Case value = closed_case({"participatiewet"});
  ASSERT_TRUE(store_->apply_retention(value.id, RetentionAction::anonymise, add_years(kClosed, 8)));
  store_.reset();
  sqlite3* db = nullptr;
  sqlite3_open((dir_.path() / "store.db").c_str(), &db);
  sqlite3_stmt* query = nullptr;
  sqlite3_prepare_v2(db, "SELECT regulation_ids, opened_year, closed_year FROM anonymous_outcomes", -1, &query, nullptr);
  ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)), "participatiewet");
  EXPECT_EQ(sqlite3_column_int(query, 1), 2026);
  EXPECT_EQ(sqlite3_column_int(query, 2), 2026);
  sqlite3_finalize(query);
  sqlite3_close(db);
}

}  // namespace
}  // namespace helder::sqlite
