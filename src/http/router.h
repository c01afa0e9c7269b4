// A small router: routes are a method plus a path pattern with {named} segments. Matching
// tells apart "no such path" (404) from "path exists, method not allowed" (405 + Allow).
// The route table is also what the OpenAPI and authorisation tests enumerate.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.h"

namespace helder::http {

using Handler = std::function<Response(Request&)>;

enum class Access {
  anonymous,      // anyone, without logging in (health, OpenAPI)
  authenticated,  // a principal is required
};

enum class Execution {
  inline_on_io,  // quick, non-blocking work: runs on the event loop thread
  blocking,      // may wait (e.g. for a durable write): runs on the worker pool
};

struct Route {
  Method method;
  std::string pattern;
  Handler handler;
  Access access = Access::authenticated;
  std::optional<Execution> execution;  // when unset: reads inline, writes blocking
  std::string summary;  // one line, for logs and the OpenAPI check
};

struct Match {
  enum class Kind { found, no_path, wrong_method } kind = Kind::no_path;
  const Route* route = nullptr;
  std::map<std::string, std::string, std::less<>> params;
  std::string allow;  // for wrong_method: e.g. "GET, PATCH"
};

class Router {
 public:
  // Fills in the default execution (GET inline, other methods blocking) when unset.
  void add(Route route);
  Match match(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  // A route's pattern split into segments once, at registration. A request's path is split
  // once too, and compared with each pattern segment by segment.
  struct Compiled {
    std::vector<std::string> segments;
    std::vector<bool> is_param;
    std::size_t literals = 0;
  };
  static bool matches(const Compiled& pattern, std::span<const std::string_view> path);
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

}  // namespace helder::http
