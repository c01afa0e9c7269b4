// A case: one resident's situation handled by an organisation, known to people by a
// readable reference such as "2026-000123". This file holds the case itself, what is needed
// to open one, what may change afterwards, and the checks on both.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/organisation.h"
#include "domain/phase.h"
#include "domain/retention.h"
#include "domain/resident.h"

namespace helder {

using CaseId = std::int64_t;

// "<year>-<number>", the number zero-padded to at least six digits.
struct CaseReference {
  int year = 0;
  std::int64_t number = 0;

  std::string str() const;
  static std::optional<CaseReference> parse(std::string_view text);
  bool operator==(const CaseReference&) const = default;
};

struct Case {
  CaseId id = 0;
  CaseReference reference;
  OrganisationId organisation_id = 0;
  UserId owner_id = 0;
  std::string owner_username;
  Resident resident;
  std::string title;
  std::string summary;
  std::vector<std::string> regulation_ids;
  Phase phase = Phase::signal;
  Timestamp created_at;
  Timestamp updated_at;
  ArchiveFields archive;
};

// Limits on case text, in characters.
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMaxSummaryChars = 5000;
inline constexpr std::size_t kMaxRegulationsPerCase = 10;

using RegulationExists = std::function<bool(std::string_view regulation_id)>;

// What a caseworker supplies to open a case. The owner defaults to the caller.
struct NewCase {
  std::string title;
  std::string summary;
  Resident resident;
  std::vector<std::string> regulation_ids;
  std::optional<std::string> owner_username;
  std::optional<ProtectedIdentifier> bsn;
};

// Changes to an existing case; fields left empty stay as they are.
struct CasePatch {
  std::optional<std::string> title;
  std::optional<std::string> summary;
  std::optional<Resident> resident;
  std::optional<std::vector<std::string>> regulation_ids;
  std::optional<std::string> owner_username;

  bool empty() const {
    return !title && !summary && !resident && !regulation_ids && !owner_username;
  }
};

// Every problem with the input at once (field names as in the domain: "title",
// "resident.reference", "regulations[2]"); an empty list means valid.
std::vector<FieldError> validate(const NewCase& input, const RegulationExists& regulation_exists);
std::vector<FieldError> validate(const CasePatch& patch, const RegulationExists& regulation_exists);

// Applies a validated patch (except the owner, which the store resolves) and stamps the time.
void apply(const CasePatch& patch, Case& target, Timestamp now);

}  // namespace helder
