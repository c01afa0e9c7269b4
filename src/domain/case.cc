#include "domain/case.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

#include "common/text.h"

namespace helder {
namespace {

void check_title(const std::string& title, std::vector<FieldError>& errors) {
  if (auto problem = check_text(trim(title), 1, kMaxTitleChars, Lines::single)) {
    errors.push_back({"title", "invalid", "De titel " + *problem + "."});
  }
}

void check_summary(const std::string& summary, std::vector<FieldError>& errors) {
  if (auto problem = check_text(summary, 0, kMaxSummaryChars, Lines::multi)) {
    errors.push_back({"summary", "invalid", "De samenvatting " + *problem + "."});
  }
}

void check_resident(const Resident& resident, std::vector<FieldError>& errors) {
  if (auto problem = check_resident_reference(resident.reference)) {
    errors.push_back(
        {"resident.reference", "invalid", "De referentie van de inwoner " + *problem + "."});
  }
}

void check_regulations(const std::vector<std::string>& ids,
                       const RegulationExists& regulation_exists,
                       std::vector<FieldError>& errors) {
  if (ids.size() > kMaxRegulationsPerCase) {
    errors.push_back({"regulations", "too_many",
                      "Een casus valt onder hoogstens " + std::to_string(kMaxRegulationsPerCase) +
                          " regelingen."});
    return;
  }
  std::set<std::string_view> seen;
  for (std::size_t idx = 0; idx < ids.size(); ++idx) {
    std::string name = "regulations[" + std::to_string(idx) + "]";
    if (!regulation_exists(ids[idx])) {
      errors.push_back({name, "unknown",
                        "Onbekende regeling '" + ids[idx] +
                            "'; zie GET /api/v1/regelingen voor de bekende regelingen."});
    } else if (!seen.insert(ids[idx]).second) {
      errors.push_back({name, "duplicate", "De regeling '" + ids[idx] + "' staat er al."});
    }
  }
}

void check_owner(const std::string& username, std::vector<FieldError>& errors) {
  if (auto problem = check_text(username, 1, 64, Lines::single)) {
    errors.push_back({"owner", "invalid", "De eigenaar " + *problem + "."});
  }
}

}  // namespace

std::string CaseReference::str() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%06lld", year, static_cast<long long>(number));
  return buffer;
}

std::optional<CaseReference> CaseReference::parse(std::string_view text) {
  if (text.size() < 11 || text.size() > 16 || text[4] != '-') return std::nullopt;
  CaseReference reference;
  auto year_part = text.substr(0, 4);
  auto number_part = text.substr(5);
  auto all_digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!all_digits(year_part) || !all_digits(number_part)) return std::nullopt;
  std::from_chars(year_part.data(), year_part.data() + year_part.size(), reference.year);
  std::from_chars(number_part.data(), number_part.data() + number_part.size(), reference.number);
  // Only the canonical spelling is a reference: "2026-0001234" is not "2026-001234".
  if (reference.number <= 0 || reference.str() != text) return std::nullopt;
  return reference;
}

std::vector<FieldError> validate(const NewCase& input, const RegulationExists& regulation_exists) {
  std::vector<FieldError> errors;
  check_title(input.title, errors);
  check_summary(input.summary, errors);
  check_resident(input.resident, errors);
  check_regulations(input.regulation_ids, regulation_exists, errors);
  if (input.owner_username) check_owner(*input.owner_username, errors);
  return errors;
}

std::vector<FieldError> validate(const CasePatch& patch, const RegulationExists& regulation_exists) {
  std::vector<FieldError> errors;
  if (patch.title) check_title(*patch.title, errors);
  if (patch.summary) check_summary(*patch.summary, errors);
  if (patch.resident) check_resident(*patch.resident, errors);
  if (patch.regulation_ids) check_regulations(*patch.regulation_ids, regulation_exists, errors);
  if (patch.owner_username) check_owner(*patch.owner_username, errors);
  return errors;
}

void apply(const CasePatch& patch, Case& target, Timestamp now) {
  if (patch.title) target.title = std::string(trim(*patch.title));
  if (patch.summary) target.summary = *patch.summary;
  if (patch.resident) target.resident = *patch.resident;
  if (patch.regulation_ids) target.regulation_ids = *patch.regulation_ids;
  target.updated_at = now;
}

}  // namespace helder
