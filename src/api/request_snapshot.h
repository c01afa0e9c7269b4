// The server's request scope for the API (http::ServerConfig::inline_request_scope): each
// request that runs on an event loop reads from one snapshot of the store, so that its access
// check and its data agree, in one read transaction (Store::snapshot_reads).
#pragma once

#include <functional>
#include <memory>

#include "store/store.h"

namespace helder::api {

inline std::function<std::shared_ptr<void>()> read_snapshot_per_request(Store& store) {
  return [&store]() -> std::shared_ptr<void> { return store.snapshot_reads(); };
}

}  // namespace helder::api
