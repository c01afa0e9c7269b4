// The phases a case moves through, from first signal to closure.
// Which moves between phases are allowed is decided in the deliberation work (issue 3);
// here a phase is only named, ordered and converted to and from its code name.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace helder {

enum class Phase { signal, investigation, weighing, decision, execution, evaluation, closed };

inline constexpr std::array<Phase, 7> kAllPhases = {
    Phase::signal,    Phase::investigation, Phase::weighing, Phase::decision,
    Phase::execution, Phase::evaluation,    Phase::closed};

std::string_view to_string(Phase phase);
std::optional<Phase> phase_from_string(std::string_view name);

}  // namespace helder
