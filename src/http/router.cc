#include "http/router.h"

#include <boost/url/decode_view.hpp>
#include <stdexcept>

namespace helder::http {
namespace {

// Splits "/a/b/c" into its segments; a trailing slash yields an empty last segment, so
// "/a/b/" never matches "/a/b" (the API answers 404 for a trailing slash).
std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.empty() || path.front() != '/') return parts;
  path.remove_prefix(1);
  for (;;) {
    std::size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::string percent_decode(std::string_view segment) {
  try {
    std::string decoded;
    for (char c : boost::urls::decode_view(segment)) decoded += c;
    return decoded;
  } catch (const std::exception&) {
    return std::string(segment);
  }
}

}  // namespace

void Router::add(Route route) {
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.pattern == route.pattern) {
      throw std::logic_error("route registered twice: " + route.pattern);
    }
  }
  if (!route.execution) {
    route.execution = route.method == Method::get ? Execution::inline_on_io : Execution::blocking;
  }
  routes_.push_back(std::move(route));
}

bool Router::matches(std::string_view pattern, std::string_view path,
                     std::map<std::string, std::string, std::less<>>* params) {
  auto pattern_parts = segments(pattern);
  auto path_parts = segments(path);
  if (pattern_parts.size() != path_parts.size()) return false;
  for (std::size_t idx = 0; idx < pattern_parts.size(); ++idx) {
    std::string_view expected = pattern_parts[idx];
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      if (path_parts[idx].empty()) return false;
      if (params) {
        (*params)[std::string(expected.substr(1, expected.size() - 2))] =
            percent_decode(path_parts[idx]);
      }
    } else if (expected != path_parts[idx]) {
      return false;
    }
  }
  return true;
}

Match Router::match(Method method, std::string_view path) const {
  Match result;
  // Literal segments win over parameters: try exact-pattern routes before parameterised ones.
  const Route* best = nullptr;
  std::size_t best_literals = 0;
  for (const auto& route : routes_) {
    if (!matches(route.pattern, path, nullptr)) continue;
    if (route.method != method) {
      if (!result.allow.empty()) result.allow += ", ";
      result.allow += to_string(route.method);
      continue;
    }
    std::size_t literals = 0;
    for (auto part : segments(route.pattern)) literals += part.empty() || part.front() != '{';
    if (best == nullptr || literals > best_literals) {
      best = &route;
      best_literals = literals;
    }
  }
  if (best != nullptr) {
    result.kind = Match::Kind::found;
    result.route = best;
    matches(best->pattern, path, &result.params);
    result.allow.clear();
  } else if (!result.allow.empty()) {
    result.kind = Match::Kind::wrong_method;
  }
  return result;
}

}  // namespace helder::http
