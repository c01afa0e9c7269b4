// POST /api/v1/casussen/{referentie}/faseovergangen: move a case to another phase, when the
// phase rules allow it; otherwise 409 naming the moves that are allowed from here.
#include "api/case_json.h"
#include "api/json_input.h"
#include "api/names.h"
#include "common/text.h"
#include "http/problem.h"

namespace helder::api {
namespace {

namespace json = boost::json;

http::Response change_phase(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  std::optional<Phase> to;
  if (auto name = reader.string("naar", true)) {
    to = phase_from_dutch(*name);
    if (!to) reader.add_error("naar", "enum", "Kies een van: " + dutch_list_of_phases() + ".");
  }
  std::string note = reader.string("toelichting", false).value_or("");
  if (auto problem = check_text(note, 0, 2000, Lines::multi)) {
    reader.add_error("toelichting", "invalid", "De toelichting " + *problem + ".");
  }
  reader.reject_unknown_fields();
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);

  auto before = context.store.find_case(request.principal.organisation_id, *reference);
  if (!before) return problem_response(before.error(), request.path);
  auto changed = context.store.change_phase(request.principal, *reference, *to, note,
                                            context.clock.now());
  if (!changed) return problem_response(changed.error(), request.path);
  http::Response response =
      json_response(201, json::object{{"van", dutch(before->phase)},
                                      {"naar", dutch(changed->phase)},
                                      {"toelichting", note},
                                      {"door", request.principal.username},
                                      {"op", format_rfc3339(changed->updated_at)},
                                      {"casus", case_json(*changed)}});
  response.set_header("Location", case_path(*reference) + "/gebeurtenissen");
  return response;
}

}  // namespace

void add_phase_routes(http::Router& router, ApiContext& context) {
  router.add({.method = http::Method::post,
              .pattern = std::string(kApiBase) + "/casussen/{referentie}/faseovergangen",
              .handler = with_context(context, change_phase),
              .summary = "Move a case to another phase"});
}

}  // namespace helder::api
