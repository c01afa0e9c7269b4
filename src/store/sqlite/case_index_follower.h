// Keeps the similarity and full-text index (sqlite_similarity.cc) up to date behind the
// writes, on a thread of its own. A write commits its rows and audit events without waiting
// for the case's text to be analysed again. The follower then reindexes every case with a
// newer audit event: it reads and analyses those cases on its own read connection, and
// writes only what changed through the writer, in units of its own, together with how far
// it got (case_index_state), so that after a restart it goes on where it stopped. While
// other writes run it takes at most a quarter of the writer's time, until it is too far
// behind: under a burst the index lags by a bounded amount and catches up afterwards.
// Queries that need it current wait for it with catch_up(). See ADR 0014.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "store/sqlite/group_commit.h"

namespace helder::sqlite {

class CaseIndexFollower {
 public:
  // Starts with what an earlier run left; reads the database at `db_path` on its own.
  CaseIndexFollower(GroupCommit& writer, const std::string& db_path);
  ~CaseIndexFollower();  // finishes the unit in progress, then stops
  CaseIndexFollower(const CaseIndexFollower&) = delete;
  CaseIndexFollower& operator=(const CaseIndexFollower&) = delete;

  // A write committed new audit events.
  void changed();
  // Waits until the index covers what was committed before the call, at most `timeout`.
  // False when it did not get there in time: the caller then answers from the index as it is.
  bool catch_up(std::chrono::milliseconds timeout);

 private:
  void loop();
  // One unit: reindexes the cases of the next events. Returns how many are left after it.
  Result<std::int64_t> index_next();
  // Sleeps `duration` unless the follower is stopped or hurried meanwhile; false when stopped.
  bool pause(std::chrono::steady_clock::duration duration);

  GroupCommit& writer_;
  Connection reader_;  // used by the follower's thread only
  std::mutex mutex_;
  std::condition_variable wake_;       // the thread: something changed, or stop
  std::condition_variable caught_up_;  // catch_up(): a round ended with nothing left
  std::uint64_t requested_ = 1;        // rounds asked for; the first covers the backlog
  std::uint64_t completed_ = 0;        // rounds done
  int hurried_ = 0;                    // callers waiting in catch_up()
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace helder::sqlite
