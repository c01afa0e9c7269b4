#include "app/generator_family.h"

#include <algorithm>
#include <random>

namespace helder::app {
namespace {

namespace texts = generator_texts;

// Signals that say the rules may work out badly here: the more of them a family has, the
// more likely its usual route deviates from a rule.
constexpr std::string_view kDeviationSignals[] = {
    "signaal.schrijnende-situatie",     "signaal.onbedoelde-gevolgen",
    "signaal.strijdig-met-bedoeling",   "signaal.stapeling-regelingen",
    "signaal.basiseisen-niet-haalbaar", "signaal.standaardproces-past-niet",
    "signaal.rechter-oordeelt",         "signaal.eerdere-fout"};

class FamilyRandom {
 public:
  explicit FamilyRandom(std::uint64_t seed) : engine_(seed) {}
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(double probability) {
    return std::uniform_real_distribution<double>(0, 1)(engine_) < probability;
  }
  // `count` different items of `from`, in a random order.
  template <typename T>
  std::vector<T> some(std::span<const T> from, std::size_t count) {
    std::vector<T> all(from.begin(), from.end());
    std::shuffle(all.begin(), all.end(), engine_);
    all.resize(std::min(count, all.size()));
    return all;
  }

 private:
  std::mt19937_64 engine_;
};

bool has_signal(const std::vector<NewSignal>& signals, std::string_view id) {
  return std::any_of(signals.begin(), signals.end(),
                     [&](const NewSignal& signal) { return signal.catalog_id == id; });
}

// Varies the template's signals: another signal of the same category, or one more.
void vary_signals(Family& family, const catalog::CatalogSet& catalogs, FamilyRandom& random) {
  const auto& catalog = catalogs.get(catalog::kSignals);
  std::vector<std::size_t> from_card;
  for (std::size_t idx = 0; idx < family.signals.size(); ++idx) {
    if (family.signals[idx].catalog_id) from_card.push_back(idx);
  }
  if (!from_card.empty() && random.chance(0.4)) {
    NewSignal& replaced = family.signals[from_card[random.pick(from_card.size())]];
    const catalog::Entry* entry = catalog.find_entry(*replaced.catalog_id);
    std::vector<std::string_view> same_category;
    for (const auto& candidate : catalog.entries) {
      if (entry && candidate.group == entry->group && !has_signal(family.signals, candidate.id)) {
        same_category.push_back(candidate.id);
      }
    }
    if (!same_category.empty()) {
      replaced.catalog_id = std::string(same_category[random.pick(same_category.size())]);
      replaced.source = usual_source(catalogs, *replaced.catalog_id);
      replaced.note.clear();
    }
  }
  if (random.chance(0.35)) {
    const auto& extra = catalog.entries[random.pick(catalog.entries.size())];
    if (!has_signal(family.signals, extra.id)) {
      NewSignal signal;
      signal.catalog_id = extra.id;
      signal.source = usual_source(catalogs, extra.id);
      family.signals.push_back(std::move(signal));
    }
  }
}

// The regulation's usual ZRM profile, each level up to a step away, sometimes a domain more.
std::vector<ZrmScore> family_zrm(const texts::RegulationTexts& regulation, FamilyRandom& random) {
  std::vector<ZrmScore> scores;
  for (ZrmScore score : regulation.zrm_profile) {
    // Down a step is rarer where it would mean acute problems (level 1).
    std::size_t roll = random.pick(20);
    std::size_t down = score.level <= 2 ? 3 : 6;
    int step = roll < down ? -1 : (roll < 15 ? 0 : 1);
    score.level = std::clamp(score.level + step, kZrmMinLevel, kZrmMaxLevel);
    scores.push_back(score);
  }
  if (random.chance(0.5)) {
    ZrmDomain extra = kAllZrmDomains[random.pick(kAllZrmDomains.size())];
    bool scored = std::any_of(scores.begin(), scores.end(),
                              [&](const ZrmScore& score) { return score.domain == extra; });
    if (!scored) scores.push_back({extra, 2 + static_cast<int>(random.pick(3))});
  }
  return scores;
}

std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool mentions(const std::string& text, std::string_view keywords) {
  for (std::size_t start = 0; start < keywords.size();) {
    std::size_t end = std::min(keywords.find('|', start), keywords.size());
    if (end > start && text.find(keywords.substr(start, end - start)) != std::string::npos)
      return true;
    start = end + 1;
  }
  return false;
}

// The rule a deviation would depart from: of the first regulation that has rules, the one
// the template's situation is about (mostly), or any of them.
void choose_rule(Family& family, FamilyRandom& random) {
  std::string situation = lower_case(family.base->title + " " + family.base->summary);
  for (const auto& regulation_id : family.regulation_ids) {
    const auto& rules = texts::regulation_texts(regulation_id).rules;
    if (rules.empty()) continue;
    std::vector<const texts::DeviationRule*> at_stake;
    for (const auto& rule : rules) {
      if (mentions(situation, rule.keywords)) at_stake.push_back(&rule);
    }
    family.rule = !at_stake.empty() && random.chance(0.85) ? at_stake[random.pick(at_stake.size())]
                                                           : &rules[random.pick(rules.size())];
    family.rule_regulation = regulation_id;
    return;
  }
}

// The usual outcome follows from the factors: signals that the rules misfire and acute
// problems (ZRM level 1) push towards deviating; none of them means the standard route.
OptionKind usual_route(const Family& family) {
  int pressure = 0;
  for (const auto& signal : family.signals) {
    if (!signal.catalog_id) continue;
    if (std::find(std::begin(kDeviationSignals), std::end(kDeviationSignals), *signal.catalog_id) !=
        std::end(kDeviationSignals)) {
      ++pressure;
    }
  }
  if (std::any_of(family.zrm.begin(), family.zrm.end(),
                  [](const ZrmScore& score) { return score.level == kZrmMinLevel; })) {
    ++pressure;
  }
  if (pressure >= 2 && family.rule) return OptionKind::deviation;
  return pressure >= 1 ? OptionKind::tailored : OptionKind::standard;
}

std::vector<CardChoice> choose_cards(std::span<const std::string_view> pool, std::size_t count,
                                     FamilyRandom& random) {
  std::vector<CardChoice> cards;
  for (auto card : random.some(pool, count)) cards.push_back({card, random.pick(2)});
  return cards;
}

void choose_arguments(Family& family, FamilyRandom& random) {
  std::vector<std::size_t> pros{0, 1, 2}, cons{3, 4, 5};
  family.standard_arguments = random.some(std::span<const std::size_t>(pros), 1 + random.pick(2));
  family.standard_arguments.push_back(cons[random.pick(cons.size())]);

  family.tailored_arguments = choose_cards(texts::tailored_cards(Side::pro), 2, random);
  auto tailored_con = choose_cards(texts::tailored_cards(Side::con), 1, random);
  family.tailored_arguments.insert(family.tailored_arguments.end(), tailored_con.begin(),
                                   tailored_con.end());

  if (!family.rule) return;
  // The argument for the legal room to deviate matches the basis.
  std::string_view basis_card = "argument.wet-staat-toe";
  if (family.rule->basis == LegalBasis::general_principles) {
    basis_card = "argument.beginselen-behoorlijk-bestuur";
  } else if (family.rule->basis == LegalBasis::internal_mandate) {
    basis_card = "argument.verantwoordelijkheid-nemen";
  }
  family.deviation_arguments =
      choose_cards(texts::deviation_cards(Side::pro), 1 + random.pick(2), random);
  family.deviation_arguments.push_back({basis_card, random.pick(2)});
  auto deviation_con = choose_cards(texts::deviation_cards(Side::con), 1 + random.pick(2), random);
  family.deviation_arguments.insert(family.deviation_arguments.end(), deviation_con.begin(),
                                    deviation_con.end());
}

}  // namespace

SignalSource usual_source(const catalog::CatalogSet& catalogs, std::string_view signal_id) {
  if (signal_id == "signaal.ketenpartner-meldt") return SignalSource::partner_organisation;
  if (signal_id == "signaal.collega-meldt") return SignalSource::colleague;
  if (signal_id == "signaal.betalingsachterstand-melding" ||
      signal_id == "signaal.informatie-onvolledig-melding" ||
      signal_id == "signaal.foutmelding-gegevens") {
    return SignalSource::information_system;
  }
  if (signal_id == "signaal.klachtencoordinator-ombudsman" ||
      signal_id == "signaal.rechter-oordeelt") {
    return SignalSource::court_or_ombudsman;
  }
  const catalog::Entry* entry = catalogs.get(catalog::kSignals).find_entry(signal_id);
  if (entry && entry->group.starts_with("inwoner.")) return SignalSource::resident;
  return SignalSource::caseworker;
}

Family make_family(const ImportedCase& base, const catalog::CatalogSet& catalogs,
                   std::uint64_t seed, std::uint64_t key) {
  FamilyRandom random(seed ^ ((key + 1) * 0x9E3779B97F4A7C15ULL));
  Family family;
  family.base = &base;
  family.title = base.title;
  auto details = texts::title_details();
  if (random.chance(0.3))
    family.title += " (" + std::string(details[random.pick(details.size())]) + ")";
  family.regulation_ids = base.regulation_ids;
  const auto& regulations = catalogs.get(catalog::kRegulations).entries;
  if (random.chance(0.2)) {
    const std::string& extra = regulations[random.pick(regulations.size())].id;
    if (std::find(family.regulation_ids.begin(), family.regulation_ids.end(), extra) ==
        family.regulation_ids.end()) {
      family.regulation_ids.push_back(extra);
    }
  }
  family.signals = base.signals;
  for (auto& signal : family.signals) signal.observed_at.reset();
  vary_signals(family, catalogs, random);
  family.circumstances = random.some(texts::circumstances(), 1 + random.pick(2));
  family.texts =
      &texts::regulation_texts(family.regulation_ids.empty() ? "" : family.regulation_ids.front());
  family.zrm = family_zrm(*family.texts, random);
  choose_rule(family, random);
  family.route = usual_route(family);
  family.weighs_tailored = family.route != OptionKind::tailored && random.chance(0.5);
  family.weighs_deviation = family.rule && family.route != OptionKind::deviation &&
                            random.chance(family.route == OptionKind::tailored ? 0.35 : 0.1);
  choose_arguments(family, random);
  family.phrasing = random.pick(6);
  return family;
}

}  // namespace helder::app
