// Reads the catalog files under catalog/ and checks them: structure, ids, versions,
// references between groups and entries, and the fields each catalog needs. Every problem
// names the file, the entry (or group) and what is wrong; `helder catalog check` prints them.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace helder::catalog {

struct Problem {
  std::string file;
  std::string entry;  // id or position of the entry or group; empty for the file as a whole
  std::string message;

  std::string str() const;  // "signalen.json: entry 'x': message"
};

struct LoadResult {
  CatalogSet catalogs;
  std::vector<Problem> problems;

  bool ok() const { return problems.empty(); }
};

// Loads every known catalog from `directory`; a missing file is a problem too.
LoadResult load_catalogs(const std::filesystem::path& directory);

// Parses and checks one catalog from text. `file_name` decides which rules apply
// ("signalen.json" gets the Signalenkaart's) and is used in problem messages.
std::optional<Catalog> parse_catalog(std::string_view file_name, std::string_view json_text,
                                     std::vector<Problem>& problems);

// The file names load_catalogs() expects, in order.
std::vector<std::string> catalog_file_names();

}  // namespace helder::catalog
