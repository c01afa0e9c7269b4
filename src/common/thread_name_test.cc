#include "common/thread_name.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <string>
#include <thread>

namespace helder {
namespace {

std::string current_thread_name() {
  char name[16] = {};
  pthread_getname_np(pthread_self(), name, sizeof name);
  return name;
}

TEST(ThreadName, NamesTheCallingThreadCutToFifteenCharacters) {
  std::string seen;
  std::thread([&] {
    name_this_thread("helder-a-very-long-name");
    seen = current_thread_name();
  }).join();
  EXPECT_EQ(seen, "helder-a-very-l");
}

TEST(ThreadName, OnceKeepsTheFirstNameOfEachThread) {
  std::string first_thread;
  std::string second_thread;
  std::thread([&] {
    name_this_thread_once("helder-first");
    name_this_thread_once("helder-second");
    first_thread = current_thread_name();
  }).join();
  std::thread([&] {
    name_this_thread_once("helder-second");
    second_thread = current_thread_name();
  }).join();
  EXPECT_EQ(first_thread, "helder-first");
  EXPECT_EQ(second_thread, "helder-second");  // each thread has its own flag
}

}  // namespace
}  // namespace helder
