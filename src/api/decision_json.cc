#include "api/decision_json.h"

#include "api/case_json.h"
#include "api/similarity_json.h"
#include "api/names.h"
#include "api/weighing_json.h"
#include "store/event_json.h"

namespace helder::api {

namespace json = boost::json;

json::object decision_json(const Decision& value, const CaseReference& reference,
                           const catalog::CatalogSet& catalogs) {
  json::object out{{"id", value.id},
                   {"optie", value.option_id},
                   {"dienstverleningstype", dutch(value.service_type)},
                   {"beslotenDoor", value.decided_by_username},
                   {"besluitOp", format_rfc3339(value.decided_at)},
                   {"motivering", value.motivation},
                   {"effectcontrole", {{"hoe", value.effect_check}, {"op", format_rfc3339(value.effect_check_on)}}},
                   {"opvolgingDoor", value.follow_up_by_username},
                   {"herbeoordelingOp", format_rfc3339(value.review_on)},
                   {"consistentie", value.consistency ? json::value(consistency_json(*value.consistency))
                                                      : json::value(nullptr)}};
  if (auto snapshot = snapshot_from_json(value.snapshot)) {
    json::array signals;
    for (const auto& signal : snapshot->signals) {
      signals.push_back(signal_json(signal, catalogs.get(catalog::kSignals)));
    }
    out["bijBesluit"] = {{"casus", case_json(snapshot->value)},
                         {"signalen", std::move(signals)},
                         {"afweging", weighing_json(snapshot->weighing, reference,
                                                    catalogs.get(catalog::kArguments))}};
  }
  return out;
}

}  // namespace helder::api
