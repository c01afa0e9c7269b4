// Generates large, realistic data sets for benchmarks: the demo cases serve as templates,
// and each generated case belongs to a family (generator_family.h: a template plus fixed
// variations, with the family's usual outcome) with small individual differences, so that
// similar cases really are similar. Each case is as complete as the phase it reached:
// signals, ZRM scores and answers, weighed options, and from "besluit" on a decision that
// usually (85%) takes the family's usual route. The same seed gives the same cases.
#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "catalog/catalog.h"
#include "common/result.h"
#include "store/store.h"

namespace helder::app {

struct GenerateOptions {
  std::int64_t cases = 1000;  // also sets the number of families (about 25 cases each)
  std::uint64_t seed = 42;
  std::int64_t batch_size = 2000;
  Timestamp now;
};

using Progress = std::function<void(std::int64_t done, std::int64_t total)>;

Status generate_cases(Store& store, OrganisationId organisation,
                      std::span<const ImportedCase> templates, const catalog::CatalogSet& catalogs,
                      const GenerateOptions& options, const Progress& progress);

}  // namespace helder::app
