// Records the processing of personal data in the processing log (Logboek Dataverwerkingen):
// one record per case, with the request's trace id, sealed resident reference, and result.
#pragma once

#include <span>
#include <string_view>

#include "api/context.h"

namespace helder::api {

// The processing activity of helder in the organisation's register of processing activities.
inline constexpr std::string_view kCaseHandlingActivity = "helder-maatwerkbehandeling";

struct ProcessedCase {
  std::int64_t case_id = 0;
  std::string resident_reference;
};

// Appends one record per case and holds `response` back until the records are durable; the
// event loop goes on meanwhile. When they cannot be written, the caller gets
// processing_not_recorded() instead: nothing is shown that was not logged.
http::Response hold_until_recorded(ApiContext& context, const http::Request& request,
                                   std::string_view operation, std::span<const ProcessedCase> cases,
                                   Timestamp started, bool succeeded, http::Response response);

}  // namespace helder::api
