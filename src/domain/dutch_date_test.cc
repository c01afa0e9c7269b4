#include "domain/dutch_date.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace helder {
namespace {

Timestamp at(const char* rfc3339) { return *parse_rfc3339(rfc3339); }

TEST(DutchDate, WritesDayMonthNameAndYear) {
  EXPECT_EQ(dutch_date(at("2026-03-03")), "3 maart 2026");
  EXPECT_EQ(dutch_date(at("2026-11-25T10:15:30Z")), "25 november 2026");
  EXPECT_EQ(dutch_date(Timestamp{0}), "1 januari 1970");
}

TEST(DutchDate, NamesEveryMonth) {
  const char* expected[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                            "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int month = 1; month <= 12; ++month) {
    char text[11];
    std::snprintf(text, sizeof text, "2026-%02d-15", month);
    EXPECT_EQ(dutch_date(at(text)), std::string("15 ") + expected[month - 1] + " 2026") << text;
  }
}

TEST(DutchDate, UsesTheUtcDay) {
  EXPECT_EQ(dutch_date(at("2026-12-31T23:59:59.999Z")), "31 december 2026");
  EXPECT_EQ(dutch_date(at("2027-01-01T00:30:00+01:00")), "31 december 2026");
  EXPECT_EQ(dutch_date(at("2028-02-29T12:00:00Z")), "29 februari 2028");
}

TEST(DutchDate, HandlesTimesBeforeTheEpoch) {
  EXPECT_EQ(dutch_date(Timestamp{-1}), "31 december 1969");
}

}  // namespace
}  // namespace helder
