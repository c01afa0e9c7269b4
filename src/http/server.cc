#include "http/server.h"

#include <spdlog/spdlog.h>

#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <array>
#include <mutex>
#include <random>
#include <thread>

#include "common/thread_name.h"
#include "common/time.h"
#include "http/access_log.h"
#include "http/cors.h"
#include "http/problem.h"
#include "http/request_parsing.h"
#include "http/response_headers.h"

namespace helder::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  // 32 hex digits, the size of a W3C trace id: the processing log uses it as its trace id.
  std::string id(32, '0');
  for (std::size_t half = 0; half < 2; ++half) {
    std::uint64_t bits = generator();
    for (std::size_t idx = 0; idx < 16; ++idx) {
      id[half * 16 + idx] = kHex[bits & 0xF];
      bits >>= 4;
    }
  }
  return id;
}

}  // namespace

class Session;

class Server::Impl {
 public:
  Impl(ServerConfig config, const Router& router, Authenticator authenticate)
      : config_(std::move(config)),
        access_log_(config_.access_log ? std::make_unique<AccessLog>(STDOUT_FILENO) : nullptr),
        router_(router),
        authenticate_(std::move(authenticate)),
        workers_(static_cast<std::size_t>(config_.worker_threads)) {
    int threads = config_.io_threads > 0
                      ? config_.io_threads
                      : static_cast<int>(std::thread::hardware_concurrency()) + 1;
    for (int idx = 0; idx < std::max(threads, 1); ++idx) {
      loops_.push_back(std::make_unique<asio::io_context>(1));
    }
  }

  Status start();
  void shutdown();
  void run_until_signal();
  unsigned short port() const { return port_; }

  // Turns one parsed request into a response, on whichever thread the route asks for, and
  // calls `done` on the session's event loop.
  void handle(Request request, asio::any_io_executor io, std::function<void(Response)> done);
  // Sends a held response (see Hold) on the connection's loop once its holder releases it.
  void release_when_ready(Request request, Response response, std::chrono::steady_clock::time_point start,
                          asio::any_io_executor back, std::function<void(Response)> done);
  Response finish(Request& request, Response response, std::chrono::steady_clock::time_point start);

  const ServerConfig& config() const { return config_; }
  bool stopping() const { return stopping_.load(); }
  void track(const std::shared_ptr<Session>& session);

 private:
  void accept(tcp::acceptor& acceptor, asio::io_context& loop);

  ServerConfig config_;
  std::unique_ptr<AccessLog> access_log_;
  const Router& router_;
  Authenticator authenticate_;
  std::vector<std::unique_ptr<asio::io_context>> loops_;
  std::vector<std::unique_ptr<tcp::acceptor>> acceptors_;
  std::vector<std::thread> threads_;
  asio::thread_pool workers_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> stopped_{false};
  bool started_ = false;
  unsigned short port_ = 0;
  std::mutex sessions_mutex_;
  std::vector<std::weak_ptr<Session>> session_list_;
};

