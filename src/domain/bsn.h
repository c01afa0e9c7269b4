// The burgerservicenummer (BSN): only its validation lives here. A BSN is never part of a
// case's own fields; the API encrypts it before it reaches the store (see key_ring.h).
// Messages about a BSN never repeat the number.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helder {

// Describes what is wrong with `bsn`, or nullopt when it is a valid BSN: nine digits that
// pass the 11-proef, and not 000000000.
std::optional<std::string> check_bsn(std::string_view bsn);

}  // namespace helder
