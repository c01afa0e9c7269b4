#include "api/processing.h"

#include "http/problem.h"
#include "security/public_random.h"
#include "security/secret_token.h"

namespace helder::api {
namespace {

http::Response processing_not_recorded(const http::Request& request) {
  return http::problem(Error{ErrorCode::unavailable,
                             "De verwerking kon niet worden vastgelegd in het logboek; daarom "
                             "worden er geen gegevens getoond. Probeer het later opnieuw.",
                             {}},
                       request.path);
}

}  // namespace

http::Response hold_until_recorded(ApiContext& context, const http::Request& request,
                                   std::string_view operation, std::span<const ProcessedCase> cases,
                                   Timestamp started, bool succeeded, http::Response response) {
  if (cases.empty()) return response;
  Timestamp ended = context.clock.now();
  const auto& keys = context.security.keys;
  std::vector<ProcessingRecord> records;
  records.reserve(cases.size());
  for (const auto& processed : cases) {
    records.push_back(
        {request.request_id, security::public_random_hex(8), std::string(operation), std::string(kCaseHandlingActivity),
         started, ended, succeeded, request.principal.organisation_id, request.principal.user_id,
         processed.case_id,
         security::to_hex(keys.seal(security::KeyPurpose::subject_encryption, processed.resident_reference)),
         keys.lookup_hash(security::KeyPurpose::subject_lookup, processed.resident_reference)});
  }
  response.refusal = std::make_shared<const http::Response>(processing_not_recorded(request));
  response.hold = [&store = context.store, records = std::move(records)](auto release) {
    store.append_processing(records, [release = std::move(release)](const Status& durable) {
      release(durable.has_value());
    });
  };
  return response;
}

}  // namespace helder::api
