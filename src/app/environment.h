// What every command needs before it can work: the catalogs (checked) and, for commands
// that touch data, the store with the regulations from the catalog in it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "catalog/catalog.h"
#include "common/result.h"
#include "app/commands.h"
#include "security/key_ring.h"
#include "store/store.h"

namespace helder::app {

// The folder holding catalog/ and demo/: --data, else $HELDER_DATA_DIR, else the source
// folder helder was built from.
std::filesystem::path data_directory(const std::string& from_option);

// The folder with the built browser front end: --web, else web/dist in the data folder,
// else web/ beside the binary (an installed copy). May not exist: then no UI is served.
std::filesystem::path web_directory(const std::string& from_option,
                                    const std::filesystem::path& data_dir);

// Loads and checks the catalogs; on problems, prints every one of them and fails.
Result<catalog::CatalogSet> load_checked_catalogs(const std::filesystem::path& data_dir);

// The key that protects BSNs and the processing log's subject ids: --key-file, else
// $HELDER_KEY (64 hex digits), else $HELDER_KEY_FILE, else <db>.key next to the database.
// With `create_default`, a missing <db>.key is created (the demo does this).
Result<security::KeyRing> load_key(const CommonOptions& common, bool create_default);

// Opens the database (applying migrations) and brings its regulations up to date.
Result<std::unique_ptr<Store>> open_store(const std::string& db_path,
                                          const catalog::CatalogSet& catalogs);

}  // namespace helder::app
