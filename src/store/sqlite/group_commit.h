// One writer thread owns the SQLite write connection. Callers hand it units of work; it
// runs every unit that is waiting inside one transaction, each under its own savepoint,
// and commits once (one fsync for the group). A unit that fails is rolled back to its
// savepoint alone, so it leaves nothing behind and does not disturb the others. Its
// checkpoints run beside it (checkpointer.h).
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "common/result.h"
#include "store/sqlite/checkpointer.h"
#include "store/sqlite/database.h"

namespace helder::sqlite {

class GroupCommit {
 public:
  using Work = std::function<Status(Connection&)>;

  explicit GroupCommit(std::unique_ptr<Connection> connection);
  ~GroupCommit();  // finishes the queued work, then stops the thread
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // Runs `work` in a transaction and blocks until it is durable (or failed).
  Status run(Work work);
  // How many units have run so far (committed or not).
  std::uint64_t units_run() const { return units_run_.load(std::memory_order_relaxed); }

 private:
  struct Job;
  void loop();
  void commit_group(std::deque<Job*>& group);

  std::unique_ptr<Connection> connection_;
  std::unique_ptr<Checkpointer> checkpointer_;  // null for a database without a file
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job*> queue_;
  bool stopping_ = false;
  std::atomic<std::uint64_t> units_run_{0};
  std::thread thread_;
};

}  // namespace helder::sqlite
