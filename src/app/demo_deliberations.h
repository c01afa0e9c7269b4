// Complete deliberations for some demo cases (demo/demo-deliberations.json): options,
// weighed arguments and decisions (within the rules, under a hardship clause, under
// art. 4:84 Awb), written through the same store operations a caseworker's requests use.
#pragma once

#include <filesystem>

#include "catalog/catalog.h"
#include "common/result.h"
#include "store/store.h"

namespace helder::app {

// Applies the deliberations to the demo cases they name (by resident reference). The cases
// must be in a phase from which a decision can be recorded or reached: the seeder imports
// them in the phase "afweging".
Status apply_demo_deliberations(Store& store, const Principal& caseworker,
                                const std::filesystem::path& data_dir,
                                const catalog::CatalogSet& catalogs, Timestamp now);

// The resident references that have a deliberation (the seeder imports those in "afweging").
std::vector<std::string> deliberated_residents(const std::filesystem::path& data_dir);

}  // namespace helder::app
