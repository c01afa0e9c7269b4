#include "domain/phase.h"

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<Phase, 7> kNames{{{
    {Phase::signal, "signal"},
    {Phase::investigation, "investigation"},
    {Phase::weighing, "weighing"},
    {Phase::decision, "decision"},
    {Phase::execution, "execution"},
    {Phase::evaluation, "evaluation"},
    {Phase::closed, "closed"},
}}};

}  // namespace

std::string_view to_string(Phase phase) { return kNames.name(phase); }
std::optional<Phase> phase_from_string(std::string_view name) { return kNames.parse(name); }

}  // namespace helder
