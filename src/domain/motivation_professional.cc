// The professional version of the motivation: for the file, colleagues, objection handlers and
// the court. Legally structured; every gap becomes an attention point.
#include <string>
#include <utility>
#include <vector>

#include "domain/motivation.h"

namespace helder::motivation_detail {
namespace {

std::string or_missing(std::string_view text) {
  return blank(text) ? std::string("niet vastgelegd.") : sentence(text);
}

std::string option_name(std::size_t index) { return "optie " + std::to_string(index + 1); }

// "Optie 2, Welzijn, voor (gewicht 4 van 5): tekst. Toelichting: ... Ingebracht door: ..."
std::string argument_line(std::size_t index, const MotivationArgument& argument) {
  std::string line = "Optie " + std::to_string(index + 1) + ", " +
                     (blank(argument.theme_label) ? "zonder thema" : clean(argument.theme_label)) +
                     (argument.pro ? ", voor" : ", tegen");
  line += argument.weight ? " (gewicht " + std::to_string(*argument.weight) + " van 5): "
                          : " (geen gewicht gegeven): ";
  line += sentence(argument.text);
  if (!blank(argument.explanation)) line += " Toelichting: " + sentence(argument.explanation);
  if (!blank(argument.brought_by_label)) {
    line += " Ingebracht door: " + sentence(argument.brought_by_label);
  }
  return line;
}

class ProfessionalWriter {
 public:
  explicit ProfessionalWriter(const MotivationInput& input) : in_(input) {}

  MotivationDocument write() {
    doc_.title =
        in_.decision ? "Motivering van het besluit" : "Concept-afweging (nog geen besluit)";
    if (!blank(in_.case_title)) doc_.title += ": " + clean(in_.case_title);
    grounds();
    facts();
    resident_wishes();
    investigation();
    options();
    weighing();
    doc_.attention_points = attention_points(in_);
    if (in_.decision) {
      decision(*in_.decision);
      effect_check(*in_.decision);
      objection();
    }
    return std::move(doc_);
  }

 private:
  MotivationSection& section(std::string heading) {
    doc_.sections.push_back({std::move(heading), {}, {}});
    return doc_.sections.back();
  }

  void grounds() {
    auto& s = section("Aanleiding");
    std::string intro = in_.decision ? "Deze motivering hoort bij " : "Dit concept hoort bij ";
    intro += blank(in_.case_reference) ? "een zaak" : "zaak " + clean(in_.case_reference);
    if (!blank(in_.organisation_name)) intro += " van " + clean(in_.organisation_name);
    intro += in_.decision ? "." : ". Er is nog geen besluit genomen.";
    s.paragraphs.push_back(intro);
    if (in_.regulation_names.empty()) {
      s.paragraphs.push_back("Er is geen regeling aan de zaak gekoppeld.");
    } else {
      s.paragraphs.push_back("Toepasselijke regelgeving: " + join_dutch(in_.regulation_names) +
                             ".");
    }
    if (in_.signals.empty()) {
      s.paragraphs.push_back("Er zijn geen signalen vastgelegd.");
      return;
    }
    s.paragraphs.push_back("De zaak is opgepakt naar aanleiding van de volgende signalen.");
    for (const auto& signal : in_.signals) {
      std::string note = blank(signal.source_label) ? "" : "bron: " + clean(signal.source_label);
      if (!blank(signal.observed_on)) {
        note += (note.empty() ? "" : "; ") + ("opgemerkt op " + clean(signal.observed_on));
      }
      s.bullets.push_back(with_note(signal.text, note));
    }
  }

  void facts() {
    auto& s = section("Feiten en omstandigheden");
    s.paragraphs = paragraphs_of(in_.facts);
    if (!s.paragraphs.empty()) return;
    s.paragraphs.push_back("De feiten en omstandigheden zijn niet vastgelegd.");
  }

  void resident_wishes() {
    auto& s = section("Wat de inwoner wil");
    const auto& words = in_.resident;
    if (blank(words.short_term) && blank(words.long_term)) {
      s.paragraphs.push_back("Er is geen wens van de inwoner vastgelegd.");
    } else {
      s.paragraphs.push_back("De inwoner heeft het volgende aangegeven.");
    }
    s.bullets = {"Op korte termijn: " + or_missing(words.short_term),
                 "Op lange termijn: " + or_missing(words.long_term),
                 "Wat de inwoner zelf kan en wil bijdragen: " + or_missing(words.own_contribution),
                 "Voorkeur van de inwoner: " + or_missing(words.preferred_option)};
  }

