#include "domain/role.h"

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<Role, 6> kNames{{{
    {Role::caseworker, "caseworker"},
    {Role::table_member, "table_member"},
    {Role::manager, "manager"},
    {Role::policy_maker, "policy_maker"},
    {Role::executive, "executive"},
    {Role::administrator, "administrator"},
}}};

}  // namespace

std::string_view to_string(Role role) { return kNames.name(role); }
std::optional<Role> role_from_string(std::string_view name) { return kNames.parse(name); }

std::vector<Role> RoleSet::list() const {
  std::vector<Role> roles;
  for (Role role : kAllRoles) {
    if (has(role)) roles.push_back(role);
  }
  return roles;
}

}  // namespace helder
