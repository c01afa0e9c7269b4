#include "domain/service_type.h"

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<ServiceType, 3> kTypes{{{
    {ServiceType::standard, "standard"},
    {ServiceType::tailored, "tailored"},
    {ServiceType::deviation, "deviation"},
}}};

}  // namespace

std::string_view to_string(ServiceType type) { return kTypes.name(type); }
std::optional<ServiceType> service_type_from_string(std::string_view name) { return kTypes.parse(name); }

ServiceType service_type_for(OptionKind kind) {
  switch (kind) {
    case OptionKind::standard: return ServiceType::standard;
    case OptionKind::tailored: return ServiceType::tailored;
    case OptionKind::deviation: return ServiceType::deviation;
  }
  return ServiceType::standard;
}

OptionKind option_kind_for(ServiceType type) {
  switch (type) {
    case ServiceType::standard: return OptionKind::standard;
    case ServiceType::tailored: return OptionKind::tailored;
    case ServiceType::deviation: return OptionKind::deviation;
  }
  return OptionKind::standard;
}

}  // namespace helder
