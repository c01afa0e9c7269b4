#include "domain/retention.h"

#include <algorithm>
#include <chrono>

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<ArchiveNomination, 2> kNominations{{{
    {ArchiveNomination::destroy, "destroy"},
    {ArchiveNomination::keep, "keep"},
}}};

constexpr EnumNames<ArchiveStatus, 3> kStatuses{{{
    {ArchiveStatus::pending, "pending"},
    {ArchiveStatus::archived, "archived"},
    {ArchiveStatus::destroyed, "destroyed"},
}}};

}  // namespace

std::string_view to_string(ArchiveNomination nomination) { return kNominations.name(nomination); }
std::optional<ArchiveNomination> archive_nomination_from_string(std::string_view name) {
  return kNominations.parse(name);
}
std::string_view to_string(ArchiveStatus status) { return kStatuses.name(status); }
std::optional<ArchiveStatus> archive_status_from_string(std::string_view name) {
  return kStatuses.parse(name);
}

Timestamp add_years(Timestamp t, int years) {
  using namespace std::chrono;
  sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(t.millis)));
  year_month_day date{day};
  year_month_day later = (date.year() + std::chrono::years(years)) / date.month() / date.day();
  if (!later.ok()) later = later.year() / later.month() / last;  // 29 February
  return Timestamp{duration_cast<milliseconds>(sys_days(later).time_since_epoch()).count()};
}

ArchiveFields archive_on_close(std::span<const RetentionRule> rules, Timestamp closed_at) {
  RetentionRule chosen = kDefaultRetention;
  if (!rules.empty()) {
    chosen = rules.front();
    for (const auto& rule : rules) {
      if (rule.nomination == ArchiveNomination::keep) chosen.nomination = ArchiveNomination::keep;
      chosen.years = std::max(chosen.years, rule.years);
    }
  }
  return {chosen.nomination, add_years(closed_at, chosen.years), ArchiveStatus::pending};
}

}  // namespace helder
