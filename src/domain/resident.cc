#include "domain/resident.h"

#include <algorithm>

#include "common/text.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<ResidentKind, 3> kNames{{{
    {ResidentKind::person, "person"},
    {ResidentKind::household, "household"},
    {ResidentKind::business, "business"},
}}};

}  // namespace

std::string_view to_string(ResidentKind kind) { return kNames.name(kind); }
std::optional<ResidentKind> resident_kind_from_string(std::string_view name) {
  return kNames.parse(name);
}

std::optional<std::string> check_resident_reference(std::string_view reference) {
  if (auto problem = check_text(reference, 1, 64, Lines::single)) return problem;
  bool allowed = std::all_of(reference.begin(), reference.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
  if (!allowed) return "mag alleen letters, cijfers, '-', '_' en '.' bevatten";
  bool only_digits = std::all_of(reference.begin(), reference.end(),
                                 [](char c) { return c >= '0' && c <= '9'; });
  if (only_digits && (reference.size() == 8 || reference.size() == 9)) {
    return "lijkt op een BSN; gebruik een pseudoniem (een BSN hoort nooit in een referentie)";
  }
  return std::nullopt;
}

}  // namespace helder
