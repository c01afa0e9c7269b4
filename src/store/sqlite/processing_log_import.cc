#include "store/sqlite/processing_log_import.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>

#include "common/thread_name.h"

namespace helder::sqlite {
namespace {

namespace json = boost::json;

// The importer stores what has gathered at least once a second, in units of at most
// kImportBatch records: fewer, larger transactions write each index page once for many
// records, but a unit holds the writer, and case writes queue behind it. With 50,000 per
// unit, signal writes during the load test waited up to a second (p99 1.02 s).
constexpr auto kImportInterval = std::chrono::seconds(1);
constexpr std::size_t kImportBatch = 5000;
constexpr auto kCatchUpTimeout = std::chrono::seconds(30);

std::string encode(const ProcessingRecord& record) {
  return json::serialize(json::object{{"trace", record.trace_id},
                                      {"span", record.span_id},
                                      {"op", record.operation},
                                      {"activity", record.activity_id},
                                      {"start", record.started_at.millis},
                                      {"end", record.ended_at.millis},
                                      {"ok", record.succeeded},
                                      {"org", record.organisation},
                                      {"user", record.user},
                                      {"case", record.case_id},
                                      {"subject", record.subject_sealed},
                                      {"lookup", record.subject_lookup}});
}

ProcessingRecord decode(std::string_view payload) {
  json::object value = json::parse(payload).as_object();  // throws on a damaged entry
  auto text = [&](std::string_view key) { return std::string(value.at(key).as_string()); };
  auto number = [&](std::string_view key) { return value.at(key).to_number<std::int64_t>(); };
  return {text("trace"),
          text("span"),
          text("op"),
          text("activity"),
          {number("start")},
          {number("end")},
          value.at("ok").as_bool(),
          number("org"),
          number("user"),
          number("case"),
          text("subject"),
          text("lookup")};
}

void insert(Connection& db, const ProcessingRecord& record) {
  // A record of a case that retention destroyed meanwhile is not kept: the case's records
  // went with it. Checked apart from the INSERT on purpose: an INSERT ... SELECT may write
  // several rows, so SQLite keeps a statement journal for it, which copied each page the
  // insert touched to a temporary file (over half of the writer's time in the import, at a
  // million cases).
  auto& destroyed = db.prepare(
      "SELECT 1 FROM cases INDEXED BY cases_destroyed WHERE id = ? AND "
      "archive_status = 'destroyed'");
  destroyed.bind(1, record.case_id);
  bool gone = destroyed.step();
  destroyed.reset();
  if (gone) return;
  db.prepare(
        "INSERT INTO processing_log (trace_id, span_id, operation, activity_id, started_at, "
        "ended_at, succeeded, organisation_id, user_id, case_id, subject_sealed, subject_lookup) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
      .bind(1, record.trace_id)
      .bind(2, record.span_id)
      .bind(3, record.operation)
      .bind(4, record.activity_id)
      .bind(5, record.started_at.millis)
      .bind(6, record.ended_at.millis)
      .bind(7, record.succeeded ? 1 : 0)
      .bind(8, record.organisation)
      .bind(9, record.user)
      .bind(10, record.case_id)
      .bind(11, record.subject_sealed)
      .bind(12, record.subject_lookup)
      .run();
}

std::uint64_t stored_position(GroupCommit& writer) {
  std::uint64_t position = 0;
  auto read = writer.run([&](Connection& db) -> Status {
    auto& query = db.prepare("SELECT stored_through FROM processing_journal WHERE id = 1");
    if (query.step()) position = static_cast<std::uint64_t>(query.int64(0));
    return {};
  });
  if (!read) throw std::runtime_error("cannot read the journal position");
  return position;
}

}  // namespace

ProcessingLogImport::ProcessingLogImport(std::unique_ptr<journal::AppendJournal> journal,
                                         GroupCommit& writer)
    : journal_(std::move(journal)), writer_(writer) {}

Result<std::unique_ptr<ProcessingLogImport>> ProcessingLogImport::open(const std::string& db_path,
                                                                       GroupCommit& writer) {
  auto journal = journal::AppendJournal::open(db_path + ".logboek");
  if (!journal) return fail(journal.error());
  std::unique_ptr<ProcessingLogImport> log(new ProcessingLogImport(std::move(*journal), writer));
  std::uint64_t last = stored_position(writer);
  std::vector<journal::Entry> leftovers;
  for (auto& entry : log->journal_->leftovers()) {
    if (entry.sequence > last) leftovers.push_back(std::move(entry));
  }
  if (!leftovers.empty()) {
    if (auto stored = log->store(leftovers); !stored) return fail(stored.error());
    spdlog::info("store: {} processing records from the journal stored after a restart",
                 leftovers.size());
    last = leftovers.back().sequence;
  }
  log->stored_through_ = last;
  if (auto started = log->journal_->start(
          last, [raw = log.get()](auto entries) { raw->receive(std::move(entries)); });
      !started) {
    return fail(started.error());
  }
  log->importer_ = std::thread([raw = log.get()] { raw->import_loop(); });
  return log;
}

ProcessingLogImport::~ProcessingLogImport() {
  journal_->stop();  // writes what is pending and hands it to receive()
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (importer_.joinable()) importer_.join();
}

void ProcessingLogImport::append(std::span<const ProcessingRecord> records,
                                 std::function<void(Status)> done) {
  std::vector<std::string> lines;
  lines.reserve(records.size());
  for (const auto& record : records) lines.push_back(encode(record));
  journal_->append(std::move(lines), std::move(done));
}

Status ProcessingLogImport::catch_up() {
  std::uint64_t target = journal_->durable_through();
  std::unique_lock lock(mutex_);
  hurry_ = true;
  wake_.notify_one();
  bool reached =
      imported_.wait_for(lock, kCatchUpTimeout, [&] { return stored_through_ >= target; });
  hurry_ = false;
  if (!reached) return fail(Error{ErrorCode::unavailable, "Het logboek wordt nog bijgewerkt.", {}});
  return {};
}

void ProcessingLogImport::receive(std::vector<journal::Entry> entries) {
  std::lock_guard lock(mutex_);
  bool was_empty = waiting_.empty();
  if (was_empty) {
    waiting_ = std::move(entries);
  } else {
    waiting_.insert(waiting_.end(), std::make_move_iterator(entries.begin()),
                    std::make_move_iterator(entries.end()));
  }
  if (hurry_ || waiting_.size() >= kImportBatch) wake_.notify_one();
}

void ProcessingLogImport::import_loop() {
  name_this_thread("helder-import");
  for (;;) {
    std::vector<journal::Entry> batch;
    {
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, kImportInterval,
                     [this] { return stopping_ || hurry_ || waiting_.size() >= kImportBatch; });
      if (waiting_.empty()) {
        if (stopping_) return;
        continue;
      }
      auto end =
          waiting_.begin() + static_cast<std::ptrdiff_t>(std::min(waiting_.size(), kImportBatch));
      batch.assign(std::make_move_iterator(waiting_.begin()), std::make_move_iterator(end));
      waiting_.erase(waiting_.begin(), end);
    }
    if (auto stored = store(batch); !stored) {
      // Kept in the journal; tried again with the next batch.
      std::lock_guard lock(mutex_);
      waiting_.insert(waiting_.begin(), std::make_move_iterator(batch.begin()),
                      std::make_move_iterator(batch.end()));
      if (stopping_) return;  // the journal keeps them for the next start
      continue;
    }
    journal_->stored_through(batch.back().sequence);
    {
      std::lock_guard lock(mutex_);
      stored_through_ = batch.back().sequence;
    }
    imported_.notify_all();
  }
}

Status ProcessingLogImport::store(const std::vector<journal::Entry>& entries) {
  return writer_.run([&](Connection& db) -> Status {
    for (const auto& entry : entries) {
      std::optional<ProcessingRecord> record;
      try {
        record = decode(entry.payload);
      } catch (const std::exception&) {
        // Checked by its checksum, so this is a bug rather than damage; never log the content.
        spdlog::error("store: journal entry {} is not a processing record; skipped",
                      entry.sequence);
      }
      if (record) insert(db, *record);
    }
    db.prepare("UPDATE processing_journal SET stored_through = ? WHERE id = 1")
        .bind(1, static_cast<std::int64_t>(entries.back().sequence))
        .run();
    return {};
  });
}

}  // namespace helder::sqlite
