#include "common/text.h"

#include <cstdint>

namespace helder {

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto lead = static_cast<std::uint8_t>(text[pos]);
    std::size_t extra = 0;
    std::uint32_t code_point = 0;
    if (lead < 0x80) {
      code_point = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      extra = 1;
      code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2;
      code_point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3;
      code_point = lead & 0x07;
    } else {
      return std::nullopt;
    }
    if (pos + extra >= text.size()) return std::nullopt;  // truncated sequence
    for (std::size_t idx = 1; idx <= extra; ++idx) {
      auto next = static_cast<std::uint8_t>(text[pos + idx]);
      if ((next & 0xC0) != 0x80) return std::nullopt;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    static constexpr std::uint32_t kMinForLength[] = {0, 0x80, 0x800, 0x10000};
    if (code_point < kMinForLength[extra] || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return std::nullopt;
    }
    pos += extra + 1;
    ++count;
  }
  return count;
}

std::string_view trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<std::string> check_text(std::string_view text, std::size_t min_chars,
                                      std::size_t max_chars, Lines lines) {
  auto length = utf8_length(text);
  if (!length) return "bevat ongeldige UTF-8";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool line_break = c == '\n' || c == '\r' || c == '\t';
    if ((byte < 0x20 && !(lines == Lines::multi && line_break)) || byte == 0x7F) {
      return lines == Lines::single ? "mag geen regeleinden of stuurtekens bevatten"
                                    : "mag geen stuurtekens bevatten";
    }
  }
  if (*length < min_chars) {
    return min_chars == 1 ? std::string("mag niet leeg zijn")
                          : "moet minstens " + std::to_string(min_chars) + " tekens lang zijn";
  }
  if (*length > max_chars) {
    return "mag hoogstens " + std::to_string(max_chars) + " tekens lang zijn (nu " +
           std::to_string(*length) + ")";
  }
  return std::nullopt;
}

}  // namespace helder
