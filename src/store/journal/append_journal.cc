#include "store/journal/append_journal.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <boost/crc.hpp>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>

#include "common/thread_name.h"

namespace helder::journal {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSegmentPrefix = "segment-";
constexpr std::string_view kSegmentSuffix = ".log";
// A segment grows by this many zero bytes ahead of its lines (see extend_segment).
constexpr std::uint64_t kPreallocateBytes = 1024 * 1024;

Error io_error(std::string_view what) {
  spdlog::error("journal: {}: {}", what, std::strerror(errno));
  return Error{ErrorCode::unavailable, "Het logboek kon niet worden bijgewerkt.", {}};
}

std::uint32_t checksum(std::uint64_t sequence, std::string_view payload) {
  boost::crc_32_type crc;
  crc.process_bytes(&sequence, sizeof sequence);
  crc.process_bytes(payload.data(), payload.size());
  return crc.checksum();
}

// One line: "<sequence> <crc32 in hex> <payload>\n".
void append_line(std::string& out, std::uint64_t sequence, std::string_view payload) {
  char head[40];
  int length =
      std::snprintf(head, sizeof head, "%llu %08x ", static_cast<unsigned long long>(sequence),
                    checksum(sequence, payload));
  out.append(head, static_cast<std::size_t>(length));
  out.append(payload);
  out.push_back('\n');
}

std::optional<Entry> parse_line(std::string_view line) {
  auto space = line.find(' ');
  if (space == std::string_view::npos || line.size() < space + 10 || line[space + 9] != ' ') {
    return std::nullopt;
  }
  Entry entry;
  std::uint32_t crc = 0;
  if (std::from_chars(line.data(), line.data() + space, entry.sequence).ec != std::errc{})
    return std::nullopt;
  if (std::from_chars(line.data() + space + 1, line.data() + space + 9, crc, 16).ec !=
      std::errc{}) {
    return std::nullopt;
  }
  entry.payload = std::string(line.substr(space + 10));
  if (checksum(entry.sequence, entry.payload) != crc) return std::nullopt;
  return entry;
}

std::string segment_name(std::uint64_t first_sequence) {
  char digits[24];
  std::snprintf(digits, sizeof digits, "%020llu", static_cast<unsigned long long>(first_sequence));
  return std::string(kSegmentPrefix) + digits + std::string(kSegmentSuffix);
}

std::vector<fs::path> segment_files(const fs::path& directory) {
  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(directory)) {
    std::string name = item.path().filename().string();
    if (name.starts_with(kSegmentPrefix) && name.ends_with(kSegmentSuffix))
      files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());  // zero-padded numbers sort in sequence order
  return files;
}

bool write_at(int fd, std::string_view bytes, std::uint64_t offset) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    ssize_t n = ::pwrite(fd, bytes.data() + at, bytes.size() - at, static_cast<off_t>(offset + at));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

bool sync_directory(const fs::path& directory) {
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced;
}

}  // namespace

AppendJournal::AppendJournal(fs::path directory, int lock_fd, std::uint64_t segment_bytes,
                             std::chrono::microseconds gather)
    : directory_(std::move(directory)),
      segment_limit_(segment_bytes),
      gather_(gather),
      lock_fd_(lock_fd) {}

Result<std::unique_ptr<AppendJournal>> AppendJournal::open(const fs::path& directory,
                                                           std::uint64_t segment_bytes,
                                                           std::chrono::microseconds gather) {
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) {
    return fail(Error::internal("Kan de map van het logboek niet maken: " + directory.string()));
  }
  fs::permissions(directory, fs::perms::owner_all, fs::perm_options::replace, error);
  int fd = ::open((directory / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return fail(Error::internal("Kan het logboek niet openen: " + directory.string()));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    return fail(
        Error{ErrorCode::unavailable,
              "Het logboek " + directory.string() + " is in gebruik door een ander helder-proces.",
              {}});
  }
  return std::unique_ptr<AppendJournal>(new AppendJournal(directory, fd, segment_bytes, gather));
}

AppendJournal::~AppendJournal() {
  stop();
  if (segment_fd_ >= 0) ::close(segment_fd_);
  ::close(lock_fd_);  // releases the lock
}

std::vector<Entry> AppendJournal::read(const fs::path& directory) {
  std::vector<Entry> entries;
  std::error_code missing;
  if (!fs::is_directory(directory, missing)) return entries;
  for (const auto& file : segment_files(directory)) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t at = 0;
    while (at < text.size()) {
      if (text[at] == '\0') break;  // the zeros ahead of the lines: nothing was written here yet
      auto end = text.find('\n', at);
      auto entry = end == std::string::npos
                       ? std::nullopt
                       : parse_line(std::string_view(text).substr(at, end - at));
      if (!entry) {
        auto unwritten = text.find('\0', at);
        spdlog::warn(
            "journal: {} bytes at the end of {} are incomplete and skipped (never reported "
            "durable)",
            (unwritten == std::string::npos ? text.size() : unwritten) - at,
            file.filename().string());
        break;
      }
      entries.push_back(std::move(*entry));
      at = end + 1;
    }
  }
  return entries;
}

Status AppendJournal::start(std::uint64_t last_sequence, Consumer consumer) {
  for (const auto& file : segment_files(directory_)) {
    std::error_code error;
    fs::remove(file, error);
    if (error) return fail(Error::internal("Kan een oud deel van het logboek niet verwijderen."));
  }
  next_sequence_ = last_sequence + 1;
  durable_through_ = stored_through_ = last_sequence;
  consumer_ = std::move(consumer);
  if (auto opened = open_segment(next_sequence_); !opened) return opened;
  flusher_ = std::thread([this] { flush_loop(); });
  return {};
}

