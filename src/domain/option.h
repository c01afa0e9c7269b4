// An option: one possible route for a case. Three kinds: the standard route, tailoring
// within the rules, and maatwerk that deviates from a named rule on a named legal basis.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/case.h"

namespace helder {

using OptionId = std::int64_t;

enum class OptionKind { standard, tailored, deviation };
std::string_view to_string(OptionKind kind);
std::optional<OptionKind> option_kind_from_string(std::string_view name);

// What gives the room to deviate.
enum class LegalBasis {
  hardship_clause,      // the hardship clause of the regulation deviated from
  policy_rule_4_84,     // art. 4:84 Awb: deviating from a policy rule in special circumstances
  general_principles,   // the general principles of good administration
  court_ruling,         // a court ruling (ECLI in basis_reference)
  internal_mandate,     // an internal mandate (document in basis_reference)
};
std::string_view to_string(LegalBasis basis);
std::optional<LegalBasis> legal_basis_from_string(std::string_view name);

// The rule deviated from and why that is allowed. The rule is an article of a regulation,
// or, without a regulation, an internal procedure named in `article`.
struct Deviation {
  std::optional<std::string> regulation_id;
  std::string article;
  LegalBasis basis = LegalBasis::hardship_clause;
  std::string basis_reference;
  std::string special_circumstances;
  std::string disproportionality;  // why applying the rule would be disproportionate
};

struct Option {
  OptionId id = 0;
  CaseId case_id = 0;
  std::string title;
  std::string description;
  OptionKind kind = OptionKind::standard;
  std::optional<Deviation> deviation;  // set exactly when kind is deviation
  UserId created_by = 0;
  std::string created_by_username;
  Timestamp created_at;
};

struct NewOption {
  std::string title;
  std::string description;
  OptionKind kind = OptionKind::standard;
  std::optional<Deviation> deviation;
};

// What the validation needs to know about regulations.
struct RegulationFacts {
  std::function<bool(std::string_view id)> exists;
  std::function<bool(std::string_view id)> has_hardship_clause;
};

// Every problem at once, with domain field names ("deviation.article", ...).
std::vector<FieldError> validate(const NewOption& input, const RegulationFacts& regulations);

}  // namespace helder
