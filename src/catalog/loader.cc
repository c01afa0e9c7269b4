#include "catalog/loader.h"

#include <boost/json.hpp>
#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "catalog/rules.h"

namespace helder::catalog {

namespace json = boost::json;

// Builds a Catalog from its JSON form, collecting every problem rather than stopping at the
// first, so that one run of `helder catalog check` shows all that needs fixing.
class CatalogBuilder {
 public:
  CatalogBuilder(std::string file, const CatalogRules& rules, std::vector<Problem>& problems)
      : file_(std::move(file)), rules_(rules), problems_(problems) {}

  std::optional<Catalog> build(const json::value& document) {
    const json::object* root = document.if_object();
    if (root == nullptr) {
      report("", "the file must hold one JSON object");
      return std::nullopt;
    }
    check_keys(*root, "", {"catalog", "version", "title", "description", "sourceCard", "groups",
                           "entries"});
    Catalog catalog;
    catalog.id = string_field(*root, "", "catalog").value_or("");
    if (catalog.id != rules_.catalog_id) {
      report("", "\"catalog\" must be \"" + std::string(rules_.catalog_id) +
                     "\" (the file name without .json), found \"" + catalog.id + "\"");
    }
    catalog.version = version_field(*root, "");
    catalog.title = text_field(*root, "", "title");
    catalog.description = text_field(*root, "", "description");
    catalog.source_card = string_field(*root, "", "sourceCard").value_or("");
    check_card(catalog.source_card, "");

    if (const json::array* groups = array_field(*root, "groups")) {
      for (std::size_t idx = 0; idx < groups->size(); ++idx) {
        read_group((*groups)[idx], idx, catalog);
      }
    }
    if (const json::array* entries = array_field(*root, "entries")) {
      for (std::size_t idx = 0; idx < entries->size(); ++idx) {
        read_entry((*entries)[idx], idx, catalog);
      }
      if (entries->empty()) report("", "\"entries\" must not be empty");
    }
    check_group_tree(catalog);
    if (rules_.check_catalog) {
      for (auto& [entry, message] : rules_.check_catalog(catalog)) report(entry, message);
    }
    return catalog;
  }

 private:
  void report(const std::string& entry, std::string message) {
    problems_.push_back({file_, entry, std::move(message)});
  }

  void check_keys(const json::object& object, const std::string& where,
                  const std::vector<std::string_view>& allowed) {
    for (const auto& item : object) {
      bool known = false;
      for (auto name : allowed) known = known || item.key() == name;
      if (!known) report(where, "unknown field \"" + std::string(item.key()) + "\"");
    }
  }

  std::optional<std::string> string_field(const json::object& object, const std::string& where,
                                          std::string_view name, bool required = true) {
    const json::value* value = object.if_contains(name);
    if (value == nullptr) {
      if (required) report(where, "missing \"" + std::string(name) + "\"");
      return std::nullopt;
    }
    const json::string* text = value->if_string();
    if (text == nullptr || text->empty()) {
      report(where, "\"" + std::string(name) + "\" must be a non-empty string");
      return std::nullopt;
    }
    std::string result(*text);
    if (result.front() == ' ' || result.back() == ' ') {
      report(where, "\"" + std::string(name) + "\" has leading or trailing spaces");
    }
    return result;
  }

  LocalText text_field(const json::object& object, const std::string& where,
                       std::string_view name) {
    const json::value* value = object.if_contains(name);
    const json::object* text = value ? value->if_object() : nullptr;
    if (text == nullptr) {
      report(where, "\"" + std::string(name) + "\" must be an object with \"nl\" and \"en\"");
      return {};
    }
    std::string inner = where.empty() ? std::string(name) : where + "." + std::string(name);
    check_keys(*text, inner, {"nl", "en"});
    return {string_field(*text, inner, "nl").value_or(""),
            string_field(*text, inner, "en").value_or("")};
  }

  int version_field(const json::object& object, const std::string& where) {
    const json::value* value = object.if_contains("version");
    if (value == nullptr || !value->is_int64() || value->as_int64() < 1 ||
        value->as_int64() > 1000000) {
      report(where, "\"version\" must be a whole number of at least 1");
      return 0;
    }
    return static_cast<int>(value->as_int64());
  }

