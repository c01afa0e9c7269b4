// The kind of service a decision gives: the 80/15/5 split of the Argumentenfabriek's
// definitions (standard route, service made to measure, maatwerk that deviates).
#pragma once

#include <optional>
#include <string_view>

#include "domain/option.h"

namespace helder {

enum class ServiceType { standard, tailored, deviation };
std::string_view to_string(ServiceType type);
std::optional<ServiceType> service_type_from_string(std::string_view name);
// The service type that choosing an option of this kind gives.
ServiceType service_type_for(OptionKind kind);
// The option kind that gives this service type (the inverse of service_type_for).
OptionKind option_kind_for(ServiceType type);

}  // namespace helder
