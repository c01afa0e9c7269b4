// Dutch labels for code names, shared by the motivation letters and the API's explanations:
// "maatwerk binnen de regels", "artikel 4:84 Awb", a regulation's official name.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "domain/option.h"

namespace helder::report {

std::string option_kind_label(OptionKind kind);
std::string legal_basis_label(LegalBasis basis);
// The regulation's official name, or the id when the catalog does not know it.
std::string regulation_name(const std::string& id, const catalog::Catalog& regulations);

}  // namespace helder::report
