// Organisations, their users, and the principal: the authenticated user on whose behalf a
// request runs, with the roles and team that decide what it may see (see access_policy.h).
#pragma once

#include <cstdint>
#include <string>

#include "domain/role.h"

namespace helder {

using OrganisationId = std::int64_t;
using UserId = std::int64_t;

struct Organisation {
  OrganisationId id = 0;
  std::string code;  // short stable name, e.g. "gemeente-voorbeeld"
  std::string name;
};

struct User {
  UserId id = 0;
  OrganisationId organisation_id = 0;
  std::string username;
  std::string display_name;
  RoleSet roles;
  std::string team;  // empty: no team; cases of the same team are shared among caseworkers
  bool disabled = false;
};

struct Principal {
  UserId user_id = 0;
  OrganisationId organisation_id = 0;
  std::string username;
  RoleSet roles;
  std::string team;
  bool read_only = false;  // an API token with the read scope
};

}  // namespace helder
