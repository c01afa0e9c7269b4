#include "report/motivation_html.h"

namespace helder::report {
namespace {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr std::string_view kStyle = R"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.5;
       color: #1a1a1a; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: 1.5rem; }
h2 { font-size: 1.15rem; margin-top: 1.75rem; border-bottom: 1px solid #ccc; }
aside { border-left: 4px solid #b35900; background: #fff4e5; padding: 0.5rem 1rem; }
aside h2 { border: none; margin-top: 0.5rem; }
@page { size: A4; margin: 2cm; }
)css";

}  // namespace

std::string motivation_html(const MotivationDocument& document) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  html += escape(document.title);
  html += "</title>\n<style>";
  html += kStyle;
  html += "</style>\n</head>\n<body>\n<main>\n<h1>" + escape(document.title) + "</h1>\n";
  if (!document.attention_points.empty()) {
    html += "<aside aria-label=\"Aandachtspunten\">\n<h2>Aandachtspunten (intern, niet meesturen)</h2>\n<ul>\n";
    for (const auto& point : document.attention_points) html += "<li>" + escape(point) + "</li>\n";
    html += "</ul>\n</aside>\n";
  }
  for (const auto& section : document.sections) {
    html += "<section>\n<h2>" + escape(section.heading) + "</h2>\n";
    for (const auto& paragraph : section.paragraphs) html += "<p>" + escape(paragraph) + "</p>\n";
    if (!section.bullets.empty()) {
      html += "<ul>\n";
      for (const auto& bullet : section.bullets) html += "<li>" + escape(bullet) + "</li>\n";
      html += "</ul>\n";
    }
    html += "</section>\n";
  }
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace helder::report
