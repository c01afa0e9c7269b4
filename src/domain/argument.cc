#include "domain/argument.h"

#include "common/text.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<Theme, 5> kThemes{{{
    {Theme::wellbeing, "wellbeing"},
    {Theme::governance, "governance"},
    {Theme::execution, "execution"},
    {Theme::finance, "finance"},
    {Theme::principles, "principles"},
}}};

constexpr EnumNames<Side, 2> kSides{{{{Side::pro, "pro"}, {Side::con, "con"}}}};

constexpr EnumNames<ArgumentSource, 6> kSources{{{
    {ArgumentSource::caseworker, "caseworker"},
    {ArgumentSource::resident, "resident"},
    {ArgumentSource::colleague, "colleague"},
    {ArgumentSource::contradiction, "contradiction"},
    {ArgumentSource::manager, "manager"},
    {ArgumentSource::legal_adviser, "legal_adviser"},
}}};

void check_weight(const std::optional<int>& weight, std::vector<FieldError>& errors) {
  if (weight && (*weight < kMinWeight || *weight > kMaxWeight)) {
    errors.push_back({"weight", "range", "Het gewicht is een geheel getal van 1 (licht) tot en met 5 (zwaar)."});
  }
}

void check_explanation(const std::string& explanation, std::vector<FieldError>& errors) {
  if (auto problem = check_text(explanation, 0, 5000, Lines::multi)) {
    errors.push_back({"explanation", "invalid", "De toelichting " + *problem + "."});
  }
}

}  // namespace

std::string_view to_string(Theme theme) { return kThemes.name(theme); }
std::optional<Theme> theme_from_string(std::string_view name) { return kThemes.parse(name); }
std::string_view to_string(Side side) { return kSides.name(side); }
std::optional<Side> side_from_string(std::string_view name) { return kSides.parse(name); }
std::string_view to_string(ArgumentSource source) { return kSources.name(source); }
std::optional<ArgumentSource> argument_source_from_string(std::string_view name) {
  return kSources.parse(name);
}

std::vector<FieldError> validate(NewArgument& input, const ArgumentLookup& lookup) {
  std::vector<FieldError> errors;
  if (input.catalog_id.has_value() == input.own_text.has_value()) {
    errors.push_back({"argument", "one_of",
                      "Kies een argument van de Argumentenkaart of formuleer een eigen argument, "
                      "niet allebei en niet geen van beide."});
  }
  if (input.catalog_id) {
    if (auto card = lookup(*input.catalog_id)) {
      if (input.theme && *input.theme != card->theme) {
        errors.push_back({"theme", "mismatch", "Dit argument van de kaart hoort bij een ander thema."});
      }
      if (input.side && *input.side != card->side) {
        errors.push_back({"side", "mismatch", "Dit argument van de kaart staat aan de andere kant."});
      }
      input.theme = card->theme;
      input.side = card->side;
    } else {
      errors.push_back({"catalog_argument", "unknown",
                        "Onbekend argument '" + *input.catalog_id + "'; zie GET /api/v1/catalogus/argumenten."});
    }
  }
  if (input.own_text) {
    if (auto problem = check_text(trim(*input.own_text), 1, 1000, Lines::multi)) {
      errors.push_back({"own_text", "invalid", "Het argument " + *problem + "."});
    }
    if (!input.theme) errors.push_back({"theme", "required", "Kies het thema van het argument."});
    if (!input.side) errors.push_back({"side", "required", "Kies of het argument voor of tegen is."});
  }
  check_explanation(input.explanation, errors);
  check_weight(input.weight, errors);
  return errors;
}

std::vector<FieldError> validate(const ArgumentPatch& patch) {
  std::vector<FieldError> errors;
  if (patch.explanation) check_explanation(*patch.explanation, errors);
  check_weight(patch.weight, errors);
  return errors;
}

}  // namespace helder
