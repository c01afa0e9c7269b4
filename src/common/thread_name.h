// Names the calling thread, so that `top -H`, `perf` and a debugger show which of helder's
// threads (event loop, writer, journal, importer, ...) is doing what.
#pragma once

#include <string_view>

namespace helder {

// Linux keeps at most 15 characters; longer names are cut.
void name_this_thread(std::string_view name);

}  // namespace helder
