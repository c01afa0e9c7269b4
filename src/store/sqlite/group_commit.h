// One writer thread owns the SQLite write connection. Callers hand it units of work; it
// runs every unit that is waiting inside one transaction, each under its own savepoint,
// and commits once (one fsync for the group). A unit that fails is rolled back to its
// savepoint alone, so it leaves nothing behind and does not disturb the others.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "common/result.h"
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

 private:
  struct Job;
  void loop();
  void commit_group(std::deque<Job*>& group);

  std::unique_ptr<Connection> connection_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job*> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace helder::sqlite
