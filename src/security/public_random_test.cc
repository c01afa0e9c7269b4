#include "security/public_random.h"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace helder::security {
namespace {

std::string draw(std::size_t size) {
  std::string bytes(size, '\0');
  public_random_bytes(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size());
  return bytes;
}

TEST(PublicRandom, SpanIdsDoNotRepeat) {
  std::set<std::string> seen;
  for (int idx = 0; idx < 200'000; ++idx) {
    std::string id = public_random_hex(8);
    ASSERT_EQ(id.size(), 16u);
    ASSERT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos) << id;
    ASSERT_TRUE(seen.insert(id).second) << "repeated after " << idx << " ids: " << id;
  }
}

// Draws that cross the end of a block, and one longer than a block, go on with fresh bytes:
// no run of 16 bytes is ever handed out twice, and no part is left as zeros.
TEST(PublicRandom, DrawsAcrossBlocksAreFreshBytes) {
  std::string stream;
  for (std::size_t size : {24u, 1000u, 1500u, 7u, 3000u, 24u}) stream += draw(size);
  std::set<std::string> windows;
  for (std::size_t at = 0; at + 16 <= stream.size(); at += 16) {
    std::string window = stream.substr(at, 16);
    EXPECT_NE(window, std::string(16, '\0')) << "zeros at " << at;
    EXPECT_TRUE(windows.insert(window).second) << "repeated at " << at;
  }
}

// Every byte value turns up about as often as the others (chi-square over 256 values,
// 1,024,000 bytes: the bound is far above what uniform bytes reach, far below a skew).
TEST(PublicRandom, BytesAreEvenlySpread) {
  std::array<double, 256> counts{};
  constexpr std::size_t kBytes = 1'024'000;
  for (unsigned char byte : draw(kBytes)) counts[byte] += 1;
  double expected = static_cast<double>(kBytes) / 256, chi_square = 0;
  for (double count : counts) chi_square += (count - expected) * (count - expected) / expected;
  EXPECT_LT(chi_square, 400.0);  // 255 degrees of freedom: p < 1e-8 above 400
}

TEST(PublicRandom, EachThreadHasItsOwnStream) {
  std::vector<std::string> firsts(4);
  std::vector<std::thread> threads;
  for (auto& first : firsts) threads.emplace_back([&first] { first = draw(32); });
  for (auto& thread : threads) thread.join();
  std::set<std::string> distinct(firsts.begin(), firsts.end());
  distinct.insert(draw(32));
  EXPECT_EQ(distinct.size(), 5u);
}

}  // namespace
}  // namespace helder::security
