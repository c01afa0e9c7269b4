#include "store/sqlite/group_commit.h"

#include <spdlog/spdlog.h>

#include <future>

#include "common/thread_name.h"

namespace helder::sqlite {

// Upper bound on the units in one transaction, so that one commit never waits too long.
constexpr std::size_t kMaxGroupSize = 512;

struct GroupCommit::Job {
  Work work;
  Status result;
  std::promise<void> done;
};

namespace {

std::unique_ptr<Checkpointer> checkpointer_for(Connection& writer) {
  const char* path = sqlite3_db_filename(writer.handle(), "main");
  if (path == nullptr || *path == '\0') return nullptr;
  return std::make_unique<Checkpointer>(writer, path);
}

}  // namespace

GroupCommit::GroupCommit(std::unique_ptr<Connection> connection)
    : connection_(std::move(connection)),
      checkpointer_(checkpointer_for(*connection_)),
      thread_([this] { loop(); }) {}

GroupCommit::~GroupCommit() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

Status GroupCommit::run(Work work) {
  Job job{std::move(work), {}, {}};
  auto finished = job.done.get_future();
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return fail({ErrorCode::unavailable, "De opslag wordt afgesloten.", {}});
    queue_.push_back(&job);
  }
  wake_.notify_one();
  finished.wait();
  return job.result;
}

void GroupCommit::loop() {
  name_this_thread("helder-writer");
  for (;;) {
    std::deque<Job*> group;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and nothing left
      while (!queue_.empty() && group.size() < kMaxGroupSize) {
        group.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    commit_group(group);
  }
}

void GroupCommit::commit_group(std::deque<Job*>& group) {
  Connection& db = *connection_;
  try {
    db.exec("BEGIN IMMEDIATE");
    for (Job* job : group) {
      db.exec("SAVEPOINT unit");
      try {
        job->result = job->work(db);
      } catch (const SqliteError& error) {
        spdlog::error("store: write failed: {}", error.what());
        job->result = fail(Error::internal("De gegevens konden niet worden opgeslagen."));
      }
      db.release_statements();
      if (!job->result) db.exec("ROLLBACK TO unit");
      db.exec("RELEASE unit");
    }
    db.exec("COMMIT");
  } catch (const SqliteError& error) {
    spdlog::error("store: commit failed: {}", error.what());
    try {
      db.exec("ROLLBACK");
    } catch (const SqliteError&) {
      // the transaction is already gone
    }
    for (Job* job : group) {
      job->result = fail(Error::internal("De gegevens konden niet worden opgeslagen."));
    }
  }
  units_run_.fetch_add(group.size(), std::memory_order_relaxed);
  for (Job* job : group) job->done.set_value();
}

}  // namespace helder::sqlite
