// Password hashing for user accounts: Argon2id through libsodium's crypto_pwhash_str, with
// the "interactive" cost (64 MiB, 2 passes), and the few rules a new password must meet.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/result.h"

namespace helder::security {

inline constexpr std::size_t kMinPasswordLength = 10;

// Describes what is wrong with a new password, or nullopt when it is acceptable.
std::optional<std::string> check_new_password(std::string_view password);

// The encoded Argon2id hash (algorithm, cost, salt and digest in one string).
Result<std::string> hash_password(std::string_view password);

// True when `password` matches `encoded`. Takes the same time whether or not it matches.
bool verify_password(std::string_view encoded, std::string_view password);

// Spends the time of one verification without an account, so that a login for an unknown
// user takes as long as one for a known user with a wrong password.
void verify_against_dummy(std::string_view password);

}  // namespace helder::security
