// Test helpers: a temporary folder, the real server started in-process on a random
// loopback port with a fresh SQLite database, and a small blocking HTTP client.
#pragma once

#include <boost/json.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "api/context.h"
#include "catalog/catalog.h"
#include "http/server.h"
#include "store/store.h"

namespace helder::testing {

// A fresh folder under the system temp folder, removed with everything in it at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The folder with catalog/ and demo/ of this source tree.
std::filesystem::path data_dir();
const catalog::CatalogSet& test_catalogs();

// Writes a row straight into the processing_log table of the database at `db_path`, as the
// import stores one, with the id chosen: for tests of how the log is searched by block.
void insert_processing_row(const std::filesystem::path& db_path, std::int64_t id,
                           std::int64_t organisation_id, std::int64_t case_id);

struct HttpResult {
  unsigned status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  boost::json::value json() const;
  std::string header(const std::string& lower_name) const;
};

// Sends raw bytes on a new connection and returns everything the server sends back until
// it closes the connection.
std::string raw_exchange(unsigned short port, const std::string& bytes);

// Sends one request on a new connection; `raw_body` goes out exactly as given.
HttpResult send_request(unsigned short port, std::string_view method, std::string_view target,
                        std::string_view raw_body = {},
                        std::string_view content_type = "application/json",
                        const std::map<std::string, std::string>& headers = {});

// The whole server as `helder serve --demo` runs it, on an empty database in a temp folder
// with the demo organisations and users (no demo cases unless asked). Requests go out as the
// demo caseworker `uitvoerder`, with an API token, unless act_as() says otherwise.
class TestServer {
 public:
  explicit TestServer(bool with_demo_cases = false);
  ~TestServer();

  // Sends the following requests as this demo user (see app/demo_data.cc); "" sends them
  // without credentials.
  void act_as(std::string username) { acting_as_ = std::move(username); }
  const std::string& acting_as() const { return acting_as_; }
  // The API token of a demo user, made at start.
  const std::string& token_of(const std::string& username) const { return tokens_.at(username); }
  api::ApiContext& context() { return *context_; }
  // Any request, as the current user, with extra headers.
  HttpResult send(std::string_view method, std::string_view target, std::string_view body = {},
                  std::string_view content_type = "application/json",
                  std::map<std::string, std::string> headers = {});

  unsigned short port() const { return server_->port(); }
  Store& store() { return *store_; }
  const std::filesystem::path& db_path() const { return db_path_; }
  const http::Router& router() const { return router_; }
  FakeClock& clock() { return clock_; }

  HttpResult get(std::string_view target) { return send("GET", target); }
  HttpResult post(std::string_view target, const boost::json::value& body) {
    return send("POST", target, boost::json::serialize(body));
  }
  HttpResult put(std::string_view target, const boost::json::value& body) {
    return send("PUT", target, boost::json::serialize(body));
  }
  HttpResult patch(std::string_view target, const boost::json::value& body) {
    return send("PATCH", target, boost::json::serialize(body));
  }
  HttpResult del(std::string_view target) { return send("DELETE", target); }

  // Every row of every table except the processing log, as text: equal before and after
  // means no data was written. (A refused request on a case is still a processing attempt,
  // and is logged as such.)
  std::string database_fingerprint();
  // How many records the processing log holds.
  std::int64_t processing_records();

 private:
  TempDir dir_;
  std::filesystem::path db_path_;
  FakeClock clock_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<api::SecurityContext> security_;
  std::unique_ptr<api::ApiContext> context_;
  std::map<std::string, std::string> tokens_;
  std::string acting_as_ = "uitvoerder";
  http::Router router_;
  std::unique_ptr<http::Server> server_;
};

}  // namespace helder::testing
