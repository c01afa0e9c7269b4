// The roles a user may hold (several at once); code names here, Dutch names in api/names.h.
// What each role may do is decided in access_policy.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace helder {

enum class Role : std::uint8_t {
  caseworker,     // uitvoerder: handles cases
  table_member,   // maatwerktafel: deliberates the hard cases brought to the table
  manager,        // manager: team lead, sees the organisation's cases
  policy_maker,   // beleidsmaker: structural signals and aggregates
  executive,      // bestuurder: overview and trends, no personal data
  administrator,  // beheerder: users and roles, no case content
};

inline constexpr Role kAllRoles[] = {Role::caseworker,   Role::table_member, Role::manager,
                                     Role::policy_maker, Role::executive,    Role::administrator};

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view name);

// A small set of roles, as bits.
class RoleSet {
 public:
  RoleSet() = default;
  RoleSet(std::initializer_list<Role> roles) {
    for (Role role : roles) add(role);
  }
  void add(Role role) { bits_ |= bit(role); }
  bool has(Role role) const { return (bits_ & bit(role)) != 0; }
  bool any_of(RoleSet other) const { return (bits_ & other.bits_) != 0; }
  bool empty() const { return bits_ == 0; }
  std::vector<Role> list() const;
  bool operator==(const RoleSet&) const = default;

 private:
  static std::uint8_t bit(Role role) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(role)); }
  std::uint8_t bits_ = 0;
};

}  // namespace helder
