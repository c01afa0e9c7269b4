#include "domain/bsn.h"

#include <algorithm>

namespace helder {

std::optional<std::string> check_bsn(std::string_view bsn) {
  if (bsn.size() != 9 || !std::all_of(bsn.begin(), bsn.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "Een BSN bestaat uit precies negen cijfers.";
  }
  if (bsn == "000000000") return "Dit is geen geldig BSN.";
  // The 11-proef: weights 9..2 for the first eight digits and -1 for the last.
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) sum += (bsn[i] - '0') * static_cast<int>(9 - i);
  sum -= bsn[8] - '0';
  if (sum % 11 != 0) return "Dit BSN voldoet niet aan de elfproef; controleer de cijfers.";
  return std::nullopt;
}

}  // namespace helder
