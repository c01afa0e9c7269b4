#include "domain/retention.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

Timestamp at(std::string_view text) { return *parse_rfc3339(text); }

TEST(Retention, ActionDateIsTheDayYearsLater) {
  EXPECT_EQ(format_rfc3339(add_years(at("2026-11-25T15:30:00Z"), 7)), "2033-11-25T00:00:00.000Z");
  EXPECT_EQ(format_rfc3339(add_years(at("2028-02-29T08:00:00Z"), 1)), "2029-02-28T00:00:00.000Z");
}

TEST(Retention, LongestTermCountsAndKeepWins) {
  RetentionRule seven{7, ArchiveNomination::destroy};
  RetentionRule twenty{20, ArchiveNomination::destroy};
  RetentionRule keep{5, ArchiveNomination::keep};
  Timestamp closed = at("2026-01-10T10:00:00Z");

  RetentionRule both[] = {seven, twenty};
  auto fields = archive_on_close(both, closed);
  EXPECT_EQ(fields.nomination, ArchiveNomination::destroy);
  EXPECT_EQ(format_rfc3339(*fields.action_date), "2046-01-10T00:00:00.000Z");
  EXPECT_EQ(fields.status, ArchiveStatus::pending);

  RetentionRule mixed[] = {seven, keep};
  EXPECT_EQ(archive_on_close(mixed, closed).nomination, ArchiveNomination::keep);
}

TEST(Retention, CaseWithoutRegulationsGetsTheDefault) {
  auto fields = archive_on_close({}, at("2026-01-10T10:00:00Z"));
  EXPECT_EQ(fields.nomination, ArchiveNomination::destroy);
  EXPECT_EQ(format_rfc3339(*fields.action_date), "2036-01-10T00:00:00.000Z");
}

}  // namespace
}  // namespace helder
