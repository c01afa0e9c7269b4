#include "app/generator.h"

#include <array>
#include <random>

#include "app/demo_data.h"

namespace helder::app {
namespace {

constexpr std::int64_t kDayMillis = 24LL * 60 * 60 * 1000;
constexpr int kVariationsPerTemplate = 200;  // families per template
constexpr int kYearsOfHistory = 6;

// Extra circumstances that make one family differ from another (fictitious, generic).
constexpr std::array<std::string_view, 24> kCircumstances = {
    "Er wonen drie minderjarige kinderen in huis.",
    "De inwoner heeft een licht verstandelijke beperking.",
    "Het inkomen ligt net boven de bijstandsnorm.",
    "De inwoner spreekt weinig Nederlands en heeft hulp nodig bij brieven.",
    "Er loopt een beslaglegging op het loon.",
    "De inwoner is mantelzorger voor een ouder met dementie.",
    "Er is sprake van een recente scheiding.",
    "De woning is in slechte staat en er dreigt huisuitzetting.",
    "De inwoner heeft een chronische ziekte met wisselende belastbaarheid.",
    "Een eerdere aanvraag is afgewezen wegens een ontbrekend document.",
    "Het huishouden heeft een eigen bedrijf dat in zwaar weer verkeert.",
    "De inwoner is kort geleden uit detentie gekomen.",
    "Er is een schuldhulptraject gestart maar nog niet afgerond.",
    "De inwoner is dakloos geweest en woont nu tijdelijk bij familie.",
    "Een kind in het gezin heeft extra zorg nodig.",
    "De inwoner heeft psychische klachten en mijdt contact met instanties.",
    "Er zijn meerdere terugvorderingen van verschillende instanties tegelijk.",
    "De inwoner werkt in deeltijd met een wisselend inkomen.",
    "Het gezin is gedupeerd in de kinderopvangtoeslagaffaire.",
    "De inwoner heeft geen vast woonadres en staat op een briefadres ingeschreven.",
    "Een ketenpartner heeft zorgen geuit over de veiligheid thuis.",
    "De inwoner is recent verhuisd naar deze gemeente.",
    "Er is een conflict met de verhuurder over achterstallige huur.",
    "De inwoner is zelf begonnen met het aflossen van schulden.",
};

constexpr std::array<std::pair<Phase, int>, 7> kPhaseWeights = {{
    {Phase::signal, 12},
    {Phase::investigation, 14},
    {Phase::weighing, 9},
    {Phase::decision, 6},
    {Phase::execution, 12},
    {Phase::evaluation, 10},
    {Phase::closed, 37},
}};

struct Family {
  const ImportedCase* base;
  std::vector<std::string_view> circumstances;
  std::optional<std::string> extra_regulation;
  std::optional<std::string> extra_signal;
};

class Generator {
 public:
  Generator(std::span<const ImportedCase> templates, const catalog::CatalogSet& catalogs,
            const GenerateOptions& options)
      : templates_(templates), catalogs_(catalogs), options_(options), random_(options.seed) {
    for (const auto& [phase, weight] : kPhaseWeights) phase_weights_.push_back(weight);
  }

  ImportedCase next(std::int64_t index) {
    const Family& family = family_for(index);
    ImportedCase result = *family.base;
    result.resident.reference = "GEN-" + std::to_string(1000000 + index);
    for (auto circumstance : family.circumstances) {
      result.summary += " ";
      result.summary += circumstance;
    }
    if (chance(0.3)) {  // an individual detail on top of the family's
      result.summary += " ";
      result.summary += kCircumstances[pick(kCircumstances.size())];
    }
    if (family.extra_regulation &&
        std::find(result.regulation_ids.begin(), result.regulation_ids.end(),
                  *family.extra_regulation) == result.regulation_ids.end()) {
      result.regulation_ids.push_back(*family.extra_regulation);
    }
    std::discrete_distribution<int> phases(phase_weights_.begin(), phase_weights_.end());
    result.phase = kPhaseWeights[static_cast<std::size_t>(phases(random_))].first;
    std::int64_t age_days = static_cast<std::int64_t>(pick(kYearsOfHistory * 365)) + 1;
    result.opened_at = {options_.now.millis - age_days * kDayMillis};
    result.owner_username = chance(0.8) ? std::string(kDemoCaseworker) : "collega";
    if (family.extra_signal) {
      NewSignal signal;
      signal.catalog_id = family.extra_signal;
      signal.source = SignalSource::caseworker;
      result.signals.push_back(signal);
    }
    if (!result.signals.empty() && chance(0.2)) result.signals.pop_back();
    std::int64_t last = result.opened_at.millis;
    for (auto& signal : result.signals) {
      std::int64_t offset = static_cast<std::int64_t>(pick(std::min<std::int64_t>(age_days, 60)));
      signal.observed_at = Timestamp{result.opened_at.millis + offset * kDayMillis};
      last = std::max(last, signal.observed_at->millis);
    }
    result.updated_at = {last};
    return result;
  }

 private:
  const Family& family_for(std::int64_t index) {
    std::size_t family_count = templates_.size() * kVariationsPerTemplate;
    std::size_t key = static_cast<std::size_t>(index * 2654435761LL) % family_count;
    auto found = families_.find(key);
    if (found != families_.end()) return found->second;
    std::mt19937_64 family_random(options_.seed ^ (key * 0x9E3779B97F4A7C15ULL));
    auto family_pick = [&](std::size_t n) { return static_cast<std::size_t>(family_random() % n); };
    Family family{&templates_[key % templates_.size()], {}, {}, {}};
    std::size_t circumstances = 1 + family_pick(2);
    for (std::size_t idx = 0; idx < circumstances; ++idx) {
      family.circumstances.push_back(kCircumstances[family_pick(kCircumstances.size())]);
    }
    const auto& regulations = catalogs_.get(catalog::kRegulations).entries;
    if (family_pick(4) == 0) family.extra_regulation = regulations[family_pick(regulations.size())].id;
    const auto& signals = catalogs_.get(catalog::kSignals).entries;
    if (family_pick(2) == 0) family.extra_signal = signals[family_pick(signals.size())].id;
    return families_.emplace(key, std::move(family)).first->second;
  }

  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random_() % n); }
  bool chance(double probability) {
    return std::uniform_real_distribution<double>(0, 1)(random_) < probability;
  }

  std::span<const ImportedCase> templates_;
  const catalog::CatalogSet& catalogs_;
  GenerateOptions options_;
  std::mt19937_64 random_;
  std::vector<int> phase_weights_;
  std::unordered_map<std::size_t, Family> families_;
};

}  // namespace

Status generate_cases(Store& store, OrganisationId organisation,
                      std::span<const ImportedCase> templates, const catalog::CatalogSet& catalogs,
                      const GenerateOptions& options, const Progress& progress) {
  if (templates.empty()) return fail(Error::invalid("no template cases to generate from"));
  Generator generator(templates, catalogs, options);
  std::vector<ImportedCase> batch;
  for (std::int64_t done = 0; done < options.cases;) {
    batch.clear();
    std::int64_t size = std::min(options.batch_size, options.cases - done);
    for (std::int64_t idx = 0; idx < size; ++idx) batch.push_back(generator.next(done + idx));
    // Reference numbers follow the opening date within a batch, as in real life.
    std::sort(batch.begin(), batch.end(),
              [](const auto& a, const auto& b) { return a.opened_at < b.opened_at; });
    if (auto imported = store.import_cases(organisation, batch); !imported) return imported;
    done += size;
    if (progress) progress(done, options.cases);
  }
  return {};
}

}  // namespace helder::app
