// The helder binary: serve, generate, catalog check, audit verify, and the account commands.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>

#include "app/commands.h"

int main(int argc, char** argv) {
  using namespace helder::app;
  CLI::App cli{"helder: a workbench for maatwerk in Dutch public services"};
  cli.require_subcommand(1);
  cli.set_version_flag("--version", HELDER_VERSION);

  CommonOptions common;
  auto add_common = [&common](CLI::App* command) {
    command->add_option("--db", common.db, "SQLite database file")->capture_default_str();
    command->add_option("--key-file", common.key_file,
                        "Key file (64 hex digits); default $HELDER_KEY, $HELDER_KEY_FILE or <db>.key");
    command->add_option("--data", common.data_dir,
                        "Folder with catalog/ and demo/ (default: $HELDER_DATA_DIR or the "
                        "source folder)");
  };

  ServeOptions serve;
  auto* serve_command = cli.add_subcommand("serve", "Serve the API over HTTP");
  add_common(serve_command);
  serve_command->add_flag("--demo", serve.demo,
                          "Fill an empty database with demo data and demo users (one per role)");
  serve_command->add_option("--port", serve.port, "TCP port (0 picks a free one)")
      ->capture_default_str();
  serve_command->add_option("--address", serve.address, "Address to listen on")
      ->capture_default_str();
  serve_command->add_option("--threads", serve.threads, "Event loops (default: one per core, plus one)");
  serve_command->add_option("--cors-origin", serve.cors_origins,
                            "An origin (scheme://host[:port]) whose scripts may call the API; "
                            "repeat for more. Default: none");
  serve_command->add_option("--web", serve.web_dir,
                            "Folder with the built web front end (default: web/dist in the "
                            "--data folder, else web/ beside the binary)");
  bool no_access_log = false;
  serve_command->add_flag("--no-access-log", no_access_log, "Do not log each request");

  std::int64_t cases = 1000;
  std::uint64_t seed = 42;
  auto* generate_command =
      cli.add_subcommand("generate", "Write generated, realistic cases for benchmarks");
  add_common(generate_command);
  generate_command->add_option("--cases", cases, "How many cases")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}));
  generate_command->add_option("--seed", seed, "Random seed")->capture_default_str();

  auto* catalog_command = cli.add_subcommand("catalog", "Work with the catalogs");
  catalog_command->require_subcommand(1);
  auto* check_command = catalog_command->add_subcommand("check", "Validate the catalog files");
  check_command->add_option("--data", common.data_dir, "Folder with catalog/");

  auto* audit_command = cli.add_subcommand("audit", "Work with the audit trail");
  audit_command->require_subcommand(1);
  auto* verify_command =
      audit_command->add_subcommand("verify", "Check the hash chain of all case events");
  add_common(verify_command);

  bool anonymise = false;
  bool confirmed = false;
  auto* retention_command = cli.add_subcommand("retention", "Apply the retention rules");
  retention_command->require_subcommand(1);
  auto* retention_run = retention_command->add_subcommand(
      "run", "List closed cases due for destruction and, after confirmation, destroy them");
  retention_run->add_option("--db", common.db, "SQLite database file")->capture_default_str();
  retention_run->add_flag("--anonymise", anonymise,
                          "Keep an anonymous record of each outcome (regulations, signals, service "
                          "type) before the content goes");
  retention_run->add_flag("--yes", confirmed, "Do not ask for confirmation");

  AccountCommands accounts(cli, common);

  CLI11_PARSE(cli, argc, argv);
  // Access lines go to standard output (http/access_log.h); everything else to standard error.
  spdlog::set_default_logger(spdlog::stderr_color_mt("helder"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");

  if (serve_command->parsed()) {
    serve.access_log = !no_access_log;
    return run_serve(common, serve);
  }
  if (generate_command->parsed()) return run_generate(common, cases, seed);
  if (check_command->parsed()) return run_catalog_check(common);
  if (verify_command->parsed()) return run_audit_verify(common);
  if (retention_run->parsed()) return run_retention(common, anonymise, confirmed);
  if (auto code = accounts.run()) return *code;
  return 1;
}
