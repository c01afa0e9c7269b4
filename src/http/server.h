// The HTTP/1.1 server: Asio event loops (one per core, plus one), each with its own SO_REUSEPORT
// acceptor, keep-alive, a request body limit, read and write timeouts, and graceful shutdown
// that lets in-flight requests finish. Blocking routes run on a worker pool so that the
// event loops never wait. Every response gets the API-Version and security headers, and
// every request one access-log line without personal data.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "http/router.h"

namespace helder::http {

struct ServerConfig {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port; see Server::port()
  // 0: one per core, plus one. Reads run inline and may briefly block in SQLite (page reads,
  // file locks); the extra loop keeps the cores busy meanwhile (measured: +20% throughput
  // on 2 cores, see docs/performance.md).
  int io_threads = 0;
  int worker_threads = 32;     // for blocking routes (they mostly wait on the disk)
  std::size_t body_limit = 1024 * 1024;
  std::chrono::milliseconds read_timeout{30'000};
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds shutdown_grace{10'000};
  std::string api_version = "1.0.0";
  bool access_log = true;
  std::vector<std::string> cors_origins;  // none by default: no cross-origin access (http/cors.h)
  // Answers requests that no route matches (the browser front end, see static_files.h);
  // nullopt, or no fallback, gives the usual 404. Runs on the event loop without login.
  std::function<std::optional<Response>(const Request&)> fallback;
  // Opened on the event loop just before a route that runs there authenticates, and closed
  // when its handler has returned (before a held response waits): the API reads each such
  // request from one database snapshot with it. Unset: nothing is opened.
  std::function<std::shared_ptr<void>()> inline_request_scope;
};

using Authenticator = std::function<Result<Principal>(const Request&)>;

class Server {
 public:
  Server(ServerConfig config, const Router& router, Authenticator authenticate);
  ~Server();  // shuts down if still running
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving on background threads; returns an error when binding fails.
  Status start();
  unsigned short port() const;
  // Stops accepting, lets requests in progress finish (up to shutdown_grace), closes idle
  // connections, and returns when all threads have stopped.
  void shutdown();
  // Blocks until SIGINT or SIGTERM arrives, then shuts down.
  void run_until_signal();

  class Impl;  // public only so that the connection code in server.cc can name it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace helder::http
