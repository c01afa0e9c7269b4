#include "app/generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <unordered_map>

#include "api/catalog_lookups.h"
#include "app/demo_data.h"
#include "app/generator_answers.h"
#include "app/generator_family.h"
#include "app/generator_weighing.h"

namespace helder::app {
namespace {

namespace texts = generator_texts;

constexpr std::int64_t kMeanFamilySize = 25;

struct PhaseShape {
  Phase phase;
  int weight;        // how many cases are in this phase
  int min_age_days;  // how long ago such a case was opened
  int max_age_days;
  int typical_span_days;  // from opening to reaching the phase
  // Moments as fractions of that span: signals until, investigation, weighing, decision.
  std::array<double, 4> moments;
};

constexpr std::array<PhaseShape, 7> kPhases = {{
    {Phase::signal, 12, 1, 60, 14, {1.0, 1.0, 1.0, 1.0}},
    {Phase::investigation, 14, 1, 120, 45, {0.3, 1.0, 1.0, 1.0}},
    {Phase::weighing, 9, 7, 180, 75, {0.2, 0.5, 1.0, 1.0}},
    {Phase::decision, 6, 14, 200, 100, {0.15, 0.35, 0.6, 1.0}},
    {Phase::execution, 12, 30, 730, 180, {0.1, 0.2, 0.3, 0.4}},
    {Phase::evaluation, 10, 60, 900, 300, {0.1, 0.2, 0.3, 0.4}},
    {Phase::closed, 37, 30, 6 * 365, 360, {0.1, 0.2, 0.3, 0.4}},
}};

bool at_least(Phase phase, Phase than) { return static_cast<int>(phase) >= static_cast<int>(than); }

std::string_view source_phrase(SignalSource source) {
  switch (source) {
    case SignalSource::resident:
      return "de inwoner zelf";
    case SignalSource::caseworker:
      return "de eigen consulent";
    case SignalSource::colleague:
      return "een collega";
    case SignalSource::partner_organisation:
      return "een ketenpartner";
    case SignalSource::information_system:
      return "een signaal uit de systemen";
    case SignalSource::court_or_ombudsman:
      return "de ombudsman";
  }
  return "de consulent";
}

// The moments of one case, from its opening to its last change.
struct Timeline {
  const PhaseShape* shape;
  Timestamp opened;
  Timestamp end;
  Timestamp at(double fraction) const {
    return {opened.millis +
            static_cast<std::int64_t>(fraction * static_cast<double>(end.millis - opened.millis))};
  }
};

class Generator {
 public:
  Generator(std::span<const ImportedCase> templates, const catalog::CatalogSet& catalogs,
            const GenerateOptions& options)
      : templates_(templates),
        catalogs_(catalogs),
        options_(options),
        random_(options.seed),
        arguments_(api::argument_lookup(catalogs)),
        family_count_(std::max<std::int64_t>(static_cast<std::int64_t>(templates.size()),
                                             options.cases / kMeanFamilySize)) {
    for (const auto& shape : kPhases) phase_weights_.push_back(shape.weight);
  }

  ImportedCase next(std::int64_t index) {
    const Family& family = family_for(pick_family());
    ImportedCase result;
    result.owner_username = random_.chance(0.8) ? std::string(kDemoCaseworker) : "collega";
    result.resident = {"GEN-" + std::to_string(1000000 + index), family.base->resident.kind};
    result.title = family.title;
    if (random_.chance(0.08)) {  // worded a little differently
      auto details = texts::title_details();
      result.title =
          family.base->title + " (" + std::string(details[random_.pick(details.size())]) + ")";
    }
    result.summary = family.base->summary;
    for (auto circumstance : family.circumstances) {
      result.summary += " ";
      result.summary += circumstance;
    }
    std::optional<std::string_view> own_circumstance;
    if (random_.chance(0.3)) {  // an individual detail on top of the family's
      auto all = texts::circumstances();
      own_circumstance = all[random_.pick(all.size())];
      result.summary += " ";
      result.summary += *own_circumstance;
    }
    result.regulation_ids = family.regulation_ids;
    std::discrete_distribution<int> phases(phase_weights_.begin(), phase_weights_.end());
    const PhaseShape& shape = kPhases[static_cast<std::size_t>(phases(random_.engine()))];
    result.phase = shape.phase;
    Timeline timeline = make_timeline(shape);
    result.opened_at = timeline.opened;
    result.updated_at = timeline.end;
    add_signals(family, timeline, result);
    if (result.phase == Phase::signal) {
      result.investigated_at = timeline.end;
      if (random_.chance(0.3)) add_first_answer(family, result);
      return result;
    }
    add_investigation(family, timeline, result, own_circumstance);
    if (at_least(result.phase, Phase::weighing)) {
      std::optional<Timestamp> decided_at;
      if (at_least(result.phase, Phase::decision)) decided_at = timeline.at(shape.moments[3]);
      add_weighing(catalogs_, arguments_, random_, family, timeline.at(shape.moments[2]),
                   decided_at, own_circumstance, result);
    }
    return result;
  }

