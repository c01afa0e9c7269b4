// What each catalog file must look like beyond the shared shape: which kinds of group it
// has and how they nest, which extra fields its entries carry, and checks across entries.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/catalog.h"

namespace helder::catalog {

struct GroupRule {
  std::string_view kind;
  std::string_view parent_kind;  // empty for a top-level kind
  std::function<std::vector<std::string>(const Group&)> check;
};

struct CatalogRules {
  std::string_view catalog_id;
  std::vector<GroupRule> groups;
  std::string_view leaf_kind;  // the group kind entries belong to; empty: no groups
  std::vector<std::string_view> entry_keys;
  std::function<std::vector<std::string>(const Entry&)> check_entry;
  // Checks across the whole catalog; each result names an entry (or "") and a message.
  std::function<std::vector<std::pair<std::string, std::string>>(const Catalog&)> check_catalog;

  const GroupRule* group_rule(std::string_view kind) const;
  std::string group_kinds_text() const;
};

const std::vector<CatalogRules>& all_catalog_rules();
const CatalogRules* find_catalog_rules(std::string_view file_name);
bool is_known_card(std::string_view card_id);

}  // namespace helder::catalog
