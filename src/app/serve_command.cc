#include <spdlog/spdlog.h>

#include <iostream>

#include "api/authentication.h"
#include "api/context.h"
#include "api/request_snapshot.h"
#include "app/commands.h"
#include "app/demo_data.h"
#include "app/environment.h"
#include "http/server.h"
#include "http/static_files.h"

namespace helder::app {

int run_serve(const CommonOptions& common, const ServeOptions& options) {
  auto data_dir = data_directory(common.data_dir);
  auto catalogs = load_checked_catalogs(data_dir);
  if (!catalogs) {
    spdlog::error("{}", catalogs.error().detail);
    return 1;
  }
  auto store = open_store(common.db, *catalogs);
  if (!store) {
    spdlog::error("{}", store.error().detail);
    return 1;
  }
  auto keys = load_key(common, options.demo);
  if (!keys) {
    spdlog::error("{}", keys.error().detail);
    return 1;
  }
  SystemClock clock;
  if (options.demo) {
    auto seeded = seed_demo(**store, data_dir, *catalogs, clock.now());
    if (!seeded) {
      spdlog::error("demo: {}", seeded.error().detail);
      return 1;
    }
    if (*seeded > 0) spdlog::info("demo: wrote {} demo cases into {}", *seeded, common.db);
    std::string names;
    for (auto name : demo_usernames()) names += (names.empty() ? "" : ", ") + std::string(name);
    spdlog::info("demo: log in as one of {} with the password '{}'", names, kDemoPassword);
  }

  // Browsers refuse Secure cookies over plain HTTP; only the demo on a loopback address,
  // which nobody else can reach, may do without.
  bool loopback = options.address == "127.0.0.1" || options.address == "::1" || options.address == "localhost";
  api::SecurityContext security(*keys, !(options.demo && loopback));
  api::ApiContext context{**store, *catalogs, clock, security};
  http::Router router;
  api::register_routes(router, context);
  http::ServerConfig config;
  config.address = options.address;
  config.port = options.port;
  config.io_threads = options.threads;
  config.access_log = options.access_log;
  config.cors_origins = options.cors_origins;
  config.inline_request_scope = api::read_snapshot_per_request(**store);
  auto web_dir = web_directory(options.web_dir, data_dir);
  http::StaticFiles web(web_dir);
  if (web.file_count() > 0) {
    config.fallback = [&web](const http::Request& request) { return web.serve(request); };
  } else {
    spdlog::warn("web: no front end in {} (build it with `make web`); serving the API only",
                 web_dir.string());
  }
  http::Server server(config, router, api::make_authenticator(context));
  if (auto started = server.start(); !started) {
    spdlog::error("{}", started.error().detail);
    return 1;
  }
  spdlog::info("helder listens on http://{}:{} (database {}{}{})", options.address,
               server.port(), common.db, options.demo ? ", demo mode" : "",
               web.file_count() > 0 ? ", web UI from " + web_dir.string() : "");
  server.run_until_signal();
  return 0;
}

}  // namespace helder::app
