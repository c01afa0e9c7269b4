#include "support/test_support.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <random>

#include "app/demo_data.h"
#include "api/authentication.h"
#include "api/request_snapshot.h"
#include "security/secret_token.h"
#include "app/environment.h"
#include "catalog/loader.h"
#include "store/journal/append_journal.h"
#include "store/sqlite/database.h"

namespace helder::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

TempDir::TempDir() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          ("helder-test-" + std::to_string(random()) + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path data_dir() { return HELDER_TEST_DATA_DIR; }

const catalog::CatalogSet& test_catalogs() {
  static const catalog::CatalogSet kCatalogs = [] {
    auto loaded = catalog::load_catalogs(data_dir() / "catalog");
    if (!loaded.ok()) {
      for (const auto& problem : loaded.problems) ADD_FAILURE() << problem.str();
    }
    return loaded.catalogs;
  }();
  return kCatalogs;
}

void insert_processing_row(const std::filesystem::path& db_path, std::int64_t id,
                           std::int64_t organisation_id, std::int64_t case_id) {
  sqlite::Connection db(db_path.string(), sqlite::Connection::Mode::read_write);
  db.prepare(
        "INSERT INTO processing_log (id, trace_id, span_id, operation, activity_id, started_at, "
        "ended_at, succeeded, organisation_id, user_id, case_id, subject_sealed, subject_lookup) "
        "VALUES (?, 't', 's', 'casus inzien', 'a', 1, 2, 1, ?, 1, ?, 'v', 'o')")
      .bind(1, id)
      .bind(2, organisation_id)
      .bind(3, case_id)
      .run();
  db.release_statements();
}

boost::json::value HttpResult::json() const { return boost::json::parse(body); }

std::string HttpResult::header(const std::string& lower_name) const {
  auto found = headers.find(lower_name);
  return found == headers.end() ? "" : found->second;
}

std::string raw_exchange(unsigned short port, const std::string& bytes) {
  boost::asio::io_context io;
  boost::asio::ip::tcp::socket socket(io);
  socket.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  boost::asio::write(socket, boost::asio::buffer(bytes));
  std::string reply;
  boost::system::error_code error;
  char buffer[4096];
  while (!error) {
    std::size_t read = socket.read_some(boost::asio::buffer(buffer), error);
    reply.append(buffer, read);
  }
  return reply;
}

HttpResult send_request(unsigned short port, std::string_view method, std::string_view target,
                        std::string_view raw_body, std::string_view content_type,
                        const std::map<std::string, std::string>& headers) {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  bhttp::request<bhttp::string_body> request;
  request.method_string(method);
  request.target(target);
  request.version(11);
  request.set(bhttp::field::host, "127.0.0.1");
  if (!raw_body.empty() || method == "POST" || method == "PATCH") {
    if (!content_type.empty()) request.set(bhttp::field::content_type, content_type);
    request.body() = std::string(raw_body);
    request.prepare_payload();
  }
  for (const auto& [name, value] : headers) request.set(name, value);
  bhttp::write(stream, request);
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> response;
  bhttp::read(stream, buffer, response);
  HttpResult result;
  result.status = response.result_int();
  for (const auto& field : response) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[name] = std::string(field.value());
  }
  result.body = response.body();
  beast::error_code ignored;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  return result;
}

TestServer::TestServer(bool with_demo_cases)
    : db_path_(dir_.path() / "test.db"), clock_(Timestamp{1'795'000'000'000}) {
  auto store = app::open_store(db_path_.string(), test_catalogs());
  if (!store) throw std::runtime_error(store.error().detail);
  store_ = std::move(*store);
  if (with_demo_cases) {
    auto seeded = app::seed_demo(*store_, data_dir(), test_catalogs(), clock_.now());
    if (!seeded) throw std::runtime_error(seeded.error().detail);
  } else if (auto organisation = app::ensure_demo_organisation(*store_); !organisation) {
    throw std::runtime_error(organisation.error().detail);
  }
  security_ = std::make_unique<api::SecurityContext>(security::KeyRing::generate());
  context_ = std::make_unique<api::ApiContext>(
      api::ApiContext{*store_, test_catalogs(), clock_, *security_});
  for (auto name : app::demo_usernames()) {
    auto user = store_->find_user(name);
    if (!user) throw std::runtime_error(user.error().detail);
    std::string token = security::new_secret_token();
    if (!store_->add_api_token(user->id, "test", security::token_digest(token), false, clock_.now())) {
      throw std::runtime_error("cannot add a test token");
    }
    tokens_[std::string(name)] = token;
  }
  api::register_routes(router_, *context_);
  http::ServerConfig config;
  config.port = 0;
  config.io_threads = 2;
  config.worker_threads = 4;
  config.access_log = false;
  config.shutdown_grace = std::chrono::milliseconds(2000);
  config.inline_request_scope = api::read_snapshot_per_request(*store_);
  server_ = std::make_unique<http::Server>(config, router_, api::make_authenticator(*context_));
  if (auto started = server_->start(); !started) throw std::runtime_error(started.error().detail);
}

TestServer::~TestServer() { server_->shutdown(); }

HttpResult TestServer::send(std::string_view method, std::string_view target, std::string_view body,
                            std::string_view content_type, std::map<std::string, std::string> headers) {
  if (!acting_as_.empty() && !headers.contains("Authorization")) {
    headers["Authorization"] = "Bearer " + tokens_.at(acting_as_);
  }
  return send_request(port(), method, target, body, content_type, headers);
}

std::int64_t TestServer::processing_records() {
  // Durable records are in the journal until the server's importer has stored them in the
  // table: count both, without counting an entry twice. The journal is read first, so an
  // import in between moves entries to the table that the journal count then leaves out.
  auto journal = journal::AppendJournal::read(db_path_.string() + ".logboek");
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* count = nullptr;
  sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM processing_log), "
                         "(SELECT stored_through FROM processing_journal)", -1, &count, nullptr);
  std::int64_t records = -1;
  if (sqlite3_step(count) == SQLITE_ROW) {
    records = sqlite3_column_int64(count, 0);
    auto stored_through = static_cast<std::uint64_t>(sqlite3_column_int64(count, 1));
    for (const auto& entry : journal) records += entry.sequence > stored_through ? 1 : 0;
  }
  sqlite3_finalize(count);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return records;
}

std::string TestServer::database_fingerprint() {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string fingerprint;
  std::vector<std::string> tables;
  sqlite3_stmt* list = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('processing_log', 'processing_journal') "
                     // The case index follows the writes on a thread of its own: derived data.
                     "AND name NOT IN ('case_factors', 'similarity_factors', 'similarity_corpus', 'case_index_state') "
                     "AND name NOT LIKE 'case_search%' ORDER BY name", -1,
                     &list, nullptr);
  while (sqlite3_step(list) == SQLITE_ROW) {
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
  }
  sqlite3_finalize(list);
  for (const auto& table : tables) {
    fingerprint += "[" + table + "]\n";
    sqlite3_stmt* rows = nullptr;
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\" ORDER BY 1").c_str(), -1, &rows, nullptr);
    while (sqlite3_step(rows) == SQLITE_ROW) {
      for (int column = 0; column < sqlite3_column_count(rows); ++column) {
        const unsigned char* text = sqlite3_column_text(rows, column);
        fingerprint += text ? reinterpret_cast<const char*>(text) : "NULL";
        fingerprint += "|";
      }
      fingerprint += "\n";
    }
    sqlite3_finalize(rows);
  }
  sqlite3_close(db);
  return fingerprint;
}

}  // namespace helder::testing
