#include "api/access_rules.h"

#include <stdexcept>

#include "api/case_json.h"
#include "api/processing.h"
#include "domain/access_policy.h"
#include "http/problem.h"

namespace helder::api {
namespace {

using M = http::Method;

// Everyone who logs in; the roles that may see case content (when the case rules allow);
// those who may change cases; those who may open cases or handle identifying numbers.
const RoleSet kEveryone{Role::caseworker,   Role::table_member, Role::manager,
                        Role::policy_maker, Role::executive,    Role::administrator};
const RoleSet kCaseReaders{Role::caseworker, Role::table_member, Role::manager, Role::policy_maker,
                           Role::executive};
const RoleSet kCaseWorkers{Role::caseworker, Role::table_member, Role::manager};
const RoleSet kCaseOwners{Role::caseworker, Role::manager};
const RoleSet kOverview{Role::manager, Role::policy_maker, Role::executive};

struct Rule {
  M method;
  std::string_view path;  // after /api/v1, except /healthz
  RoutePolicy policy;
};

RoutePolicy open() { return {true, {}, CaseScope::none, {}}; }
RoutePolicy any(RoleSet roles) { return {false, roles, CaseScope::none, {}}; }
RoutePolicy reads(std::string_view operation, RoleSet roles = kCaseReaders) {
  return {false, roles, CaseScope::read, operation};
}
RoutePolicy works(std::string_view operation, RoleSet roles = kCaseWorkers) {
  return {false, roles, CaseScope::work, operation};
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> kRules = {
      {M::get, "/healthz", open()},
      {M::get, "/openapi.json", open()},
      {M::post, "/sessies", open()},
      {M::get, "/sessies/huidige", any(kEveryone)},
      {M::del, "/sessies/huidige", any(kEveryone)},

      {M::get, "/catalogus", any(kEveryone)},
      {M::get, "/catalogus/signalen", any(kEveryone)},
      {M::get, "/catalogus/argumenten", any(kEveryone)},
      {M::get, "/catalogus/vragen", any(kEveryone)},
      {M::get, "/catalogus/beleidsvragen-beleid", any(kEveryone)},
      {M::get, "/catalogus/beleidsvragen-maatwerk", any(kEveryone)},
      {M::get, "/catalogus/dienstverleningstypen", any(kEveryone)},
      {M::get, "/catalogus/lessen", any(kEveryone)},
      {M::get, "/regelingen", any(kEveryone)},
      {M::get, "/structurele-signalen", any(kCaseReaders)},
      {M::get, "/overzicht", any(kOverview)},
      {M::get, "/consistentie", any(RoleSet{Role::manager})},

      // The list shows only visible cases and records each one it shows; opening a case
      // records the new case. Both handlers do that themselves.
      {M::get, "/casussen", any(kCaseReaders)},
      {M::post, "/casussen", any(kCaseOwners)},
      {M::post, "/bsn-zoekopdrachten", any(kCaseOwners)},

      {M::get, "/casussen/{referentie}", reads("casus inzien")},
      {M::patch, "/casussen/{referentie}", works("casus wijzigen")},
      {M::get, "/casussen/{referentie}/bsn", reads("BSN inzien", kCaseOwners)},
      {M::get, "/casussen/{referentie}/betrokkenen", reads("betrokkenen inzien")},
      {M::put, "/casussen/{referentie}/betrokkenen/{gebruikersnaam}", works("collega betrekken", kCaseOwners)},
      {M::del, "/casussen/{referentie}/betrokkenen/{gebruikersnaam}", works("collega niet meer betrekken", kCaseOwners)},
      {M::get, "/casussen/{referentie}/verwerkingen", reads("verwerkingen inzien", kCaseOwners)},
      {M::get, "/casussen/{referentie}/signalen", reads("signalen inzien")},
      {M::post, "/casussen/{referentie}/signalen", works("signaal vastleggen")},
      {M::del, "/casussen/{referentie}/signalen/{id}", works("signaal verwijderen")},
      {M::post, "/casussen/{referentie}/faseovergangen", works("fase wijzigen")},
      {M::get, "/casussen/{referentie}/gebeurtenissen", reads("geschiedenis inzien")},
      {M::get, "/casussen/{referentie}/toestand", reads("eerdere toestand inzien")},
      {M::get, "/casussen/{referentie}/opties", reads("opties inzien")},
      {M::post, "/casussen/{referentie}/opties", works("optie toevoegen")},
      {M::del, "/casussen/{referentie}/opties/{optieId}", works("optie verwijderen")},
      {M::post, "/casussen/{referentie}/opties/{optieId}/argumenten", works("argument toevoegen")},
      {M::patch, "/casussen/{referentie}/opties/{optieId}/argumenten/{argumentId}", works("argument wijzigen")},
      {M::del, "/casussen/{referentie}/opties/{optieId}/argumenten/{argumentId}", works("argument verwijderen")},
      {M::get, "/casussen/{referentie}/afweging", reads("afweging inzien")},
      {M::get, "/casussen/{referentie}/besluiten", reads("besluiten inzien")},
      {M::post, "/casussen/{referentie}/besluiten", works("besluit vastleggen")},
      {M::get, "/casussen/{referentie}/vergelijkbare-casussen", reads("vergelijkbare casussen zoeken")},
      {M::get, "/casussen/{referentie}/consistentie", reads("besluit toetsen aan vergelijkbare casussen")},
      {M::get, "/casussen/{referentie}/motivering", reads("motivering inzien")},
      {M::get, "/casussen/{referentie}/motivering.pdf", reads("motivering downloaden")},
      {M::get, "/casussen/{referentie}/motivering/versies", reads("motiveringsversies inzien")},
      {M::post, "/casussen/{referentie}/motivering/versies", works("motivering bewerken")},
      {M::get, "/casussen/{referentie}/onderzoek", reads("onderzoek inzien")},
      {M::post, "/casussen/{referentie}/onderzoek/antwoorden", works("onderzoeksantwoord vastleggen")},
      {M::del, "/casussen/{referentie}/onderzoek/antwoorden/{antwoordId}", works("onderzoeksantwoord verwijderen")},
      {M::put, "/casussen/{referentie}/onderzoek/wensen-inwoner", works("wensen inwoner vastleggen")},
      {M::put, "/casussen/{referentie}/onderzoek/stappenplan/{stap}", works("stap onderzoek vastleggen")},
      {M::put, "/casussen/{referentie}/onderzoek/zrm", works("zelfredzaamheid vastleggen")},
      {M::get, "/casussen/{referentie}/evaluaties", reads("evaluaties inzien")},
      {M::post, "/casussen/{referentie}/evaluaties", works("evaluatie vastleggen")},
      {M::get, "/casussen/{referentie}/lessen", reads("lessen inzien")},
      {M::post, "/casussen/{referentie}/lessen", works("les vastleggen")},
  };
  return kRules;
}

bool is_write(M method) { return method != M::get && method != M::head && method != M::options; }

http::Response enforce(ApiContext& context, const RoutePolicy& policy, const http::Handler& handler,
                       http::Request& request) {
  const Principal& principal = request.principal;
  if (!principal.roles.any_of(policy.roles)) {
    return http::problem(Error{ErrorCode::forbidden,
                               "Uw rol geeft geen toegang tot deze gegevens of deze handeling.", {}},
                         request.path);
  }
  if (principal.read_only && is_write(request.method)) {
    return http::problem(Error{ErrorCode::forbidden, "Dit API-token mag alleen lezen.", {}}, request.path);
  }
  if (policy.scope == CaseScope::none) return handler(request);

  auto reference = path_reference(request);
  if (!reference) return http::problem(reference.error(), request.path);
  auto record = context.store.case_access_record(principal, *reference);
  if (!record) return problem_response(record.error(), request.path);
  CaseAccess access = case_access(principal, record->facts);
  if (access == CaseAccess::none) {
    // The same answer as for a case that does not exist, so that existence does not leak.
    return http::problem(Error::not_found("Er is geen casus met referentie " + reference->str() + "."),
                         request.path);
  }
  if (policy.scope == CaseScope::work && access != CaseAccess::work) {
    return http::problem(Error{ErrorCode::forbidden, "U mag deze casus inzien, maar niet wijzigen.", {}},
                         request.path);
  }
  Timestamp started = context.clock.now();
  http::Response response = handler(request);
  if (policy.operation.empty()) return response;
  ProcessedCase processed{record->id, record->resident_reference};
  bool succeeded = response.status < 400;
  return hold_until_recorded(context, request, policy.operation, {&processed, 1}, started, succeeded,
                             std::move(response));
}

std::string_view relative(std::string_view pattern) {
  return pattern.starts_with(kApiBase) ? pattern.substr(kApiBase.size()) : pattern;
}

}  // namespace

const RoutePolicy* route_policy(http::Method method, std::string_view pattern) {
  std::string_view path = relative(pattern);
  for (const auto& rule : rules()) {
    if (rule.method == method && rule.path == path) return &rule.policy;
  }
  return nullptr;
}

http::Route guard(http::Route route, ApiContext& context) {
  const RoutePolicy* policy = route_policy(route.method, route.pattern);
  if (policy == nullptr) {
    throw std::logic_error("route without an access rule: " + std::string(http::to_string(route.method)) +
                           " " + route.pattern + " (add it to api/access_rules.cc)");
  }
  if (policy->anonymous) {
    route.access = http::Access::anonymous;
    return route;
  }
  route.access = http::Access::authenticated;
  route.handler = [&context, policy, handler = std::move(route.handler)](http::Request& request) {
    return enforce(context, *policy, handler, request);
  };
  return route;
}

}  // namespace helder::api
