#include "catalog/catalog.h"

#include <cstdlib>

namespace helder::catalog {

const Entry* Catalog::find_entry(std::string_view entry_id) const {
  auto found = entry_index_.find(entry_id);
  return found == entry_index_.end() ? nullptr : &entries[found->second];
}

const Group* Catalog::find_group(std::string_view group_id) const {
  auto found = group_index_.find(group_id);
  return found == group_index_.end() ? nullptr : &groups[found->second];
}

const Catalog* CatalogSet::find(std::string_view catalog_id) const {
  for (const auto& catalog : catalogs_) {
    if (catalog.id == catalog_id) return &catalog;
  }
  return nullptr;
}

const Catalog& CatalogSet::get(std::string_view catalog_id) const {
  const Catalog* catalog = find(catalog_id);
  if (catalog == nullptr) std::abort();  // loading guarantees every known catalog exists
  return *catalog;
}

}  // namespace helder::catalog
