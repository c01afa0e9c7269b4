#include "domain/dutch_date.h"

#include <array>
#include <chrono>
#include <string_view>

namespace helder {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};

}  // namespace

std::string dutch_date(Timestamp t) {
  using namespace std::chrono;
  sys_time<milliseconds> tp{milliseconds{t.millis}};
  year_month_day ymd{floor<days>(tp)};
  std::string text = std::to_string(unsigned(ymd.day()));
  text += ' ';
  text += kMonths[unsigned(ymd.month()) - 1];
  text += ' ';
  text += std::to_string(int(ymd.year()));
  return text;
}

}  // namespace helder
