// The API speaks Dutch (NL GOV API Design Rules); the code speaks English (the glossary).
// This is the one place where the two vocabularies meet: enum values and field names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "domain/argument.h"
#include "domain/decision.h"
#include "domain/option.h"
#include "domain/phase.h"
#include "domain/resident.h"
#include "domain/retention.h"
#include "domain/role.h"
#include "domain/signal.h"
#include "store/case_event.h"

namespace helder::api {

std::string_view dutch(Phase phase);
std::optional<Phase> phase_from_dutch(std::string_view name);
std::string dutch_list_of_phases();

std::string_view dutch(ResidentKind kind);
std::optional<ResidentKind> resident_kind_from_dutch(std::string_view name);
std::string dutch_list_of_resident_kinds();

std::string_view dutch(ArchiveNomination nomination);
std::string_view dutch(ArchiveStatus status);

std::string_view dutch(Role role);
std::optional<Role> role_from_dutch(std::string_view name);
std::string dutch_list_of_roles();

std::string_view dutch(SignalSource source);
std::optional<SignalSource> signal_source_from_dutch(std::string_view name);
std::string dutch_list_of_signal_sources();

std::string_view dutch(EventKind kind);

std::string_view dutch(OptionKind kind);
std::optional<OptionKind> option_kind_from_dutch(std::string_view name);
std::string dutch_list_of_option_kinds();
std::string_view dutch(LegalBasis basis);
std::optional<LegalBasis> legal_basis_from_dutch(std::string_view name);
std::string dutch_list_of_legal_bases();
std::string_view dutch(Theme theme);
std::optional<Theme> theme_from_dutch(std::string_view name);
std::string dutch_list_of_themes();
std::string_view dutch(Side side);
std::optional<Side> side_from_dutch(std::string_view name);
std::string_view dutch(ArgumentSource source);
std::optional<ArgumentSource> argument_source_from_dutch(std::string_view name);
std::string dutch_list_of_argument_sources();
std::string_view dutch(ServiceType type);
std::optional<ServiceType> service_type_from_dutch(std::string_view name);
std::string dutch_list_of_service_types();

// Renames the field paths of domain validation ("resident.reference", "regulations[2]") to
// the API's ("inwoner.referentie", "regelingen[2]").
std::vector<FieldError> to_api_fields(std::vector<FieldError> errors);

}  // namespace helder::api
