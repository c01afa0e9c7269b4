// Storage of accounts: users with their roles and password hashes, and API tokens (only
// their digests). Sessions are not stored: they live in the server's memory (ADR 0008).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/organisation.h"

namespace helder {

struct NewUser {
  OrganisationId organisation = 0;
  std::string username;
  std::string display_name;
  RoleSet roles;
  std::string team;
  std::string password_hash;  // empty: cannot log in with a password (tokens only)
};

// A user as the login needs it.
struct Credentials {
  User user;
  std::string password_hash;
};

using ApiTokenId = std::int64_t;

struct ApiToken {
  ApiTokenId id = 0;
  UserId user_id = 0;
  std::string username;
  std::string name;
  bool read_only = false;
  Timestamp created_at;
  std::optional<Timestamp> revoked_at;
};

class AccountStore {
 public:
  virtual ~AccountStore() = default;

  virtual Result<Organisation> add_organisation(std::string_view code, std::string_view name) = 0;
  virtual Result<Organisation> find_organisation(std::string_view code) = 0;
  virtual Result<Organisation> get_organisation(OrganisationId id) = 0;
  virtual Result<std::vector<Organisation>> list_organisations() = 0;

  virtual Result<User> add_user(const NewUser& input) = 0;
  virtual Result<User> find_user(std::string_view username) = 0;
  virtual Result<User> get_user(UserId id) = 0;
  // All users, or those of one organisation, by username.
  virtual Result<std::vector<User>> list_users(std::optional<OrganisationId> organisation) = 0;
  virtual Result<Credentials> find_credentials(std::string_view username) = 0;
  virtual Status set_user_disabled(std::string_view username, bool disabled) = 0;
  virtual Status set_password_hash(std::string_view username, std::string_view hash) = 0;

  // Stores the token's digest; the token itself is shown once, by the caller, and never kept.
  virtual Result<ApiToken> add_api_token(UserId user, std::string_view name,
                                         std::string_view digest, bool read_only,
                                         Timestamp now) = 0;
  // The token with this digest, when it exists and is not revoked.
  virtual Result<ApiToken> find_api_token(std::string_view digest) = 0;
  virtual Result<std::vector<ApiToken>> list_api_tokens(std::string_view username) = 0;
  virtual Status revoke_api_token(ApiTokenId id, Timestamp now) = 0;
};

}  // namespace helder
