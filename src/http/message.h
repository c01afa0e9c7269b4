// The request and response that handlers see: plain structs, independent of the wire
// library, so that handlers are easy to read and to test.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/organisation.h"

namespace helder::http {

enum class Method { get, head, post, put, patch, del, options, other };

std::string_view to_string(Method method);

struct Request {
  Method method = Method::get;
  std::string path;  // without the query string, percent-decoded per segment by the router
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string, std::less<>> headers;  // lower-case names
  std::string body;
  std::map<std::string, std::string, std::less<>> path_params;  // filled by the router
  std::string route;       // the matched route pattern, e.g. "/api/v1/casussen/{referentie}"
  std::string request_id;  // random, for correlating logs; never derived from content
  Principal principal;     // set before the handler runs for routes that need one

  std::optional<std::string_view> header(std::string_view lower_name) const;
  std::string_view path_param(std::string_view name) const;
};

// Lets a handler keep its response back until something else has finished, such as the
// processing record reaching the disk, without keeping a thread waiting. The server passes
// a callback; the holder calls it once, from any thread: true sends the response, false
// sends the response's `refusal` instead.
using Hold = std::function<void(std::function<void(bool released)>)>;

struct Response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  Hold hold;  // empty: the response may leave at once
  std::shared_ptr<const Response> refusal;  // with a hold: what to send when it is not released

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

}  // namespace helder::http
