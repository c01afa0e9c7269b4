#include "store/sqlite/checkpointer.h"

#include <spdlog/spdlog.h>

#include "common/thread_name.h"

namespace helder::sqlite {

Checkpointer::Checkpointer(Connection& writer, const std::string& path, int start_pages,
                           int limit_pages)
    : writer_(writer),
      own_(path, Connection::Mode::read_write),
      start_pages_(start_pages),
      limit_pages_(limit_pages),
      thread_([this] { loop(); }) {
  // A checkpoint fsyncs the main file before the log may be reused: a power cut in between
  // loses nothing.
  own_.exec("PRAGMA synchronous = FULL");
  sqlite3_wal_hook(writer_.handle(), &Checkpointer::on_commit, this);
}

Checkpointer::~Checkpointer() {
  sqlite3_wal_hook(writer_.handle(), nullptr, nullptr);
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

Checkpointer::Counts Checkpointer::counts() const { return {background_.load(), in_commit_.load()}; }

int Checkpointer::on_commit(void* self, sqlite3* db, const char* schema, int pages) {
  auto& checkpointer = *static_cast<Checkpointer*>(self);
  int copied = checkpointer.copied_pages_.load(std::memory_order_relaxed);
  // Fewer pages than were copied: the log has started again from the front.
  int behind = pages >= copied ? pages - copied : pages;
  if (behind >= checkpointer.limit_pages_) {
    if (checkpointer.checkpoint(db, schema)) ++checkpointer.in_commit_;
  } else if (behind >= checkpointer.start_pages_) {
    {
      std::lock_guard lock(checkpointer.mutex_);
      checkpointer.due_ = true;
    }
    checkpointer.wake_.notify_one();
  }
  return SQLITE_OK;
}

bool Checkpointer::checkpoint(sqlite3* db, const char* schema) {
  // PASSIVE: copies what no reader still needs; BUSY when the other side is at it right now.
  int log_pages = 0;
  int copied = 0;
  int code = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &log_pages, &copied);
  if (code == SQLITE_OK) {
    copied_pages_.store(copied, std::memory_order_relaxed);
  } else if (code != SQLITE_BUSY) {
    // The log keeps its pages; the writer's limit still bounds it.
    spdlog::warn("store: checkpoint failed: {}", sqlite3_errstr(code));
  }
  return code == SQLITE_OK;
}

void Checkpointer::loop() {
  name_this_thread("helder-ckpt");
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || due_; });
      if (stopping_) return;
      due_ = false;
    }
    if (checkpoint(own_.handle(), nullptr)) ++background_;
  }
}

}  // namespace helder::sqlite
