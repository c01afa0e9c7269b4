// The subcommands of the helder binary. Each returns the process exit code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace helder::app {

struct CommonOptions {
  std::string db = "helder.db";
  std::string data_dir;  // empty: the default (see environment.h)
  std::string key_file;  // empty: $HELDER_KEY, $HELDER_KEY_FILE, or <db>.key (see environment.h)
};

struct ServeOptions {
  bool demo = false;
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int threads = 0;
  bool access_log = true;
  std::vector<std::string> cors_origins;
  std::string web_dir;  // the built front end; empty: see web_directory() in environment.h
};

int run_serve(const CommonOptions& common, const ServeOptions& options);
int run_generate(const CommonOptions& common, std::int64_t cases, std::uint64_t seed);
int run_catalog_check(const CommonOptions& common);
int run_audit_verify(const CommonOptions& common);
int run_retention(const CommonOptions& common, bool anonymise, bool confirmed);

// `helder org ...`, `helder user ...` and `helder token ...` (account_commands.cc).
class AccountCommands {
 public:
  AccountCommands(CLI::App& cli, CommonOptions& common);
  // Runs the account subcommand that was parsed; nullopt when none was.
  std::optional<int> run();

 private:
  CommonOptions& common_;
  CLI::App* org_add_ = nullptr;
  CLI::App* user_add_ = nullptr;
  CLI::App* user_list_ = nullptr;
  CLI::App* user_disable_ = nullptr;
  CLI::App* user_enable_ = nullptr;
  CLI::App* token_create_ = nullptr;
  CLI::App* token_list_ = nullptr;
  CLI::App* token_revoke_ = nullptr;
  std::string code_, name_, username_, organisation_, team_, display_name_, token_name_ = "script";
  std::vector<std::string> roles_;
  bool password_stdin_ = false, read_only_ = false;
  std::int64_t token_id_ = 0;
};

}  // namespace helder::app
