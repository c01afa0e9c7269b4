#include "security/key_ring.h"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "security/public_random.h"
#include "security/secret_token.h"
#include "security/sodium_init.h"

namespace helder::security {
namespace {

constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "helderky";

std::string_view purpose_label(KeyPurpose purpose) {
  switch (purpose) {
    case KeyPurpose::bsn_encryption: return "bsn";
    case KeyPurpose::bsn_lookup: return "bsn-lookup";
    case KeyPurpose::subject_encryption: return "subject";
    case KeyPurpose::subject_lookup: return "subject-lookup";
    case KeyPurpose::csrf: return "csrf";
  }
  return "unknown";
}

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace

KeyRing::~KeyRing() { sodium_memzero(master_.data(), master_.size()); }

Result<KeyRing> KeyRing::from_hex(std::string_view hex) {
  ensure_sodium();
  KeyRing ring;
  std::size_t length = 0;
  if (hex.size() != 64 ||
      sodium_hex2bin(ring.master_.data(), ring.master_.size(), hex.data(), hex.size(), nullptr,
                     &length, nullptr) != 0 ||
      length != ring.master_.size()) {
    return fail(Error::invalid("De sleutel moet uit precies 64 hexadecimale tekens bestaan."));
  }
  return ring;
}

Result<KeyRing> KeyRing::load_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return fail(Error::invalid("Het sleutelbestand " + path.string() + " is niet te lezen."));
  std::stringstream text;
  text << in.rdbuf();
  auto ring = from_hex(trim(text.str()));
  if (!ring) return fail(Error::invalid("Het sleutelbestand " + path.string() + ": " + ring.error().detail));
  return ring;
}

Result<KeyRing> KeyRing::create_file(const std::filesystem::path& path) {
  if (std::filesystem::exists(path)) {
    return fail(Error::conflict("Het sleutelbestand " + path.string() + " bestaat al."));
  }
  KeyRing ring = generate();
  std::string hex(ring.master_.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), ring.master_.data(), ring.master_.size());
  hex.pop_back();
  mode_t old_mask = ::umask(077);  // the file is created readable by its owner only
  std::ofstream out(path);
  out << hex << '\n';
  out.close();
  ::umask(old_mask);
  sodium_memzero(hex.data(), hex.size());
  if (!out) return fail(Error::invalid("Het sleutelbestand " + path.string() + " kon niet worden geschreven."));
  return ring;
}

KeyRing KeyRing::generate() {
  ensure_sodium();
  KeyRing ring;
  crypto_kdf_keygen(ring.master_.data());
  return ring;
}

std::string KeyRing::subkey(KeyPurpose purpose) const {
  std::string key(32, '\0');
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), key.size(),
                             static_cast<std::uint64_t>(purpose), kContext, master_.data());
  return key;
}

std::string KeyRing::seal(KeyPurpose purpose, std::string_view plaintext) const {
  std::string key = subkey(purpose);
  std::string_view label = purpose_label(purpose);
  std::string sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                         crypto_aead_xchacha20poly1305_ietf_ABYTES,
                     '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
  public_random_bytes(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
      reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
      reinterpret_cast<const unsigned char*>(label.data()), label.size(), nullptr, nonce,
      reinterpret_cast<const unsigned char*>(key.data()));
  sodium_memzero(key.data(), key.size());
  return sealed;
}

Result<std::string> KeyRing::open(KeyPurpose purpose, std::string_view sealed) const {
  constexpr std::size_t overhead =
      crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < overhead) return fail(Error::internal("sealed value too short"));
  std::string key = subkey(purpose);
  std::string_view label = purpose_label(purpose);
  std::string plain(sealed.size() - overhead, '\0');
  unsigned long long written = 0;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
      reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
      nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
      sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
      reinterpret_cast<const unsigned char*>(label.data()), label.size(), nonce,
      reinterpret_cast<const unsigned char*>(key.data()));
  sodium_memzero(key.data(), key.size());
  if (rc != 0) return fail(Error::internal("sealed value does not open with this key"));
  plain.resize(written);
  return plain;
}

std::string KeyRing::lookup_hash(KeyPurpose purpose, std::string_view value) const {
  std::string key = subkey(purpose);
  std::string digest = keyed_digest(key, value);
  sodium_memzero(key.data(), key.size());
  return digest;
}

}  // namespace helder::security
