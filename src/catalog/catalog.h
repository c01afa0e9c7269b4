// The cards as data: each catalog (signals, arguments, questions, policy questions, service
// types, lessons, regulations) is a list of groups and entries with stable ids, versions and
// Dutch and English text. Loading and validation live in loader.h; this is the result.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::catalog {

struct LocalText {
  std::string nl;
  std::string en;
};

struct Group {
  std::string id;
  std::string kind;    // e.g. "bron", "categorie", "thema", "cluster", "fase", "stap"
  std::string parent;  // empty for top-level groups
  LocalText label;
  std::optional<std::string> side;  // arguments: "pro" or "con"
  std::optional<std::string> key;   // questions: the investigation step it belongs to
  std::optional<int> order;         // policy steps: 1-based position
};

// Fields that only one catalog uses are optional; the loader checks which must be present.
struct Entry {
  std::string id;
  int version = 0;
  std::string group;  // empty when the catalog has no groups
  LocalText text;
  std::string source_card;
  // service types
  std::optional<std::string> code;
  std::optional<int> share_percent;
  std::optional<LocalText> name;
  std::vector<LocalText> traits;
  // regulations
  std::optional<std::string> official_name;
  std::optional<std::string> short_name;
  std::optional<bool> hardship_clause;
  std::optional<bool> investigation_order;
  std::optional<int> retention_years;
  std::optional<std::string> archive_nomination;  // "vernietigen" or "blijvend_bewaren" (ZGW)
  std::optional<std::string> reference;
};

struct Catalog {
  std::string id;  // equals the file name without ".json"
  int version = 0;
  LocalText title;
  LocalText description;
  std::string source_card;
  std::vector<Group> groups;
  std::vector<Entry> entries;

  const Entry* find_entry(std::string_view entry_id) const;
  const Group* find_group(std::string_view group_id) const;

 private:
  friend class CatalogBuilder;
  std::map<std::string, std::size_t, std::less<>> entry_index_;
  std::map<std::string, std::size_t, std::less<>> group_index_;
};

// The catalog ids helder loads, in the order they are checked.
inline constexpr std::string_view kSignals = "signalen";
inline constexpr std::string_view kArguments = "argumenten";
inline constexpr std::string_view kQuestions = "vragen";
inline constexpr std::string_view kPolicyGeneral = "beleidsvragen-beleid";
inline constexpr std::string_view kPolicyMaatwerk = "beleidsvragen-maatwerk";
inline constexpr std::string_view kServiceTypes = "dienstverleningstypen";
inline constexpr std::string_view kLessons = "lessen";
inline constexpr std::string_view kRegulations = "regelingen";

// All catalogs, read-only after loading and safe to share between threads.
class CatalogSet {
 public:
  const Catalog* find(std::string_view catalog_id) const;
  const Catalog& get(std::string_view catalog_id) const;  // the id must be one of the above
  const std::vector<Catalog>& all() const { return catalogs_; }
  void add(Catalog catalog) { catalogs_.push_back(std::move(catalog)); }

 private:
  std::vector<Catalog> catalogs_;
};

}  // namespace helder::catalog
