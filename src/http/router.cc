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

bool Router::matches(const Compiled& pattern, std::string_view path,
                     std::map<std::string, std::string, std::less<>>* params) {
  bool ok = true;
  std::size_t count = for_each_segment(path, [&](std::size_t index, std::string_view segment) {
    if (index >= pattern.segments.size()) return ok = false;
    if (pattern.is_param[index]) {
      if (segment.empty()) return ok = false;
      if (params) (*params)[pattern.segments[index]] = percent_decode(segment);
      return true;
    }
    return ok = segment == pattern.segments[index];
  });
  return ok && count == pattern.segments.size();
}

Match Router::match(Method method, std::string_view path) const {
  Match result;
  // Literal segments win over parameters: of the matching routes, the one with most literals.
  std::size_t best = routes_.size();
  for (std::size_t idx = 0; idx < routes_.size(); ++idx) {
    const Route& route = routes_[idx];
    if (!matches(compiled_[idx], path, nullptr)) continue;
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
    matches(compiled_[best], path, &result.params);
    result.allow.clear();
  } else if (!result.allow.empty()) {
    result.kind = Match::Kind::wrong_method;
  }
  return result;
}

}  // namespace helder::http
