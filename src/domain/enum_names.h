// A fixed two-way table between enum values and their code names, so that each enum
// states its names once.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace helder {

template <typename Enum, std::size_t N>
struct EnumNames {
  std::array<std::pair<Enum, std::string_view>, N> entries;

  constexpr std::string_view name(Enum value) const {
    for (const auto& [entry_value, entry_name] : entries) {
      if (entry_value == value) return entry_name;
    }
    return "?";
  }
  constexpr std::optional<Enum> parse(std::string_view text) const {
    for (const auto& [entry_value, entry_name] : entries) {
      if (entry_name == text) return entry_value;
    }
    return std::nullopt;
  }
  // "a, b, c": the names in order, for messages that list what is allowed.
  std::string list() const {
    std::string text;
    for (const auto& [entry_value, entry_name] : entries) {
      if (!text.empty()) text += ", ";
      text += entry_name;
    }
    return text;
  }
};

}  // namespace helder
