#include "report/pdf.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <thread>

extern char** environ;

namespace helder::report {
namespace {

// Writes `data` to `fd` completely, then closes it.
void write_all(int fd, const std::string& data) {
  std::size_t written = 0;
  while (written < data.size()) {
    ssize_t count = ::write(fd, data.data() + written, data.size() - written);
    if (count <= 0) break;
    written += static_cast<std::size_t>(count);
  }
  ::close(fd);
}

}  // namespace

Result<std::string> html_to_pdf(const std::string& html) {
  std::array<int, 2> to_child{};
  std::array<int, 2> from_child{};
  if (::pipe2(to_child.data(), O_CLOEXEC) != 0 || ::pipe2(from_child.data(), O_CLOEXEC) != 0) {
    return fail(Error::internal("pdf: cannot create pipes"));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const char* argv[] = {"weasyprint", "--quiet", "-", "-", nullptr};
  pid_t child = 0;
  int spawned = posix_spawnp(&child, "weasyprint", &actions, nullptr, const_cast<char**>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(to_child[0]);
  ::close(from_child[1]);
  if (spawned != 0) {
    ::close(to_child[1]);
    ::close(from_child[0]);
    return fail({ErrorCode::unavailable,
                 "PDF maken kan hier niet: WeasyPrint is niet geïnstalleerd. De HTML-versie werkt wel.",
                 {}});
  }
  std::thread writer([fd = to_child[1], &html] { write_all(fd, html); });
  std::string pdf;
  std::array<char, 65536> buffer{};
  for (;;) {
    ssize_t count = ::read(from_child[0], buffer.data(), buffer.size());
    if (count <= 0) break;
    pdf.append(buffer.data(), static_cast<std::size_t>(count));
  }
  ::close(from_child[0]);
  writer.join();
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !pdf.starts_with("%PDF")) {
    return fail(Error::internal("pdf: weasyprint failed"));
  }
  return pdf;
}

}  // namespace helder::report
