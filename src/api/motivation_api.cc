// The motivation of a case, composed from the record (never typed from scratch):
//   GET .../motivering?versie=professioneel|inwoner      HTML, or JSON with Accept: application/json
//   GET .../motivering.pdf?versie=professioneel|inwoner  PDF (WeasyPrint)
#include "api/case_json.h"
#include "http/problem.h"
#include "report/motivation_html.h"
#include "report/motivation_input.h"
#include "report/pdf.h"

namespace helder::api {
namespace {

namespace json = boost::json;

struct Composed {
  MotivationDocument document;
  std::string version;  // "professioneel" or "inwoner"
};

Result<Composed> compose(ApiContext& context, const http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return fail(reference.error());
  std::string version = "professioneel";
  for (const auto& [key, value] : request.query) {
    if (key != "versie" || (value != "professioneel" && value != "inwoner")) {
      return fail(Error::invalid("Gebruik ?versie=professioneel of ?versie=inwoner.",
                                 {{key, "invalid", "Kies professioneel of inwoner."}}));
    }
    version = value;
  }
  OrganisationId organisation = request.principal.organisation_id;
  auto found = context.store.find_case(organisation, *reference);
  if (!found) return fail(found.error());
  report::CaseRecord record;
  record.value = *found;
  auto signals = context.store.list_signals(organisation, *reference);
  auto weighing = context.store.load_weighing(organisation, *reference);
  auto decisions = context.store.list_decisions(organisation, *reference);
  auto org = context.store.get_organisation(organisation);
  auto investigation = context.store.load_investigation(organisation, *reference);
  if (!signals || !weighing || !decisions || !org || !investigation) {
    return fail(Error::internal("motivation: read failed"));
  }
  record.answers = std::move(investigation->answers);
  record.wishes = std::move(investigation->wishes);
  record.steps = std::move(investigation->steps);
  record.signals = std::move(*signals);
  record.weighing = std::move(*weighing);
  if (!decisions->empty()) record.decision = decisions->back();
  record.organisation_name = org->name;
  auto owner = context.store.find_user(found->owner_username);
  record.contact = owner ? owner->display_name : found->owner_username;
  MotivationAudience audience =
      version == "inwoner" ? MotivationAudience::resident : MotivationAudience::professional;
  return Composed{compose_motivation(report::motivation_input(record, context.catalogs), audience),
                  version};
}

json::object document_json(const Composed& composed) {
  json::array sections;
  for (const auto& section : composed.document.sections) {
    json::array paragraphs(section.paragraphs.begin(), section.paragraphs.end());
    json::array bullets(section.bullets.begin(), section.bullets.end());
    sections.push_back(json::object{{"kop", section.heading},
                                    {"alineas", std::move(paragraphs)},
                                    {"opsomming", std::move(bullets)}});
  }
  json::array attention(composed.document.attention_points.begin(),
                        composed.document.attention_points.end());
  return {{"versie", composed.version},
          {"titel", composed.document.title},
          {"aandachtspunten", std::move(attention)},
          {"secties", std::move(sections)}};
}

bool wants_json(const http::Request& request) {
  auto accept = request.header("accept");
  return accept && accept->find("application/json") != std::string_view::npos &&
         accept->find("text/html") == std::string_view::npos;
}

http::Response get_motivation(ApiContext& context, http::Request& request) {
  auto composed = compose(context, request);
  if (!composed) return problem_response(composed.error(), request.path);
  if (wants_json(request)) return json_response(200, document_json(*composed));
  http::Response response{200, "text/html; charset=utf-8", report::motivation_html(composed->document), {}};
  response.set_header("Content-Security-Policy", std::string(report::kDocumentCsp));
  return response;
}

http::Response get_motivation_pdf(ApiContext& context, http::Request& request) {
  auto composed = compose(context, request);
  if (!composed) return problem_response(composed.error(), request.path);
  auto pdf = report::html_to_pdf(report::motivation_html(composed->document));
  if (!pdf) return problem_response(pdf.error(), request.path);
  http::Response response{200, "application/pdf", std::move(*pdf), {}};
  response.set_header("Content-Disposition", "attachment; filename=\"motivering-" +
                                                 std::string(request.path_param("referentie")) +
                                                 "-" + composed->version + ".pdf\"");
  return response;
}

}  // namespace

void add_motivation_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::get,
              .pattern = item + "/motivering",
              .handler = [&context](http::Request& r) { return get_motivation(context, r); },
              .summary = "The motivation, composed from the record"});
  router.add({.method = http::Method::get,
              .pattern = item + "/motivering.pdf",
              .handler = [&context](http::Request& r) { return get_motivation_pdf(context, r); },
              .execution = http::Execution::blocking,
              .summary = "The motivation as PDF"});
}

}  // namespace helder::api
