#include "store/case_event.h"

#include <sodium.h>

#include <array>
#include <cstdlib>

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<EventKind, 15> kNames{{{
    {EventKind::case_created, "case_created"},
    {EventKind::case_updated, "case_updated"},
    {EventKind::phase_changed, "phase_changed"},
    {EventKind::signal_added, "signal_added"},
    {EventKind::signal_removed, "signal_removed"},
    {EventKind::option_added, "option_added"},
    {EventKind::option_removed, "option_removed"},
    {EventKind::argument_added, "argument_added"},
    {EventKind::argument_changed, "argument_changed"},
    {EventKind::argument_removed, "argument_removed"},
    {EventKind::decision_recorded, "decision_recorded"},
    {EventKind::investigation_changed, "investigation_changed"},
    {EventKind::follow_up_recorded, "follow_up_recorded"},
    {EventKind::motivation_edited, "motivation_edited"},
    {EventKind::assignment_changed, "assignment_changed"},
}}};

void add_field(crypto_generichash_state& state, std::string_view field) {
  // Length-prefixed, so that moving text from one field into the next changes the hash.
  std::string length = std::to_string(field.size()) + ":";
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(length.data()),
                            length.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()),
                            field.size());
}

}  // namespace

std::string_view to_string(EventKind kind) { return kNames.name(kind); }
std::optional<EventKind> event_kind_from_string(std::string_view name) { return kNames.parse(name); }

std::string event_hash(const CaseEvent& event) {
  if (sodium_init() < 0) std::abort();  // cannot happen on a working system; idempotent
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  add_field(state, event.previous_hash);
  add_field(state, std::to_string(event.id));
  add_field(state, std::to_string(event.case_id));
  add_field(state, to_string(event.kind));
  add_field(state, std::to_string(event.actor_id));
  add_field(state, std::to_string(event.occurred_at.millis));
  add_field(state, event.note);
  add_field(state, event.before_state ? "+" + *event.before_state : "-");
  add_field(state, event.after_state ? "+" + *event.after_state : "-");
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_final(&state, digest.data(), digest.size());
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

}  // namespace helder
