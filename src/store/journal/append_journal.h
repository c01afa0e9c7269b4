// An append-only journal on disk for records that must be durable before an answer leaves
// but need not be indexed at that moment (the processing log of every case read). Appending
// copies the lines into memory and returns at once; one flusher thread writes everything
// that has gathered with one write and one fdatasync, then reports to each append that its
// lines are safe (group commit without a database transaction). Under load (the last group
// held more than one append) the flusher first waits a moment for more appends, so that one
// fdatasync covers more of them: on the virtual machines we run on each fdatasync costs tens
// of microseconds of CPU, and most of the journal's CPU went to them. A consumer (the importer
// into the database) receives the durable entries afterwards and, once it has stored them,
// lets the journal delete the segment files it no longer needs.
//
// Why not a database table straight away: each processing record lands on random index
// pages (by case, by data subject), so a commit per group of reads wrote dozens of pages and
// read throughput was bound by that (see docs/decisions/0013). A journal line costs one
// sequential append; the importer writes the index pages once for many records.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/result.h"

namespace helder::journal {

struct Entry {
  std::uint64_t sequence = 0;  // increasing over the life of the journal, from 1
  std::string payload;         // one line of text, without newline
};

class AppendJournal {
 public:
  // Called on the flusher thread once the lines are durable, or with an error when they
  // could not be written (then nothing of them counts as written).
  using Done = std::function<void(Status)>;
  // Receives every durable entry once, in sequence order, on the flusher thread.
  using Consumer = std::function<void(std::vector<Entry>)>;

  // A new segment file is begun when the current one has grown past this size, so that the
  // segments the consumer has stored can be deleted while the journal goes on.
  static constexpr std::uint64_t kSegmentBytes = 64ull * 1024 * 1024;
  // How long the flusher waits for more appends under load, and how many appends end the
  // wait early. A case read waits for its record, so the wait adds to its latency.
  static constexpr std::chrono::microseconds kGatherTime{500};
  static constexpr std::size_t kGatherEnough = 64;

  // Opens the journal in `directory` (created when missing) and locks it for this process.
  // Fails when another process holds it.
  static Result<std::unique_ptr<AppendJournal>> open(const std::filesystem::path& directory,
                                                     std::uint64_t segment_bytes = kSegmentBytes,
                                                     std::chrono::microseconds gather = kGatherTime);
  ~AppendJournal();  // stop(), then closes the files

  AppendJournal(const AppendJournal&) = delete;
  AppendJournal& operator=(const AppendJournal&) = delete;

  // The complete entries that an earlier run left behind, in order. A torn last line (the
  // write was cut off, so it was never reported durable) is skipped.
  std::vector<Entry> leftovers() const { return read(directory_); }
  // The complete entries in the journal at `directory`, read without taking the lock (for
  // tests and inspection; a journal in use may be writing its last line meanwhile).
  static std::vector<Entry> read(const std::filesystem::path& directory);
  // Deletes the earlier run's segments (call it after storing the leftovers), and starts
  // accepting appends, numbered on from `last_sequence`.
  Status start(std::uint64_t last_sequence, Consumer consumer);

  // Queues the lines (each without newline); `done` follows when they are durable.
  void append(std::vector<std::string> lines, Done done);
  // The consumer has stored every entry up to `sequence`: segments before it may go.
  void stored_through(std::uint64_t sequence);
  // Writes what is pending, reports it, and stops the flusher; later appends are refused.
  void stop();
  // The sequence number of the last durable entry.
  std::uint64_t durable_through() const;
  // How many groups the flusher has taken up so far (each written with one write and one
  // fdatasync).
  std::uint64_t groups_written() const;

 private:
  struct Pending {
    std::vector<std::string> lines;
    Done done;
  };
  struct Segment {
    std::uint64_t first_sequence;
    std::filesystem::path path;
  };

  AppendJournal(std::filesystem::path directory, int lock_fd, std::uint64_t segment_bytes,
                std::chrono::microseconds gather);
  // Waits (mutex_ held) until there is something to write; under load, a little longer.
  void wait_for_group(std::unique_lock<std::mutex>& lock);
  void flush_loop();
  Status write_group(std::vector<Pending>& group, std::vector<Entry>& written);
  Status open_segment(std::uint64_t first_sequence);
  bool extend_segment(std::uint64_t needed);
  void delete_stored_segments();

  std::filesystem::path directory_;
  std::uint64_t segment_limit_;
  std::chrono::microseconds gather_;
  int lock_fd_ = -1;
  int segment_fd_ = -1;
  std::uint64_t segment_bytes_ = 0;   // where the next line goes
  std::uint64_t prepared_bytes_ = 0;  // the segment's size: zeros from segment_bytes_ on
  std::vector<Segment> segments_;  // oldest first; the last one is being written

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<Pending> queue_;
  bool stopping_ = false;
  bool flusher_idle_ = false;  // waiting for a first append: each append wakes it
  bool gathering_ = false;     // waiting for more appends: only kGatherEnough of them wake it
  std::size_t last_group_appends_ = 0;
  std::uint64_t groups_written_ = 0;
  std::uint64_t next_sequence_ = 1;  // used by the flusher only
  std::uint64_t durable_through_ = 0;
  std::uint64_t stored_through_ = 0;
  Consumer consumer_;
  std::thread flusher_;
};

}  // namespace helder::journal
