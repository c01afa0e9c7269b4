#include "report/dutch_labels.h"

namespace helder::report {

std::string option_kind_label(OptionKind kind) {
  switch (kind) {
    case OptionKind::standard: return "standaardroute";
    case OptionKind::tailored: return "maatwerk binnen de regels";
    case OptionKind::deviation: return "maatwerk met afwijking van een regel";
  }
  return "";
}

std::string legal_basis_label(LegalBasis basis) {
  switch (basis) {
    case LegalBasis::hardship_clause: return "hardheidsclausule";
    case LegalBasis::policy_rule_4_84: return "artikel 4:84 Awb";
    case LegalBasis::general_principles: return "algemene beginselen van behoorlijk bestuur";
    case LegalBasis::court_ruling: return "rechterlijke uitspraak";
    case LegalBasis::internal_mandate: return "intern mandaat";
  }
  return "";
}

std::string regulation_name(const std::string& id, const catalog::Catalog& regulations) {
  const catalog::Entry* entry = regulations.find_entry(id);
  return entry && entry->official_name ? *entry->official_name : id;
}

}  // namespace helder::report