  void investigation() {
    auto& s = section("Onderzoek");
    const auto& order = in_.order_check;
    if (order.applies) {
      s.paragraphs.push_back(
          std::string("Voor deze zaak geldt een voorgeschreven volgorde van onderzoek. ") +
          (order.complete_and_in_order
               ? "Het onderzoek is volledig en in die volgorde doorlopen."
               : "Het onderzoek is niet volledig of niet in die volgorde doorlopen."));
      if (!blank(order.summary)) s.paragraphs.push_back(sentence(order.summary));
      for (const auto& finding : order.findings) {
        if (blank(finding)) continue;
        s.paragraphs.push_back("Bevinding: " + sentence(finding));
      }
    }
    if (in_.investigation.empty()) {
      s.paragraphs.push_back("Er is geen onderzoek vastgelegd.");
      return;
    }
    s.paragraphs.push_back("Per onderwerp is het volgende vastgesteld.");
    std::vector<std::string> groups;
    for (const auto& answer : in_.investigation) groups.push_back(answer.group_label);
    for (const auto& group : distinct_in_order(groups)) {
      for (const auto& answer : in_.investigation) {
        if (answer.group_label != group) continue;
        s.bullets.push_back((blank(group) ? "Overig" : clean(group)) + " – " +
                            sentence(answer.text));
      }
    }
  }

  void deviation(std::size_t index, const MotivationDeviation& deviation,
                 std::vector<std::string>& out) {
    const std::string name = option_name(index);
    const std::string basis = legal_basis_text(deviation);
    const bool no_circumstances = blank(deviation.special_circumstances);
    const bool no_disproportion = blank(deviation.disproportionality);
    out.push_back("Bij " + name + " wordt afgeweken van: " + or_missing(deviation.rule));
    out.push_back("Grondslag voor de afwijking: " + or_missing(basis));
    out.push_back("Bijzondere omstandigheden: " + or_missing(deviation.special_circumstances));
    out.push_back("Waarom toepassing van de regel onevenredig zou zijn: " +
                  or_missing(deviation.disproportionality));
    if (!rests_on_awb_484(deviation) || (!no_circumstances && !no_disproportion)) return;
    out.push_back(
        "Afwijken op grond van artikel 4:84 Awb vereist bijzondere omstandigheden waardoor "
        "toepassing van de beleidsregel onevenredig uitpakt in verhouding tot het doel ervan. " +
        std::string(no_circumstances && no_disproportion ? "Beide zijn niet vastgelegd."
                    : no_circumstances ? "De bijzondere omstandigheden zijn niet vastgelegd."
                                       : "De onevenredigheid is niet onderbouwd."));
  }

  void options() {
    auto& s = section("Overwogen opties");
    const auto& opts = in_.options;
    if (opts.empty()) {
      s.paragraphs.push_back("Er zijn geen opties vastgelegd.");
      return;
    }
    s.paragraphs.push_back(opts.size() == 1
                               ? std::string("Er is één optie overwogen.")
                               : "Er zijn " + number_word(static_cast<int>(opts.size())) +
                                     " opties overwogen.");
    for (std::size_t i = 0; i < opts.size(); ++i) {
      const auto& option = opts[i];
      std::string text = "Optie " + std::to_string(i + 1) + ": " +
                         (blank(option.title) ? "(zonder titel)" : clean(option.title));
      if (!blank(option.kind_label)) text += " (" + clean(option.kind_label) + ")";
      text += '.';
      if (!blank(option.description)) text += ' ' + sentence(option.description);
      if (in_.decision && option.chosen) text += " Deze optie is gekozen.";
      s.paragraphs.push_back(text);
      if (option.deviation) {
        deviation(i, *option.deviation, s.paragraphs);
      } else if (is_deviation_kind(option.kind_label)) {
        s.paragraphs.push_back("Bij " + option_name(i) +
                               " is niet vastgelegd van welke regel wordt afgeweken en op welke "
                               "grondslag.");
      }
    }
  }

  void weighing() {
    auto& s = section("Afweging");
    s.paragraphs.push_back(
        "Per optie staan hieronder de argumenten voor en tegen, geordend naar thema. Het gewicht "
        "(1 tot 5) is gegeven door wie de afweging maakte; waar geen gewicht is gegeven, staat "
        "dat erbij.");
    bool any = false;
    for (std::size_t i = 0; i < in_.options.size(); ++i) {
      const auto& option = in_.options[i];
      if (option.arguments.empty()) {
        s.bullets.push_back("Optie " + std::to_string(i + 1) + ": geen argumenten vastgelegd.");
        continue;
      }
      any = true;
      std::vector<std::string> themes;
      for (const auto& argument : option.arguments) themes.push_back(argument.theme_label);
      for (const auto& theme : distinct_in_order(themes)) {
        for (bool pro : {true, false}) {
          for (const auto& argument : option.arguments) {
            if (argument.theme_label == theme && argument.pro == pro) {
              s.bullets.push_back(argument_line(i, argument));
            }
          }
        }
      }
    }
    if (!any) {
      s.bullets.clear();
      s.paragraphs.push_back("Er zijn geen argumenten vastgelegd.");
    }
  }

