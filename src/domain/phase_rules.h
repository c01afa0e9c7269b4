// Which phase a case may move to from where it is, and why. These rules are the one place
// that decides phase changes; handlers and the store only ask them.
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "domain/phase.h"

namespace helder {

struct PhaseMove {
  Phase from;
  Phase to;
  std::string_view why;  // Dutch: what the move means, shown to people
};

// The moves allowed from `from`, in a sensible order (forward first).
std::vector<PhaseMove> moves_from(Phase from);

// How a move is asked for: directly, or as the effect of recording a decision (the only way
// into the phase "besluit", so a case never sits in that phase without a decision).
enum class MoveTrigger { direct, decision_recorded };

// Ok, or a conflict that names the moves allowed from here and why this one is not.
Status check_move(Phase from, Phase to, MoveTrigger trigger = MoveTrigger::direct);

}  // namespace helder
