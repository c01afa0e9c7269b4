#include "common/time.h"

#include <chrono>
#include <cstdio>

namespace helder {
namespace {

using namespace std::chrono;

bool read_int(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  int value = 0;
  for (std::size_t idx = pos; idx < pos + len; ++idx) {
    char c = text[idx];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

}  // namespace

Timestamp SystemClock::now() const {
  auto since_epoch = system_clock::now().time_since_epoch();
  return {duration_cast<milliseconds>(since_epoch).count()};
}

std::string format_rfc3339(Timestamp t) {
  sys_time<milliseconds> tp{milliseconds{t.millis}};
  auto day_point = floor<days>(tp);
  year_month_day ymd{day_point};
  hh_mm_ss<milliseconds> time{tp - day_point};
  int year = int(ymd.year());
  if (year < 0 || year > 9999) {  // not four digits: the slow path writes what it can
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year,
                  unsigned(ymd.month()), unsigned(ymd.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()),
                  int(time.subseconds().count()));
    return buffer;
  }
  // Written digit by digit: every response and access-log line has timestamps, and snprintf
  // was about 2% of the server's CPU in a case read (docs/performance.md).
  std::string text = "0000-00-00T00:00:00.000Z";
  auto put = [&text](std::size_t at, std::size_t width, long long value) {
    for (std::size_t idx = at + width; idx > at; value /= 10) text[--idx] = char('0' + value % 10);
  };
  put(0, 4, year);
  put(5, 2, unsigned(ymd.month()));
  put(8, 2, unsigned(ymd.day()));
  put(11, 2, time.hours().count());
  put(14, 2, time.minutes().count());
  put(17, 2, time.seconds().count());
  put(20, 3, time.subseconds().count());
  return text;
}

std::optional<Timestamp> parse_rfc3339(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (!read_int(text, 0, 4, year) || text.size() < 10 || text[4] != '-' ||
      !read_int(text, 5, 2, month) || text[7] != '-' || !read_int(text, 8, 2, day)) {
    return std::nullopt;
  }
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                     std::chrono::day{unsigned(day)}};
  if (!ymd.ok()) return std::nullopt;
  sys_time<milliseconds> tp = sys_days{ymd};
  if (text.size() == 10) return Timestamp{tp.time_since_epoch().count()};

  int hour = 0, minute = 0, second = 0;
  if (text.size() < 20 || (text[10] != 'T' && text[10] != 't') || !read_int(text, 11, 2, hour) ||
      text[13] != ':' || !read_int(text, 14, 2, minute) || text[16] != ':' ||
      !read_int(text, 17, 2, second) || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  tp += hours{hour} + minutes{minute} + seconds{second};
  std::size_t pos = 19;
  if (text[pos] == '.') {
    ++pos;
    int millis = 0, digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) millis = millis * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) millis *= 10;
    tp += milliseconds{millis};
  }
  if (pos == text.size()) return std::nullopt;
  if ((text[pos] == 'Z' || text[pos] == 'z') && pos + 1 == text.size()) {
    return Timestamp{tp.time_since_epoch().count()};
  }
  int offset_hours = 0, offset_minutes = 0;
  if ((text[pos] != '+' && text[pos] != '-') || pos + 6 != text.size() ||
      !read_int(text, pos + 1, 2, offset_hours) || text[pos + 3] != ':' ||
      !read_int(text, pos + 4, 2, offset_minutes) || offset_hours > 23 || offset_minutes > 59) {
    return std::nullopt;
  }
  auto offset = hours{offset_hours} + minutes{offset_minutes};
  tp += (text[pos] == '+') ? -offset : offset;
  return Timestamp{tp.time_since_epoch().count()};
}

int utc_year(Timestamp t) {
  sys_time<milliseconds> tp{milliseconds{t.millis}};
  return int(year_month_day{floor<days>(tp)}.year());
}

}  // namespace helder
