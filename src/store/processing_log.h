// The log of personal-data processing, after Logius' "Logboek Dataverwerkingen": for each
// read or write of a case's personal data, who did it, when, in which processing activity,
// and with what result. The data subject (the resident) is stored only encrypted and as a
// keyed lookup hash, so that the entries can later be shown to that resident.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/organisation.h"

namespace helder {

struct ProcessingRecord {
  std::string trace_id;     // 32 hex digits, shared by the records of one request
  std::string span_id;      // 16 hex digits, one per record
  std::string operation;    // what was done, e.g. "casus inzien"
  std::string activity_id;  // the processing activity in the register, e.g. "helder-maatwerk-onderzoek"
  Timestamp started_at;
  Timestamp ended_at;
  bool succeeded = true;
  OrganisationId organisation = 0;
  UserId user = 0;
  std::int64_t case_id = 0;  // 0: not about one case
  std::string subject_sealed;  // the resident reference, sealed (hex)
  std::string subject_lookup;  // keyed hash of the resident reference
};

class ProcessingLogStore {
 public:
  virtual ~ProcessingLogStore() = default;
  // Appends the records and returns at once; `done` runs, on another thread, once they are
  // durable, or with an error when they could not be written.
  virtual void append_processing(std::span<const ProcessingRecord> records,
                                 std::function<void(Status)> done) = 0;
  // A case's records, oldest first.
  virtual Result<std::vector<ProcessingRecord>> list_processing(OrganisationId organisation,
                                                                std::int64_t case_id) = 0;
};

}  // namespace helder
