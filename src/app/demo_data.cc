#include "app/demo_data.h"

#include <boost/json.hpp>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "api/names.h"
#include "app/demo_deliberations.h"
#include "security/password.h"

namespace helder::app {
namespace {

namespace json = boost::json;

struct DemoUser {
  std::string_view organisation;
  std::string_view username;
  std::string_view display_name;
  Role role;
  std::string_view team;
};

constexpr std::string_view kDemoTeam = "wijkteam-centrum";

// One user per role, a second caseworker in the same team, and a caseworker of another
// organisation, so that sharing within a team and isolation between organisations show.
constexpr DemoUser kDemoUsers[] = {
    {kDemoOrganisation, kDemoCaseworker, "Demo-uitvoerder", Role::caseworker, kDemoTeam},
    {kDemoOrganisation, "collega", "Demo-collega", Role::caseworker, kDemoTeam},
    {kDemoOrganisation, "tafel", "Demo-lid maatwerktafel", Role::table_member, ""},
    {kDemoOrganisation, "manager", "Demo-manager", Role::manager, ""},
    {kDemoOrganisation, "beleidsmaker", "Demo-beleidsmaker", Role::policy_maker, ""},
    {kDemoOrganisation, "bestuurder", "Demo-bestuurder", Role::executive, ""},
    {kDemoOrganisation, "beheerder", "Demo-beheerder", Role::administrator, ""},
    {kDemoOtherOrganisation, "uitvoerder2", "Demo-uitvoerder elders", Role::caseworker, "wijkteam-oost"},
};

Result<Organisation> ensure_organisation(Store& store, std::string_view code, std::string_view name) {
  auto organisation = store.find_organisation(code);
  if (organisation) return organisation;
  return store.add_organisation(code, name);
}

std::optional<SignalSource> demo_source(std::string_view name) {
  if (name == "partner") return SignalSource::partner_organisation;
  if (name == "system") return SignalSource::information_system;
  if (name == "court") return SignalSource::court_or_ombudsman;
  return signal_source_from_string(name);
}

std::string text_of(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

std::int64_t int_of(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value && value->is_int64() ? value->as_int64() : 0;
}

// Turns one demo case into an ImportedCase, or says what is wrong with it.
Result<ImportedCase> read_case(const json::object& item, const catalog::CatalogSet& catalogs,
                               Timestamp now) {
  ImportedCase result;
  result.title = text_of(item, "title");
  result.summary = text_of(item, "summary");
  result.owner_username = text_of(item, "owner");
  if (result.owner_username.empty()) result.owner_username = kDemoCaseworker;
  result.resident.reference = text_of(item, "residentRef");
  auto kind = resident_kind_from_string(text_of(item, "residentKind"));
  auto phase = api::phase_from_dutch(text_of(item, "phase"));
  if (result.title.empty() || result.resident.reference.empty() || !kind || !phase) {
    return fail(Error::invalid("case '" + result.title +
                               "' needs title, residentRef, residentKind and a Dutch phase"));
  }
  result.resident.kind = *kind;
  result.phase = *phase;
  std::int64_t opened_days_ago = int_of(item, "openedDaysAgo");
  result.opened_at = {now.millis - opened_days_ago * kMillisPerDay};
  result.updated_at = result.opened_at;
  const auto& regulations = catalogs.get(catalog::kRegulations);
  if (const json::value* ids = item.if_contains("regulations"); ids && ids->is_array()) {
    for (const auto& id : ids->as_array()) {
      std::string regulation = id.is_string() ? std::string(id.as_string()) : "";
      if (!regulations.find_entry(regulation)) {
        return fail(Error::invalid("case '" + result.title + "': unknown regulation " + regulation));
      }
      result.regulation_ids.push_back(regulation);
    }
  }
  const auto& signal_catalog = catalogs.get(catalog::kSignals);
  if (const json::value* signals = item.if_contains("signals"); signals && signals->is_array()) {
    for (const auto& value : signals->as_array()) {
      if (!value.is_object()) return fail(Error::invalid("case '" + result.title + "': bad signal"));
      const auto& signal = value.as_object();
      NewSignal observation;
      if (signal.contains("signal")) {
        observation.catalog_id = text_of(signal, "signal");
        if (!signal_catalog.find_entry(*observation.catalog_id)) {
          return fail(Error::invalid("case '" + result.title + "': unknown signal " +
                                     *observation.catalog_id));
        }
      } else {
        observation.own_text = text_of(signal, "text");
      }
      auto source = demo_source(text_of(signal, "source"));
      if (!source) return fail(Error::invalid("case '" + result.title + "': unknown signal source"));
      observation.source = *source;
      observation.note = text_of(signal, "note");
      std::int64_t days_ago = std::min(int_of(signal, "daysAgo"), opened_days_ago);
      observation.observed_at = Timestamp{now.millis - days_ago * kMillisPerDay};
      result.updated_at = std::max(result.updated_at, *observation.observed_at);
      result.signals.push_back(std::move(observation));
    }
  }
  return result;
}

}  // namespace

Result<Organisation> ensure_demo_organisation(Store& store) {
  auto organisation = ensure_organisation(store, kDemoOrganisation, "Gemeente Voorbeeld (demo)");
  if (!organisation) return fail(organisation.error());
  auto other = ensure_organisation(store, kDemoOtherOrganisation, "Gemeente Elders (demo)");
  if (!other) return fail(other.error());
  // Every demo user has the same, published password: hashed once per process, for speed.
  static const Result<std::string> hash = security::hash_password(kDemoPassword);
  if (!hash) return fail(hash.error());
  for (const auto& user : kDemoUsers) {
    if (store.find_user(user.username)) continue;
    NewUser input{user.organisation == kDemoOrganisation ? organisation->id : other->id,
                  std::string(user.username), std::string(user.display_name), {user.role},
                  std::string(user.team), *hash};
    auto added = store.add_user(input);
    if (!added) return fail(added.error());
  }
  return organisation;
}

std::vector<std::string_view> demo_usernames() {
  std::vector<std::string_view> names;
  for (const auto& user : kDemoUsers) names.push_back(user.username);
  return names;
}

Result<std::vector<ImportedCase>> read_demo_cases(const std::filesystem::path& data_dir,
                                                  const catalog::CatalogSet& catalogs,
                                                  Timestamp now) {
  auto path = data_dir / "demo" / "demo-cases.json";
  std::ifstream input(path, std::ios::binary);
  if (!input) return fail(Error::internal("cannot read " + path.string()));
  std::stringstream content;
  content << input.rdbuf();
  boost::system::error_code error;
  json::value document = json::parse(content.str(), error);
  const json::value* cases = document.is_object() ? document.as_object().if_contains("cases") : nullptr;
  if (error || cases == nullptr || !cases->is_array()) {
    return fail(Error::invalid(path.string() + " must be a JSON object with a \"cases\" list"));
  }
  std::vector<ImportedCase> result;
  for (const auto& item : cases->as_array()) {
    if (!item.is_object()) return fail(Error::invalid(path.string() + ": a case must be an object"));
    auto demo_case = read_case(item.as_object(), catalogs, now);
    if (!demo_case) return fail(Error::invalid(path.string() + ": " + demo_case.error().detail));
    result.push_back(std::move(*demo_case));
  }
  // Oldest first, so that reference numbers follow the order in which cases were opened.
  std::stable_sort(result.begin(), result.end(),
                   [](const auto& a, const auto& b) { return a.opened_at < b.opened_at; });
  return result;
}

Result<std::size_t> seed_demo(Store& store, const std::filesystem::path& data_dir,
                              const catalog::CatalogSet& catalogs, Timestamp now) {
  auto organisation = ensure_demo_organisation(store);
  if (!organisation) return fail(organisation.error());
  auto existing = store.count_cases(organisation->id);
  if (!existing) return fail(existing.error());
  if (*existing > 0) return std::size_t{0};
  auto cases = read_demo_cases(data_dir, catalogs, now);
  if (!cases) return fail(cases.error());
  // Cases with a full deliberation start in "afweging"; the deliberation records their
  // decision and moves them on. A case never sits in a phase after the decision without
  // one, so the other demo cases stop at "afweging" at the latest.
  auto deliberated = deliberated_residents(data_dir);
  for (auto& demo_case : *cases) {
    bool has_deliberation = std::find(deliberated.begin(), deliberated.end(),
                                      demo_case.resident.reference) != deliberated.end();
    bool after_decision = demo_case.phase == Phase::decision || demo_case.phase == Phase::execution ||
                          demo_case.phase == Phase::evaluation;
    if (has_deliberation || after_decision) demo_case.phase = Phase::weighing;
  }
  if (auto imported = store.import_cases(organisation->id, *cases); !imported) {
    return fail(imported.error());
  }
  auto caseworker = store.find_user(kDemoCaseworker);
  if (!caseworker) return fail(caseworker.error());
  Principal principal{caseworker->id, caseworker->organisation_id, caseworker->username,
                      caseworker->roles, caseworker->team};
  if (auto applied = apply_demo_deliberations(store, principal, data_dir, catalogs, now); !applied) {
    return fail(applied.error());
  }
  // The table member and the policy maker are assigned to the most recent case, so that
  // their view of a case can be tried.
  CaseFilter all;
  auto newest = store.list_cases(organisation->id, all, {1, 1});
  if (newest && !newest->cases.empty()) {
    for (std::string_view colleague : {"tafel", "beleidsmaker"}) {
      auto assigned = store.assign_user(principal, newest->cases.front().reference, colleague, now);
      if (!assigned) return fail(assigned.error());
    }
  }
  return cases->size();
}

}  // namespace helder::app
