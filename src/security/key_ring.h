// The secret key that protects identifying data at rest: BSNs and the data-subject ids in
// the processing log. One 256-bit master key comes from a key file or the HELDER_KEY
// environment variable, never from the database; each use gets its own derived subkey.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.h"

namespace helder::security {

enum class KeyPurpose : std::uint64_t {
  bsn_encryption = 1,
  bsn_lookup = 2,
  subject_encryption = 3,
  subject_lookup = 4,
  csrf = 5,
};

class KeyRing {
 public:
  // 64 hex digits.
  static Result<KeyRing> from_hex(std::string_view hex);
  // A file that holds 64 hex digits (and optionally a newline).
  static Result<KeyRing> load_file(const std::filesystem::path& path);
  // Writes a new random key to `path` (readable by the owner only); refuses to overwrite.
  static Result<KeyRing> create_file(const std::filesystem::path& path);
  static KeyRing generate();

  KeyRing(const KeyRing&) = default;
  KeyRing& operator=(const KeyRing&) = default;
  ~KeyRing();

  // Encrypts with XChaCha20-Poly1305 under the purpose's subkey: nonce followed by ciphertext.
  std::string seal(KeyPurpose purpose, std::string_view plaintext) const;
  // Decrypts what seal() made; fails when it was changed or sealed under another key.
  Result<std::string> open(KeyPurpose purpose, std::string_view sealed) const;
  // A keyed BLAKE2b digest (64 hex digits): equal inputs give equal digests, so a value can
  // be found without storing it, and without the key nobody can test a guess.
  std::string lookup_hash(KeyPurpose purpose, std::string_view value) const;
  // The purpose's 32-byte subkey, for keyed digests made elsewhere.
  std::string subkey(KeyPurpose purpose) const;

 private:
  KeyRing() = default;
  std::array<unsigned char, 32> master_{};
};

}  // namespace helder::security
