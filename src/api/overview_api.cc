// /api/v1/overzicht: the organisation's cases in numbers, for managers, policy makers and
// bestuurders: per phase, per regulation, and per service type of the decisions. No case
// and no person is in it, and counts below five are not given (small cells can point to a
// person), only that they are fewer than five.
#include <boost/json.hpp>

#include "api/context.h"
#include "api/names.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

constexpr std::int64_t kSmallestCount = 5;

template <typename Name>
json::array buckets(const std::vector<std::pair<std::string, std::int64_t>>& rows, Name name) {
  json::array items;
  for (const auto& [code, count] : rows) {
    json::object item{{"waarde", name(code)}};
    if (count < kSmallestCount) {
      item["aantal"] = nullptr;
      item["minderDan"] = kSmallestCount;
    } else {
      item["aantal"] = count;
    }
    items.push_back(std::move(item));
  }
  return items;
}

http::Response overview(ApiContext& context, http::Request& request) {
  auto statistics = context.store.case_statistics(request.principal.organisation_id);
  if (!statistics) return http::problem(statistics.error(), request.path);
  auto phase = [](const std::string& code) -> json::value {
    auto value = phase_from_string(code);
    return value ? json::value(dutch(*value)) : json::value(code);
  };
  auto service = [](const std::string& code) -> json::value {
    auto value = service_type_from_string(code);
    return value ? json::value(dutch(*value)) : json::value(code);
  };
  auto regulation = [](const std::string& id) -> json::value { return json::value(id); };
  return json_response(
      200, json::object{{"_links", {{"self", {{"href", std::string(kApiBase) + "/overzicht"}}}}},
                        {"perFase", buckets(statistics->by_phase, phase)},
                        {"perRegeling", buckets(statistics->by_regulation, regulation)},
                        {"perDienstverleningstype", buckets(statistics->by_service_type, service)},
                        {"kleinsteGetoondeAantal", kSmallestCount}});
}

}  // namespace

void add_overview_routes(http::Router& router, ApiContext& context) {
  router.add({.method = http::Method::get,
              .pattern = std::string(kApiBase) + "/overzicht",
              .handler = with_context(context, overview),
              .summary = "The organisation's cases in numbers"});
}

}  // namespace helder::api
