#include <cstdio>

#include "app/commands.h"
#include "app/environment.h"
#include "catalog/loader.h"

namespace helder::app {

int run_catalog_check(const CommonOptions& common) {
  auto directory = data_directory(common.data_dir) / "catalog";
  auto loaded = catalog::load_catalogs(directory);
  for (const auto& problem : loaded.problems) std::printf("%s\n", problem.str().c_str());
  if (!loaded.ok()) {
    std::printf("%zu problem(s) in %s\n", loaded.problems.size(), directory.c_str());
    return 1;
  }
  for (const auto& catalog : loaded.catalogs.all()) {
    std::printf("ok  %-28s version %d, %zu groups, %zu entries\n", (catalog.id + ".json").c_str(),
                catalog.version, catalog.groups.size(), catalog.entries.size());
  }
  return 0;
}

}  // namespace helder::app
