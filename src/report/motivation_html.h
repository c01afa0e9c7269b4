// Renders a composed motivation as a standalone, printable HTML page (Dutch, escaped).
#pragma once

#include <string>

#include "domain/motivation.h"

namespace helder::report {

std::string motivation_html(const MotivationDocument& document);

// Renders an edited motivation (plain text in the form to_plain_text() writes: a title
// underlined with '=', section headings underlined with '-', bullets starting with "- ").
std::string edited_motivation_html(std::string_view text);

// The Content-Security-Policy that fits these pages: no scripts, only their own styles.
inline constexpr std::string_view kDocumentCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'";

}  // namespace helder::report
