#include "app/environment.h"

#include <cstdlib>
#include <iostream>

#include "catalog/loader.h"
#include "store/sqlite/sqlite_store.h"

namespace helder::app {

std::filesystem::path data_directory(const std::string& from_option) {
  if (!from_option.empty()) return from_option;
  if (const char* from_env = std::getenv("HELDER_DATA_DIR"); from_env && *from_env) return from_env;
  return HELDER_DATA_DIR;
}

std::filesystem::path web_directory(const std::string& from_option,
                                    const std::filesystem::path& data_dir) {
  if (!from_option.empty()) return from_option;
  std::error_code error;
  auto built = data_dir / "web" / "dist";
  if (std::filesystem::is_directory(built, error)) return built;
  auto binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    auto beside = binary.parent_path() / "web";
    if (std::filesystem::is_directory(beside, error)) return beside;
  }
  return built;
}

Result<catalog::CatalogSet> load_checked_catalogs(const std::filesystem::path& data_dir) {
  auto loaded = catalog::load_catalogs(data_dir / "catalog");
  if (!loaded.ok()) {
    for (const auto& problem : loaded.problems) std::cerr << "catalog: " << problem.str() << "\n";
    return fail(Error::invalid("De catalogus in " + (data_dir / "catalog").string() + " heeft " +
                               std::to_string(loaded.problems.size()) + " probleem/problemen."));
  }
  return std::move(loaded.catalogs);
}

Result<std::unique_ptr<Store>> open_store(const std::string& db_path,
                                          const catalog::CatalogSet& catalogs) {
  auto store = sqlite::SqliteStore::open(db_path);
  if (!store) return fail(store.error());
  std::vector<Regulation> regulations;
  for (const auto& entry : catalogs.get(catalog::kRegulations).entries) {
    regulations.push_back({entry.id, entry.official_name.value_or(entry.id),
                           entry.short_name.value_or(entry.id), entry.hardship_clause.value_or(false),
                           entry.investigation_order.value_or(false), entry.version});
  }
  if (auto synced = (*store)->sync_regulations(regulations); !synced) return fail(synced.error());
  return std::unique_ptr<Store>(std::move(*store));
}

}  // namespace helder::app
