#include "http/access_log.h"

#include <unistd.h>

#include <chrono>
#include <unordered_map>

#include "common/thread_name.h"

namespace helder::http {
namespace {

constexpr std::size_t kFlushAt = 64 * 1024;
std::atomic<std::uint64_t> next_log_id{1};

}  // namespace

AccessLog::AccessLog(int fd) : fd_(fd), id_(next_log_id++) {
  flusher_ = std::thread([this] {
    name_this_thread("helder-acclog");
    std::unique_lock lock(stop_mutex_);
    while (!stop_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; })) {
      flush_all();
    }
  });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_.notify_one();
  flusher_.join();
  flush_all();
}

AccessLog::Buffer& AccessLog::local_buffer() {
  thread_local std::unordered_map<std::uint64_t, Buffer*> buffers;
  auto found = buffers.find(id_);
  if (found != buffers.end()) return *found->second;
  std::lock_guard lock(registry_mutex_);
  buffers_.push_back(std::make_unique<Buffer>());
  buffers[id_] = buffers_.back().get();
  return *buffers_.back();
}

void AccessLog::write(std::string_view line) {
  Buffer& buffer = local_buffer();
  std::lock_guard lock(buffer.mutex);
  buffer.data.append(line);
  buffer.data.push_back('\n');
  if (buffer.data.size() >= kFlushAt) flush(buffer);
}

void AccessLog::flush(Buffer& buffer) {
  std::size_t written = 0;
  while (written < buffer.data.size()) {
    ssize_t count = ::write(fd_, buffer.data.data() + written, buffer.data.size() - written);
    if (count <= 0) break;  // a log that cannot be written must not stop the server
    written += static_cast<std::size_t>(count);
  }
  buffer.data.clear();
}

void AccessLog::flush_all() {
  std::lock_guard registry(registry_mutex_);
  for (auto& buffer : buffers_) {
    std::lock_guard lock(buffer->mutex);
    flush(*buffer);
  }
}

}  // namespace helder::http
