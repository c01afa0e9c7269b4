// SqliteStore: organisations, users with their roles, and API tokens.
#include "store/sqlite/store_internal.h"

namespace helder::sqlite {
namespace {

constexpr std::string_view kUserColumns =
    "u.id, u.organisation_id, u.username, u.display_name, u.team, u.disabled, "
    "(SELECT group_concat(role, ',') FROM user_roles WHERE user_id = u.id), u.password_hash ";

User read_user(const Statement& row) {
  User user{row.int64(0), row.int64(1), row.text(2), row.text(3)};
  user.team = row.text(4);
  user.disabled = row.int64(5) != 0;
  for (const auto& name : split_ids(row.text(6))) {
    if (auto role = role_from_string(name)) user.roles.add(*role);
  }
  return user;
}

Error user_not_found(std::string_view username) {
  return Error::not_found("De gebruiker '" + std::string(username) + "' bestaat niet.");
}

ApiToken read_token(const Statement& row) {
  ApiToken token{row.int64(0), row.int64(1), row.text(2), row.text(3), row.int64(4) != 0,
                 {row.int64(5)}, std::nullopt};
  if (!row.is_null(6)) token.revoked_at = Timestamp{row.int64(6)};
  return token;
}

constexpr std::string_view kTokenColumns =
    "t.id, t.user_id, u.username, t.name, t.read_only, t.created_at, t.revoked_at ";

}  // namespace

Result<Organisation> SqliteStore::add_organisation(std::string_view code, std::string_view name) {
  Organisation organisation{0, std::string(code), std::string(name)};
  auto status = write([&](Connection& db) -> Status {
    auto& exists = db.prepare("SELECT 1 FROM organisations WHERE code = ?").bind(1, code);
    if (exists.step()) return fail(Error::conflict("De organisatie '" + organisation.code + "' bestaat al."));
    db.prepare("INSERT INTO organisations (code, name) VALUES (?, ?)").bind(1, code).bind(2, name).run();
    organisation.id = db.last_insert_id();
    return {};
  });
  if (!status) return fail(status.error());
  return organisation;
}

Result<Organisation> SqliteStore::find_organisation(std::string_view code) {
  return with_reader<Organisation>([&](Connection& db) -> Result<Organisation> {
    auto& query = db.prepare("SELECT id, code, name FROM organisations WHERE code = ?");
    query.bind(1, code);
    if (!query.step()) return fail(Error::not_found("De organisatie '" + std::string(code) + "' bestaat niet."));
    return Organisation{query.int64(0), query.text(1), query.text(2)};
  });
}

Result<Organisation> SqliteStore::get_organisation(OrganisationId id) {
  return with_reader<Organisation>([&](Connection& db) -> Result<Organisation> {
    auto& query = db.prepare("SELECT id, code, name FROM organisations WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return fail(Error::not_found("Die organisatie bestaat niet."));
    return Organisation{query.int64(0), query.text(1), query.text(2)};
  });
}

Result<std::vector<Organisation>> SqliteStore::list_organisations() {
  return with_reader<std::vector<Organisation>>([](Connection& db) {
    auto& query = db.prepare("SELECT id, code, name FROM organisations ORDER BY code");
    std::vector<Organisation> all;
    while (query.step()) all.push_back({query.int64(0), query.text(1), query.text(2)});
    return all;
  });
}

Result<User> SqliteStore::add_user(const NewUser& input) {
  User user{0, input.organisation, input.username, input.display_name, input.roles, input.team};
  auto status = write([&](Connection& db) -> Status {
    auto& exists = db.prepare("SELECT 1 FROM users WHERE username = ?").bind(1, input.username);
    if (exists.step()) return fail(Error::conflict("De gebruiker '" + user.username + "' bestaat al."));
    auto& org = db.prepare("SELECT 1 FROM organisations WHERE id = ?").bind(1, input.organisation);
    if (!org.step()) return fail(Error::not_found("Die organisatie bestaat niet."));
    auto& insert = db.prepare(
        "INSERT INTO users (organisation_id, username, display_name, team, password_hash) "
        "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, input.organisation).bind(2, input.username).bind(3, input.display_name);
    insert.bind(4, input.team);
    if (input.password_hash.empty()) {
      insert.bind_null(5);
    } else {
      insert.bind(5, input.password_hash);
    }
    insert.run();
    user.id = db.last_insert_id();
    for (Role role : input.roles.list()) {
      db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")
          .bind(1, user.id)
          .bind(2, to_string(role))
          .run();
    }
    return {};
  });
  if (!status) return fail(status.error());
  return user;
}

Result<User> SqliteStore::find_user(std::string_view username) {
  return with_reader<User>([&](Connection& db) -> Result<User> {
    static const std::string kSql = "SELECT " + std::string(kUserColumns) + "FROM users u WHERE u.username = ?";
    auto& query = db.prepare(kSql);
    query.bind(1, username);
    if (!query.step()) return fail(user_not_found(username));
    return read_user(query);
  });
}

Result<User> SqliteStore::get_user(UserId id) {
  return with_reader<User>([&](Connection& db) -> Result<User> {
    static const std::string kSql = "SELECT " + std::string(kUserColumns) + "FROM users u WHERE u.id = ?";
    auto& query = db.prepare(kSql);
    query.bind(1, id);
    if (!query.step()) return fail(Error::not_found("Die gebruiker bestaat niet."));
    return read_user(query);
  });
}

Result<std::vector<User>> SqliteStore::list_users(std::optional<OrganisationId> organisation) {
  return with_reader<std::vector<User>>([&](Connection& db) {
    static const std::string kSql = "SELECT " + std::string(kUserColumns) +
                                    "FROM users u WHERE ?1 IS NULL OR u.organisation_id = ?1 "
                                    "ORDER BY u.username";
    auto& query = db.prepare(kSql);
    if (organisation) {
      query.bind(1, *organisation);
    } else {
      query.bind_null(1);
    }
    std::vector<User> users;
    while (query.step()) users.push_back(read_user(query));
    return users;
  });
}

Result<Credentials> SqliteStore::find_credentials(std::string_view username) {
  return with_reader<Credentials>([&](Connection& db) -> Result<Credentials> {
    static const std::string kSql = "SELECT " + std::string(kUserColumns) + "FROM users u WHERE u.username = ?";
    auto& query = db.prepare(kSql);
    query.bind(1, username);
    if (!query.step()) return fail(user_not_found(username));
    return Credentials{read_user(query), query.optional_text(7).value_or("")};
  });
}

Status SqliteStore::set_user_disabled(std::string_view username, bool disabled) {
  return write([&](Connection& db) -> Status {
    db.prepare("UPDATE users SET disabled = ? WHERE username = ?").bind(1, disabled ? 1 : 0).bind(2, username).run();
    if (db.changes() == 0) return fail(user_not_found(username));
    return {};
  });
}

Status SqliteStore::set_password_hash(std::string_view username, std::string_view hash) {
  return write([&](Connection& db) -> Status {
    db.prepare("UPDATE users SET password_hash = ? WHERE username = ?").bind(1, hash).bind(2, username).run();
    if (db.changes() == 0) return fail(user_not_found(username));
    return {};
  });
}

Result<ApiToken> SqliteStore::add_api_token(UserId user, std::string_view name,
                                           std::string_view digest, bool read_only, Timestamp now) {
  ApiToken token;
  auto status = write([&](Connection& db) -> Status {
    db.prepare("INSERT INTO api_tokens (user_id, digest, name, read_only, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, user)
        .bind(2, digest)
        .bind(3, name)
        .bind(4, read_only ? 1 : 0)
        .bind(5, now.millis)
        .run();
    static const std::string kSql = "SELECT " + std::string(kTokenColumns) +
                                    "FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?";
    auto& query = db.prepare(kSql);
    query.bind(1, db.last_insert_id());
    query.step();
    token = read_token(query);
    return {};
  });
  if (!status) return fail(status.error());
  return token;
}

Result<ApiToken> SqliteStore::find_api_token(std::string_view digest) {
  return with_reader<ApiToken>([&](Connection& db) -> Result<ApiToken> {
    static const std::string kSql = "SELECT " + std::string(kTokenColumns) +
                                    "FROM api_tokens t JOIN users u ON u.id = t.user_id "
                                    "WHERE t.digest = ? AND t.revoked_at IS NULL";
    auto& query = db.prepare(kSql);
    query.bind(1, digest);
    if (!query.step()) return fail(Error::not_found("Onbekend of ingetrokken token."));
    return read_token(query);
  });
}

Result<std::vector<ApiToken>> SqliteStore::list_api_tokens(std::string_view username) {
  return with_reader<std::vector<ApiToken>>([&](Connection& db) {
    static const std::string kSql = "SELECT " + std::string(kTokenColumns) +
                                    "FROM api_tokens t JOIN users u ON u.id = t.user_id "
                                    "WHERE u.username = ? ORDER BY t.id";
    auto& query = db.prepare(kSql);
    query.bind(1, username);
    std::vector<ApiToken> tokens;
    while (query.step()) tokens.push_back(read_token(query));
    return tokens;
  });
}

Status SqliteStore::revoke_api_token(ApiTokenId id, Timestamp now) {
  return write([&](Connection& db) -> Status {
    db.prepare("UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?")
        .bind(1, now.millis)
        .bind(2, id)
        .run();
    if (db.changes() == 0) return fail(Error::not_found("Er is geen token met nummer " + std::to_string(id) + "."));
    return {};
  });
}

}  // namespace helder::sqlite
