// Dates written the way Dutch letters and decisions write them, e.g. "3 maart 2026", for
// messages that a resident or a reviewing body may read. The day is the UTC calendar day.
#pragma once

#include <string>

#include "common/time.h"

namespace helder {

// "3 maart 2026": day without leading zero, month name in lower case, four-digit year.
std::string dutch_date(Timestamp t);

}  // namespace helder
