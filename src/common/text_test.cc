#include "common/text.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

TEST(Text, CountsCodePointsNotBytes) {
  EXPECT_EQ(utf8_length("abc"), 3u);
  EXPECT_EQ(utf8_length("financiën"), 9u);
  EXPECT_EQ(utf8_length("€"), 1u);
  EXPECT_EQ(utf8_length("😀"), 1u);
}

TEST(Text, RefusesInvalidUtf8) {
  EXPECT_FALSE(utf8_length("\xC3").has_value());           // truncated
  EXPECT_FALSE(utf8_length("\xC0\xAF").has_value());       // overlong
  EXPECT_FALSE(utf8_length("\xED\xA0\x80").has_value());   // surrogate
  EXPECT_FALSE(utf8_length("\xF4\x90\x80\x80").has_value());  // beyond U+10FFFF
  EXPECT_FALSE(utf8_length("ab\xFF").has_value());
}

TEST(Text, ChecksLengthAndControlCharacters) {
  EXPECT_FALSE(check_text("Hallo", 1, 10, Lines::single).has_value());
  EXPECT_EQ(check_text("", 1, 10, Lines::single), "mag niet leeg zijn");
  EXPECT_TRUE(check_text("abcdefghijk", 1, 10, Lines::single)->starts_with("mag hoogstens 10"));
  EXPECT_TRUE(check_text("a\nb", 1, 10, Lines::single).has_value());
  EXPECT_FALSE(check_text("a\nb", 1, 10, Lines::multi).has_value());
  EXPECT_TRUE(check_text(std::string("a\0b", 3), 1, 10, Lines::multi).has_value());
}

TEST(Text, Trims) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(trim("   "), "");
}

}  // namespace
}  // namespace helder