  const json::array* array_field(const json::object& object, std::string_view name) {
    const json::value* value = object.if_contains(name);
    if (value == nullptr || !value->is_array()) {
      report("", "\"" + std::string(name) + "\" must be a list");
      return nullptr;
    }
    return &value->as_array();
  }

  void check_card(const std::string& card, const std::string& where) {
    if (!card.empty() && !is_known_card(card)) {
      report(where, "unknown source card \"" + card + "\"");
    }
  }

  bool claim_id(const std::string& id, const std::string& where) {
    static const std::regex kIdPattern("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$");
    if (id.size() > 80 || !std::regex_match(id, kIdPattern)) {
      report(where, "id \"" + id + "\" must be lowercase kebab-case words joined by dots, "
                    "at most 80 characters");
      return false;
    }
    if (!ids_.insert(id).second) {
      report(where, "id \"" + id + "\" is used twice in this file");
      return false;
    }
    return true;
  }

  void read_group(const json::value& value, std::size_t position, Catalog& catalog) {
    std::string where = "group #" + std::to_string(position + 1);
    const json::object* object = value.if_object();
    if (object == nullptr) return report(where, "a group must be an object");
    Group group;
    group.id = string_field(*object, where, "id").value_or("");
    if (!group.id.empty()) where = "group '" + group.id + "'";
    check_keys(*object, where, {"id", "kind", "parent", "label", "side", "key", "order"});
    group.kind = string_field(*object, where, "kind").value_or("");
    group.parent = string_field(*object, where, "parent", false).value_or("");
    group.label = text_field(*object, where, "label");
    if (const json::value* side = object->if_contains("side")) {
      group.side = side->is_string() ? std::string(side->as_string()) : "";
    }
    if (const json::value* key = object->if_contains("key")) {
      group.key = key->is_string() ? std::string(key->as_string()) : "";
    }
    if (const json::value* order = object->if_contains("order")) {
      group.order = order->is_int64() ? static_cast<int>(order->as_int64()) : -1;
    }
    const GroupRule* rule = rules_.group_rule(group.kind);
    if (rule == nullptr) {
      report(where, "kind \"" + group.kind + "\" is not used in this catalog (expected " +
                        rules_.group_kinds_text() + ")");
    } else {
      for (const auto& message : rule->check(group)) report(where, message);
    }
    if (!claim_id(group.id, where)) return;
    catalog.group_index_[group.id] = catalog.groups.size();
    catalog.groups.push_back(std::move(group));
  }

  void read_entry(const json::value& value, std::size_t position, Catalog& catalog) {
    std::string where = "entry #" + std::to_string(position + 1);
    const json::object* object = value.if_object();
    if (object == nullptr) return report(where, "an entry must be an object");
    Entry entry;
    entry.id = string_field(*object, where, "id").value_or("");
    if (!entry.id.empty()) where = "entry '" + entry.id + "'";
    check_keys(*object, where, rules_.entry_keys);
    entry.version = version_field(*object, where);
    entry.text = text_field(*object, where, "text");
    entry.source_card = string_field(*object, where, "sourceCard").value_or("");
    check_card(entry.source_card, where);
    entry.group = string_field(*object, where, "group", rules_.leaf_kind.size() > 0).value_or("");
    if (!rules_.leaf_kind.empty() && !entry.group.empty()) {
      const Group* group = catalog.find_group(entry.group);
      if (group == nullptr) {
        report(where, "group \"" + entry.group + "\" does not exist");
      } else if (group->kind != rules_.leaf_kind) {
        report(where, "group \"" + entry.group + "\" is a " + group->kind + "; entries belong to a " +
                          std::string(rules_.leaf_kind));
      }
    } else if (rules_.leaf_kind.empty() && object->contains("group")) {
      report(where, "this catalog has no groups, so an entry has no \"group\"");
    }
    read_extra_fields(*object, where, entry);
    if (rules_.check_entry) {
      for (const auto& message : rules_.check_entry(entry)) report(where, message);
    }
    if (!claim_id(entry.id, where)) return;
    catalog.entry_index_[entry.id] = catalog.entries.size();
    catalog.entries.push_back(std::move(entry));
  }

