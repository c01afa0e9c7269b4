// Turns an HTML document into PDF with WeasyPrint from Debian (see ADR 0005), run as a
// separate process with the HTML on standard input and no network access.
#pragma once

#include <string>

#include "common/result.h"

namespace helder::report {

Result<std::string> html_to_pdf(const std::string& html);

}  // namespace helder::report
