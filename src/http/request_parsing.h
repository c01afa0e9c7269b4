// From the wire to the plain Request that handlers see: method, lower-case headers, the
// path, the decoded query and the body. A target or query that does not parse becomes a
// 400 problem, never an exception. The server and the fuzzer (fuzz/) share this code.
#pragma once

#include <boost/beast/http.hpp>
#include <string_view>
#include <variant>

#include "http/message.h"

namespace helder::http {

using WireRequest = boost::beast::http::request<boost::beast::http::string_body>;

// Why a request was refused before routing: a label for the access log and the answer.
struct Refusal {
  std::string label;  // e.g. "(invalid target)"
  Response response;
};

Method method_of(boost::beast::http::verb verb);

// Everything but the request id, which the server assigns.
std::variant<Request, Refusal> read_request(WireRequest&& message);

// Parses `bytes` as one complete HTTP/1.1 request with the server's limits (header 16 KiB,
// body `body_limit`), then as read_request does.
std::variant<Request, Refusal> parse_request(std::string_view bytes, std::size_t body_limit);

// The answer to a message that is not valid HTTP (or has too large a body).
Refusal unparsable(bool too_large, std::size_t body_limit);

}  // namespace helder::http