  void read_extra_fields(const json::object& object, const std::string& where, Entry& entry) {
    if (object.contains("code")) entry.code = string_field(object, where, "code");
    if (const json::value* share = object.if_contains("sharePercent")) {
      entry.share_percent = share->is_int64() ? static_cast<int>(share->as_int64()) : -1;
    }
    if (object.contains("name")) {
      if (object.at("name").is_object()) {
        entry.name = text_field(object, where, "name");
      } else {
        entry.official_name = string_field(object, where, "name");
      }
    }
    if (const json::value* traits = object.if_contains("traits")) {
      if (!traits->is_array()) return report(where, "\"traits\" must be a list");
      for (const auto& trait : traits->as_array()) {
        json::object holder{{"trait", trait}};
        entry.traits.push_back(text_field(holder, where, "trait"));
      }
    }
    if (object.contains("shortName")) entry.short_name = string_field(object, where, "shortName");
    if (object.contains("reference")) entry.reference = string_field(object, where, "reference");
    auto read_bool = [&](std::string_view name, std::optional<bool>& out) {
      if (const json::value* flag = object.if_contains(name)) {
        if (flag->is_bool()) {
          out = flag->as_bool();
        } else {
          report(where, "\"" + std::string(name) + "\" must be true or false");
        }
      }
    };
    read_bool("hardshipClause", entry.hardship_clause);
    read_bool("investigationOrder", entry.investigation_order);
    if (const json::value* years = object.if_contains("retentionYears")) {
      if (years->is_int64()) {
        entry.retention_years = static_cast<int>(std::clamp<std::int64_t>(years->as_int64(), -1, 1000));
      } else {
        report(where, "\"retentionYears\" must be a whole number");
      }
    }
    if (object.contains("archiveNomination")) {
      entry.archive_nomination = string_field(object, where, "archiveNomination");
    }
  }

  void check_group_tree(const Catalog& catalog) {
    for (const auto& group : catalog.groups) {
      const GroupRule* rule = rules_.group_rule(group.kind);
      if (rule == nullptr) continue;
      std::string where = "group '" + group.id + "'";
      if (rule->parent_kind.empty()) {
        if (!group.parent.empty()) report(where, "a " + group.kind + " has no parent");
        continue;
      }
      const Group* parent = catalog.find_group(group.parent);
      if (group.parent.empty()) {
        report(where, "a " + group.kind + " needs a \"parent\" of kind " +
                          std::string(rule->parent_kind));
      } else if (parent == nullptr) {
        report(where, "parent \"" + group.parent + "\" does not exist");
      } else if (parent->kind != rule->parent_kind) {
        report(where, "parent \"" + group.parent + "\" is a " + parent->kind + ", expected a " +
                          std::string(rule->parent_kind));
      }
    }
  }

  std::string file_;
  const CatalogRules& rules_;
  std::vector<Problem>& problems_;
  std::set<std::string> ids_;
};

std::string Problem::str() const {
  std::string text = file;
  if (!entry.empty()) text += ": " + entry;
  return text + ": " + message;
}

std::vector<std::string> catalog_file_names() {
  std::vector<std::string> names;
  for (const auto& rules : all_catalog_rules()) names.push_back(std::string(rules.catalog_id) + ".json");
  return names;
}

std::optional<Catalog> parse_catalog(std::string_view file_name, std::string_view json_text,
                                     std::vector<Problem>& problems) {
  std::string file(file_name);
  const CatalogRules* rules = find_catalog_rules(file_name);
  if (rules == nullptr) {
    problems.push_back({file, "", "not a known catalog file"});
    return std::nullopt;
  }
  json::stream_parser parser;
  boost::system::error_code error;
  std::size_t consumed = parser.write(json_text.data(), json_text.size(), error);
  if (!error) parser.finish(error);
  if (error) {
    std::size_t line = 1 + std::count(json_text.begin(), json_text.begin() + consumed, '\n');
    problems.push_back({file, "", "not valid JSON near line " + std::to_string(line) + ": " +
                                      error.message()});
    return std::nullopt;
  }
  return CatalogBuilder(file, *rules, problems).build(parser.release());
}

LoadResult load_catalogs(const std::filesystem::path& directory) {
  LoadResult result;
  for (const auto& file_name : catalog_file_names()) {
    std::ifstream input(directory / file_name, std::ios::binary);
    if (!input) {
      result.problems.push_back({file_name, "", "cannot read " + (directory / file_name).string()});
      continue;
    }
    std::stringstream content;
    content << input.rdbuf();
    if (auto catalog = parse_catalog(file_name, content.str(), result.problems)) {
      result.catalogs.add(std::move(*catalog));
    }
  }
  return result;
}

}  // namespace helder::catalog
