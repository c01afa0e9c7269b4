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

  // Takes over the WAL hook of `writer` (the one connection that writes `path`). From
  // `start_pages` pages in the log on, the thread checkpoints after each commit. From
  // `limit_pages` on, the committing writer checkpoints itself, as SQLite would, so that the
  // log cannot grow without bound when the thread falls behind a steady stream of writes.
  Checkpointer(Connection& writer, const std::string& path, int start_pages = 1000,
               int limit_pages = 16000);
  ~Checkpointer();  // gives the hook back, finishes a running checkpoint, stops the thread
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  Counts counts() const;

 private:
  static int on_commit(void* self, sqlite3* db, const char* schema, int pages);
  void loop();

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
  std::thread thread_;
};

}  // namespace helder::sqlite
