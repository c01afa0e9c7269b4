#include "domain/option.h"

#include "common/text.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<OptionKind, 3> kKinds{{{
    {OptionKind::standard, "standard"},
    {OptionKind::tailored, "tailored"},
    {OptionKind::deviation, "deviation"},
}}};

constexpr EnumNames<LegalBasis, 5> kBases{{{
    {LegalBasis::hardship_clause, "hardship_clause"},
    {LegalBasis::policy_rule_4_84, "policy_rule_4_84"},
    {LegalBasis::general_principles, "general_principles"},
    {LegalBasis::court_ruling, "court_ruling"},
    {LegalBasis::internal_mandate, "internal_mandate"},
}}};

constexpr std::size_t kMaxLongText = 5000;

void check(std::vector<FieldError>& errors, std::string name, std::string_view text,
           std::size_t min_chars, std::size_t max_chars, Lines lines, std::string_view what) {
  if (auto problem = check_text(trim(text), min_chars, max_chars, lines)) {
    errors.push_back({std::move(name), min_chars > 0 && trim(text).empty() ? "required" : "invalid",
                      std::string(what) + " " + *problem + "."});
  }
}

void check_deviation(const Deviation& deviation, const RegulationFacts& regulations,
                     std::vector<FieldError>& errors) {
  if (deviation.regulation_id && !regulations.exists(*deviation.regulation_id)) {
    errors.push_back({"deviation.regulation", "unknown",
                      "Onbekende regeling '" + *deviation.regulation_id + "'."});
  }
  check(errors, "deviation.article", deviation.article, 1, 300, Lines::single,
        deviation.regulation_id ? "Het artikel waarvan wordt afgeweken"
                                : "De interne regel of procedure waarvan wordt afgeweken");
  if (deviation.basis == LegalBasis::hardship_clause) {
    if (!deviation.regulation_id) {
      errors.push_back({"deviation.regulation", "required",
                        "Een hardheidsclausule hoort bij een regeling: noem de regeling."});
    } else if (regulations.exists(*deviation.regulation_id) &&
               !regulations.has_hardship_clause(*deviation.regulation_id)) {
      errors.push_back({"deviation.basis", "no_hardship_clause",
                        "Deze regeling heeft geen hardheidsclausule; kies een andere grondslag, "
                        "zoals artikel 4:84 Awb of de algemene beginselen van behoorlijk bestuur."});
    }
  }
  bool reference_needed = deviation.basis == LegalBasis::court_ruling ||
                          deviation.basis == LegalBasis::internal_mandate;
  check(errors, "deviation.basis_reference", deviation.basis_reference, reference_needed ? 1 : 0,
        300, Lines::single,
        deviation.basis == LegalBasis::court_ruling ? "De uitspraak (ECLI)"
                                                    : "De verwijzing naar de grondslag");
  // Art. 4:84 Awb allows deviating from a policy rule only for special circumstances that
  // make its consequences disproportionate to its purpose: both must be written down.
  bool awb = deviation.basis == LegalBasis::policy_rule_4_84;
  check(errors, "deviation.special_circumstances", deviation.special_circumstances, awb ? 1 : 0,
        kMaxLongText, Lines::multi, "De bijzondere omstandigheden");
  check(errors, "deviation.disproportionality", deviation.disproportionality, awb ? 1 : 0,
        kMaxLongText, Lines::multi, "De onevenredigheid van het toepassen van de regel");
}

}  // namespace

std::string_view to_string(OptionKind kind) { return kKinds.name(kind); }
std::optional<OptionKind> option_kind_from_string(std::string_view name) { return kKinds.parse(name); }
std::string_view to_string(LegalBasis basis) { return kBases.name(basis); }
std::optional<LegalBasis> legal_basis_from_string(std::string_view name) { return kBases.parse(name); }

std::vector<FieldError> validate(const NewOption& input, const RegulationFacts& regulations) {
  std::vector<FieldError> errors;
  check(errors, "title", input.title, 1, 200, Lines::single, "De titel");
  check(errors, "description", input.description, 0, kMaxLongText, Lines::multi, "De omschrijving");
  if (input.kind == OptionKind::deviation && !input.deviation) {
    errors.push_back({"deviation", "required",
                      "Een optie die afwijkt van een regel noemt de regel en de grondslag."});
  }
  if (input.kind != OptionKind::deviation && input.deviation) {
    errors.push_back({"deviation", "not_allowed",
                      "Alleen een optie die afwijkt van een regel heeft een afwijking."});
  }
  if (input.kind == OptionKind::deviation && input.deviation) {
    check_deviation(*input.deviation, regulations, errors);
  }
  return errors;
}

}  // namespace helder
