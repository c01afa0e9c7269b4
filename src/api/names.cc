#include "api/names.h"

#include <array>
#include <utility>

#include "domain/enum_names.h"

namespace helder::api {
namespace {

constexpr EnumNames<Phase, 7> kPhases{{{
    {Phase::signal, "signaal"},
    {Phase::investigation, "onderzoek"},
    {Phase::weighing, "afweging"},
    {Phase::decision, "besluit"},
    {Phase::execution, "uitvoering"},
    {Phase::evaluation, "evaluatie"},
    {Phase::closed, "afgesloten"},
}}};

constexpr EnumNames<ResidentKind, 3> kResidentKinds{{{
    {ResidentKind::person, "persoon"},
    {ResidentKind::household, "huishouden"},
    {ResidentKind::business, "onderneming"},
}}};

constexpr EnumNames<SignalSource, 6> kSignalSources{{{
    {SignalSource::resident, "inwoner"},
    {SignalSource::caseworker, "uitvoerder"},
    {SignalSource::colleague, "collega"},
    {SignalSource::partner_organisation, "ketenpartner"},
    {SignalSource::information_system, "informatiesysteem"},
    {SignalSource::court_or_ombudsman, "rechter-of-ombudsman"},
}}};

constexpr EnumNames<EventKind, 5> kEventKinds{{{
    {EventKind::case_created, "casus-aangemaakt"},
    {EventKind::case_updated, "casus-gewijzigd"},
    {EventKind::phase_changed, "fase-gewijzigd"},
    {EventKind::signal_added, "signaal-vastgelegd"},
    {EventKind::signal_removed, "signaal-verwijderd"},
}}};

// Domain field name -> API field name; array indexes and nesting are kept.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kFields{{
    {"title", "titel"},
    {"summary", "samenvatting"},
    {"resident.reference", "inwoner.referentie"},
    {"resident.kind", "inwoner.soort"},
    {"regulations", "regelingen"},
    {"owner", "eigenaar"},
    {"signal", "signaal"},
    {"catalog_id", "signaal"},
    {"own_text", "eigenTekst"},
    {"note", "toelichting"},
    {"observed_at", "waargenomenOp"},
    {"source", "bron"},
}};

}  // namespace

std::string_view dutch(Phase phase) { return kPhases.name(phase); }
std::optional<Phase> phase_from_dutch(std::string_view name) { return kPhases.parse(name); }
std::string dutch_list_of_phases() { return kPhases.list(); }

std::string_view dutch(ResidentKind kind) { return kResidentKinds.name(kind); }
std::optional<ResidentKind> resident_kind_from_dutch(std::string_view name) {
  return kResidentKinds.parse(name);
}
std::string dutch_list_of_resident_kinds() { return kResidentKinds.list(); }

std::string_view dutch(SignalSource source) { return kSignalSources.name(source); }
std::optional<SignalSource> signal_source_from_dutch(std::string_view name) {
  return kSignalSources.parse(name);
}
std::string dutch_list_of_signal_sources() { return kSignalSources.list(); }

std::string_view dutch(EventKind kind) { return kEventKinds.name(kind); }

std::vector<FieldError> to_api_fields(std::vector<FieldError> errors) {
  for (auto& error : errors) {
    std::string_view name = error.name;
    std::size_t bracket = name.find('[');
    std::string_view base = name.substr(0, bracket);
    for (const auto& [domain_name, api_name] : kFields) {
      if (base == domain_name) {
        error.name = std::string(api_name) +
                     (bracket == std::string_view::npos ? "" : std::string(name.substr(bracket)));
        break;
      }
    }
  }
  return errors;
}

}  // namespace helder::api
