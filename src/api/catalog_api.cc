// GET /api/v1/catalogus/... and GET /api/v1/regelingen: the cards and the regulations, as
// loaded at start. They never change while the server runs, so each response is rendered
// once, at registration.
#include "api/context.h"

namespace helder::api {
namespace {

namespace json = boost::json;
using catalog::Catalog;
using catalog::Entry;
using catalog::Group;
using catalog::LocalText;

json::object text(const LocalText& value) { return {{"nl", value.nl}, {"en", value.en}}; }

std::string_view dutch_side(const std::string& side) { return side == "pro" ? "voor" : "tegen"; }

json::object group_json(const Group& group) {
  json::object out{{"id", group.id}, {"soort", group.kind}, {"label", text(group.label)}};
  if (!group.parent.empty()) out["ouder"] = group.parent;
  if (group.side) out["kant"] = dutch_side(*group.side);
  if (group.key) out["onderzoeksstap"] = *group.key;
  if (group.order) out["volgorde"] = *group.order;
  return out;
}

json::object entry_json(const Catalog& catalog, const Entry& entry) {
  json::object out{{"id", entry.id},
                   {"versie", entry.version},
                   {"tekst", text(entry.text)},
                   {"bronkaart", entry.source_card}};
  if (!entry.group.empty()) {
    out["groep"] = entry.group;
    // The top of the group tree (source, theme, phase) is what clients filter on most.
    const Group* group = catalog.find_group(entry.group);
    if (group && !group->parent.empty()) out["hoofdgroep"] = group->parent;
    if (group && group->side) out["kant"] = dutch_side(*group->side);
  }
  if (entry.code) out["code"] = *entry.code;
  if (entry.share_percent) out["aandeelProcent"] = *entry.share_percent;
  if (entry.name) out["naam"] = text(*entry.name);
  if (!entry.traits.empty()) {
    json::array traits;
    for (const auto& trait : entry.traits) traits.push_back(text(trait));
    out["kenmerken"] = std::move(traits);
  }
  return out;
}

json::object catalog_json(const Catalog& catalog) {
  json::array groups;
  for (const auto& group : catalog.groups) groups.push_back(group_json(group));
  json::array entries;
  for (const auto& entry : catalog.entries) entries.push_back(entry_json(catalog, entry));
  return {{"catalogus", catalog.id},
          {"versie", catalog.version},
          {"titel", text(catalog.title)},
          {"omschrijving", text(catalog.description)},
          {"bronkaart", catalog.source_card},
          {"groepen", std::move(groups)},
          {"items", std::move(entries)},
          {"_links", {{"self", {{"href", std::string(kApiBase) + "/catalogus/" + catalog.id}}}}}};
}

json::object regulations_json(const Catalog& regulations) {
  json::array items;
  for (const auto& entry : regulations.entries) {
    json::object item{{"id", entry.id},
                      {"versie", entry.version},
                      {"naam", entry.official_name.value_or("")},
                      {"korteNaam", entry.short_name.value_or("")},
                      {"omschrijving", text(entry.text)},
                      {"hardheidsclausule", entry.hardship_clause.value_or(false)},
                      {"voorgeschrevenOnderzoeksvolgorde", entry.investigation_order.value_or(false)}};
    if (entry.reference) item["bwbId"] = *entry.reference;
    items.push_back(std::move(item));
  }
  return {{"_links", {{"self", {{"href", std::string(kApiBase) + "/regelingen"}}}}},
          {"_embedded", {{"regelingen", std::move(items)}}}};
}

http::Handler fixed(std::string body) {
  return [body = std::move(body)](http::Request&) {
    return http::Response{200, "application/json", body, {}};
  };
}

}  // namespace

void add_catalog_routes(http::Router& router, ApiContext& context) {
  json::array index;
  for (const auto& catalog : context.catalogs.all()) {
    if (catalog.id == catalog::kRegulations) continue;
    std::string path = std::string(kApiBase) + "/catalogus/" + catalog.id;
    index.push_back({{"catalogus", catalog.id},
                     {"versie", catalog.version},
                     {"titel", text(catalog.title)},
                     {"_links", {{"self", {{"href", path}}}}}});
    router.add({.method = http::Method::get,
                .pattern = path,
                .handler = fixed(json::serialize(catalog_json(catalog))),
                .summary = "Catalog " + catalog.id});
  }
  router.add({.method = http::Method::get,
              .pattern = std::string(kApiBase) + "/catalogus",
              .handler = fixed(json::serialize(json::object{
                  {"_links", {{"self", {{"href", std::string(kApiBase) + "/catalogus"}}}}},
                  {"_embedded", {{"catalogi", std::move(index)}}}})),
              .summary = "The catalogs"});
  router.add({.method = http::Method::get,
              .pattern = std::string(kApiBase) + "/regelingen",
              .handler = fixed(json::serialize(
                  regulations_json(context.catalogs.get(catalog::kRegulations)))),
              .summary = "The regulations"});
}

}  // namespace helder::api
