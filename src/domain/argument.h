// An argument for or against an option, in one of the five themes of the Argumentenkaart,
// either from the card or in the caseworker's own words, with a weight that only a person
// sets. helder never sets or suggests a weight.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/option.h"

namespace helder {

using ArgumentId = std::int64_t;

enum class Theme { wellbeing, governance, execution, finance, principles };
enum class Side { pro, con };
enum class ArgumentSource { caseworker, resident, colleague, contradiction, manager, legal_adviser };

std::string_view to_string(Theme theme);
std::optional<Theme> theme_from_string(std::string_view name);
std::string_view to_string(Side side);
std::optional<Side> side_from_string(std::string_view name);
std::string_view to_string(ArgumentSource source);
std::optional<ArgumentSource> argument_source_from_string(std::string_view name);

inline constexpr int kMinWeight = 1;
inline constexpr int kMaxWeight = 5;

struct Argument {
  ArgumentId id = 0;
  OptionId option_id = 0;
  Side side = Side::pro;
  Theme theme = Theme::wellbeing;
  std::optional<std::string> catalog_id;  // exactly one of catalog_id and own_text is set
  std::optional<std::string> own_text;
  std::string explanation;  // what it means in this case
  ArgumentSource brought_by = ArgumentSource::caseworker;
  std::optional<int> weight;
  std::optional<std::string> weighed_by_username;
  UserId created_by = 0;
  std::string created_by_username;
  Timestamp created_at;
};

struct NewArgument {
  std::optional<std::string> catalog_id;
  std::optional<std::string> own_text;
  std::optional<Side> side;    // from the card when catalog_id is set
  std::optional<Theme> theme;  // from the card when catalog_id is set
  std::string explanation;
  ArgumentSource brought_by = ArgumentSource::caseworker;
  std::optional<int> weight;
};

struct ArgumentPatch {
  std::optional<std::string> explanation;
  std::optional<int> weight;
  bool clear_weight = false;  // a person may take a weight back
};

// The theme and side of a catalog argument, if the id is on the card.
struct CatalogArgument {
  Theme theme;
  Side side;
};
using ArgumentLookup = std::function<std::optional<CatalogArgument>(std::string_view catalog_id)>;

// An option with its arguments, in the order they were added: one column of the weighing.
struct WeighedOption {
  Option option;
  std::vector<Argument> arguments;
};

// Checks the input and fills in side and theme from the card; every problem at once.
std::vector<FieldError> validate(NewArgument& input, const ArgumentLookup& lookup);
std::vector<FieldError> validate(const ArgumentPatch& patch);

}  // namespace helder
