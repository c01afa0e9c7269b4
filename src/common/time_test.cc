#include "common/time.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

TEST(Time, FormatsUtcWithMilliseconds) {
  EXPECT_EQ(format_rfc3339(Timestamp{0}), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(format_rfc3339(Timestamp{1'795'000'000'123}), "2026-11-18T11:06:40.123Z");
}

TEST(Time, FormatsEveryFieldInItsPlace) {
  EXPECT_EQ(format_rfc3339(Timestamp{1'709'251'199'999}), "2024-02-29T23:59:59.999Z");
  EXPECT_EQ(format_rfc3339(Timestamp{253'402'300'799'999}), "9999-12-31T23:59:59.999Z");
  EXPECT_EQ(format_rfc3339(Timestamp{-62'135'596'800'000}), "0001-01-01T00:00:00.000Z");
  EXPECT_EQ(format_rfc3339(Timestamp{-1}), "1969-12-31T23:59:59.999Z");
  // Each moment from year 1 to 9999, in steps that land on every field's values.
  for (std::int64_t millis = -62'135'596'800'000; millis < 253'402'300'800'000;
       millis += 7'919'999'999'999 / 4'099) {
    std::string text = format_rfc3339(Timestamp{millis});
    ASSERT_EQ(text.size(), 24u) << text;
    ASSERT_EQ(parse_rfc3339(text), Timestamp{millis}) << text;
  }
}

TEST(Time, ParsesWhatItFormats) {
  Timestamp t{1'795'000'000'123};
  EXPECT_EQ(parse_rfc3339(format_rfc3339(t)), t);
}

TEST(Time, ParsesDatesAndOffsets) {
  EXPECT_EQ(parse_rfc3339("2026-11-25")->millis, parse_rfc3339("2026-11-25T00:00:00Z")->millis);
  EXPECT_EQ(parse_rfc3339("2026-11-25T10:00:00+01:00"), parse_rfc3339("2026-11-25T09:00:00Z"));
  EXPECT_EQ(parse_rfc3339("2026-11-25T10:00:00.5Z")->millis % 1000, 500);
}

TEST(Time, RefusesNonsense) {
  for (auto text : {"", "2026", "2026-13-01", "2026-02-30", "2026-11-25T25:00:00Z",
                    "2026-11-25T10:00:00", "2026-11-25 10:00:00Z", "2026-11-25T10:00:00.Z",
                    "26-11-25", "2026-11-25T10:00:00+1:00"}) {
    EXPECT_FALSE(parse_rfc3339(text).has_value()) << text;
  }
}

TEST(Time, FakeClockMovesOnlyWhenTold) {
  FakeClock clock(Timestamp{1000});
  EXPECT_EQ(clock.now().millis, 1000);
  clock.advance_millis(500);
  EXPECT_EQ(clock.now().millis, 1500);
  EXPECT_EQ(utc_year(Timestamp{1'795'000'000'000}), 2026);
}

}  // namespace
}  // namespace helder
