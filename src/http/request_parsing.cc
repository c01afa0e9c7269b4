#include "http/request_parsing.h"

#include <boost/beast/core.hpp>
#include <boost/url/parse.hpp>

#include "http/problem.h"

namespace helder::http {

namespace bhttp = boost::beast::http;

Method method_of(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::get;
    case bhttp::verb::head: return Method::head;
    case bhttp::verb::post: return Method::post;
    case bhttp::verb::put: return Method::put;
    case bhttp::verb::patch: return Method::patch;
    case bhttp::verb::delete_: return Method::del;
    case bhttp::verb::options: return Method::options;
    default: return Method::other;
  }
}

std::variant<Request, Refusal> read_request(WireRequest&& message) {
  Request request;
  request.method = method_of(message.method());
  for (const auto& field : message) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers[name] = std::string(field.value());
  }
  auto target = boost::urls::parse_origin_form(message.target());
  if (!target) return Refusal{"(invalid target)", problem(400, "Het pad van de aanvraag is ongeldig.")};
  request.path = std::string(target->encoded_path());
  try {
    for (auto param : target->params()) request.query.emplace_back(param.key, param.value);
  } catch (const std::exception&) {
    return Refusal{"(invalid query)", problem(400, "De query van de aanvraag is ongeldig.")};
  }
  request.body = std::move(message.body());
  return request;
}

Refusal unparsable(bool too_large, std::size_t body_limit) {
  return Refusal{"(unparsable request)",
                 too_large ? problem(413, "De inhoud van de aanvraag is groter dan " +
                                              std::to_string(body_limit / 1024) +
                                              " KiB; er is niets opgeslagen.")
                           : problem(400, "De aanvraag is geen geldig HTTP-bericht.")};
}

std::variant<Request, Refusal> parse_request(std::string_view bytes, std::size_t body_limit) {
  bhttp::request_parser<bhttp::string_body> parser;
  parser.eager(true);
  parser.body_limit(body_limit);
  parser.header_limit(16 * 1024);
  boost::beast::error_code error;
  parser.put(boost::asio::buffer(bytes.data(), bytes.size()), error);
  if (!error && !parser.is_done()) parser.put_eof(error);
  if (error || !parser.is_done()) return unparsable(error == bhttp::error::body_limit, body_limit);
  return read_request(parser.release());
}

}  // namespace helder::http
