// The resident a case is about: only a pseudonymous reference and what kind of resident it
// is. Identifying data (such as a BSN) is kept apart, encrypted, by the accounts work.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helder {

enum class ResidentKind { person, household, business };

std::string_view to_string(ResidentKind kind);
std::optional<ResidentKind> resident_kind_from_string(std::string_view name);

struct Resident {
  std::string reference;  // pseudonym chosen by the organisation, e.g. "INW-48213"
  ResidentKind kind = ResidentKind::person;
  bool operator==(const Resident&) const = default;
};

// An identifying number (a BSN) as the store keeps it: sealed (encrypted, hex) and a keyed
// lookup hash, both made outside the store with a key the store never sees.
struct ProtectedIdentifier {
  std::string sealed;
  std::string lookup_hash;
};

// Describes what is wrong with a resident reference, or nullopt when it is acceptable.
// A bare nine-digit number is refused: it may be a BSN, which never goes in a reference.
std::optional<std::string> check_resident_reference(std::string_view reference);

}  // namespace helder
