#include "app/generator_weighing.h"

#include <algorithm>

#include "app/generator_answers.h"

namespace helder::app {
namespace {

namespace texts = generator_texts;

constexpr double kUsualOutcome = 0.85;  // share of a family's decisions that take its usual route

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

class Weighing {
 public:
  Weighing(const catalog::CatalogSet& catalogs, const ArgumentLookup& arguments,
           GeneratorRandom& random)
      : catalogs_(catalogs), arguments_(arguments), random_(random) {}

  void add(const Family& family, Timestamp weighed_at, std::optional<Timestamp> decided_at,
           ImportedCase& result, std::optional<std::string_view> own_circumstance) {
    result.weighed_at = weighed_at;
    bool decided = decided_at.has_value();
    OptionKind chosen = family.route;
    bool departs = decided && !random_.chance(kUsualOutcome);
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
    if (random_.chance(0.85))
      add_answer(random_, family, result, "opties", {{"{opties}", quoted_list(titles)}});
    if (!decided) return;

    const ImportedOption& picked = result.options[chosen_index];
    add_answer(random_, family, result, "beste-optie",
               {{"{optie}", "'" + picked.option.title + "'"}});
    add_answer(random_, family, result, "uitvoering",
               {{"{effect}", std::string(family.texts->effect)}});
    ImportedDecision decision;
    decision.option_index = chosen_index;
    decision.decided_at = *decided_at;
    decision.decision.motivation = motivation(family, picked, departs, own_circumstance);
    int months = random_.chance(0.6) ? 3 : 6;
    decision.decision.effect_check = "Over " + std::to_string(months) + " maanden nagaan " +
                                     std::string(family.texts->effect) +
                                     ". De consulent bespreekt de uitkomst met de inwoner.";
    decision.decision.effect_check_on =
        Timestamp{decision.decided_at.millis + months * 30 * kMillisPerDay};
    decision.decision.review_on =
        Timestamp{decision.decided_at.millis + (random_.chance(0.5) ? 180 : 365) * kMillisPerDay};
    result.decision = std::move(decision);
    if (result.phase == Phase::evaluation || result.phase == Phase::closed)
      add_lesson(family, picked, result);
  }

 private:
  OptionKind departure(OptionKind usual, bool can_deviate) {
    switch (usual) {
      case OptionKind::standard:
        return can_deviate && random_.chance(0.3) ? OptionKind::deviation : OptionKind::tailored;
      case OptionKind::tailored:
        return can_deviate && random_.chance(0.4) ? OptionKind::deviation : OptionKind::standard;
      case OptionKind::deviation:
        return random_.chance(0.7) ? OptionKind::tailored : OptionKind::standard;
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
      if (pro && argument.theme == Theme::wellbeing && random_.chance(0.3)) {
        argument.brought_by = ArgumentSource::resident;
      } else if (!pro && random_.chance(0.15)) {
        argument.brought_by = ArgumentSource::contradiction;
      } else if (random_.chance(0.1)) {
        argument.brought_by = ArgumentSource::colleague;
      }
      if (random_.chance(decided ? 0.05 : 0.35)) continue;  // not weighed (yet)
      int base = (pro == chosen) ? 4 : 2;
      argument.weight =
          std::clamp(base + static_cast<int>(random_.pick(2)) - (random_.chance(0.1) ? 1 : 0),
                     kMinWeight, kMaxWeight);
    }
  }

  ImportedOption make_option(const Family& family, OptionKind kind) {
    ImportedOption entry;
    entry.option.kind = kind;
    std::size_t variant_shift = random_.chance(0.2) ? 1 : 0;
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
    if (entry.arguments.size() > 2 && random_.chance(0.15))
      entry.arguments.pop_back();  // one fewer
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
    if (departs && random_.chance(0.5)) {  // the other half leaves the difference unexplained
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

  void add_lesson(const Family& family, const ImportedOption& chosen, ImportedCase& result) {
    if (!random_.chance(0.25)) return;
    NewLesson lesson;
    if (chosen.option.kind == OptionKind::deviation && random_.chance(0.4)) {
      lesson.text =
          "Toepassen van " + std::string(family.rule->rule) +
          " pakt in situaties als deze steeds anders uit dan bedoeld; voorgelegd aan beleid.";
      lesson.scope = LessonScope::policy;
      lesson.structural = true;
      lesson.regulation_id = family.rule_regulation;
    } else {
      auto lessons = texts::general_lessons();
      lesson.text = std::string(lessons[random_.pick(lessons.size())]);
      lesson.scope = random_.chance(0.5) ? LessonScope::myself : LessonScope::organisation;
    }
    result.lessons.push_back(std::move(lesson));
  }

  const catalog::CatalogSet& catalogs_;
  const ArgumentLookup& arguments_;
  GeneratorRandom& random_;
};

}  // namespace

std::string option_title(const Family& family, OptionKind kind) {
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

void add_weighing(const catalog::CatalogSet& catalogs, const ArgumentLookup& arguments,
                  GeneratorRandom& random, const Family& family, Timestamp weighed_at,
                  std::optional<Timestamp> decided_at,
                  std::optional<std::string_view> own_circumstance, ImportedCase& result) {
  Weighing(catalogs, arguments, random)
      .add(family, weighed_at, decided_at, result, own_circumstance);
}

}  // namespace helder::app
