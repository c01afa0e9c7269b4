// Equal cases alike, unequal cases unequally: before and at a decision, the chosen outcome is
// compared with what the most similar decided cases got. When most of them got something
// else, the caseworker is asked how this case differs, and that reason goes into the
// motivation. A prompt for a person: never a block, never a verdict.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/time.h"
#include "domain/case.h"
#include "domain/option.h"
#include "domain/service_type.h"

namespace helder {

// What a decided case got.
struct DecisionOutcome {
  ServiceType service_type = ServiceType::standard;
  OptionKind option_kind = OptionKind::standard;
  std::optional<LegalBasis> legal_basis;
  Timestamp decided_at;
  // Service type and option kind are what is compared; the legal basis is shown.
  bool same_route(const DecisionOutcome& other) const {
    return service_type == other.service_type && option_kind == other.option_kind;
  }
};

// A decided case counts as comparable from this similarity on, and only when it is at least
// this share of the most similar one's score (so that a clearly closer group is not mixed
// with cases that merely share a regulation); at most kMaxComparables of them. Calibrated on
// the hand-written set in tests/data/similarity (see docs/performance.md).
inline constexpr double kMinComparableScore = 0.12;
inline constexpr double kShareOfBestScore = 0.6;
inline constexpr std::size_t kMaxComparables = 10;
// Fewer decided comparables than this say too little to compare with.
inline constexpr std::size_t kMinComparables = 3;
// Two decided cases this similar with different routes are worth a manager's look.
inline constexpr double kNearIdenticalScore = 0.7;

struct ComparedCase {
  CaseId case_id = 0;
  CaseReference reference;
  double score = 0;
  DecisionOutcome outcome;
};

struct RouteCount {
  ServiceType service_type = ServiceType::standard;
  OptionKind option_kind = OptionKind::standard;
  int cases = 0;
};

struct ConsistencyCheck {
  DecisionOutcome chosen;
  std::vector<ComparedCase> compared;  // best first, at most kMaxComparables
  std::optional<RouteCount> most_common;
  int same_as_chosen = 0;
  bool enough_comparables = false;
  // More than half of the compared cases got one other route than the chosen one.
  bool departs = false;
};

// `similar`: decided cases, most similar first (any score; weaker ones are left out here).
ConsistencyCheck check_consistency(const DecisionOutcome& chosen,
                                   std::span<const ComparedCase> similar);

// The check as recorded with a decision, with the caseworker's reason when one was given.
struct ConsistencyRecord {
  ConsistencyCheck check;
  std::optional<std::string> reason;  // why this case differs from the compared ones
  bool reason_missing() const { return check.departs && !reason; }
};

inline constexpr std::size_t kMaxConsistencyReasonChars = 5000;

}  // namespace helder
