#include "api/identity.h"

#include "security/secret_token.h"

namespace helder::api {

using security::KeyPurpose;

std::string bsn_lookup_hash(const security::KeyRing& keys, std::string_view bsn) {
  return keys.lookup_hash(KeyPurpose::bsn_lookup, bsn);
}

ProtectedIdentifier protect_bsn(const security::KeyRing& keys, std::string_view bsn) {
  return {security::to_hex(keys.seal(KeyPurpose::bsn_encryption, bsn)), bsn_lookup_hash(keys, bsn)};
}

Result<std::string> reveal_bsn(const security::KeyRing& keys, std::string_view sealed_hex) {
  auto sealed = security::from_hex(sealed_hex);
  if (!sealed) return fail(Error::internal("stored BSN is not hex"));
  return keys.open(KeyPurpose::bsn_encryption, *sealed);
}

}  // namespace helder::api
