#include "http/access_log.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "support/test_support.h"

namespace helder::http {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream input(path);
  std::stringstream content;
  content << input.rdbuf();
  return content.str();
}

TEST(AccessLog, WritesEveryLineFromEveryThreadByTheEnd) {
  testing::TempDir dir;
  auto path = dir.path() / "access.log";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0);
  {
    AccessLog log(fd);
    std::vector<std::thread> threads;
    for (int thread_idx = 0; thread_idx < 4; ++thread_idx) {
      threads.emplace_back([&log, thread_idx] {
        for (int line_idx = 0; line_idx < 1000; ++line_idx) {
          log.write("t" + std::to_string(thread_idx) + " l" + std::to_string(line_idx));
        }
      });
    }
    for (auto& thread : threads) thread.join();
  }
  ::close(fd);
  std::string content = read_file(path);
  EXPECT_EQ(std::count(content.begin(), content.end(), '\n'), 4000);
  EXPECT_NE(content.find("t3 l999\n"), std::string::npos);
}

TEST(AccessLog, FlushesWithinAboutASecondWithoutStopping) {
  testing::TempDir dir;
  auto path = dir.path() / "access.log";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  {
    AccessLog log(fd);
    log.write("eerste regel");
    // Not a timing assertion on speed: the flusher runs once a second; wait up to 10 s for it.
    for (int attempt = 0; attempt < 100 && read_file(path).empty(); ++attempt) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(read_file(path), "eerste regel\n");
  }
  ::close(fd);
}

}  // namespace
}  // namespace helder::http
