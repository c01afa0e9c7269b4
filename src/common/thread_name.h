// Names the calling thread, so that `top -H`, `perf` and a debugger show which of helder's
// threads (event loop, writer, journal, importer, ...) is doing what.
#pragma once

#include <string_view>

namespace helder {

// Linux keeps at most 15 characters; longer names are cut.
void name_this_thread(std::string_view name);

// The same, only the first time it is called on a thread; later calls check a flag. For the
// threads of a pool that has no hook for their start (asio::thread_pool).
void name_this_thread_once(std::string_view name);

}  // namespace helder
