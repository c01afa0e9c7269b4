// Organisations, their users, and the principal: the authenticated user on whose behalf a
// request runs. Accounts, roles and sessions follow in the accounts work; every handler
// already receives a Principal so that authorisation can be added without rewriting them.
#pragma once

#include <cstdint>
#include <string>

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
};

struct Principal {
  UserId user_id = 0;
  OrganisationId organisation_id = 0;
  std::string username;
};

}  // namespace helder
