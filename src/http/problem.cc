#include "http/problem.h"

#include <boost/json.hpp>

namespace helder::http {
namespace {

std::string_view title_for(unsigned status) {
  switch (status) {
    case 400: return "Ongeldige aanvraag";
    case 401: return "Niet ingelogd";
    case 403: return "Geen toegang";
    case 404: return "Niet gevonden";
    case 405: return "Methode niet toegestaan";
    case 409: return "Conflict";
    case 413: return "Aanvraag te groot";
    case 415: return "Niet-ondersteund mediatype";
    case 429: return "Te veel pogingen";
    case 503: return "Dienst tijdelijk niet beschikbaar";
    default: return status >= 500 ? "Interne fout" : "Fout in de aanvraag";
  }
}

boost::json::object problem_body(unsigned status, std::string_view detail,
                                 std::string_view instance) {
  boost::json::object body{{"type", "about:blank"},
                           {"title", title_for(status)},
                           {"status", status},
                           {"detail", detail}};
  if (!instance.empty()) body["instance"] = instance;
  return body;
}

Response to_response(unsigned status, const boost::json::object& body) {
  return Response{status, "application/problem+json", boost::json::serialize(body), {}};
}

}  // namespace

unsigned status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input: return 400;
    case ErrorCode::not_found: return 404;
    case ErrorCode::conflict: return 409;
    case ErrorCode::unauthenticated: return 401;
    case ErrorCode::forbidden: return 403;
    case ErrorCode::rate_limited: return 429;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::internal: return 500;
  }
  return 500;
}

Response problem(const Error& error, std::string_view instance) {
  unsigned status = status_for(error.code);
  std::string_view detail = error.detail;
  if (status >= 500 && error.code == ErrorCode::internal) {
    detail = "Er ging iets mis bij het verwerken van de aanvraag. Er is niets gewijzigd.";
  }
  boost::json::object body = problem_body(status, detail, instance);
  if (!error.fields.empty()) {
    boost::json::array params;
    for (const auto& field : error.fields) {
      params.push_back(
          boost::json::object{{"name", field.name}, {"code", field.code}, {"reason", field.reason}});
    }
    body["invalidParams"] = std::move(params);
  }
  return to_response(status, body);
}

Response problem(unsigned status, std::string_view detail, std::string_view instance) {
  return to_response(status, problem_body(status, detail, instance));
}

}  // namespace helder::http
