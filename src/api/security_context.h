// What the API needs to authenticate callers and protect identifying data: the key ring,
// the login sessions, the login throttle, and whether cookies must be Secure.
#pragma once

#include <string>
#include <vector>

#include "api/sessions.h"
#include "security/key_ring.h"

namespace helder::api {

struct SecurityContext {
  explicit SecurityContext(security::KeyRing key_ring, bool secure = true,
                           SessionLimits session_limits = {}, ThrottleLimits throttle_limits = {})
      : keys(std::move(key_ring)),
        sessions(session_limits),
        throttle(throttle_limits),
        secure_cookie(secure) {}

  security::KeyRing keys;
  SessionRegistry sessions;
  LoginThrottle throttle;
  // Off only for the plain-HTTP demo on a loopback address; browsers refuse Secure cookies
  // over plain HTTP elsewhere.
  bool secure_cookie = true;
};

}  // namespace helder::api
