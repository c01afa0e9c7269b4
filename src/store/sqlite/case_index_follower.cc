#include "store/sqlite/case_index_follower.h"

#include <spdlog/spdlog.h>

#include <vector>

#include "common/thread_name.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

// Audit events per unit: reindexing a case takes about half a millisecond, so a write that
// arrives during a unit waits some tens of milliseconds at most.
constexpr std::int64_t kEventsPerUnit = 100;
// While writes run, the follower sleeps this many times as long as its unit took ...
constexpr int kYieldFactor = 3;
// ... unless it is this many events behind: then it takes its turn like any write, which
// bounds how stale the index gets (at about half a millisecond per event, some seconds).
constexpr std::int64_t kMaxBacklog = 10000;
// A change is indexed after at most this delay, together with what else changed meanwhile:
// a case written several times in a row is analysed once, and the full-text index gets one
// new segment per unit instead of one per write. A query waiting in catch_up() cuts it short.
constexpr std::chrono::milliseconds kGatherDelay{200};

}  // namespace

CaseIndexFollower::CaseIndexFollower(GroupCommit& writer, const std::string& db_path)
    : writer_(writer), reader_(db_path, Connection::Mode::read_only) {
  reader_.exec("PRAGMA cache_size = -16384");  // 16 MB: it reads every case a write touched
  thread_ = std::thread([this] { loop(); });
}

CaseIndexFollower::~CaseIndexFollower() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  caught_up_.notify_all();
  thread_.join();
}

void CaseIndexFollower::changed() {
  {
    std::lock_guard lock(mutex_);
    ++requested_;
  }
  wake_.notify_one();
}

bool CaseIndexFollower::catch_up(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  // Every committed change asked for a round; a round covers what was committed when it began.
  std::uint64_t target = requested_;
  if (completed_ >= target) return true;
  ++hurried_;
  wake_.notify_one();
  bool reached =
      caught_up_.wait_for(lock, timeout, [&] { return stopping_ || completed_ >= target; }) && !stopping_;
  --hurried_;
  return reached;
}

void CaseIndexFollower::loop() {
  name_this_thread("helder-indexer");
  for (;;) {
    std::uint64_t round = 0;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || requested_ > completed_; });
      wake_.wait_for(lock, kGatherDelay, [this] { return stopping_ || hurried_ > 0; });
      if (stopping_) return;
      round = requested_;
    }
    auto began = std::chrono::steady_clock::now();
    std::uint64_t units = 0;
    std::int64_t left = 1;
    while (left > 0) {
      auto started = std::chrono::steady_clock::now();
      std::uint64_t units_before = writer_.units_run();
      auto indexed = index_next();
      if (!indexed) {
        if (!pause(std::chrono::seconds(1))) return;  // the events stay; tried again
        break;
      }
      ++units;
      left = *indexed;
      bool writes_ran = writer_.units_run() - units_before > 1;  // besides this unit
      bool yield = left > 0 && left < kMaxBacklog && writes_ran;
      if (yield && !pause((std::chrono::steady_clock::now() - started) * kYieldFactor)) return;
    }
    if (left > 0) continue;
    if (units > 50) {
      auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
      spdlog::info("store: the case index caught up ({} units in {:.1f} s)", units, seconds);
    }
    {
      std::lock_guard lock(mutex_);
      completed_ = round;
    }
    caught_up_.notify_all();
  }
}

bool CaseIndexFollower::pause(std::chrono::steady_clock::duration duration) {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, duration, [this] { return stopping_ || hurried_ > 0; });
  return !stopping_;
}

Result<std::int64_t> CaseIndexFollower::index_next() {
  // Which cases, and what the index should hold for them: read and analysed here, off the
  // writer thread, from one snapshot. A change committed after it has a later event, which
  // the next unit picks up.
  std::int64_t from = 0;
  std::int64_t last = 0;
  std::vector<CaseIndexEntry> entries;
  try {
    reader_.exec("BEGIN");
    from = indexed_through(reader_);
    for (CaseId id : cases_changed_since(reader_, from, kEventsPerUnit, last)) {
      entries.push_back(read_index_entry(reader_, id));
    }
    reader_.release_statements();
    reader_.exec("COMMIT");
  } catch (const SqliteError& error) {
    reader_.release_statements();
    if (sqlite3_get_autocommit(reader_.handle()) == 0) sqlite3_exec(reader_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    spdlog::error("store: reading cases for the case index failed ({}); retried in a second", error.what());
    return fail(Error::internal("Het zoekregister kon niet worden bijgewerkt."));
  }
  if (last == from) return 0;  // nothing new

  // Only the changes go through the writer.
  std::int64_t left = 0;
  auto status = writer_.run([&](Connection& db) -> Status {
    if (indexed_through(db) != from) {  // moved by write_indexed meanwhile: read again
      left = 1;
      return {};
    }
    for (const auto& entry : entries) apply_index_entry(db, entry);
    set_indexed_through(db, last);
    left = last_event_id(db) - last;  // event ids are not reused: a close count
    return {};
  });
  if (!status) {
    spdlog::error("store: updating the case index failed; retried in a second");
    return fail(status.error());
  }
  return left;
}

}  // namespace helder::sqlite
