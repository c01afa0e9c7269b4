// The processing log of a SQLite store: records go to the append-only journal beside the
// database (`<db>.logboek/`), which makes them durable before the answer leaves; a
// background thread then moves them into the processing_log table in large transactions,
// where they can be queried by case and by data subject. At start, what an earlier run left
// in the journal and had not yet stored is stored first.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/journal/append_journal.h"
#include "store/processing_log.h"
#include "store/sqlite/group_commit.h"

namespace helder::sqlite {

class ProcessingLogImport {
 public:
  // Takes the journal of the database at `db_path`, stores its leftovers through `writer`
  // and starts. Fails when another process holds the journal (e.g. a command-line tool
  // opened the database while the server runs): such a store cannot append records.
  static Result<std::unique_ptr<ProcessingLogImport>> open(const std::string& db_path,
                                                           GroupCommit& writer);
  ~ProcessingLogImport();  // makes pending records durable, stores them all, then stops

  // Appends the records; `done` runs (on another thread) once they are durable.
  void append(std::span<const ProcessingRecord> records, std::function<void(Status)> done);
  // Returns once every record that was durable at the call is in the table.
  Status catch_up();

 private:
  ProcessingLogImport(std::unique_ptr<journal::AppendJournal> journal, GroupCommit& writer);
  void receive(std::vector<journal::Entry> entries);
  void import_loop();
  Status store(const std::vector<journal::Entry>& entries);

  std::unique_ptr<journal::AppendJournal> journal_;
  GroupCommit& writer_;
  std::mutex mutex_;
  std::condition_variable wake_;      // the import thread: entries are waiting, or stop
  std::condition_variable imported_;  // catch_up(): a batch was stored
  std::vector<journal::Entry> waiting_;
  std::uint64_t stored_through_ = 0;
  bool hurry_ = false;  // someone waits in catch_up()
  bool stopping_ = false;
  std::thread importer_;
};

}  // namespace helder::sqlite
