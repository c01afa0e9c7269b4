#include "store/journal/append_journal.h"

#include <gtest/gtest.h>

#include <chrono>
#include <deque>
#include <fstream>
#include <future>
#include <thread>

#include "support/test_support.h"

namespace helder::journal {
namespace {

// Appends the lines and waits until the journal reports them durable.
Status append_and_wait(AppendJournal& journal, std::vector<std::string> lines) {
  std::promise<Status> reported;
  journal.append(std::move(lines), [&](Status status) { reported.set_value(status); });
  return reported.get_future().get();
}

std::vector<std::filesystem::path> segments(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> found;
  for (const auto& item : std::filesystem::directory_iterator(directory)) {
    if (item.path().extension() == ".log") found.push_back(item.path());
  }
  return found;
}

class AppendJournalTest : public ::testing::Test {
 protected:
  std::filesystem::path directory() const { return dir_.path() / "test.logboek"; }
  testing::TempDir dir_;
};

TEST_F(AppendJournalTest, ReportsLinesDurableAndHandsThemToTheConsumerInOrder) {
  auto journal = std::move(*AppendJournal::open(directory()));
  std::vector<Entry> consumed;
  std::mutex consumed_mutex;
  ASSERT_TRUE(journal->start(0, [&](std::vector<Entry> entries) {
    std::lock_guard lock(consumed_mutex);
    for (auto& entry : entries) consumed.push_back(std::move(entry));
  }));
  ASSERT_TRUE(append_and_wait(*journal, {"een", "twee"}));
  ASSERT_TRUE(append_and_wait(*journal, {"drie"}));
  EXPECT_EQ(journal->durable_through(), 3u);
  journal->stop();
  ASSERT_EQ(consumed.size(), 3u);
  EXPECT_EQ(consumed[0].sequence, 1u);
  EXPECT_EQ(consumed[0].payload, "een");
  EXPECT_EQ(consumed[2].sequence, 3u);
  EXPECT_EQ(consumed[2].payload, "drie");
}

TEST_F(AppendJournalTest, AnotherRunFindsTheDurableLinesAndSkipsATornLastLine) {
  {
    auto journal = std::move(*AppendJournal::open(directory()));
    ASSERT_TRUE(journal->start(41, nullptr));
    ASSERT_TRUE(append_and_wait(*journal, {"eerste regel", "tweede regel"}));
  }
  auto files = segments(directory());
  ASSERT_EQ(files.size(), 1u);
  {
    // A write that was cut off: never reported durable, so it must not come back. It lands
    // where the next line would have gone, over the zeros the segment was prepared with.
    std::ifstream in(files[0], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fstream torn(files[0], std::ios::in | std::ios::out | std::ios::binary);
    torn.seekp(static_cast<std::streamoff>(text.find('\0')));
    torn << "44 0000abcd half";
  }
  auto journal = std::move(*AppendJournal::open(directory()));
  auto leftovers = journal->leftovers();
  ASSERT_EQ(leftovers.size(), 2u);
  EXPECT_EQ(leftovers[0].sequence, 42u);
  EXPECT_EQ(leftovers[0].payload, "eerste regel");
  EXPECT_EQ(leftovers[1].sequence, 43u);

  // Once started, the old segments are gone and numbering goes on.
  ASSERT_TRUE(journal->start(43, nullptr));
  ASSERT_TRUE(append_and_wait(*journal, {"derde regel"}));
  EXPECT_EQ(journal->durable_through(), 44u);
  auto after = journal->leftovers();
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].payload, "derde regel");
}

TEST_F(AppendJournalTest, GroupsAreWrittenIntoPreparedSpaceSoTheFileSizeStaysPut) {
  // A file that grows with each group makes each fdatasync write its inode too.
  auto journal = std::move(*AppendJournal::open(directory()));
  ASSERT_TRUE(journal->start(0, nullptr));
  ASSERT_TRUE(append_and_wait(*journal, {"een"}));
  auto file = segments(directory()).at(0);
  auto prepared = std::filesystem::file_size(file);
  EXPECT_GE(prepared, 1024u * 1024u);
  for (int i = 0; i < 50; ++i) ASSERT_TRUE(append_and_wait(*journal, {"nog een regel"}));
  EXPECT_EQ(std::filesystem::file_size(file), prepared);
  EXPECT_EQ(AppendJournal::read(directory()).size(), 51u);

  // A group larger than the prepared space still lands whole.
  ASSERT_TRUE(append_and_wait(*journal, {std::string(prepared + 10, 'x'), "daarna"}));
  auto all = AppendJournal::read(directory());
  ASSERT_EQ(all.size(), 53u);
  EXPECT_EQ(all[51].payload.size(), prepared + 10);
  EXPECT_EQ(all[52].payload, "daarna");
}

TEST_F(AppendJournalTest, ALineWithAWrongChecksumEndsTheReading) {
  {
    auto journal = std::move(*AppendJournal::open(directory()));
    ASSERT_TRUE(journal->start(0, nullptr));
    ASSERT_TRUE(append_and_wait(*journal, {"goed", "ook goed"}));
  }
  auto file = segments(directory()).at(0);
  std::string text;
  {
    std::ifstream in(file, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  text[text.rfind("ook goed")] = 'O';  // damage the second line's payload
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  auto journal = std::move(*AppendJournal::open(directory()));
  auto leftovers = journal->leftovers();
  ASSERT_EQ(leftovers.size(), 1u);
  EXPECT_EQ(leftovers[0].payload, "goed");
}

TEST_F(AppendJournalTest, OneProcessHoldsTheJournalAtATime) {
  auto first = AppendJournal::open(directory());
  ASSERT_TRUE(first);
  auto second = AppendJournal::open(directory());
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::unavailable);
  first->reset();
  EXPECT_TRUE(AppendJournal::open(directory()));
}

// Appends that each report into their own promise; get() waits for them all.
class Appends {
 public:
  void add(AppendJournal& journal, std::string line) {
    auto& reported = reported_.emplace_back();
    journal.append({std::move(line)}, [&reported](Status status) { reported.set_value(status); });
  }
  bool all_durable() {
    bool durable = true;
    for (auto& reported : reported_) durable = reported.get_future().get().has_value() && durable;
    reported_.clear();
    return durable;
  }

 private:
  std::deque<std::promise<Status>> reported_;
};

TEST_F(AppendJournalTest, UnderLoadAGroupWaitsForTheAppendsThatFollow) {
  // A gathering time far longer than the test's pauses, so that nothing depends on speed.
  auto journal = std::move(
      *AppendJournal::open(directory(), AppendJournal::kSegmentBytes, std::chrono::seconds(1)));
  std::vector<std::string> consumed;
  ASSERT_TRUE(journal->start(0, [&](std::vector<Entry> entries) {
    for (auto& entry : entries) consumed.push_back(entry.payload);
  }));
  // Quiet: a lone append is a group of its own, written without waiting for company.
  ASSERT_TRUE(append_and_wait(*journal, {"alleen"}));
  EXPECT_EQ(journal->groups_written(), 1u);
  // A burst: while the flusher writes the first of them, the others queue up, and later
  // groups take several at a time.
  Appends appends;
  for (int idx = 0; idx < 20; ++idx) appends.add(*journal, "stoot " + std::to_string(idx));
  ASSERT_TRUE(appends.all_durable());
  std::uint64_t after_burst = journal->groups_written();
  ASSERT_LT(after_burst, 1u + 20u);
  // Under load now: ten appends, 20 ms apart, all go into one group.
  for (int idx = 0; idx < 10; ++idx) {
    appends.add(*journal, "daarna " + std::to_string(idx));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(appends.all_durable());
  EXPECT_EQ(journal->groups_written(), after_burst + 1);
  // Stopping during a gathering wait still writes and reports what was appended.
  appends.add(*journal, "laatste");
  journal->stop();
  EXPECT_TRUE(appends.all_durable());
  ASSERT_EQ(consumed.size(), 32u);
  EXPECT_EQ(consumed[1], "stoot 0");
  EXPECT_EQ(consumed[21], "daarna 0");
  EXPECT_EQ(consumed.back(), "laatste");
}

TEST_F(AppendJournalTest, AppendsAfterStopAreRefused) {
  auto journal = std::move(*AppendJournal::open(directory()));
  ASSERT_TRUE(journal->start(0, nullptr));
  journal->stop();
  EXPECT_FALSE(append_and_wait(*journal, {"te laat"}));
}

TEST_F(AppendJournalTest, DeletesOnlySegmentsWhoseEntriesAreAllStored) {
  // Tiny segments: every append of one line begins a new segment.
  auto journal = std::move(*AppendJournal::open(directory(), /*segment_bytes=*/1));
  ASSERT_TRUE(journal->start(0, nullptr));
  for (auto line : {"a", "b", "c", "d"}) ASSERT_TRUE(append_and_wait(*journal, {line}));
  EXPECT_EQ(segments(directory()).size(), 4u);  // segments starting at 1, 2, 3 and 4

  journal->stored_through(2);  // 1 and 2 stored: their segments may go, 3 and 4 stay
  ASSERT_TRUE(append_and_wait(*journal, {"e"}));
  // The flusher deletes after it has reported the flush, so give it a moment.
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (segments(directory()).size() > 3 && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  auto left = AppendJournal::read(directory());
  ASSERT_EQ(left.size(), 3u);
  EXPECT_EQ(left.front().sequence, 3u);
  EXPECT_EQ(left.back().payload, "e");
}

}  // namespace
}  // namespace helder::journal
