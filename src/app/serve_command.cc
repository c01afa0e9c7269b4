#include <spdlog/spdlog.h>

#include <iostream>

#include "api/context.h"
#include "app/commands.h"
#include "app/demo_data.h"
#include "app/demo_principal.h"
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
  SystemClock clock;
  if (options.demo) {
    auto seeded = seed_demo(**store, data_dir, *catalogs, clock.now());
    if (!seeded) {
      spdlog::error("demo: {}", seeded.error().detail);
      return 1;
    }
    if (*seeded > 0) spdlog::info("demo: wrote {} demo cases into {}", *seeded, common.db);
  }

  api::ApiContext context{**store, *catalogs, clock};
  http::Router router;
  api::register_routes(router, context);
  http::ServerConfig config;
  config.address = options.address;
  config.port = options.port;
  config.io_threads = options.threads;
  config.access_log = options.access_log;
  auto web_dir = web_directory(options.web_dir, data_dir);
  http::StaticFiles web(web_dir);
  if (web.file_count() > 0) {
    config.fallback = [&web](const http::Request& request) { return web.serve(request); };
  } else {
    spdlog::warn("web: no front end in {} (build it with `make web`); serving the API only",
                 web_dir.string());
  }
  http::Server server(config, router, demo_authenticator(**store, options.demo));
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
