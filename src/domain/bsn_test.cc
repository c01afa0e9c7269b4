#include "domain/bsn.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

TEST(Bsn, ValidNumbersPassTheElevenTest) {
  EXPECT_FALSE(check_bsn("111222333"));
  EXPECT_FALSE(check_bsn("123456782"));
}

TEST(Bsn, RefusesWrongShapeZeroesAndFailedElevenTest) {
  EXPECT_TRUE(check_bsn("12345678"));
  EXPECT_TRUE(check_bsn("1234567820"));
  EXPECT_TRUE(check_bsn("12345678a"));
  EXPECT_TRUE(check_bsn(" 23456782"));
  EXPECT_TRUE(check_bsn("000000000"));
  EXPECT_TRUE(check_bsn("123456789"));  // fails the 11-proef
}

TEST(Bsn, MessageNeverRepeatsTheNumber) {
  auto message = check_bsn("123456789");
  ASSERT_TRUE(message);
  EXPECT_EQ(message->find("123456789"), std::string::npos);
}

}  // namespace
}  // namespace helder
