// The WAL write batching shim: a commit of any size arrives whole, a reader sees it as soon
// as COMMIT returns, rollbacks, savepoints and spills mid-transaction stay correct, and a
// commit takes a few write calls instead of two per page.
#include "store/sqlite/wal_write_batching.h"

#include <gtest/gtest.h>

#include <fstream>

#include "store/sqlite/database.h"
#include "support/test_support.h"

namespace helder::sqlite {
namespace {

// The write system calls this process has made so far (Linux: /proc/self/io).
std::int64_t write_calls() {
  std::ifstream io("/proc/self/io");
  std::string key;
  std::int64_t value = 0;
  while (io >> key >> value) {
    if (key == "syscw:") return value;
  }
  return -1;
}

std::int64_t number(Connection& db, const std::string& sql) {
  auto& query = db.prepare(sql);
  EXPECT_TRUE(query.step()) << sql;
  std::int64_t value = query.int64(0);
  query.reset();
  return value;
}

std::string integrity(const std::string& path) {
  Connection check(path, Connection::Mode::read_only);
  auto& query = check.prepare("PRAGMA integrity_check");
  EXPECT_TRUE(query.step());
  std::string result = query.text(0);
  query.reset();
  return result;
}

class WalWriteBatching : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(wal_write_batching_vfs(), nullptr);
    writer_ = std::make_unique<Connection>(path(), Connection::Mode::read_write);  // the shim
    writer_->exec("PRAGMA journal_mode = WAL");
    writer_->exec("PRAGMA synchronous = FULL");
    writer_->exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
  }

  std::string path() const { return (dir_.path() / "db.sqlite").string(); }

  // Adds `count` rows of 4 KiB each, at least a page apiece, in one transaction.
  void insert_rows(Connection& db, int count) {
    db.exec("BEGIN");
    for (int at = 0; at < count; ++at) db.exec("INSERT INTO rows (body) VALUES (randomblob(4096))");
    db.exec("COMMIT");
  }

  testing::TempDir dir_;
  std::unique_ptr<Connection> writer_;
};

TEST_F(WalWriteBatching, ACommitLargerThanWhatIsGatheredArrivesWholeAndIsSeenAtOnce) {
  Connection reader(path(), Connection::Mode::read_only);
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows"), 0);
  insert_rows(*writer_, 2000);  // about 8 MB: past the 4 MB bound and many 64 KB writes
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows"), 2000);
  EXPECT_EQ(number(reader, "SELECT sum(length(body)) FROM rows"), 2000 * 4096);
  EXPECT_EQ(integrity(path()), "ok");

  writer_.reset();  // the last connection checkpoints the log into the main file
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows"), 2000);
  EXPECT_EQ(integrity(path()), "ok");
}

TEST_F(WalWriteBatching, ReadersSeeACommitWholeEvenWhenTheWalIsNotSynced) {
  writer_->exec("PRAGMA synchronous = NORMAL");  // commits without a sync of the WAL
  Connection reader(path(), Connection::Mode::read_only);
  for (int round = 1; round <= 3; ++round) {
    insert_rows(*writer_, 50);
    EXPECT_EQ(number(reader, "SELECT count(*) FROM rows"), 50 * round);
    EXPECT_EQ(number(reader, "SELECT sum(length(body)) FROM rows"), 50 * round * 4096);
  }
  EXPECT_EQ(integrity(path()), "ok");
}

TEST_F(WalWriteBatching, RollbacksAndPagesWrittenBeforeTheCommitStayCorrect) {
  writer_->exec("BEGIN");
  for (int at = 0; at < 100; ++at) writer_->exec("INSERT INTO rows (body) VALUES (randomblob(4096))");
  writer_->exec("ROLLBACK");
  // A page cache of ten pages spills pages to the log before the commit; SQLite then writes
  // some of their frames again in place and reads them back, out of order.
  writer_->exec("PRAGMA cache_size = 10");
  writer_->exec("BEGIN");
  for (int at = 0; at < 300; ++at) writer_->exec("INSERT INTO rows (body) VALUES (zeroblob(100))");
  writer_->exec("UPDATE rows SET body = randomblob(200)");
  writer_->exec("COMMIT");

  Connection reader(path(), Connection::Mode::read_only);
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows"), 300);
  EXPECT_EQ(number(reader, "SELECT sum(length(body)) FROM rows"), 300 * 200);
  EXPECT_EQ(integrity(path()), "ok");
}

TEST_F(WalWriteBatching, RollingBackToASavepointRestoresPagesFromTheGatheredStatementJournal) {
  insert_rows(*writer_, 100);
  writer_->exec("BEGIN");
  writer_->exec("UPDATE rows SET body = zeroblob(4096) WHERE id <= 50");
  writer_->exec("SAVEPOINT unit");  // as the group commit runs each write
  // Changes pages already changed in this transaction: their old state goes to the statement
  // journal, about 400 KB, past what SQLite keeps in memory (64 KB).
  writer_->exec("UPDATE rows SET body = zeroblob(10)");
  writer_->exec("ROLLBACK TO unit");
  writer_->exec("RELEASE unit");
  writer_->exec("COMMIT");

  Connection reader(path(), Connection::Mode::read_only);
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows WHERE length(body) = 4096"), 100);
  EXPECT_EQ(number(reader, "SELECT count(*) FROM rows WHERE body = zeroblob(4096)"), 50);
  EXPECT_EQ(integrity(path()), "ok");
}

TEST_F(WalWriteBatching, ACommitTakesAFewWriteCallsInsteadOfTwoPerPage) {
  ASSERT_GE(write_calls(), 0) << "needs /proc/self/io";
  std::int64_t before = write_calls();
  insert_rows(*writer_, 200);  // 200 rows of a page each
  std::int64_t batched = write_calls() - before;

  // The same through SQLite's own VFS.
  sqlite3* plain = nullptr;
  ASSERT_EQ(sqlite3_open_v2((dir_.path() / "plain.sqlite").c_str(), &plain,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
            SQLITE_OK);
  for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                          "CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", "BEGIN"}) {
    ASSERT_EQ(sqlite3_exec(plain, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }
  before = write_calls();
  for (int at = 0; at < 200; ++at) {
    sqlite3_exec(plain, "INSERT INTO rows (body) VALUES (randomblob(4096))", nullptr, nullptr, nullptr);
  }
  sqlite3_exec(plain, "COMMIT", nullptr, nullptr, nullptr);
  std::int64_t unbatched = write_calls() - before;
  sqlite3_close(plain);

  EXPECT_GE(unbatched, 400);  // a header and a page for each of 200+ frames
  EXPECT_LE(batched, 40);     // about 0.8 MB in writes of 64 KB
}

}  // namespace
}  // namespace helder::sqlite
