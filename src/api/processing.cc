#include "api/processing.h"

#include <sodium.h>

#include "http/problem.h"
#include "security/secret_token.h"

namespace helder::api {
namespace {

std::string span_id() {
  unsigned char bytes[8];
  randombytes_buf(bytes, sizeof bytes);
  char hex[17];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

}  // namespace

Status record_processing(ApiContext& context, const http::Request& request,
                         std::string_view operation, std::span<const ProcessedCase> cases,
                         Timestamp started, bool succeeded) {
  if (cases.empty()) return {};
  Timestamp ended = context.clock.now();
  const auto& keys = context.security.keys;
  std::vector<ProcessingRecord> records;
  records.reserve(cases.size());
  for (const auto& processed : cases) {
    records.push_back(
        {request.request_id, span_id(), std::string(operation), std::string(kCaseHandlingActivity),
         started, ended, succeeded, request.principal.organisation_id, request.principal.user_id,
         processed.case_id,
         security::to_hex(keys.seal(security::KeyPurpose::subject_encryption, processed.resident_reference)),
         keys.lookup_hash(security::KeyPurpose::subject_lookup, processed.resident_reference)});
  }
  return context.store.append_processing(records);
}

http::Response processing_not_recorded(const http::Request& request) {
  return http::problem(Error{ErrorCode::unavailable,
                             "De verwerking kon niet worden vastgelegd in het logboek; daarom "
                             "worden er geen gegevens getoond. Probeer het later opnieuw.",
                             {}},
                       request.path);
}

}  // namespace helder::api
