#include "http/router.h"

#include <boost/url/decode_view.hpp>
#include <stdexcept>

namespace helder::http {
namespace {

// Calls `visit(index, segment)` for each segment of "/a/b/c"; a trailing slash yields an empty
// last segment, so "/a/b/" never matches "/a/b" (the API answers 404 for a trailing slash).
// Returns the number of segments, or 0 for a path that does not start with '/'.
template <typename Visit>
std::size_t for_each_segment(std::string_view path, Visit&& visit) {
  if (path.empty() || path.front() != '/') return 0;
  path.remove_prefix(1);
  std::size_t index = 0;
  for (;;) {
    std::size_t slash = path.find('/');
    if (!visit(index++, path.substr(0, slash))) return index;
    if (slash == std::string_view::npos) return index;
    path.remove_prefix(slash + 1);
  }
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
  Compiled compiled;
  for_each_segment(route.pattern, [&](std::size_t, std::string_view segment) {
    bool param = segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
    compiled.segments.emplace_back(param ? segment.substr(1, segment.size() - 2) : segment);
    compiled.is_param.push_back(param);
    compiled.literals += param ? 0 : 1;
    return true;
  });
  compiled_.push_back(std::move(compiled));
  routes_.push_back(std::move(route));
}

bool Router::matches(const Compiled& pattern, std::span<const std::string_view> path) {
  if (path.size() != pattern.segments.size()) return false;
  for (std::size_t index = 0; index < path.size(); ++index) {
    if (pattern.is_param[index] ? path[index].empty() : path[index] != pattern.segments[index]) {
      return false;
    }
  }
  return true;
}

Match Router::match(Method method, std::string_view path) const {
  std::vector<std::string_view> segments;
  for_each_segment(path, [&](std::size_t, std::string_view segment) {
    segments.push_back(segment);
    return true;
  });
  Match result;
  // Literal segments win over parameters: of the matching routes, the one with most literals.
  std::size_t best = routes_.size();
  for (std::size_t idx = 0; idx < routes_.size(); ++idx) {
    const Route& route = routes_[idx];
    if (!matches(compiled_[idx], segments)) continue;
    if (route.method != method) {
      if (!result.allow.empty()) result.allow += ", ";
      result.allow += to_string(route.method);
      continue;
    }
    if (best == routes_.size() || compiled_[idx].literals > compiled_[best].literals) best = idx;
  }
  if (best != routes_.size()) {
    result.kind = Match::Kind::found;
    result.route = &routes_[best];
    const Compiled& pattern = compiled_[best];
    for (std::size_t index = 0; index < segments.size(); ++index) {
      if (pattern.is_param[index]) {
        result.params[pattern.segments[index]] = percent_decode(segments[index]);
      }
    }
    result.allow.clear();
  } else if (!result.allow.empty()) {
    result.kind = Match::Kind::wrong_method;
  }
  return result;
}

}  // namespace helder::http
