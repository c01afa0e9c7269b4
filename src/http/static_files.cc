#include "http/static_files.h"

#include <boost/url/decode_view.hpp>
#include <array>
#include <fstream>
#include <sstream>
#include <utility>

namespace helder::http {

namespace {

constexpr std::string_view kIndex = "/index.html";

// FNV-1a over the content: a cheap, stable validator (not a security measure).
std::string etag_of(std::string_view content) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : content) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string tag = "\"";
  for (int shift = 60; shift >= 0; shift -= 4) tag += kHex[(hash >> shift) & 0xF];
  return tag + "\"";
}

// The path percent-decoded per segment, or nullopt when a segment is "." or "..", holds a
// slash, backslash or NUL once decoded, or the path has an empty segment inside it.
std::optional<std::string> clean_path(std::string_view path) {
  if (path.empty() || path.front() != '/') return std::nullopt;
  std::string cleaned;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view raw = path.substr(start, end - start);
    bool last = end == path.size();
    if (raw.empty() && !last) return std::nullopt;  // "//" inside the path
    std::string segment;
    try {
      for (char c : boost::urls::decode_view(raw)) segment += c;
    } catch (const std::exception&) {
      return std::nullopt;  // malformed percent-encoding
    }
    if (segment == "." || segment == "..") return std::nullopt;
    if (segment.find_first_of(std::string_view("/\\\0", 3)) != std::string::npos) return std::nullopt;
    cleaned += '/';
    cleaned += segment;
    start = end + 1;
  }
  return cleaned;
}

// Whether an If-None-Match value ("a", W/"b", or *) names this entity tag.
bool etag_listed(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    auto comma = header.find(',');
    auto item = header.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.starts_with("W/")) item.remove_prefix(2);
    if (item == "*" || item == etag) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

bool is_api_path(std::string_view path) {
  return path == "/api" || path.starts_with("/api/") || path == "/healthz" ||
         path.starts_with("/healthz/");
}

}  // namespace

StaticFiles::StaticFiles(const std::filesystem::path& root) {
  std::error_code error;
  if (!std::filesystem::is_directory(root, error)) return;
  for (auto it = std::filesystem::recursive_directory_iterator(root, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_symlink() || !it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    // Appended, not "/" + ...: GCC 12 at -O2 warns falsely (-Wrestrict) about the latter.
    std::string url = "/";
    url += std::filesystem::relative(it->path(), root).generic_string();
    File file{content.str(), content_type_for(url), {}};
    file.etag = etag_of(file.content);
    files_.emplace(std::move(url), std::move(file));
  }
}

std::string StaticFiles::content_type_for(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"},
  }};
  auto slash = file_name.rfind('/');
  auto name = slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
  auto dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    std::string extension(name.substr(dot));
    for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [known, type] : kTypes) {
      if (extension == known) return std::string(type);
    }
  }
  return "application/octet-stream";
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  if (request.method != Method::get && request.method != Method::head) return std::nullopt;
  if (is_api_path(request.path)) return std::nullopt;
  auto path = clean_path(request.path);
  if (!path) return std::nullopt;
  if (*path == "/") *path = kIndex;
  if (auto found = files_.find(*path); found != files_.end()) {
    return respond(request, found->second, path->starts_with("/assets/"));
  }
  // A client route (no extension in its last segment) gets the application itself.
  auto last = path->substr(path->rfind('/') + 1);
  if (last.find('.') != std::string::npos || path->starts_with("/assets/")) return std::nullopt;
  if (auto index = files_.find(kIndex); index != files_.end()) {
    return respond(request, index->second, false);
  }
  return std::nullopt;
}

Response StaticFiles::respond(const Request& request, const File& file, bool immutable) const {
  Response response;
  response.content_type = file.content_type;
  response.set_header("ETag", file.etag);
  // Hashed names change with their content; anything else must be checked each time so a
  // new release is picked up at once.
  response.set_header("Cache-Control",
                      immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (auto match = request.header("if-none-match"); match && etag_listed(*match, file.etag)) {
    response.status = 304;
    return response;
  }
  response.body = file.content;  // the server leaves the body out for HEAD
  return response;
}

}  // namespace helder::http
