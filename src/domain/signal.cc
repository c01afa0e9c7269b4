#include "domain/signal.h"

#include "common/text.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<SignalSource, 6> kNames{{{
    {SignalSource::resident, "resident"},
    {SignalSource::caseworker, "caseworker"},
    {SignalSource::colleague, "colleague"},
    {SignalSource::partner_organisation, "partner_organisation"},
    {SignalSource::information_system, "information_system"},
    {SignalSource::court_or_ombudsman, "court_or_ombudsman"},
}}};

// A little slack for clocks that disagree by a few seconds.
constexpr std::int64_t kFutureToleranceMillis = 5 * 60 * 1000;

}  // namespace

std::string_view to_string(SignalSource source) { return kNames.name(source); }
std::optional<SignalSource> signal_source_from_string(std::string_view name) {
  return kNames.parse(name);
}

std::vector<FieldError> validate(const NewSignal& input, const SignalExists& signal_exists,
                                 Timestamp now) {
  std::vector<FieldError> errors;
  if (input.catalog_id.has_value() == input.own_text.has_value()) {
    errors.push_back({"signal", "one_of",
                      "Kies een signaal van de Signalenkaart of beschrijf het signaal in eigen "
                      "woorden, niet allebei en niet geen van beide."});
  }
  if (input.catalog_id && !signal_exists(*input.catalog_id)) {
    errors.push_back({"catalog_id", "unknown",
                      "Onbekend signaal '" + *input.catalog_id +
                          "'; zie GET /api/v1/catalogus/signalen."});
  }
  if (input.own_text) {
    if (auto problem = check_text(trim(*input.own_text), 1, kMaxSignalTextChars, Lines::multi)) {
      errors.push_back({"own_text", "invalid", "De omschrijving " + *problem + "."});
    }
  }
  if (auto problem = check_text(input.note, 0, kMaxSignalNoteChars, Lines::multi)) {
    errors.push_back({"note", "invalid", "De toelichting " + *problem + "."});
  }
  if (input.observed_at && input.observed_at->millis > now.millis + kFutureToleranceMillis) {
    errors.push_back({"observed_at", "future", "Een signaal kan niet in de toekomst zijn opgemerkt."});
  }
  return errors;
}

}  // namespace helder
