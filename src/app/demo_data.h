// The demo organisation, its users, and the demo cases (demo/demo-cases.json): fictitious
// people and situations, written only into an empty database and only with --demo.
#pragma once

#include <filesystem>
#include <vector>

#include "catalog/catalog.h"
#include "common/result.h"
#include "common/time.h"
#include "store/store.h"

namespace helder::app {

inline constexpr std::string_view kDemoOrganisation = "gemeente-voorbeeld";
inline constexpr std::string_view kDemoOtherOrganisation = "gemeente-elders";
inline constexpr std::string_view kDemoCaseworker = "uitvoerder";
// Published in the README and printed at start-up: demo users exist only with --demo.
inline constexpr std::string_view kDemoPassword = "helder-demo";

// Creates the demo organisations and their users (one per role, see demo_data.cc) when
// missing; returns the main demo organisation.
Result<Organisation> ensure_demo_organisation(Store& store);
std::vector<std::string_view> demo_usernames();

// Reads and checks demo/demo-cases.json against the catalogs; dates are set relative to `now`.
Result<std::vector<ImportedCase>> read_demo_cases(const std::filesystem::path& data_dir,
                                                  const catalog::CatalogSet& catalogs,
                                                  Timestamp now);

// Fills an empty database with the demo; leaves a database that has cases alone.
// Returns the number of cases written.
Result<std::size_t> seed_demo(Store& store, const std::filesystem::path& data_dir,
                              const catalog::CatalogSet& catalogs, Timestamp now);

}  // namespace helder::app
