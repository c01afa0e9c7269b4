// Points in time as milliseconds since the Unix epoch (UTC), a clock that tests can replace,
// and the RFC 3339 text form used by the API.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helder {

inline constexpr std::int64_t kMillisPerDay = 24LL * 60 * 60 * 1000;

struct Timestamp {
  std::int64_t millis = 0;
  auto operator<=>(const Timestamp&) const = default;
};

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp now() const override;
};

// A clock that stands still until told to move; for tests.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(Timestamp start) : now_(start) {}
  Timestamp now() const override { return now_; }
  void advance_millis(std::int64_t millis) { now_.millis += millis; }

 private:
  Timestamp now_;
};

// "2026-11-25T10:15:30.123Z"
std::string format_rfc3339(Timestamp t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)" and "YYYY-MM-DD" (midnight UTC).
std::optional<Timestamp> parse_rfc3339(std::string_view text);
// The calendar year (UTC) of a point in time.
int utc_year(Timestamp t);

}  // namespace helder
