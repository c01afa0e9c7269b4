// Secret tokens for sessions and API tokens: 32 random bytes, written base64url. Only a
// digest of a token is ever stored; comparing digests takes constant time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helder::security {

// A fresh token, 43 characters of base64url (256 bits).
std::string new_secret_token();

// The BLAKE2b-256 digest of a token, as 64 hex digits: what the database keeps.
std::string token_digest(std::string_view token);

// The keyed BLAKE2b-256 digest of `value` under `key` (any length), as 64 hex digits.
std::string keyed_digest(std::string_view key, std::string_view value);

// Bytes as lower-case hex digits, and back (nullopt for anything that is not hex).
std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);

// Compares two strings in time that depends only on their length.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace helder::security
