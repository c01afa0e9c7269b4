#include "domain/phase_rules.h"

#include <array>

namespace helder {
namespace {

// The Dutch phase names, for messages (the API layer has the same names for its values).
std::string_view dutch_name(Phase phase) {
  switch (phase) {
    case Phase::signal: return "signaal";
    case Phase::investigation: return "onderzoek";
    case Phase::weighing: return "afweging";
    case Phase::decision: return "besluit";
    case Phase::execution: return "uitvoering";
    case Phase::evaluation: return "evaluatie";
    case Phase::closed: return "afgesloten";
  }
  return "?";
}

constexpr std::array<PhaseMove, 12> kMoves = {{
    {Phase::signal, Phase::investigation, "het signaal wordt onderzocht"},
    {Phase::signal, Phase::closed, "na een eerste blik is geen nader onderzoek nodig"},
    {Phase::investigation, Phase::weighing, "het onderzoek is klaar en de opties worden gewogen"},
    {Phase::investigation, Phase::closed, "het onderzoek laat zien dat de gewone route volstaat"},
    {Phase::weighing, Phase::investigation, "voor de afweging is meer onderzoek nodig"},
    {Phase::weighing, Phase::decision, "er is een besluit vastgelegd"},
    {Phase::decision, Phase::execution, "het besluit wordt uitgevoerd"},
    {Phase::execution, Phase::evaluation, "het effect van het besluit wordt bekeken"},
    {Phase::evaluation, Phase::execution, "de uitvoering wordt bijgesteld"},
    {Phase::evaluation, Phase::closed, "het effect is bekeken en de casus is klaar"},
    {Phase::closed, Phase::investigation, "de casus wordt heropend, bijvoorbeeld na bezwaar"},
    {Phase::decision, Phase::weighing, "het besluit wordt heroverwogen voordat het is uitgevoerd"},
}};

std::string list_moves(Phase from) {
  std::string text;
  for (const auto& move : moves_from(from)) {
    if (!text.empty()) text += "; ";
    text += std::string(dutch_name(move.to)) + " (" + std::string(move.why) + ")";
  }
  return text;
}

}  // namespace

std::vector<PhaseMove> moves_from(Phase from) {
  std::vector<PhaseMove> moves;
  for (const auto& move : kMoves) {
    if (move.from == from) moves.push_back(move);
  }
  return moves;
}

Status check_move(Phase from, Phase to, MoveTrigger trigger) {
  std::string here = "Een casus in de fase " + std::string(dutch_name(from));
  if (from == to) return fail(Error::conflict(here + " staat al in die fase."));
  if (to == Phase::decision && trigger == MoveTrigger::direct) {
    return fail(Error::conflict(
        "Een casus komt in de fase besluit door een besluit vast te leggen, niet door een "
        "faseovergang. Vanuit " + std::string(dutch_name(from)) + " kan wel: " + list_moves(from) + "."));
  }
  for (const auto& move : kMoves) {
    if (move.from == from && move.to == to) return {};
  }
  std::string allowed = list_moves(from);
  return fail(Error::conflict(here + " kan niet naar " + std::string(dutch_name(to)) +
                              ". Toegestaan vanuit " + std::string(dutch_name(from)) + ": " +
                              (allowed.empty() ? "geen enkele overgang" : allowed) + "."));
}

}  // namespace helder
