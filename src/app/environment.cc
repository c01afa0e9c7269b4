#include "app/environment.h"

#include <spdlog/spdlog.h>

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

Result<security::KeyRing> load_key(const CommonOptions& common, bool create_default) {
  if (!common.key_file.empty()) return security::KeyRing::load_file(common.key_file);
  if (const char* hex = std::getenv("HELDER_KEY"); hex && *hex) {
    auto ring = security::KeyRing::from_hex(hex);
    if (!ring) return fail(Error::invalid("HELDER_KEY: " + ring.error().detail));
    return ring;
  }
  if (const char* file = std::getenv("HELDER_KEY_FILE"); file && *file) {
    return security::KeyRing::load_file(file);
  }
  std::filesystem::path beside_db = common.db + ".key";
  if (std::filesystem::exists(beside_db)) return security::KeyRing::load_file(beside_db);
  if (!create_default) {
    return fail(Error::invalid("Geen sleutel gevonden: geef --key-file, zet HELDER_KEY of "
                               "HELDER_KEY_FILE, of leg de sleutel in " + beside_db.string() + "."));
  }
  auto created = security::KeyRing::create_file(beside_db);
  if (created) spdlog::info("demo: created the key file {} (keep it apart from backups of the database)", beside_db.string());
  return created;
}

Result<std::unique_ptr<Store>> open_store(const std::string& db_path,
                                          const catalog::CatalogSet& catalogs) {
  auto store = sqlite::SqliteStore::open(db_path);
  if (!store) return fail(store.error());
  std::vector<Regulation> regulations;
  for (const auto& entry : catalogs.get(catalog::kRegulations).entries) {
    RetentionRule retention{entry.retention_years.value_or(kDefaultRetention.years),
                            entry.archive_nomination == "blijvend_bewaren" ? ArchiveNomination::keep
                                                                           : ArchiveNomination::destroy};
    regulations.push_back({entry.id, entry.official_name.value_or(entry.id),
                           entry.short_name.value_or(entry.id), entry.hardship_clause.value_or(false),
                           entry.investigation_order.value_or(false), entry.version, retention});
  }
  if (auto synced = (*store)->sync_regulations(regulations); !synced) return fail(synced.error());
  std::vector<std::pair<std::string, std::string>> signal_categories;
  for (const auto& entry : catalogs.get(catalog::kSignals).entries) {
    signal_categories.emplace_back(entry.id, entry.group);
  }
  if (auto synced = (*store)->sync_signal_categories(signal_categories); !synced) {
    return fail(synced.error());
  }
  return std::unique_ptr<Store>(std::move(*store));
}

}  // namespace helder::app