// One TCP connection: reads requests one at a time, answers each, keeps the connection
// alive while the client wants it and the server is not shutting down.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {}

  void start() { read(); }

  // Called at shutdown: an idle connection closes now, a busy one after its response.
  void close_if_idle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->stream_.socket().close();
    });
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(server_.config().body_limit);
    parser_->header_limit(16 * 1024);
    stream_.expires_after(server_.config().read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code error, std::size_t) {
                        self->on_read(error);
                      });
  }

  void on_read(beast::error_code error) {
    if (error == bhttp::error::end_of_stream || error == asio::error::operation_aborted ||
        error == beast::error::timeout || error == asio::error::connection_reset ||
        error == asio::error::bad_descriptor) {
      return close();
    }
    busy_ = true;
    start_ = std::chrono::steady_clock::now();
    if (error) return reject(error);
    keep_alive_ = parser_->get().keep_alive();
    head_ = parser_->get().method() == bhttp::verb::head;
    auto read = read_request(parser_->release());
    if (auto* refusal = std::get_if<Refusal>(&read)) {
      Request request;
      request.route = refusal->label;
      return send(server_.finish(request, std::move(refusal->response), start_));
    }
    Request request = std::move(std::get<Request>(read));
    request.request_id = new_request_id();
    server_.handle(std::move(request), stream_.get_executor(),
                   [self = shared_from_this()](Response response) { self->send(std::move(response)); });
  }

  // The request could not be parsed: answer once and close.
  void reject(beast::error_code error) {
    keep_alive_ = false;
    head_ = false;
    drain_before_close_ = true;
    Refusal refusal = unparsable(error == bhttp::error::body_limit, server_.config().body_limit);
    Request request;
    request.route = refusal.label;
    send(server_.finish(request, std::move(refusal.response), start_));
  }

  void send(Response response) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->version(11);
    message->result(response.status);
    message->set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) message->set(name, value);
    bool keep = keep_alive_ && !server_.stopping();
    message->keep_alive(keep);
    message->body() = std::move(response.body);
    message->prepare_payload();
    if (head_) message->body().clear();  // HEAD: a GET's headers, Content-Length included
    stream_.expires_after(server_.config().write_timeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message, keep](beast::error_code error,
                                                                  std::size_t) {
                         self->busy_ = false;
                         if (!error && self->drain_before_close_) return self->linger();
                         if (error || !keep || self->server_.stopping()) return self->close();
                         self->read();
                       });
  }

  // Closing a socket with unread input makes the kernel reset the connection, and the client
  // may lose the error response. So stop sending, read away what the client still sends
  // (for at most a second), then close.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(1));
    drain();
  }

  void drain() {
    stream_.async_read_some(asio::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code error, std::size_t) {
                              if (error) return self->close();
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  bool keep_alive_ = false;
  bool head_ = false;
  bool busy_ = false;
  bool drain_before_close_ = false;
  std::array<char, 16 * 1024> drain_buffer_;
  std::chrono::steady_clock::time_point start_;
};

void Server::Impl::track(const std::shared_ptr<Session>& session) {
  std::lock_guard lock(sessions_mutex_);
  // Drop the entries of closed sessions now and then so the list stays small.
  if (session_list_.size() > 1024) {
    std::erase_if(session_list_, [](const auto& weak) { return weak.expired(); });
  }
  session_list_.push_back(session);
}

Status Server::Impl::start() {
  try {
    auto address = asio::ip::make_address(config_.address);
    unsigned short port = config_.port;
    for (auto& loop : loops_) {
      auto acceptor = std::make_unique<tcp::acceptor>(*loop);
      tcp::endpoint endpoint(address, port);
      acceptor->open(endpoint.protocol());
      acceptor->set_option(asio::socket_base::reuse_address(true));
      int one = 1;
      ::setsockopt(acceptor->native_handle(), SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
      acceptor->bind(endpoint);
      acceptor->listen(asio::socket_base::max_listen_connections);
      port = acceptor->local_endpoint().port();  // the others bind to the port the first got
      accept(*acceptor, *loop);
      acceptors_.push_back(std::move(acceptor));
    }
    port_ = port;
  } catch (const std::exception& error) {
    return fail(Error::internal("Kan niet luisteren op " + config_.address + ":" +
                                std::to_string(config_.port) + ": " + error.what()));
  }
  for (auto& loop : loops_) {
    threads_.emplace_back([&loop] {
      name_this_thread("helder-loop");
      loop->run();
    });
  }
  started_ = true;
  return {};
}

void Server::Impl::accept(tcp::acceptor& acceptor, asio::io_context& loop) {
  acceptor.async_accept(loop, [this, &acceptor, &loop](beast::error_code error, tcp::socket socket) {
    if (error) {
      if (error == asio::error::operation_aborted || stopping_) return;
      spdlog::warn("http: accept failed: {}", error.message());
    } else if (stopping_) {
      beast::error_code ignored;
      socket.close(ignored);
      return;
    } else {
      socket.set_option(tcp::no_delay(true));
      auto session = std::make_shared<Session>(std::move(socket), *this);
      track(session);
      session->start();
    }
    if (!stopping_) accept(acceptor, loop);
  });
}

void Server::Impl::handle(Request request, asio::any_io_executor io,
                          std::function<void(Response)> done) {
  auto start = std::chrono::steady_clock::now();
  if (auto preflight = answer_preflight(request, CorsPolicy{config_.cors_origins}, router_)) {
    request.route = "(preflight)";
    return done(finish(request, std::move(*preflight), start));
  }
  Match match = router_.match(request.method, request.path);
  if (match.kind == Match::Kind::no_path && config_.fallback) {
    if (auto response = config_.fallback(request)) {
      request.route = "(static)";
      return done(finish(request, std::move(*response), start));
    }
  }
  if (match.kind == Match::Kind::no_path) {
    request.route = "(no route)";
    return done(finish(request, problem(404, "Deze URL bestaat niet.", request.path), start));
  }
  if (match.kind == Match::Kind::wrong_method) {
    request.route = "(wrong method)";
    Response response = problem(405, "Deze URL ondersteunt " + std::string(to_string(request.method)) +
                                         " niet; wel: " + match.allow + ".");
    response.set_header("Allow", match.allow);
    return done(finish(request, std::move(response), start));
  }
  const Route& route = *match.route;
  request.route = route.pattern;
  request.path_params = std::move(match.params);
  bool on_loop = route.execution == Execution::inline_on_io;
  std::shared_ptr<void> scope;
  if (on_loop && config_.inline_request_scope) scope = config_.inline_request_scope();
  if (route.access == Access::authenticated) {
    auto principal = authenticate_(request);
    if (!principal) return done(finish(request, problem(principal.error()), start));
    request.principal = *principal;
  }
  auto run = [&route](Request& req) {
    try {
      return route.handler(req);
    } catch (const std::exception& error) {
      spdlog::error("http: handler for {} {} failed: {}", to_string(req.method), route.pattern,
                    error.what());
      return problem(Error::internal("handler failed"));
    }
  };
  // The tracked executor keeps the event loop alive while a worker or a hold has the request.
  auto tracked = [&io] {
    return asio::any_io_executor(asio::prefer(io, asio::execution::outstanding_work.tracked));
  };
  if (on_loop) {
    Response response = run(request);
    scope.reset();
    if (!response.hold) return done(finish(request, std::move(response), start));
    return release_when_ready(std::move(request), std::move(response), start, tracked(), std::move(done));
  }
  auto back = tracked();
  asio::post(workers_, [this, run, back, start, done = std::move(done), request = std::move(request)]() mutable {
    name_this_thread_once("helder-worker");
    Response response = run(request);
    if (response.hold) {
      return release_when_ready(std::move(request), std::move(response), start, back, std::move(done));
    }
    response = finish(request, std::move(response), start);
    asio::post(back, [done = std::move(done), response = std::move(response)]() mutable {
      done(std::move(response));
    });
  });
}

void Server::Impl::release_when_ready(Request request, Response response,
                                      std::chrono::steady_clock::time_point start,
                                      asio::any_io_executor back, std::function<void(Response)> done) {
  struct Held {
    Request request;
    Response response;
    std::function<void(Response)> done;
  };
  Hold hold = std::move(response.hold);
  auto held = std::make_shared<Held>(Held{std::move(request), std::move(response), std::move(done)});
  hold([this, held, start, back](bool released) {
    asio::post(back, [this, held, start, released] {
      Response out;
      if (released) {
        out = std::move(held->response);
      } else if (held->response.refusal) {
        out = *held->response.refusal;
      } else {
        out = problem(503, "Het antwoord kon niet worden afgerond.", held->request.path);
      }
      held->done(finish(held->request, std::move(out), start));
    });
  });
}

Response Server::Impl::finish(Request& request, Response response,
                              std::chrono::steady_clock::time_point start) {
  add_standard_headers(response, request.path, config_.api_version);
  if (!config_.cors_origins.empty()) add_cors_headers(response, request, CorsPolicy{config_.cors_origins});
  if (access_log_) {
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
    // Only the route pattern, never the path or query: those can hold references or names.
    access_log_->write(fmt::format(
        R"({{"time":"{}","event":"http","requestId":"{}","method":"{}","route":"{}","status":{},"durationUs":{},"bytes":{}}})",
        format_rfc3339(SystemClock().now()), request.request_id, to_string(request.method),
        request.route, response.status, micros, response.body.size()));
  }
  return response;
}

void Server::Impl::shutdown() {
  if (stopped_.exchange(true)) return;
  stopping_ = true;
  if (!started_) {
    workers_.join();
    return;
  }
  for (std::size_t idx = 0; idx < acceptors_.size(); ++idx) {
    asio::post(*loops_[idx], [acceptor = acceptors_[idx].get()] {
      beast::error_code ignored;
      acceptor->close(ignored);
    });
  }
  {
    std::lock_guard lock(sessions_mutex_);
    for (auto& weak : session_list_) {
      if (auto session = weak.lock()) session->close_if_idle();
    }
  }
  // Requests in progress finish on their own; the event loops end when no work is left.
  auto deadline = std::chrono::steady_clock::now() + config_.shutdown_grace;
  for (auto& loop : loops_) {
    while (!loop->stopped() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    loop->stop();
  }
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
  workers_.join();
}

void Server::Impl::run_until_signal() {
  asio::io_context signals_loop;
  asio::signal_set signals(signals_loop, SIGINT, SIGTERM);
  signals.async_wait([](beast::error_code, int signal) {
    spdlog::info("http: signal {} received, finishing requests in progress", signal);
  });
  signals_loop.run();
  shutdown();
  spdlog::info("http: stopped");
}

Server::Server(ServerConfig config, const Router& router, Authenticator authenticate)
    : impl_(std::make_unique<Impl>(std::move(config), router, std::move(authenticate))) {}
Server::~Server() { impl_->shutdown(); }
Status Server::start() { return impl_->start(); }
unsigned short Server::port() const { return impl_->port(); }
void Server::shutdown() { impl_->shutdown(); }
void Server::run_until_signal() { impl_->run_until_signal(); }

}  // namespace helder::http
