// Retention and archiving of closed cases, with the archive fields of the ZGW Zaken API:
// archiefnominatie (destroy or keep), archiefactiedatum (when to act) and archiefstatus.
// Each regulation has a retention rule (catalog/regelingen.json); a case that closes gets
// the fields from the rules of its regulations. No I/O here.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "common/time.h"

namespace helder {

enum class ArchiveNomination { destroy, keep };  // vernietigen, blijvend_bewaren
enum class ArchiveStatus { pending, archived, destroyed };  // nog_te_archiveren, gearchiveerd, vernietigd

std::string_view to_string(ArchiveNomination nomination);
std::optional<ArchiveNomination> archive_nomination_from_string(std::string_view name);
std::string_view to_string(ArchiveStatus status);
std::optional<ArchiveStatus> archive_status_from_string(std::string_view name);

struct RetentionRule {
  int years = 10;
  ArchiveNomination nomination = ArchiveNomination::destroy;
};

// For a case without regulations: ten years, then destroy.
inline constexpr RetentionRule kDefaultRetention{10, ArchiveNomination::destroy};

struct ArchiveFields {
  std::optional<ArchiveNomination> nomination;  // unset while the case is open
  std::optional<Timestamp> action_date;         // midnight UTC of the day to act
  ArchiveStatus status = ArchiveStatus::pending;
  bool operator==(const ArchiveFields&) const = default;
};

// The archive fields of a case that closes at `closed_at` under the rules of its
// regulations: when any says keep, the case is kept; the longest term counts.
ArchiveFields archive_on_close(std::span<const RetentionRule> rules, Timestamp closed_at);

// Midnight UTC of the calendar day `years` after the day of `t` (29 February becomes 28).
Timestamp add_years(Timestamp t, int years);

}  // namespace helder