 private:
  std::int64_t pick_family() {
    // Some situations are common and some rare: low family numbers get more cases.
    double draw = std::pow(random_.between(0, 1), 1.5);
    return std::min(family_count_ - 1,
                    static_cast<std::int64_t>(draw * static_cast<double>(family_count_)));
  }

  const Family& family_for(std::int64_t key) {
    auto found = families_.find(key);
    if (found != families_.end()) return found->second;
    const ImportedCase& base = templates_[static_cast<std::size_t>(key) % templates_.size()];
    return families_
        .emplace(key, make_family(base, catalogs_, options_.seed, static_cast<std::uint64_t>(key)))
        .first->second;
  }

  Timeline make_timeline(const PhaseShape& shape) {
    std::int64_t age_days =
        shape.min_age_days + static_cast<std::int64_t>(random_.pick(static_cast<std::size_t>(
                                 shape.max_age_days - shape.min_age_days + 1)));
    Timestamp opened{
        options_.now.millis - age_days * kMillisPerDay -
        static_cast<std::int64_t>(random_.pick(static_cast<std::size_t>(kMillisPerDay)))};
    double span_days = shape.typical_span_days * random_.between(0.5, 1.5);
    std::int64_t span =
        std::min(age_days * kMillisPerDay, static_cast<std::int64_t>(span_days * kMillisPerDay));
    return {&shape, opened, Timestamp{opened.millis + span}};
  }

  // The family's signals, a signal more or less, observed in order in the first part.
  void add_signals(const Family& family, const Timeline& timeline, ImportedCase& result) {
    result.signals = family.signals;
    if (result.signals.size() > 1 && random_.chance(0.15)) {
      result.signals.erase(result.signals.begin() +
                           static_cast<std::ptrdiff_t>(random_.pick(result.signals.size())));
    }
    if (random_.chance(0.1)) {
      const auto& catalog = catalogs_.get(catalog::kSignals);
      const auto& extra = catalog.entries[random_.pick(catalog.entries.size())];
      bool present =
          std::any_of(result.signals.begin(), result.signals.end(),
                      [&](const NewSignal& signal) { return signal.catalog_id == extra.id; });
      if (!present) {
        NewSignal signal;
        signal.catalog_id = extra.id;
        signal.source = usual_source(catalogs_, extra.id);
        result.signals.push_back(std::move(signal));
      }
    }
    std::vector<std::int64_t> moments;
    for (std::size_t idx = 0; idx < result.signals.size(); ++idx) {
      moments.push_back(timeline.at(random_.between(0, timeline.shape->moments[0])).millis);
    }
    std::sort(moments.begin(), moments.end());
    if (!moments.empty())
      moments.front() = timeline.opened.millis;  // the first one opened the case
    for (std::size_t idx = 0; idx < result.signals.size(); ++idx) {
      result.signals[idx].observed_at = Timestamp{moments[idx]};
    }
  }

  // Why the case started and who raised it.
  void add_first_answer(const Family& family, ImportedCase& result) {
    SignalSource first =
        result.signals.empty() ? SignalSource::caseworker : result.signals.front().source;
    add_answer(random_, family, result, "aanleiding",
               {{"{titel}", result.title}, {"{bron}", std::string(source_phrase(first))}});
  }

  void add_investigation(const Family& family, const Timeline& timeline, ImportedCase& result,
                         std::optional<std::string_view> own_circumstance) {
    result.investigated_at = timeline.at(timeline.shape->moments[1]);
    bool weighed = at_least(result.phase, Phase::weighing);
    if (random_.chance(weighed ? 0.9 : 0.6)) {
      for (ZrmScore score : family.zrm) {
        if (random_.chance(0.08)) continue;  // not scored this time
        if (random_.chance(0.2))
          score.level =
              std::clamp(score.level + (random_.chance(0.5) ? 1 : -1), kZrmMinLevel, kZrmMaxLevel);
        result.zrm.push_back(score);
      }
    }
    add_first_answer(family, result);
    std::string circumstance(own_circumstance.value_or(family.circumstances.front()));
    add_answer(random_, family, result, "huidige-situatie",
               {{"{situatie}", std::string(family.texts->situation)},
                {"{omstandigheid_klein}", lower_first(circumstance)},
                {"{omstandigheid}", circumstance}});
    if (weighed || random_.chance(0.5)) {
      add_answer(random_, family, result, "gewenste-situatie",
                 {{"{wens}", std::string(family.texts->wish)}});
    }
    if (random_.chance(weighed ? 0.85 : 0.4)) {  // the resident's own words
      auto later = texts::long_term_wishes();
      auto own = texts::own_contributions();
      ResidentWishes wishes;
      wishes.short_term = std::string(family.texts->wish);
      wishes.long_term = std::string(later[random_.pick(later.size())]);
      wishes.own_contribution = std::string(own[random_.pick(own.size())]);
      if (weighed) wishes.preferred_option = option_title(family, family.route);
      result.wishes = std::move(wishes);
    }
  }

  std::span<const ImportedCase> templates_;
  const catalog::CatalogSet& catalogs_;
  GenerateOptions options_;
  GeneratorRandom random_;
  ArgumentLookup arguments_;
  std::int64_t family_count_;
  std::vector<int> phase_weights_;
  std::unordered_map<std::int64_t, Family> families_;
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
