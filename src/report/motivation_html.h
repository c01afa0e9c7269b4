// Renders a composed motivation as a standalone, printable HTML page (Dutch, escaped).
#pragma once

#include <string>

#include "domain/motivation.h"

namespace helder::report {

std::string motivation_html(const MotivationDocument& document);

// The Content-Security-Policy that fits these pages: no scripts, only their own styles.
inline constexpr std::string_view kDocumentCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'";

}  // namespace helder::report