  void decision(const MotivationDecision& decision) {
    auto& s = section("Besluit");
    auto chosen = chosen_indexes(in_);
    if (chosen.empty()) {
      s.paragraphs.push_back("Er is geen optie als gekozen aangemerkt.");
    }
    for (auto index : chosen) {
      const auto& option = in_.options[index];
      std::string text = "Gekozen optie: " + option_name(index) + ", " + clean(option.title);
      if (!blank(option.kind_label)) text += " (" + clean(option.kind_label) + ")";
      s.paragraphs.push_back(text + ".");
    }
    s.paragraphs.push_back("Soort dienstverlening: " + or_missing(decision.service_type_label));
    s.paragraphs.push_back("Juridische grondslag: " +
                           (in_.regulation_names.empty() ? "niet vastgelegd."
                                                         : join_dutch(in_.regulation_names) + "."));
    for (auto index : chosen) {
      const auto& deviation = in_.options[index].deviation;
      if (!deviation) continue;
      s.paragraphs.push_back(
          "Het besluit wijkt af van: " + or_missing(deviation->rule) +
          " Grondslag voor de afwijking: " + or_missing(legal_basis_text(*deviation)));
    }
    if (blank(decision.motivation_text)) {
      s.paragraphs.push_back("De motivering van de uitvoerder ontbreekt.");
    } else {
      s.paragraphs.push_back("Motivering van de uitvoerder:");
      for (auto& paragraph : paragraphs_of(decision.motivation_text)) {
        s.paragraphs.push_back(std::move(paragraph));
      }
    }
    if (decision.consistency) consistency(s, *decision.consistency);
    s.paragraphs.push_back("Besloten door: " + or_missing(decision.decided_by));
    s.paragraphs.push_back("Datum van het besluit: " + or_missing(decision.decided_on));
  }

  // The comparison with similar decided cases, and why this case differs when it departs.
  void consistency(MotivationSection& s, const MotivationConsistency& consistency) {
    std::string cases = join_dutch(consistency.references);
    if (!consistency.departs) {
      s.paragraphs.push_back("Vergelijking met vergelijkbare casussen: " +
                             std::to_string(consistency.same_route) + " van de " +
                             std::to_string(consistency.compared) +
                             " meest vergelijkbare besloten casussen (" + cases +
                             ") kregen dezelfde soort oplossing.");
      return;
    }
    s.paragraphs.push_back("Vergelijking met vergelijkbare casussen: " +
                           std::to_string(consistency.most_common_cases) + " van de " +
                           std::to_string(consistency.compared) +
                           " meest vergelijkbare besloten casussen (" + cases + ") kregen " +
                           consistency.most_common_label + "; dit besluit wijkt daarvan af.");
    s.paragraphs.push_back(blank(consistency.reason)
                               ? std::string("Waarin deze casus verschilt, is niet vastgelegd.")
                               : "Waarin deze casus verschilt: " + sentence(consistency.reason));
  }

  void effect_check(const MotivationDecision& decision) {
    auto& s = section("Controle van het effect");
    s.paragraphs = {"Wijze van controle: " + or_missing(decision.effect_check),
                    "Moment van controle: " + or_missing(decision.effect_check_on),
                    "Opvolging door: " + or_missing(decision.follow_up_by),
                    "Herbeoordeling van het besluit: " + or_missing(decision.review_on)};
  }

  void objection() {
    auto& s = section("Bezwaar");
    const auto& objection = in_.objection;
    s.paragraphs = {
        "Een belanghebbende kan tegen dit besluit schriftelijk bezwaar maken, binnen " +
            number_word(objection.weeks) + " weken na de datum van verzending van het besluit.",
        "Het bezwaarschrift wordt gestuurd aan: " + or_missing(objection.address),
        "Het bezwaarschrift bevat ten minste naam en adres van de indiener, de datum, een "
        "omschrijving van het besluit en de gronden van het bezwaar, en wordt ondertekend "
        "(artikel 6:5 Awb).",
        "Voor vragen of hulp bij het maken van bezwaar: " + or_missing(objection.contact)};
  }

  const MotivationInput& in_;
  MotivationDocument doc_{MotivationAudience::professional, {}, {}, {}};
};

}  // namespace

MotivationDocument compose_professional(const MotivationInput& input) {
  return ProfessionalWriter(input).write();
}

}  // namespace helder::motivation_detail
