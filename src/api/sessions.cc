#include "api/sessions.h"

#include "security/secret_token.h"

namespace helder::api {

NewSession SessionRegistry::open(UserId user, Timestamp now) {
  NewSession created{security::new_secret_token(),
                     Session{user, security::new_secret_token(), now, now}};
  std::lock_guard lock(mutex_);
  sweep(now);
  by_digest_[security::token_digest(created.token)] = created.session;
  return created;
}

Result<Session> SessionRegistry::use(std::string_view token, Timestamp now) {
  std::string digest = security::token_digest(token);
  std::lock_guard lock(mutex_);
  auto found = by_digest_.find(digest);
  if (found == by_digest_.end()) {
    return fail({ErrorCode::unauthenticated, "Uw sessie bestaat niet (meer); log opnieuw in.", {}});
  }
  if (expired(found->second, now)) {
    by_digest_.erase(found);
    return fail({ErrorCode::unauthenticated, "Uw sessie is verlopen; log opnieuw in.", {}});
  }
  found->second.last_seen_at = now;
  return found->second;
}

void SessionRegistry::close(std::string_view token) {
  std::lock_guard lock(mutex_);
  by_digest_.erase(security::token_digest(token));
}

void SessionRegistry::close_all_of(UserId user) {
  std::lock_guard lock(mutex_);
  std::erase_if(by_digest_, [user](const auto& entry) { return entry.second.user_id == user; });
}

std::size_t SessionRegistry::size() {
  std::lock_guard lock(mutex_);
  return by_digest_.size();
}

bool SessionRegistry::expired(const Session& session, Timestamp now) const {
  return now.millis - session.last_seen_at.millis > limits_.idle_millis ||
         now.millis - session.created_at.millis > limits_.absolute_millis;
}

void SessionRegistry::sweep(Timestamp now) {
  if (now.millis - last_sweep_ < 60'000) return;
  last_sweep_ = now.millis;
  std::erase_if(by_digest_, [&](const auto& entry) { return expired(entry.second, now); });
}

std::optional<std::int64_t> LoginThrottle::locked_for(std::string_view username, Timestamp now) {
  std::lock_guard lock(mutex_);
  auto found = by_name_.find(std::string(username));
  if (found == by_name_.end() || found->second.locked_until <= now.millis) return std::nullopt;
  return found->second.locked_until - now.millis;
}

void LoginThrottle::record_failure(std::string_view username, Timestamp now) {
  std::lock_guard lock(mutex_);
  Attempts& attempts = by_name_[std::string(username)];
  attempts.failures.push_back(now.millis);
  while (!attempts.failures.empty() && now.millis - attempts.failures.front() > limits_.window_millis) {
    attempts.failures.pop_front();
  }
  if (static_cast<int>(attempts.failures.size()) >= limits_.max_failures) {
    attempts.locked_until = now.millis + limits_.lockout_millis;
    attempts.failures.clear();
  }
}

void LoginThrottle::record_success(std::string_view username) {
  std::lock_guard lock(mutex_);
  by_name_.erase(std::string(username));
}

}  // namespace helder::api
