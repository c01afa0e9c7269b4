// The motivation of a case, composed from the record (never typed from scratch), and the
// caseworker's edits of it, each kept as a version:
//   GET  .../motivering?versie=professioneel|inwoner[&bron=concept]  HTML, or JSON (Accept)
//   GET  .../motivering.pdf?versie=...[&bron=concept]                PDF (WeasyPrint)
//   POST .../motivering/versies      an edited text becomes the newest version
//   GET  .../motivering/versies      all versions, oldest first
// Without bron=concept the newest edit of that version is served when there is one.
#include "api/case_json.h"
#include "api/json_input.h"
#include "common/text.h"
#include "http/problem.h"
#include "report/motivation_html.h"
#include "report/motivation_input.h"
#include "report/pdf.h"

namespace helder::api {
namespace {

namespace json = boost::json;

struct Composed {
  MotivationDocument document;
  std::string version;                   // "professioneel" or "inwoner"
  std::optional<MotivationVersion> edit;  // the newest edit, when it is served instead
};

std::string_view version_name(MotivationAudience audience) {
  return audience == MotivationAudience::resident ? "inwoner" : "professioneel";
}

Result<Composed> compose(ApiContext& context, const http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return fail(reference.error());
  std::string version = "professioneel";
  bool draft_only = false;
  for (const auto& [key, value] : request.query) {
    if (key == "versie" && (value == "professioneel" || value == "inwoner")) {
      version = value;
    } else if (key == "bron" && value == "concept") {
      draft_only = true;
    } else {
      return fail(Error::invalid("Gebruik ?versie=professioneel of ?versie=inwoner, en eventueel "
                                 "&bron=concept voor het concept zonder bewerkingen.",
                                 {{key, "invalid", "Onbekende parameter of waarde."}}));
    }
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
  Composed composed{compose_motivation(report::motivation_input(record, context.catalogs), audience),
                    version, std::nullopt};
  if (!draft_only) {
    auto versions = context.store.list_motivation_versions(organisation, *reference);
    if (!versions) return fail(versions.error());
    for (const auto& edit : *versions) {
      if (edit.audience == audience) composed.edit = edit;
    }
  }
  return composed;
}

std::string page(const Composed& composed) {
  return composed.edit ? report::edited_motivation_html(composed.edit->text)
                       : report::motivation_html(composed.document);
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
  json::object out{{"versie", composed.version},
                   {"bron", composed.edit ? "bewerkt" : "concept"},
                   {"titel", composed.document.title},
                   {"aandachtspunten", std::move(attention)},
                   {"secties", std::move(sections)},
                   {"concepttekst", to_plain_text(composed.document)}};
  if (composed.edit) {
    out["bewerkteVersie"] = {{"id", composed.edit->id},
                             {"tekst", composed.edit->text},
                             {"door", composed.edit->edited_by_username},
                             {"op", format_rfc3339(composed.edit->edited_at)}};
  }
  return out;
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
  http::Response response{200, "text/html; charset=utf-8", page(*composed), {}};
  response.set_header("Content-Security-Policy", std::string(report::kDocumentCsp));
  return response;
}

http::Response get_motivation_pdf(ApiContext& context, http::Request& request) {
  auto composed = compose(context, request);
  if (!composed) return problem_response(composed.error(), request.path);
  auto pdf = report::html_to_pdf(page(*composed));
  if (!pdf) return problem_response(pdf.error(), request.path);
  http::Response response{200, "application/pdf", std::move(*pdf), {}};
  response.set_header("Content-Disposition", "attachment; filename=\"motivering-" +
                                                 std::string(request.path_param("referentie")) +
                                                 "-" + composed->version + ".pdf\"");
  return response;
}

json::object version_json(const MotivationVersion& version) {
  return {{"id", version.id},
          {"versie", version_name(version.audience)},
          {"tekst", version.text},
          {"door", version.edited_by_username},
          {"op", format_rfc3339(version.edited_at)}};
}

http::Response add_version(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto body = parse_json_object(request);
  if (!body) return http::problem(body.error(), request.path);
  std::vector<FieldError> errors;
  ObjectReader reader(*body, "", errors);
  auto version = reader.string("versie", true);
  if (version && *version != "professioneel" && *version != "inwoner") {
    reader.add_error("versie", "enum", "Kies professioneel of inwoner.");
  }
  std::string text = reader.string("tekst", true).value_or("");
  if (auto problem = check_text(text, 1, 100000, Lines::multi); problem && reader.has("tekst")) {
    reader.add_error("tekst", "invalid", "De tekst " + *problem + ".");
  }
  reader.reject_unknown_fields();
  if (!errors.empty()) return http::problem(invalid_input(std::move(errors), {}), request.path);
  auto audience = *version == "inwoner" ? MotivationAudience::resident : MotivationAudience::professional;
  auto added = context.store.add_motivation_version(request.principal, *reference, audience, text,
                                                    context.clock.now());
  if (!added) return problem_response(added.error(), request.path);
  http::Response response = json_response(201, version_json(*added));
  response.set_header("Location", case_path(*reference) + "/motivering/versies");
  return response;
}

http::Response list_versions(ApiContext& context, http::Request& request) {
  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto versions = context.store.list_motivation_versions(request.principal.organisation_id, *reference);
  if (!versions) return problem_response(versions.error(), request.path);
  json::array items;
  for (const auto& version : *versions) items.push_back(version_json(version));
  return json_response(200, json::object{
      {"_links", {{"self", {{"href", case_path(*reference) + "/motivering/versies"}}}}},
      {"_embedded", {{"versies", std::move(items)}}}});
}

}  // namespace

void add_motivation_routes(http::Router& router, ApiContext& context) {
  std::string item = std::string(kApiBase) + "/casussen/{referentie}";
  router.add({.method = http::Method::get,
              .pattern = item + "/motivering",
              .handler = with_context(context, get_motivation),
              .summary = "The motivation, composed from the record"});
  router.add({.method = http::Method::get,
              .pattern = item + "/motivering.pdf",
              .handler = with_context(context, get_motivation_pdf),
              .execution = http::Execution::blocking,
              .summary = "The motivation as PDF"});
  router.add({.method = http::Method::post,
              .pattern = item + "/motivering/versies",
              .handler = with_context(context, add_version),
              .summary = "Keep an edited motivation as a new version"});
  router.add({.method = http::Method::get,
              .pattern = item + "/motivering/versies",
              .handler = with_context(context, list_versions),
              .summary = "The edited versions of the motivation"});
}

}  // namespace helder::api
