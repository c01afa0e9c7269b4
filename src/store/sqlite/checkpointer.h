// Copies the write-ahead log back into the database file on a thread of its own, so that
// the writer's commits do not wait for it. Left to itself, SQLite checkpoints inside the
// commit that takes the log past 1,000 pages: the writer then copies those pages into the
// main file and fsyncs it while every waiting write queues behind it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "store/sqlite/database.h"

namespace helder::sqlite {

class Checkpointer {
 public:
  struct Counts {
    std::uint64_t background = 0;  // checkpoints this thread completed
    std::uint64_t in_commit = 0;   // checkpoints the writer made because the log hit the limit
  };

  // Takes over the WAL hook of `writer` (the one connection that writes `path`). Once
  // `start_pages` pages of the log are not yet in the main file, the thread checkpoints. From
  // `limit_pages` such pages on, the committing writer checkpoints itself, as SQLite would,
  // so that the log cannot grow without bound when the thread falls behind a steady stream
  // of writes.
  //
  // Pages already copied do not count. The log starts again from the front only when no
  // reader is in it at that moment, so under a steady load of reads it keeps growing while
  // the thread keeps up. Counting all its pages made every commit past the limit checkpoint
  // in the writer, for nothing: 8% of the writer's time at a million cases.
  Checkpointer(Connection& writer, const std::string& path, int start_pages = 1000,
               int limit_pages = 16000);
  ~Checkpointer();  // gives the hook back, finishes a running checkpoint, stops the thread
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  Counts counts() const;

 private:
  static int on_commit(void* self, sqlite3* db, const char* schema, int pages);
  void loop();
  // Runs a PASSIVE checkpoint on `db`; true when it ran (false: BUSY, or failed).
  bool checkpoint(sqlite3* db, const char* schema);

  Connection& writer_;
  Connection own_;
  const int start_pages_;
  const int limit_pages_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool due_ = false;
  bool stopping_ = false;
  std::atomic<std::uint64_t> background_{0};
  std::atomic<std::uint64_t> in_commit_{0};
  // The log's pages that are in the main file, as the last checkpoint left them.
  std::atomic<int> copied_pages_{0};
  std::thread thread_;
};

}  // namespace helder::sqlite
