// Checks on user-supplied text: valid UTF-8, length in characters, no control characters.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace helder {

// Number of Unicode code points, or nullopt when `text` is not valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text);

// Text without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

enum class Lines { single, multi };

// Describes in Dutch what is wrong with a user text, or returns nullopt when it is fine.
// Control characters are refused; `Lines::multi` allows line breaks and tabs.
std::optional<std::string> check_text(std::string_view text, std::size_t min_chars,
                                      std::size_t max_chars, Lines lines);

}  // namespace helder