void AppendJournal::append(std::vector<std::string> lines, Done done) {
  {
    std::lock_guard lock(mutex_);
    if (!stopping_) {
      queue_.push_back({std::move(lines), std::move(done)});
      if (flusher_idle_ || (gathering_ && queue_.size() >= kGatherEnough)) wake_.notify_one();
      return;
    }
  }
  done(fail(Error{ErrorCode::unavailable, "Het logboek wordt afgesloten.", {}}));
}

void AppendJournal::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (flusher_.joinable()) flusher_.join();
}

void AppendJournal::stored_through(std::uint64_t sequence) {
  std::lock_guard lock(mutex_);
  stored_through_ = std::max(stored_through_, sequence);
}

std::uint64_t AppendJournal::durable_through() const {
  std::lock_guard lock(mutex_);
  return durable_through_;
}

std::uint64_t AppendJournal::groups_written() const {
  std::lock_guard lock(mutex_);
  return groups_written_;
}

void AppendJournal::wait_for_group(std::unique_lock<std::mutex>& lock) {
  flusher_idle_ = true;
  wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
  flusher_idle_ = false;
  if (last_group_appends_ > 1 && gather_.count() > 0 && !stopping_) {
    gathering_ = true;
    wake_.wait_for(lock, gather_, [this] { return stopping_ || queue_.size() >= kGatherEnough; });
    gathering_ = false;
  }
}

void AppendJournal::flush_loop() {
  name_this_thread("helder-journal");
  bool broken = false;
  for (;;) {
    std::vector<Pending> group;
    {
      std::unique_lock lock(mutex_);
      wait_for_group(lock);
      if (queue_.empty()) return;  // stopping, and everything is written
      group.swap(queue_);
      last_group_appends_ = group.size();
      ++groups_written_;
    }
    std::vector<Entry> written;
    // After a failed write the file's state is unknown: refuse everything until a restart
    // rather than risk reporting lines durable that are not.
    Status status =
        broken ? fail(Error{ErrorCode::unavailable, "Het logboek is niet beschikbaar.", {}})
               : write_group(group, written);
    if (!status) broken = true;
    if (status && !written.empty()) {
      std::lock_guard lock(mutex_);
      durable_through_ = written.back().sequence;
    }
    for (auto& pending : group) pending.done(status);
    if (status && !written.empty() && consumer_) consumer_(std::move(written));
    delete_stored_segments();
  }
}

Status AppendJournal::write_group(std::vector<Pending>& group, std::vector<Entry>& written) {
  if (segment_bytes_ >= segment_limit_) {
    if (auto opened = open_segment(next_sequence_); !opened) return opened;
  }
  std::string buffer;
  std::uint64_t sequence = next_sequence_;
  for (auto& pending : group) {
    for (auto& line : pending.lines) {
      append_line(buffer, sequence, line);
      written.push_back({sequence++, std::move(line)});
    }
  }
  if (!extend_segment(segment_bytes_ + buffer.size()) ||
      !write_at(segment_fd_, buffer, segment_bytes_)) {
    written.clear();
    return fail(io_error("write failed"));
  }
  if (::fdatasync(segment_fd_) != 0) {
    written.clear();
    return fail(io_error("fdatasync failed"));
  }
  next_sequence_ = sequence;
  segment_bytes_ += buffer.size();
  return {};
}

// Lines are written over zeros that are already on disk, so the file's size and block map do
// not change with each group and fdatasync flushes only the data. Appending to the end instead
// made every fdatasync write the inode as well (one more synchronous disk write per group).
bool AppendJournal::extend_segment(std::uint64_t needed) {
  static const std::string zeros(64 * 1024, '\0');
  while (prepared_bytes_ < needed) {
    for (std::uint64_t added = 0; added < kPreallocateBytes; added += zeros.size()) {
      if (!write_at(segment_fd_, zeros, prepared_bytes_ + added)) return false;
    }
    prepared_bytes_ += kPreallocateBytes;
  }
  return true;
}

Status AppendJournal::open_segment(std::uint64_t first_sequence) {
  fs::path path = directory_ / segment_name(first_sequence);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return fail(io_error("cannot create a segment"));
  // The new file's name must be durable before lines in it are reported durable.
  if (!sync_directory(directory_)) {
    ::close(fd);
    return fail(io_error("cannot sync the journal directory"));
  }
  if (segment_fd_ >= 0) ::close(segment_fd_);
  segment_fd_ = fd;
  segment_bytes_ = 0;
  prepared_bytes_ = 0;
  std::lock_guard lock(mutex_);
  segments_.push_back({first_sequence, std::move(path)});
  return {};
}

void AppendJournal::delete_stored_segments() {
  std::vector<fs::path> obsolete;
  {
    std::lock_guard lock(mutex_);
    // A segment may go when the one after it starts at or before the first entry not yet stored.
    while (segments_.size() > 1 && segments_[1].first_sequence <= stored_through_ + 1) {
      obsolete.push_back(segments_.front().path);
      segments_.erase(segments_.begin());
    }
  }
  for (const auto& path : obsolete) {
    std::error_code error;
    fs::remove(path, error);
    if (error)
      spdlog::warn("journal: cannot delete {}: {}", path.filename().string(), error.message());
  }
}

}  // namespace helder::journal
