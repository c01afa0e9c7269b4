#include "catalog/rules.h"

#include <algorithm>
#include <set>

namespace helder::catalog {
namespace {

using Messages = std::vector<std::string>;
using CatalogMessages = std::vector<std::pair<std::string, std::string>>;

const std::vector<std::string_view> kCommonEntryKeys = {"id", "version", "group", "text",
                                                        "sourceCard"};

std::vector<std::string_view> with_common_keys(std::vector<std::string_view> extra) {
  extra.insert(extra.end(), kCommonEntryKeys.begin(), kCommonEntryKeys.end());
  return extra;
}

Messages no_extras(const Group& group) {
  Messages messages;
  if (group.side) messages.push_back("\"side\" is only used on argument clusters");
  if (group.key) messages.push_back("\"key\" is only used on question groups");
  if (group.order) messages.push_back("\"order\" is only used on policy steps");
  return messages;
}

Messages check_cluster(const Group& group) {
  Messages messages;
  if (!group.side || (*group.side != "pro" && *group.side != "con")) {
    messages.push_back("an argument cluster needs \"side\": \"pro\" or \"con\"");
  }
  if (group.key || group.order) messages.push_back("a cluster has only \"side\" as extra field");
  return messages;
}

// The investigation steps under which the app stores answers.
const std::set<std::string, std::less<>> kQuestionKeys = {
    "aanleiding", "huidige-situatie", "gewenste-situatie", "opties",
    "beste-optie", "uitvoering", "leren"};

Messages check_question_group(const Group& group) {
  Messages messages;
  if (!group.key || !kQuestionKeys.contains(*group.key)) {
    messages.push_back("a question group needs \"key\": one of aanleiding, huidige-situatie, "
                       "gewenste-situatie, opties, beste-optie, uitvoering, leren");
  }
  if (group.side || group.order) messages.push_back("a question group has only \"key\" as extra");
  return messages;
}

Messages check_step(const Group& group) {
  Messages messages;
  if (!group.order || *group.order < 1) {
    messages.push_back("a step needs \"order\": a whole number from 1");
  }
  if (group.side || group.key) messages.push_back("a step has only \"order\" as extra field");
  return messages;
}

CatalogMessages check_step_order(const Catalog& catalog) {
  CatalogMessages messages;
  std::vector<int> orders;
  for (const auto& group : catalog.groups) {
    if (group.order) orders.push_back(*group.order);
  }
  std::sort(orders.begin(), orders.end());
  for (std::size_t idx = 0; idx < orders.size(); ++idx) {
    if (orders[idx] != static_cast<int>(idx + 1)) {
      messages.push_back({"", "step orders must run 1, 2, 3, ... without gaps or repeats"});
      break;
    }
  }
  return messages;
}

Messages check_service_type(const Entry& entry) {
  Messages messages;
  static const std::set<std::string, std::less<>> kCodes = {"standard", "tailored", "deviation"};
  if (!entry.code || !kCodes.contains(*entry.code)) {
    messages.push_back("\"code\" must be standard, tailored or deviation");
  }
  if (!entry.share_percent || *entry.share_percent < 0 || *entry.share_percent > 100) {
    messages.push_back("\"sharePercent\" must be a whole number from 0 to 100");
  }
  if (!entry.name) messages.push_back("missing \"name\" with \"nl\" and \"en\"");
  if (entry.traits.empty()) messages.push_back("\"traits\" must list at least one trait");
  return messages;
}

CatalogMessages check_service_types(const Catalog& catalog) {
  CatalogMessages messages;
  int total = 0;
  std::set<std::string> codes;
  for (const auto& entry : catalog.entries) {
    total += entry.share_percent.value_or(0);
    if (entry.code && !codes.insert(*entry.code).second) {
      messages.push_back({"entry '" + entry.id + "'", "code \"" + *entry.code + "\" is used twice"});
    }
  }
  if (total != 100) {
    messages.push_back({"", "the shares add up to " + std::to_string(total) + "%, not 100%"});
  }
  return messages;
}

Messages check_regulation(const Entry& entry) {
  Messages messages;
  if (!entry.official_name) messages.push_back("missing \"name\" (the official name)");
  if (!entry.short_name) messages.push_back("missing \"shortName\"");
  if (!entry.hardship_clause) messages.push_back("missing \"hardshipClause\" (true or false)");
  if (!entry.investigation_order) {
    messages.push_back("missing \"investigationOrder\" (true or false)");
  }
  if (!entry.retention_years || *entry.retention_years < 1 || *entry.retention_years > 120) {
    messages.push_back("\"retentionYears\" must be a whole number of years from 1 to 120");
  }
  if (!entry.archive_nomination ||
      (*entry.archive_nomination != "vernietigen" && *entry.archive_nomination != "blijvend_bewaren")) {
    messages.push_back("\"archiveNomination\" must be \"vernietigen\" or \"blijvend_bewaren\"");
  }
  return messages;
}

std::vector<CatalogRules> make_rules() {
  std::vector<CatalogRules> rules;
  rules.push_back({.catalog_id = kSignals,
                   .groups = {{"bron", "", no_extras}, {"categorie", "bron", no_extras}},
                   .leaf_kind = "categorie",
                   .entry_keys = kCommonEntryKeys});
  rules.push_back({.catalog_id = kArguments,
                   .groups = {{"thema", "", no_extras}, {"cluster", "thema", check_cluster}},
                   .leaf_kind = "cluster",
                   .entry_keys = kCommonEntryKeys});
  rules.push_back({.catalog_id = kQuestions,
                   .groups = {{"fase", "", no_extras}, {"vraaggroep", "fase", check_question_group}},
                   .leaf_kind = "vraaggroep",
                   .entry_keys = kCommonEntryKeys});
  for (auto id : {kPolicyGeneral, kPolicyMaatwerk}) {
    rules.push_back({.catalog_id = id,
                     .groups = {{"stap", "", check_step}},
                     .leaf_kind = "stap",
                     .entry_keys = kCommonEntryKeys,
                     .check_catalog = check_step_order});
  }
  rules.push_back({.catalog_id = kServiceTypes,
                   .entry_keys = with_common_keys({"code", "sharePercent", "name", "traits"}),
                   .check_entry = check_service_type,
                   .check_catalog = check_service_types});
  rules.push_back({.catalog_id = kLessons,
                   .groups = {{"doelgroep", "", no_extras}},
                   .leaf_kind = "doelgroep",
                   .entry_keys = kCommonEntryKeys});
  rules.push_back({.catalog_id = kRegulations,
                   .entry_keys = with_common_keys(
                       {"name", "shortName", "hardshipClause", "investigationOrder", "retentionYears",
                        "archiveNomination", "reference"}),
                   .check_entry = check_regulation});
  return rules;
}

}  // namespace

const GroupRule* CatalogRules::group_rule(std::string_view kind) const {
  for (const auto& rule : groups) {
    if (rule.kind == kind) return &rule;
  }
  return nullptr;
}

std::string CatalogRules::group_kinds_text() const {
  if (groups.empty()) return "no groups";
  std::string text;
  for (const auto& rule : groups) text += (text.empty() ? "" : " or ") + std::string(rule.kind);
  return text;
}

const std::vector<CatalogRules>& all_catalog_rules() {
  static const std::vector<CatalogRules> kRules = make_rules();
  return kRules;
}

const CatalogRules* find_catalog_rules(std::string_view file_name) {
  for (const auto& rules : all_catalog_rules()) {
    if (file_name == std::string(rules.catalog_id) + ".json") return &rules;
  }
  return nullptr;
}

bool is_known_card(std::string_view card_id) {
  static const std::set<std::string, std::less<>> kCards = {
      "definities",         "signalenkaart",
      "argumentenkaart",    "vragenkaart-uitvoerders",
      "vragenkaart-beleid", "vragenkaart-maatwerk-beleid",
      "lessenkaart",        "wetgeving"};
  return kCards.contains(card_id);
}

}  // namespace helder::catalog
