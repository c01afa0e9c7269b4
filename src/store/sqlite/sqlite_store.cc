#include "store/sqlite/sqlite_store.h"

#include <atomic>
#include <unordered_map>

#include "common/time.h"
#include "store/sqlite/fts_dutch_tokenizer.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

void configure(Connection& db, Connection::Mode mode) {
  register_dutch_tokenizer(db.handle());
  if (mode == Connection::Mode::read_write) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");  // a committed write survives a power cut
    // Deleted content (retention, removed signals) is overwritten, not left in free pages.
    db.exec("PRAGMA secure_delete = ON");
  }
  db.exec("PRAGMA foreign_keys = ON");
  // Page cache per connection: 32 MB for the writer; 2 MB for each thread's reader, since
  // there is one per event loop and per worker that reads (up to 36), and what falls out of
  // it is still in the operating system's cache (a read from there costs a pread, about a
  // microsecond). At a million cases, readers of 1, 2, 4 and 8 MB served reads, writes and
  // similar cases equally fast within the noise, but the server peaked at 123, 157, 219 and
  // 282 MB (docs/performance.md).
  db.exec(mode == Connection::Mode::read_write ? "PRAGMA cache_size = -32768"
                                               : "PRAGMA cache_size = -2048");
  // Readers keep temporary tables and sorts in memory. The writer does not: with temp_store
  // MEMORY its statement journals stay in memory too, and ending a statement walks the whole
  // in-memory journal of the open unit (SAVEPOINT), which made large units quadratic (an
  // import batch with its reindexing: 100,000 generated cases took 544 s instead of 103 s).
  if (mode == Connection::Mode::read_only) db.exec("PRAGMA temp_store = MEMORY");
}

std::atomic<std::uint64_t> next_store_id{1};

// A read transaction on one thread's connection, open while the object lives. BEGIN takes
// no lock yet: the snapshot is fixed by the first read.
class SqliteReadSnapshot final : public ReadSnapshot {
 public:
  explicit SqliteReadSnapshot(Connection& db) : db_(db) { db_.prepare("BEGIN").run(); }
  ~SqliteReadSnapshot() override {
    try {
      db_.release_statements();
      // A failed read may have ended the transaction already.
      if (!sqlite3_get_autocommit(db_.handle())) db_.prepare("COMMIT").run();
    } catch (const SqliteError& error) {
      spdlog::error("store: ending a read snapshot failed: {}", error.what());
    }
  }
  SqliteReadSnapshot(const SqliteReadSnapshot&) = delete;
  SqliteReadSnapshot& operator=(const SqliteReadSnapshot&) = delete;

 private:
  Connection& db_;
};

}  // namespace

SqliteStore::SqliteStore(std::string path, std::unique_ptr<Connection> writer)
    : path_(std::move(path)), id_(next_store_id++), writer_(std::move(writer)) {}

SqliteStore::~SqliteStore() {
  // Close the readers first: the writer, closing last, checkpoints the WAL into the main
  // file and removes it, so the database is one self-contained file afterwards.
  std::lock_guard lock(readers_mutex_);
  readers_.clear();
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
  // SQLite's global memory statistics take a global mutex on every allocation; helder
  // does not read them. Must be set before the first connection; later calls are no-ops.
  static const int kMemstatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kMemstatusOff;
  try {
    auto writer = std::make_unique<Connection>(path, Connection::Mode::read_write);
    configure(*writer, Connection::Mode::read_write);
    migrate(*writer, SystemClock().now().millis);
    std::unique_ptr<SqliteStore> store(new SqliteStore(path, std::move(writer)));
    auto processing_log = ProcessingLogImport::open(path, store->writer_);
    if (processing_log) {
      store->processing_log_ = std::move(*processing_log);
    } else if (processing_log.error().code == ErrorCode::unavailable) {
      // Another helder process (the server) holds the journal; this one cannot log reads.
      spdlog::debug("store: {}", processing_log.error().detail);
    } else {
      return fail(processing_log.error());
    }
    store->index_ = std::make_unique<CaseIndexFollower>(store->writer_, path);
    return store;
  } catch (const std::exception& error) {
    return fail(Error::internal("Kan de database " + path + " niet openen: " + error.what()));
  }
}

Connection& SqliteStore::reader() {
  // Keyed by store id, not address: a new store at a freed address must not find the old
  // store's (closed) connection.
  thread_local std::unordered_map<std::uint64_t, Connection*> connections;
  auto found = connections.find(id_);
  if (found != connections.end()) return *found->second;
  auto connection = std::make_unique<Connection>(path_, Connection::Mode::read_only);
  configure(*connection, Connection::Mode::read_only);
  std::lock_guard lock(readers_mutex_);
  readers_.push_back(std::move(connection));
  connections[id_] = readers_.back().get();
  return *readers_.back();
}

std::unique_ptr<ReadSnapshot> SqliteStore::snapshot_reads() {
  try {
    Connection& db = reader();
    if (!sqlite3_get_autocommit(db.handle())) return nullptr;  // inside one already
    return std::make_unique<SqliteReadSnapshot>(db);
  } catch (const SqliteError& error) {
    spdlog::error("store: a read snapshot could not be opened: {}", error.what());
    return nullptr;
  }
}

Status SqliteStore::sync_regulations(std::span<const Regulation> regulations) {
  return write([&](Connection& db) -> Status {
    for (const auto& regulation : regulations) {
      db.prepare(
            "INSERT INTO regulations (id, name, short_name, has_hardship_clause, "
            "prescribes_investigation_order, version, retention_years, archive_nomination) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name, "
            "has_hardship_clause = excluded.has_hardship_clause, "
            "prescribes_investigation_order = excluded.prescribes_investigation_order, "
            "version = excluded.version, retention_years = excluded.retention_years, "
            "archive_nomination = excluded.archive_nomination")
          .bind(1, regulation.id)
          .bind(2, regulation.name)
          .bind(3, regulation.short_name)
          .bind(4, regulation.has_hardship_clause ? 1 : 0)
          .bind(5, regulation.prescribes_investigation_order ? 1 : 0)
          .bind(6, regulation.version)
          .bind(7, regulation.retention.years)
          .bind(8, to_string(regulation.retention.nomination))
          .run();
    }
    return {};
  });
}

Result<std::vector<Regulation>> SqliteStore::list_regulations() {
  return with_reader<std::vector<Regulation>>([](Connection& db) {
    auto& query = db.prepare(
        "SELECT id, name, short_name, has_hardship_clause, prescribes_investigation_order, "
        "version FROM regulations ORDER BY name");
    std::vector<Regulation> regulations;
    while (query.step()) {
      regulations.push_back({query.text(0), query.text(1), query.text(2), query.int64(3) != 0,
                             query.int64(4) != 0, static_cast<int>(query.int64(5))});
    }
    return regulations;
  });
}

}  // namespace helder::sqlite
