// A signal observation: something noticed that suggests a case may need maatwerk. It is
// either an entry of the Signalenkaart (by catalog id) or the caseworker's own words, and
// it records where it came from. Signals are observations, never a score.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/case.h"
#include "domain/organisation.h"

namespace helder {

using SignalId = std::int64_t;

enum class SignalSource {
  resident,
  caseworker,
  colleague,
  partner_organisation,
  information_system,
  court_or_ombudsman,
};

std::string_view to_string(SignalSource source);
std::optional<SignalSource> signal_source_from_string(std::string_view name);

struct SignalObservation {
  SignalId id = 0;
  CaseId case_id = 0;
  std::optional<std::string> catalog_id;  // exactly one of catalog_id and own_text is set
  std::optional<std::string> own_text;
  SignalSource source = SignalSource::caseworker;
  std::string note;
  UserId recorded_by = 0;
  std::string recorded_by_username;
  Timestamp observed_at;  // when it was noticed (may be before it was recorded)
  Timestamp recorded_at;
};

inline constexpr std::size_t kMaxSignalTextChars = 500;
inline constexpr std::size_t kMaxSignalNoteChars = 2000;

struct NewSignal {
  std::optional<std::string> catalog_id;
  std::optional<std::string> own_text;
  SignalSource source = SignalSource::caseworker;
  std::string note;
  std::optional<Timestamp> observed_at;  // defaults to now
};

using SignalExists = std::function<bool(std::string_view catalog_id)>;

// Every problem at once; `now` bounds observed_at (a signal cannot be seen in the future).
std::vector<FieldError> validate(const NewSignal& input, const SignalExists& signal_exists,
                                 Timestamp now);

}  // namespace helder
