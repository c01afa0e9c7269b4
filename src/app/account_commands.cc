// helder org add, helder user add/list/disable/enable, helder token create/list/revoke.
#include <iostream>

#include "api/names.h"
#include "app/commands.h"
#include "app/environment.h"
#include "common/time.h"
#include "security/password.h"
#include "security/secret_token.h"
#include "store/sqlite/sqlite_store.h"

namespace helder::app {
namespace {

Result<std::unique_ptr<Store>> open_accounts(const CommonOptions& common) {
  auto store = sqlite::SqliteStore::open(common.db);
  if (!store) return fail(store.error());
  return std::unique_ptr<Store>(std::move(*store));
}

int failed(const Error& error) {
  std::cerr << "helder: " << error.detail << "\n";
  return 1;
}

std::string roles_text(const User& user) {
  std::string text;
  for (Role role : user.roles.list()) {
    if (!text.empty()) text += ",";
    text += api::dutch(role);
  }
  return text;
}

}  // namespace

AccountCommands::AccountCommands(CLI::App& cli, CommonOptions& common) : common_(common) {
  auto db_option = [this](CLI::App* command) {
    command->add_option("--db", common_.db, "SQLite database file")->capture_default_str();
  };
  auto* org = cli.add_subcommand("org", "Manage organisations");
  org->require_subcommand(1);
  org_add_ = org->add_subcommand("add", "Add an organisation");
  org_add_->add_option("code", code_, "Short stable name, e.g. gemeente-utrecht")->required();
  org_add_->add_option("name", name_, "Full name")->required();
  db_option(org_add_);

  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  user_add_ = user->add_subcommand("add", "Add a user");
  user_add_->add_option("username", username_)->required();
  user_add_->add_option("--org", organisation_, "Organisation code")->required();
  user_add_->add_option("--role", roles_, "Role (repeat for several): " + api::dutch_list_of_roles())
      ->required();
  user_add_->add_option("--team", team_, "Team; caseworkers of one team share cases");
  user_add_->add_option("--display-name", display_name_, "Name shown to colleagues");
  user_add_->add_flag("--password-stdin", password_stdin_,
                      "Read the password from the first line of standard input");
  db_option(user_add_);
  user_list_ = user->add_subcommand("list", "List users");
  user_list_->add_option("--org", organisation_, "Only this organisation");
  db_option(user_list_);
  user_disable_ = user->add_subcommand("disable", "Disable a user: no login, no tokens");
  user_disable_->add_option("username", username_)->required();
  db_option(user_disable_);
  user_enable_ = user->add_subcommand("enable", "Enable a disabled user again");
  user_enable_->add_option("username", username_)->required();
  db_option(user_enable_);

  auto* token = cli.add_subcommand("token", "Manage API tokens");
  token->require_subcommand(1);
  token_create_ = token->add_subcommand("create", "Create an API token and print it once");
  token_create_->add_option("--user", username_, "The user the token acts as")->required();
  token_create_->add_option("--name", token_name_, "What the token is for")->capture_default_str();
  token_create_->add_flag("--read-only", read_only_, "The token may only read");
  db_option(token_create_);
  token_list_ = token->add_subcommand("list", "List a user's tokens (never the tokens themselves)");
  token_list_->add_option("--user", username_)->required();
  db_option(token_list_);
  token_revoke_ = token->add_subcommand("revoke", "Revoke a token");
  token_revoke_->add_option("id", token_id_, "The token's number (see token list)")->required();
  db_option(token_revoke_);
}

std::optional<int> AccountCommands::run() {
  CLI::App* commands[] = {org_add_,      user_add_,     user_list_,  user_disable_,
                          user_enable_,  token_create_, token_list_, token_revoke_};
  CLI::App* parsed = nullptr;
  for (CLI::App* command : commands) {
    if (command->parsed()) parsed = command;
  }
  if (parsed == nullptr) return std::nullopt;
  auto store = open_accounts(common_);
  if (!store) return failed(store.error());
  Store& db = **store;
  Timestamp now = SystemClock().now();

  if (parsed == org_add_) {
    auto added = db.add_organisation(code_, name_);
    if (!added) return failed(added.error());
    std::cout << "organisatie " << added->code << " toegevoegd\n";
    return 0;
  }
  if (parsed == user_add_) {
    auto organisation = db.find_organisation(organisation_);
    if (!organisation) return failed(organisation.error());
    NewUser input{organisation->id, username_, display_name_.empty() ? username_ : display_name_, {}, team_, ""};
    for (const auto& name : roles_) {
      auto role = api::role_from_dutch(name);
      if (!role) return failed(Error::invalid("Onbekende rol '" + name + "'; kies uit " + api::dutch_list_of_roles() + "."));
      input.roles.add(*role);
    }
    if (password_stdin_) {
      std::string password;
      std::getline(std::cin, password);
      if (auto problem = security::check_new_password(password)) return failed(Error::invalid(*problem));
      auto hash = security::hash_password(password);
      if (!hash) return failed(hash.error());
      input.password_hash = *hash;
    }
    auto added = db.add_user(input);
    if (!added) return failed(added.error());
    std::cout << "gebruiker " << added->username << " toegevoegd (" << roles_text(*added) << ")\n";
    return 0;
  }
  if (parsed == user_list_) {
    std::optional<OrganisationId> only;
    if (!organisation_.empty()) {
      auto organisation = db.find_organisation(organisation_);
      if (!organisation) return failed(organisation.error());
      only = organisation->id;
    }
    auto users = db.list_users(only);
    if (!users) return failed(users.error());
    for (const auto& user : *users) {
      auto organisation = db.get_organisation(user.organisation_id);
      std::cout << user.username << "\t" << (organisation ? organisation->code : "?") << "\t"
                << roles_text(user) << "\t" << (user.team.empty() ? "-" : user.team) << "\t"
                << (user.disabled ? "uitgeschakeld" : "actief") << "\n";
    }
    return 0;
  }
  if (parsed == user_disable_ || parsed == user_enable_) {
    bool disable = parsed == user_disable_;
    auto changed = db.set_user_disabled(username_, disable);
    if (!changed) return failed(changed.error());
    std::cout << "gebruiker " << username_ << (disable ? " uitgeschakeld" : " ingeschakeld") << "\n";
    return 0;
  }
  if (parsed == token_create_) {
    auto user = db.find_user(username_);
    if (!user) return failed(user.error());
    if (user->disabled) return failed(Error::conflict("De gebruiker " + username_ + " is uitgeschakeld."));
    std::string token = security::new_secret_token();
    auto added = db.add_api_token(user->id, token_name_, security::token_digest(token), read_only_, now);
    if (!added) return failed(added.error());
    std::cerr << "token " << added->id << " voor " << username_ << (read_only_ ? " (alleen lezen)" : "")
              << "; bewaar het goed, het wordt niet nog eens getoond:\n";
    std::cout << token << "\n";
    return 0;
  }
  if (parsed == token_list_) {
    auto tokens = db.list_api_tokens(username_);
    if (!tokens) return failed(tokens.error());
    for (const auto& token : *tokens) {
      std::cout << token.id << "\t" << token.name << "\t" << (token.read_only ? "lezen" : "lezen+schrijven")
                << "\t" << format_rfc3339(token.created_at) << "\t"
                << (token.revoked_at ? "ingetrokken " + format_rfc3339(*token.revoked_at) : "geldig") << "\n";
    }
    return 0;
  }
  auto revoked = db.revoke_api_token(token_id_, now);
  if (!revoked) return failed(revoked.error());
  std::cout << "token " << token_id_ << " ingetrokken\n";
  return 0;
}

}  // namespace helder::app
