// The resident's BSN at the API edge: validated, then sealed with the key ring before the
// store sees it, and opened again only for the routes that need the number itself.
#pragma once

#include "common/result.h"
#include "domain/resident.h"
#include "security/key_ring.h"

namespace helder::api {

ProtectedIdentifier protect_bsn(const security::KeyRing& keys, std::string_view bsn);
std::string bsn_lookup_hash(const security::KeyRing& keys, std::string_view bsn);
Result<std::string> reveal_bsn(const security::KeyRing& keys, std::string_view sealed_hex);

}  // namespace helder::api
