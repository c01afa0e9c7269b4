// The access log: one JSON line per request, without personal data. Lines are collected in
// a buffer per thread and written out once a second (or when a buffer fills), so logging a
// request costs a copy into memory, not a system call or a lock shared by all threads.
// spdlog's sinks write or lock per line, which cost 15% of read throughput (docs/performance.md).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace helder::http {

class AccessLog {
 public:
  explicit AccessLog(int fd);  // the log does not own or close `fd`
  ~AccessLog();                // writes out what is buffered
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Appends one line (a newline is added). Safe from any thread.
  void write(std::string_view line);

 private:
  struct Buffer {
    std::mutex mutex;  // taken by its own thread and, once a second, by the flusher
    std::string data;
  };
  Buffer& local_buffer();
  void flush(Buffer& buffer);
  void flush_all();

  int fd_;
  std::uint64_t id_;  // tells this log's thread-local buffers from another log's
  std::mutex registry_mutex_;
  std::vector<std::unique_ptr<Buffer>> buffers_;
  std::mutex stop_mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  std::thread flusher_;
};

}  // namespace helder::http
