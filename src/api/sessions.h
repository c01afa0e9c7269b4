// Login sessions and the brakes on guessing passwords, both kept in memory: a restart of
// helder logs everyone out, which is safe and simple while helder runs as one process
// (ADR 0008). Only a digest of each session token is held.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "common/result.h"
#include "common/time.h"
#include "domain/organisation.h"

namespace helder::api {

struct SessionLimits {
  std::int64_t idle_millis = 30LL * 60 * 1000;          // 30 minutes without a request
  std::int64_t absolute_millis = 12LL * 60 * 60 * 1000;  // 12 hours after login
};

struct Session {
  UserId user_id = 0;
  std::string csrf_token;
  Timestamp created_at;
  Timestamp last_seen_at;
};

struct NewSession {
  std::string token;  // for the cookie; helder keeps only its digest
  Session session;
};

class SessionRegistry {
 public:
  explicit SessionRegistry(SessionLimits limits = {}) : limits_(limits) {}

  NewSession open(UserId user, Timestamp now);
  // The session of this token when it exists and has not expired; a use counts as activity.
  Result<Session> use(std::string_view token, Timestamp now);
  void close(std::string_view token);
  // Ends every session of a user (e.g. when the account is disabled).
  void close_all_of(UserId user);
  std::size_t size();

 private:
  bool expired(const Session& session, Timestamp now) const;
  void sweep(Timestamp now);  // drops expired sessions; called now and then

  SessionLimits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Session> by_digest_;
  std::int64_t last_sweep_ = 0;
};

struct ThrottleLimits {
  int max_failures = 5;                          // failures within the window before lock-out
  std::int64_t window_millis = 15LL * 60 * 1000;
  std::int64_t lockout_millis = 15LL * 60 * 1000;
};

// Counts failed logins per user name; after too many, the name is locked for a while, even
// for the right password, so that guessing cannot go fast.
class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottleLimits limits = {}) : limits_(limits) {}

  // Milliseconds until the name may try again, or nullopt when it may try now.
  std::optional<std::int64_t> locked_for(std::string_view username, Timestamp now);
  void record_failure(std::string_view username, Timestamp now);
  void record_success(std::string_view username);

 private:
  struct Attempts {
    std::deque<std::int64_t> failures;
    std::int64_t locked_until = 0;
  };
  ThrottleLimits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Attempts> by_name_;
};

}  // namespace helder::api
