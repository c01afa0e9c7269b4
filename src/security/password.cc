#include "security/password.h"

#include <sodium.h>

#include "security/sodium_init.h"

namespace helder::security {

std::optional<std::string> check_new_password(std::string_view password) {
  if (password.size() < kMinPasswordLength) {
    return "Een wachtwoord heeft minstens " + std::to_string(kMinPasswordLength) + " tekens.";
  }
  if (password.size() > 1024) return "Een wachtwoord heeft hoogstens 1024 tekens.";
  return std::nullopt;
}

Result<std::string> hash_password(std::string_view password) {
  ensure_sodium();
  std::string encoded(crypto_pwhash_STRBYTES, '\0');
  if (crypto_pwhash_str_alg(encoded.data(), password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(Error::internal("out of memory while hashing a password"));
  }
  encoded.resize(encoded.find('\0'));
  return encoded;
}

bool verify_password(std::string_view encoded, std::string_view password) {
  ensure_sodium();
  std::string terminated(encoded);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

void verify_against_dummy(std::string_view password) {
  static const std::string dummy = *hash_password("helder-dummy-password-for-timing");
  (void)verify_password(dummy, password);
}

}  // namespace helder::security
