#include "report/motivation_html.h"

#include <vector>

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

std::string page_start(std::string_view title) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  html += escape(title);
  html += "</title>\n<style>";
  html += kStyle;
  html += "</style>\n</head>\n<body>\n<main>\n";
  return html;
}

constexpr std::string_view kPageEnd = "</main>\n</body>\n</html>\n";

bool is_underline(std::string_view line, char mark) {
  return !line.empty() && line.find_first_not_of(mark) == std::string_view::npos;
}

}  // namespace

std::string edited_motivation_html(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  std::string title = lines.empty() ? "Motivering" : std::string(lines.front());
  std::string body;
  bool in_list = false;
  auto close_list = [&] {
    if (in_list) body += "</ul>\n";
    in_list = false;
  };
  for (std::size_t idx = 0; idx < lines.size(); ++idx) {
    std::string_view line = lines[idx];
    std::string_view next = idx + 1 < lines.size() ? lines[idx + 1] : std::string_view();
    if (!line.empty() && (is_underline(next, '=') || is_underline(next, '-'))) {
      close_list();
      body += is_underline(next, '=') ? "<h1>" + escape(line) + "</h1>\n" : "<h2>" + escape(line) + "</h2>\n";
      ++idx;
    } else if (line.starts_with("- ") || line.starts_with("! ")) {
      if (!in_list) body += "<ul>\n";
      in_list = true;
      body += "<li>" + escape(line.substr(2)) + "</li>\n";
    } else if (!line.empty()) {
      close_list();
      body += "<p>" + escape(line) + "</p>\n";
    } else {
      close_list();
    }
  }
  close_list();
  return page_start(title) + body + std::string(kPageEnd);
}

std::string motivation_html(const MotivationDocument& document) {
  std::string html = page_start(document.title) + "<h1>" + escape(document.title) + "</h1>\n";
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
  return html + std::string(kPageEnd);
}

}  // namespace helder::report
