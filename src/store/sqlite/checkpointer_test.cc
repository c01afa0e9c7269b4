// The checkpointer: the log is copied into the main file by its thread once it passes the
// start size, and by the committing writer itself once it reaches the limit.
#include "store/sqlite/checkpointer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/test_support.h"

namespace helder::sqlite {
namespace {

namespace fs = std::filesystem;

class CheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    writer_ = std::make_unique<Connection>(path(), Connection::Mode::read_write);
    writer_->exec("PRAGMA journal_mode = WAL");
    writer_->exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    writer_->exec("PRAGMA wal_checkpoint(TRUNCATE)");  // the table itself is in the main file
  }

  std::string path() const { return (dir_.path() / "db.sqlite").string(); }

  // Commits `count` rows of 4 KiB each: at least one page apiece in the log.
  void write_rows(int count) {
    for (int at = 0; at < count; ++at) {
      writer_->exec("INSERT INTO rows (body) VALUES (randomblob(4096))");
    }
  }

  // The number of rows in the main file alone, as a copy without the log sees it.
  std::int64_t rows_in_main_file() {
    fs::path copy = dir_.path() / "copy.sqlite";
    fs::copy_file(path(), copy, fs::copy_options::overwrite_existing);
    fs::remove(dir_.path() / "copy.sqlite-wal");
    Connection reader(copy.string(), Connection::Mode::read_write);
    auto& count = reader.prepare("SELECT count(*) FROM rows");
    count.step();
    std::int64_t rows = count.int64(0);
    reader.release_statements();
    return rows;
  }

  testing::TempDir dir_;
  std::unique_ptr<Connection> writer_;
};

TEST_F(CheckpointerTest, CopiesTheLogIntoTheMainFileOnItsOwnThread) {
  Checkpointer::Counts counts;
  {
    Checkpointer checkpointer(*writer_, path(), /*start_pages=*/20, /*limit_pages=*/100000);
    write_rows(50);
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (checkpointer.counts().background == 0 && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    counts = checkpointer.counts();
  }  // its thread has stopped: no checkpoint runs while the file is copied
  EXPECT_GE(counts.background, 1u);
  EXPECT_EQ(counts.in_commit, 0u);
  // The checkpoint that ran after the 20th row or later put at least those in the main file.
  EXPECT_GE(rows_in_main_file(), 20);
}

TEST_F(CheckpointerTest, WriterCheckpointsItselfAtTheLimit) {
  // The thread is never asked (start above the limit): only the writer's own checkpoint runs.
  Checkpointer checkpointer(*writer_, path(), /*start_pages=*/100000, /*limit_pages=*/10);
  write_rows(30);
  EXPECT_EQ(checkpointer.counts().background, 0u);
  EXPECT_GE(checkpointer.counts().in_commit, 1u);
  EXPECT_GE(rows_in_main_file(), 10);
}

// Under a steady load of reads the log does not start again from the front: a reader is in
// it whenever a write begins. Its pages that the thread has copied must not count towards
// the writer's limit.
TEST_F(CheckpointerTest, PagesTheThreadCopiedDoNotCountTowardsTheLimit) {
  Connection reader(path(), Connection::Mode::read_only);
  auto read_latest = [&] {  // a new snapshot at the end of the log, held until the next call
    reader.release_statements();
    if (!sqlite3_get_autocommit(reader.handle())) reader.exec("COMMIT");
    reader.exec("BEGIN");
    reader.prepare("SELECT count(*) FROM rows").step();
  };
  Checkpointer::Counts counts;
  {
    Checkpointer checkpointer(*writer_, path(), /*start_pages=*/20, /*limit_pages=*/100);
    for (int batch = 0; batch < 12; ++batch) {
      auto before = checkpointer.counts().background;
      write_rows(25);  // 25 pages or more: wakes the thread
      read_latest();
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (checkpointer.counts().background == before && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
    }
    counts = checkpointer.counts();
  }
  reader.release_statements();
  reader.exec("COMMIT");
  EXPECT_GT(fs::file_size(path() + "-wal"), 100u * 4096) << "the log should have kept growing";
  EXPECT_GE(counts.background, 12u);
  EXPECT_EQ(counts.in_commit, 0u);
}

TEST_F(CheckpointerTest, WithoutItNothingReachesTheMainFileBeforeTheLimit) {
  // The control for the two tests above: SQLite's own checkpoint waits for 1,000 pages.
  write_rows(50);
  EXPECT_EQ(rows_in_main_file(), 0);
}

}  // namespace
}  // namespace helder::sqlite
