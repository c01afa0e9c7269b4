#include "app/generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <unordered_map>

#include "api/catalog_lookups.h"
#include "app/demo_data.h"
#include "app/generator_family.h"

namespace helder::app {
namespace {

namespace texts = generator_texts;

constexpr std::int64_t kDayMillis = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kMeanFamilySize = 25;
constexpr double kUsualOutcome = 0.85;  // share of a family's decisions that take its usual route

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

std::string fill(std::string_view phrasing,
                 std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string text(phrasing);
  for (const auto& [name, value] : values) {
    for (std::size_t at = text.find(name); at != std::string::npos;
         at = text.find(name, at + value.size())) {
      text.replace(at, name.size(), value);
    }
  }
  return text;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t idx = 0; idx < items.size(); ++idx) {
    if (idx > 0) text += idx + 1 == items.size() ? " en " : ", ";
    text += "'" + items[idx] + "'";
  }
  return text;
}

std::string without_period(std::string text) {
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

// The texts here start with an ASCII letter.
std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

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

std::string_view kind_phrase(OptionKind kind) {
  switch (kind) {
    case OptionKind::standard:
      return "de standaardroute";
    case OptionKind::tailored:
      return "dienstverlening op maat binnen de regels";
    case OptionKind::deviation:
      return "maatwerk dat van een regel afwijkt";
  }
  return "";
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
    result.owner_username = chance(0.8) ? std::string(kDemoCaseworker) : "collega";
    result.resident = {"GEN-" + std::to_string(1000000 + index), family.base->resident.kind};
    result.title = family.title;
    if (chance(0.08)) {  // worded a little differently
      auto details = texts::title_details();
      result.title = family.base->title + " (" + std::string(details[pick(details.size())]) + ")";
    }
    result.summary = family.base->summary;
    for (auto circumstance : family.circumstances) {
      result.summary += " ";
      result.summary += circumstance;
    }
    std::optional<std::string_view> own_circumstance;
    if (chance(0.3)) {  // an individual detail on top of the family's
      auto all = texts::circumstances();
      own_circumstance = all[pick(all.size())];
      result.summary += " ";
      result.summary += *own_circumstance;
    }
    result.regulation_ids = family.regulation_ids;
    std::discrete_distribution<int> phases(phase_weights_.begin(), phase_weights_.end());
    const PhaseShape& shape = kPhases[static_cast<std::size_t>(phases(random_))];
    result.phase = shape.phase;
    Timeline timeline = make_timeline(shape);
    result.opened_at = timeline.opened;
    result.updated_at = timeline.end;
    add_signals(family, timeline, result);
    if (result.phase == Phase::signal) {
      result.investigated_at = timeline.end;
      if (chance(0.3)) add_first_answer(family, result);
      return result;
    }
    add_investigation(family, timeline, result, own_circumstance);
    if (at_least(result.phase, Phase::weighing))
      add_weighing(family, timeline, result, own_circumstance);
    return result;
  }

 private:
  std::int64_t pick_family() {
    // Some situations are common and some rare: low family numbers get more cases.
    double draw = std::pow(std::uniform_real_distribution<double>(0, 1)(random_), 1.5);
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
        shape.min_age_days + static_cast<std::int64_t>(pick(static_cast<std::size_t>(
                                 shape.max_age_days - shape.min_age_days + 1)));
    Timestamp opened{options_.now.millis - age_days * kDayMillis -
                     static_cast<std::int64_t>(pick(static_cast<std::size_t>(kDayMillis)))};
    double span_days =
        shape.typical_span_days * std::uniform_real_distribution<double>(0.5, 1.5)(random_);
    std::int64_t span =
        std::min(age_days * kDayMillis, static_cast<std::int64_t>(span_days * kDayMillis));
    return {&shape, opened, Timestamp{opened.millis + span}};
  }

  // The family's signals, a signal more or less, observed in order in the first part.
  void add_signals(const Family& family, const Timeline& timeline, ImportedCase& result) {
    result.signals = family.signals;
    if (result.signals.size() > 1 && chance(0.15)) {
      result.signals.erase(result.signals.begin() +
                           static_cast<std::ptrdiff_t>(pick(result.signals.size())));
    }
    if (chance(0.1)) {
      const auto& catalog = catalogs_.get(catalog::kSignals);
      const auto& extra = catalog.entries[pick(catalog.entries.size())];
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
      moments.push_back(
          timeline
              .at(std::uniform_real_distribution<double>(0, timeline.shape->moments[0])(random_))
              .millis);
    }
    std::sort(moments.begin(), moments.end());
    if (!moments.empty())
      moments.front() = timeline.opened.millis;  // the first one opened the case
    for (std::size_t idx = 0; idx < result.signals.size(); ++idx) {
      result.signals[idx].observed_at = Timestamp{moments[idx]};
    }
  }

  std::size_t phrasing(const Family& family, std::size_t count) {
    return chance(0.8) ? family.phrasing % count : pick(count);
  }

  void add_answer(const Family& family, ImportedCase& result, std::string_view step,
                  std::initializer_list<std::pair<std::string_view, std::string>> values) {
    auto phrasings = texts::answer_phrasings(step);
    NewAnswer answer;
    answer.step = std::string(step);
    answer.text = fill(phrasings[phrasing(family, phrasings.size())], values);
    if (chance(0.7)) {
      if (auto question = texts::answer_question(step, pick(2)))
        answer.question_id = std::string(*question);
    }
    result.answers.push_back(std::move(answer));
  }

  // Why the case started and who raised it.
  void add_first_answer(const Family& family, ImportedCase& result) {
    SignalSource first =
        result.signals.empty() ? SignalSource::caseworker : result.signals.front().source;
    add_answer(family, result, "aanleiding",
               {{"{titel}", result.title}, {"{bron}", std::string(source_phrase(first))}});
  }

  void add_investigation(const Family& family, const Timeline& timeline, ImportedCase& result,
                         std::optional<std::string_view> own_circumstance) {
    result.investigated_at = timeline.at(timeline.shape->moments[1]);
    bool weighed = at_least(result.phase, Phase::weighing);
    if (chance(weighed ? 0.9 : 0.6)) {
      for (ZrmScore score : family.zrm) {
        if (chance(0.08)) continue;  // not scored this time
        if (chance(0.2))
          score.level =
              std::clamp(score.level + (chance(0.5) ? 1 : -1), kZrmMinLevel, kZrmMaxLevel);
        result.zrm.push_back(score);
      }
    }
    add_first_answer(family, result);
    std::string circumstance(own_circumstance.value_or(family.circumstances.front()));
    add_answer(family, result, "huidige-situatie",
               {{"{situatie}", std::string(family.texts->situation)},
                {"{omstandigheid_klein}", lower_first(circumstance)},
                {"{omstandigheid}", circumstance}});
    if (weighed || chance(0.5)) {
      add_answer(family, result, "gewenste-situatie",
                 {{"{wens}", std::string(family.texts->wish)}});
    }
    if (chance(weighed ? 0.85 : 0.4)) {  // the resident's own words
      auto later = texts::long_term_wishes();
      auto own = texts::own_contributions();
      ResidentWishes wishes;
      wishes.short_term = std::string(family.texts->wish);
      wishes.long_term = std::string(later[pick(later.size())]);
      wishes.own_contribution = std::string(own[pick(own.size())]);
      if (weighed) wishes.preferred_option = option_title(family, family.route);
      result.wishes = std::move(wishes);
    }
  }

  static std::string option_title(const Family& family, OptionKind kind) {
    switch (kind) {
      case OptionKind::standard:
        return std::string(family.texts->standard_title);
      case OptionKind::tailored:
        return std::string(family.texts->tailored_title);
      case OptionKind::deviation:
        return std::string(family.rule->option_title);
    }
    return {};
  }

  OptionKind departure(OptionKind usual, bool can_deviate) {
    switch (usual) {
      case OptionKind::standard:
        return can_deviate && chance(0.3) ? OptionKind::deviation : OptionKind::tailored;
      case OptionKind::tailored:
        return can_deviate && chance(0.4) ? OptionKind::deviation : OptionKind::standard;
      case OptionKind::deviation:
        return chance(0.7) ? OptionKind::tailored : OptionKind::standard;
    }
    return usual;
  }

  NewArgument card_argument(const CardChoice& choice, std::size_t variant_shift) {
    NewArgument argument;
    argument.catalog_id = std::string(choice.card);
    auto card = arguments_(choice.card);
    argument.side = card ? card->side : Side::pro;
    argument.theme = card ? card->theme : Theme::wellbeing;
    argument.explanation =
        std::string(texts::card_explanation(choice.card, choice.variant + variant_shift));
    return argument;
  }

  // Weights as a person sets them: the chosen route's reasons for weigh heavily, its reasons
  // against lightly; the other way round for the routes not taken. Before the decision
  // some arguments are not weighed yet.
  void weigh(std::vector<NewArgument>& arguments, bool chosen, bool decided) {
    for (auto& argument : arguments) {
      bool pro = argument.side == Side::pro;
      if (pro && argument.theme == Theme::wellbeing && chance(0.3)) {
        argument.brought_by = ArgumentSource::resident;
      } else if (!pro && chance(0.15)) {
        argument.brought_by = ArgumentSource::contradiction;
      } else if (chance(0.1)) {
        argument.brought_by = ArgumentSource::colleague;
      }
      if (chance(decided ? 0.05 : 0.35)) continue;  // not weighed (yet)
      int base = (pro == chosen) ? 4 : 2;
      argument.weight = std::clamp(base + static_cast<int>(pick(2)) - (chance(0.1) ? 1 : 0),
                                   kMinWeight, kMaxWeight);
    }
  }

  ImportedOption make_option(const Family& family, OptionKind kind) {
    ImportedOption entry;
    entry.option.kind = kind;
    std::size_t variant_shift = chance(0.2) ? 1 : 0;
    switch (kind) {
      case OptionKind::standard: {
        entry.option.title = option_title(family, kind);
        entry.option.description = std::string(family.texts->standard_description);
        auto own = texts::standard_route_arguments();
        for (std::size_t idx : family.standard_arguments) {
          NewArgument argument;
          argument.own_text = std::string(own[idx].text);
          argument.side = own[idx].side;
          argument.theme = own[idx].theme;
          argument.explanation = std::string(own[idx].explanation);
          entry.arguments.push_back(std::move(argument));
        }
        break;
      }
      case OptionKind::tailored:
        entry.option.title = option_title(family, kind);
        entry.option.description = std::string(family.texts->tailored_description);
        for (const auto& choice : family.tailored_arguments) {
          entry.arguments.push_back(card_argument(choice, variant_shift));
        }
        break;
      case OptionKind::deviation: {
        const auto& rule = *family.rule;
        entry.option.title = option_title(family, kind);
        entry.option.description = std::string(rule.option_description);
        Deviation deviation;
        if (!rule.internal) deviation.regulation_id = family.rule_regulation;
        deviation.article = std::string(rule.article);
        deviation.basis = rule.basis;
        deviation.basis_reference = std::string(rule.basis_reference);
        deviation.special_circumstances = std::string(rule.special_circumstances);
        deviation.disproportionality = std::string(rule.disproportionality);
        entry.option.deviation = std::move(deviation);
        for (const auto& choice : family.deviation_arguments) {
          entry.arguments.push_back(card_argument(choice, variant_shift));
        }
        break;
      }
    }
    if (entry.arguments.size() > 2 && chance(0.15)) entry.arguments.pop_back();  // one fewer
    return entry;
  }

  std::string argument_text(const NewArgument& argument) {
    if (argument.own_text) return *argument.own_text;
    const catalog::Entry* card =
        catalogs_.get(catalog::kArguments).find_entry(*argument.catalog_id);
    return card ? card->text.nl : *argument.catalog_id;
  }

  // The heaviest argument of this side, if any was weighed.
  const NewArgument* heaviest(const ImportedOption& option, Side side) {
    const NewArgument* found = nullptr;
    for (const auto& argument : option.arguments) {
      if (argument.side != side || !argument.weight) continue;
      if (!found || *argument.weight > *found->weight) found = &argument;
    }
    return found;
  }

  std::string motivation(const Family& family, const ImportedOption& chosen, bool departs,
                         std::optional<std::string_view> own_circumstance) {
    std::string text = "Gekozen is '" + chosen.option.title + "'. ";
    const catalog::Entry* regulation =
        catalogs_.get(catalog::kRegulations)
            .find_entry(family.regulation_ids.empty() ? "" : family.regulation_ids.front());
    std::string regulation_name =
        regulation && regulation->official_name ? *regulation->official_name : "de regeling";
    switch (chosen.option.kind) {
      case OptionKind::standard:
        text += "De gewone regels van de " + regulation_name +
                " geven in deze situatie een passende uitkomst; er is geen reden om de behandeling "
                "aan te passen of van een regel af te wijken.";
        break;
      case OptionKind::tailored:
        text +=
            "Binnen de regels van de " + regulation_name +
            " is genoeg ruimte om met de situatie van de inwoner rekening te houden; afwijken van "
            "een regel is niet nodig.";
        break;
      case OptionKind::deviation:
        text += "Het toepassen van " + std::string(family.rule->article) +
                " zou hier onevenredig uitpakken. " + std::string(family.rule->disproportionality) +
                " Daarom wordt afgeweken van " + std::string(family.rule->rule) +
                " (grondslag: " + std::string(family.rule->basis_reference) + ").";
        break;
    }
    if (const NewArgument* pro = heaviest(chosen, Side::pro)) {
      text += " Het zwaarst woog het argument '" + without_period(argument_text(*pro)) + "'.";
    }
    if (const NewArgument* con = heaviest(chosen, Side::con)) {
      text += " Daartegenover stond '" + without_period(argument_text(*con)) + "'.";
    }
    if (departs && chance(0.5)) {  // the other half leaves the difference unexplained
      text += " Anders dan meestal in vergelijkbare situaties is gekozen voor " +
              std::string(kind_phrase(chosen.option.kind)) + ", ";
      if (static_cast<int>(chosen.option.kind) < static_cast<int>(family.route)) {
        text += "omdat de situatie bij nader onderzoek minder knelt dan bij de melding leek.";
      } else if (own_circumstance) {
        text += "omdat hier bovendien speelt: " + lower_first(std::string(*own_circumstance));
      } else {
        text += "omdat de omstandigheden van deze inwoner op een belangrijk punt anders zijn.";
      }
    }
    return text;
  }

  void add_weighing(const Family& family, const Timeline& timeline, ImportedCase& result,
                    std::optional<std::string_view> own_circumstance) {
    result.weighed_at = timeline.at(timeline.shape->moments[2]);
    bool decided = at_least(result.phase, Phase::decision);
    OptionKind chosen = family.route;
    bool departs = decided && !chance(kUsualOutcome);
    if (departs) chosen = departure(family.route, family.rule != nullptr);
    std::vector<OptionKind> kinds{OptionKind::standard};
    if (family.route == OptionKind::tailored || family.weighs_tailored ||
        chosen == OptionKind::tailored) {
      kinds.push_back(OptionKind::tailored);
    }
    if (family.rule && (family.route == OptionKind::deviation || family.weighs_deviation ||
                        chosen == OptionKind::deviation)) {
      kinds.push_back(OptionKind::deviation);
    }
    std::size_t chosen_index = 0;
    std::vector<std::string> titles;
    for (std::size_t idx = 0; idx < kinds.size(); ++idx) {
      ImportedOption option = make_option(family, kinds[idx]);
      weigh(option.arguments, kinds[idx] == chosen, decided);
      if (kinds[idx] == chosen) chosen_index = idx;
      titles.push_back(option.option.title);
      result.options.push_back(std::move(option));
    }
    if (chance(0.85)) add_answer(family, result, "opties", {{"{opties}", quoted_list(titles)}});
    if (!decided) return;

    const ImportedOption& picked = result.options[chosen_index];
    add_answer(family, result, "beste-optie", {{"{optie}", "'" + picked.option.title + "'"}});
    add_answer(family, result, "uitvoering", {{"{effect}", std::string(family.texts->effect)}});
    ImportedDecision decision;
    decision.option_index = chosen_index;
    decision.decided_at = timeline.at(timeline.shape->moments[3]);
    decision.decision.motivation = motivation(family, picked, departs, own_circumstance);
    int months = chance(0.6) ? 3 : 6;
    decision.decision.effect_check = "Over " + std::to_string(months) + " maanden nagaan " +
                                     std::string(family.texts->effect) +
                                     ". De consulent bespreekt de uitkomst met de inwoner.";
    decision.decision.effect_check_on =
        Timestamp{decision.decided_at.millis + months * 30 * kDayMillis};
    decision.decision.review_on =
        Timestamp{decision.decided_at.millis + (chance(0.5) ? 180 : 365) * kDayMillis};
    result.decision = std::move(decision);
    if (result.phase == Phase::evaluation || result.phase == Phase::closed)
      add_lesson(family, picked, result);
  }

  void add_lesson(const Family& family, const ImportedOption& chosen, ImportedCase& result) {
    if (!chance(0.25)) return;
    NewLesson lesson;
    if (chosen.option.kind == OptionKind::deviation && chance(0.4)) {
      lesson.text =
          "Toepassen van " + std::string(family.rule->rule) +
          " pakt in situaties als deze steeds anders uit dan bedoeld; voorgelegd aan beleid.";
      lesson.scope = LessonScope::policy;
      lesson.structural = true;
      lesson.regulation_id = family.rule_regulation;
    } else {
      auto lessons = texts::general_lessons();
      lesson.text = std::string(lessons[pick(lessons.size())]);
      lesson.scope = chance(0.5) ? LessonScope::myself : LessonScope::organisation;
    }
    result.lessons.push_back(std::move(lesson));
  }

  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random_() % n); }
  bool chance(double probability) {
    return std::uniform_real_distribution<double>(0, 1)(random_) < probability;
  }

  std::span<const ImportedCase> templates_;
  const catalog::CatalogSet& catalogs_;
  GenerateOptions options_;
  std::mt19937_64 random_;
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
