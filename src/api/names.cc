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

// The values of the ZGW Zaken API.
constexpr EnumNames<ArchiveNomination, 2> kNominations{{{
    {ArchiveNomination::destroy, "vernietigen"},
    {ArchiveNomination::keep, "blijvend_bewaren"},
}}};
constexpr EnumNames<ArchiveStatus, 3> kArchiveStatuses{{{
    {ArchiveStatus::pending, "nog_te_archiveren"},
    {ArchiveStatus::archived, "gearchiveerd"},
    {ArchiveStatus::destroyed, "vernietigd"},
}}};

constexpr EnumNames<Role, 6> kRoles{{{
    {Role::caseworker, "uitvoerder"},
    {Role::table_member, "maatwerktafel"},
    {Role::manager, "manager"},
    {Role::policy_maker, "beleidsmaker"},
    {Role::executive, "bestuurder"},
    {Role::administrator, "beheerder"},
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

constexpr EnumNames<EventKind, 15> kEventKinds{{{
    {EventKind::case_created, "casus-aangemaakt"},
    {EventKind::case_updated, "casus-gewijzigd"},
    {EventKind::phase_changed, "fase-gewijzigd"},
    {EventKind::signal_added, "signaal-vastgelegd"},
    {EventKind::signal_removed, "signaal-verwijderd"},
    {EventKind::option_added, "optie-toegevoegd"},
    {EventKind::option_removed, "optie-verwijderd"},
    {EventKind::argument_added, "argument-toegevoegd"},
    {EventKind::argument_changed, "argument-gewijzigd"},
    {EventKind::argument_removed, "argument-verwijderd"},
    {EventKind::decision_recorded, "besluit-vastgelegd"},
    {EventKind::investigation_changed, "onderzoek-gewijzigd"},
    {EventKind::follow_up_recorded, "opvolging-vastgelegd"},
    {EventKind::motivation_edited, "motivering-bewerkt"},
    {EventKind::assignment_changed, "betrokkenen-gewijzigd"},
}}};

constexpr EnumNames<OptionKind, 3> kOptionKinds{{{
    {OptionKind::standard, "standaard"},
    {OptionKind::tailored, "maatwerk-binnen-regels"},
    {OptionKind::deviation, "afwijking"},
}}};

constexpr EnumNames<LegalBasis, 5> kLegalBases{{{
    {LegalBasis::hardship_clause, "hardheidsclausule"},
    {LegalBasis::policy_rule_4_84, "artikel-4-84-awb"},
    {LegalBasis::general_principles, "algemene-beginselen"},
    {LegalBasis::court_ruling, "rechterlijke-uitspraak"},
    {LegalBasis::internal_mandate, "intern-mandaat"},
}}};

// The theme names are the ids of the themes in catalog/argumenten.json.
constexpr EnumNames<Theme, 5> kThemes{{{
    {Theme::wellbeing, "welzijn"},
    {Theme::governance, "bestuur"},
    {Theme::execution, "uitvoering"},
    {Theme::finance, "financien"},
    {Theme::principles, "principes"},
}}};

constexpr EnumNames<Side, 2> kSides{{{{Side::pro, "voor"}, {Side::con, "tegen"}}}};

constexpr EnumNames<ArgumentSource, 6> kArgumentSources{{{
    {ArgumentSource::caseworker, "uitvoerder"},
    {ArgumentSource::resident, "inwoner"},
    {ArgumentSource::colleague, "collega"},
    {ArgumentSource::contradiction, "tegenspraak"},
    {ArgumentSource::manager, "manager"},
    {ArgumentSource::legal_adviser, "juridisch-adviseur"},
}}};

constexpr EnumNames<ServiceType, 3> kServiceTypes{{{
    {ServiceType::standard, "standaard"},
    {ServiceType::tailored, "dienstverlening-op-maat"},
    {ServiceType::deviation, "maatwerk"},
}}};

// Domain field name -> API field name; array indexes and nesting are kept.
constexpr std::array<std::pair<std::string_view, std::string_view>, 34> kFields{{
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
    {"description", "omschrijving"},
    {"deviation", "afwijking"},
    {"deviation.regulation", "afwijking.regeling"},
    {"deviation.article", "afwijking.artikel"},
    {"deviation.basis", "afwijking.grondslag"},
    {"deviation.basis_reference", "afwijking.grondslagVerwijzing"},
    {"deviation.special_circumstances", "afwijking.bijzondereOmstandigheden"},
    {"deviation.disproportionality", "afwijking.onevenredigheid"},
    {"argument", "argument"},
    {"catalog_argument", "argument"},
    {"theme", "thema"},
    {"side", "kant"},
    {"explanation", "toelichting"},
    {"weight", "gewicht"},
    {"option", "optie"},
    {"service_type", "dienstverleningstype"},
    {"motivation", "motivering"},
    {"effect_check", "effectcontrole.hoe"},
    {"difference_reason", "verschilMetVergelijkbareCasussen"},
    {"effect_check_on", "effectcontrole.op"},
    {"follow_up_by", "opvolgingDoor"},
    {"review_on", "herbeoordelingOp"},
}};

}  // namespace

std::string_view dutch(Phase phase) { return kPhases.name(phase); }
std::optional<Phase> phase_from_dutch(std::string_view name) { return kPhases.parse(name); }
std::string dutch_list_of_phases() { return kPhases.list(); }

std::string_view dutch(ArchiveNomination nomination) { return kNominations.name(nomination); }
std::string_view dutch(ArchiveStatus status) { return kArchiveStatuses.name(status); }

std::string_view dutch(Role role) { return kRoles.name(role); }
std::optional<Role> role_from_dutch(std::string_view name) { return kRoles.parse(name); }
std::string dutch_list_of_roles() { return kRoles.list(); }

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

std::string_view dutch(OptionKind kind) { return kOptionKinds.name(kind); }
std::optional<OptionKind> option_kind_from_dutch(std::string_view name) { return kOptionKinds.parse(name); }
std::string dutch_list_of_option_kinds() { return kOptionKinds.list(); }
std::string_view dutch(LegalBasis basis) { return kLegalBases.name(basis); }
std::optional<LegalBasis> legal_basis_from_dutch(std::string_view name) { return kLegalBases.parse(name); }
std::string dutch_list_of_legal_bases() { return kLegalBases.list(); }
std::string_view dutch(Theme theme) { return kThemes.name(theme); }
std::optional<Theme> theme_from_dutch(std::string_view name) { return kThemes.parse(name); }
std::string dutch_list_of_themes() { return kThemes.list(); }
std::string_view dutch(Side side) { return kSides.name(side); }
std::optional<Side> side_from_dutch(std::string_view name) { return kSides.parse(name); }
std::string_view dutch(ArgumentSource source) { return kArgumentSources.name(source); }
std::optional<ArgumentSource> argument_source_from_dutch(std::string_view name) {
  return kArgumentSources.parse(name);
}
std::string dutch_list_of_argument_sources() { return kArgumentSources.list(); }
std::string_view dutch(ServiceType type) { return kServiceTypes.name(type); }
std::optional<ServiceType> service_type_from_dutch(std::string_view name) {
  return kServiceTypes.parse(name);
}
std::string dutch_list_of_service_types() { return kServiceTypes.list(); }

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
