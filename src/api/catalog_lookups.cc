#include "api/catalog_lookups.h"

#include "api/names.h"

namespace helder::api {

ArgumentLookup argument_lookup(const catalog::CatalogSet& catalogs) {
  const auto& arguments = catalogs.get(catalog::kArguments);
  return [&arguments](std::string_view id) -> std::optional<CatalogArgument> {
    const catalog::Entry* entry = arguments.find_entry(id);
    const catalog::Group* cluster = entry ? arguments.find_group(entry->group) : nullptr;
    if (!cluster || !cluster->side) return std::nullopt;
    auto theme = theme_from_dutch(cluster->parent);
    if (!theme) return std::nullopt;
    return CatalogArgument{*theme, *cluster->side == "pro" ? Side::pro : Side::con};
  };
}

QuestionStep question_step(const catalog::CatalogSet& catalogs) {
  const auto& questions = catalogs.get(catalog::kQuestions);
  return [&questions](std::string_view id) -> std::optional<std::string> {
    const catalog::Entry* entry = questions.find_entry(id);
    const catalog::Group* group = entry ? questions.find_group(entry->group) : nullptr;
    if (!group || !group->key) return std::nullopt;
    return *group->key;
  };
}

}  // namespace helder::api
