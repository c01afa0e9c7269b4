// The resident version of the motivation: plain Dutch at B1 level, addressed to the resident
// as "u", without internal jargon, weights or colleagues' names.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/motivation.h"

namespace helder::motivation_detail {
namespace {

constexpr std::string_view kNotWritten = "dit hebben wij niet opgeschreven.";
constexpr std::string_view kAwb484Explanation =
    "In artikel 4:84 van de Algemene wet bestuursrecht staat dat wij van onze eigen regels mogen "
    "afwijken. Dat mag als zo'n regel door bijzondere omstandigheden voor iemand veel zwaarder "
    "uitpakt dan de bedoeling is.";

class ResidentWriter {
 public:
  explicit ResidentWriter(const MotivationInput& input) : in_(input) {}

  MotivationDocument write() {
    doc_.title = in_.decision ? "Uitleg bij ons besluit" : "Hoe het staat met uw zaak";
    why();
    what_you_told_us();
    investigated();
    possibilities();
    if (in_.decision) {
      decided(*in_.decision);
      what_happens_next(*in_.decision);
      objection();
    }
    explain_awb_484();
    return std::move(doc_);
  }

 private:
  MotivationSection& section(std::string heading) {
    doc_.sections.push_back({std::move(heading), {}, {}});
    return doc_.sections.back();
  }
  static std::string or_not_written(std::string_view text) {
    return blank(text) ? std::string(kNotWritten) : sentence(text);
  }

  // How we may deviate, in words a resident understands.
  static std::string basis_explanation(const MotivationDeviation& deviation) {
    if (rests_on_awb_484(deviation)) return std::string(kAwb484Explanation);
    if (rests_on_hardship_clause(deviation)) {
      std::string text =
          "Dat mag, omdat de wet hiervoor een hardheidsclausule heeft. Dat is een regel die ons "
          "toestaat af te wijken als de gewone regel voor iemand te hard uitpakt.";
      if (!blank(deviation.legal_basis_reference)) {
        text += " Die hardheidsclausule staat in " + sentence(deviation.legal_basis_reference);
      }
      return text;
    }
    std::string basis = legal_basis_text(deviation);
    if (basis.empty()) {
      return "Wij hebben nog niet opgeschreven op grond van welke regel wij dat mogen.";
    }
    return "Dat mag op grond van: " + sentence(basis);
  }

  static std::string deviation_sentence(std::string_view lead,
                                        const MotivationDeviation* deviation) {
    std::string text(lead);
    if (deviation == nullptr || blank(deviation->rule)) return text + ".";
    return text + ": " + sentence(deviation->rule);
  }

  void why() {
    auto& s = section("Waarom wij naar uw situatie keken");
    std::string intro;
    if (!blank(in_.organisation_name)) {
      intro = "Deze brief komt van " + sentence(in_.organisation_name);
    }
    if (!blank(in_.case_reference)) {
      if (!intro.empty()) intro += ' ';
      intro += "Het gaat om uw zaak met kenmerk " + sentence(in_.case_reference);
    }
    if (!intro.empty()) s.paragraphs.push_back(intro);
    s.paragraphs.push_back(in_.decision
                               ? "In deze brief leggen wij uit wat wij hebben besloten en waarom."
                               : "Er is nog geen besluit genomen. In deze brief leest u hoe wij "
                                 "uw situatie nu bekijken.");
    if (!in_.regulation_names.empty()) {
      std::vector<std::string> names;
      for (const auto& name : in_.regulation_names) {
        bool has_article = name.starts_with("de ") || name.starts_with("De ");
        names.push_back(has_article ? clean(name) : "de " + clean(name));
      }
      s.paragraphs.push_back("Voor uw situatie gelden de regels uit " + join_dutch(names) + ".");
    }
    if (in_.signals.empty()) {
      s.paragraphs.push_back(
          "Wij hebben niet opgeschreven waarom wij naar uw situatie zijn gaan kijken.");
      return;
    }
    s.paragraphs.push_back("Wij zijn naar uw situatie gaan kijken om deze redenen:");
    for (const auto& signal : in_.signals) s.bullets.push_back(sentence(signal.text));
  }

  void what_you_told_us() {
    auto& s = section("Wat u ons vertelde en wat u wilt");
    auto facts = paragraphs_of(in_.facts);
    if (facts.empty()) {
      s.paragraphs.push_back("Wij hebben nog niets over uw situatie opgeschreven.");
    } else {
      s.paragraphs.push_back("Dit hebben wij over uw situatie opgeschreven:");
      for (auto& paragraph : facts) s.paragraphs.push_back(std::move(paragraph));
    }
    const auto& words = in_.resident;
    bool no_wish = blank(words.short_term) && blank(words.long_term);
    if (!no_wish) {
      s.paragraphs.push_back("Dit hebt u ons verteld:");
      s.bullets.push_back("Wat u snel wilt bereiken: " + or_not_written(words.short_term));
      s.bullets.push_back("Wat u op langere termijn wilt bereiken: " +
                          or_not_written(words.long_term));
      s.bullets.push_back("Wat u zelf kunt en wilt doen: " +
                          or_not_written(words.own_contribution));
      s.bullets.push_back("Welke oplossing u het liefst wilt: " +
                          or_not_written(words.preferred_option));
      return;
    }
    std::string missing = "Wij hebben niet opgeschreven wat u wilt.";
    if (!blank(in_.objection.contact)) {
      missing += " Wilt u ons dat alsnog vertellen? Neem dan contact op met " +
                 sentence(in_.objection.contact);
    }
    s.paragraphs.push_back(missing);
    if (blank(words.own_contribution) && blank(words.preferred_option)) return;
    s.paragraphs.push_back("Wel hebben wij dit opgeschreven:");
    if (!blank(words.own_contribution)) {
      s.bullets.push_back("Wat u zelf kunt en wilt doen: " + sentence(words.own_contribution));
    }
    if (!blank(words.preferred_option)) {
      s.bullets.push_back("Welke oplossing u het liefst wilt: " + sentence(words.preferred_option));
    }
  }

  void investigated() {
    auto& s = section("Wat wij hebben onderzocht");
    if (in_.order_check.applies) {
      s.paragraphs.push_back(
          std::string("De regels bepalen in welke volgorde wij uw situatie onderzoeken. ") +
          (in_.order_check.complete_and_in_order
               ? "Wij hebben alle stappen gedaan, in de juiste volgorde."
               : "Wij hebben niet alle stappen in de juiste volgorde gedaan."));
    }
    if (in_.investigation.empty()) {
      s.paragraphs.push_back("Wij hebben nog niet opgeschreven wat wij hebben onderzocht.");
      return;
    }
    s.paragraphs.push_back("Dit kwam uit ons onderzoek:");
    for (const auto& answer : in_.investigation) {
      if (!blank(answer.text)) s.bullets.push_back(sentence(answer.text));
    }
  }

  void possibilities() {
    auto& s = section("Welke mogelijkheden wij hebben bekeken");
    const auto& opts = in_.options;
    if (opts.empty()) {
      s.paragraphs.push_back("Wij hebben nog geen mogelijkheden opgeschreven.");
      return;
    }
    s.paragraphs.push_back(opts.size() == 1
                               ? std::string("Wij hebben één mogelijkheid bekeken:")
                               : "Wij hebben " + number_word(static_cast<int>(opts.size())) +
                                     " mogelijkheden bekeken:");
    for (const auto& option : opts) {
      std::string text = blank(option.title) ? std::string("Een mogelijkheid zonder naam.")
                                             : sentence(option.title);
      if (!blank(option.description)) text += ' ' + sentence(option.description);
      std::string kind = clean(option.kind_label);
      if (option.deviation || is_deviation_kind(kind)) {
        const MotivationDeviation* deviation = option.deviation ? &*option.deviation : nullptr;
        text += ' ' + deviation_sentence("Hierbij wijken wij af van een regel", deviation);
        if (!in_.decision && deviation != nullptr) text += ' ' + basis_explanation(*deviation);
      } else if (kind == "standaardroute") {
        text += " Dit is de gewone werkwijze.";
      } else if (kind == "maatwerk binnen de regels") {
        text += " Dit is een oplossing die past bij uw situatie, binnen de gewone regels.";
      }
      s.bullets.push_back(text);
    }
  }

  void decided(const MotivationDecision& decision) {
    auto& s = section("Wat wij hebben besloten en waarom");
    auto chosen = chosen_indexes(in_);
    if (chosen.empty()) {
      s.paragraphs.push_back(
          "Wij hebben nog niet opgeschreven voor welke mogelijkheid wij hebben gekozen.");
    }
    for (auto index : chosen) {
      const auto& option = in_.options[index];
      std::string text = blank(decision.decided_on)
                             ? std::string("Wij hebben besloten: ")
                             : "Op " + clean(decision.decided_on) + " hebben wij besloten: ";
      s.paragraphs.push_back(text + sentence(option.title));
      if (option.deviation) {
        s.paragraphs.push_back(
            deviation_sentence("Daarvoor wijken wij af van een regel", &*option.deviation) + ' ' +
            basis_explanation(*option.deviation));
      }
    }
    if (blank(decision.motivation_text)) {
      s.paragraphs.push_back("Wij hebben de uitleg bij dit besluit nog niet opgeschreven.");
    } else {
      s.paragraphs.push_back("Waarom wij zo hebben besloten:");
      for (auto& paragraph : paragraphs_of(decision.motivation_text)) {
        s.paragraphs.push_back(std::move(paragraph));
      }
    }
    if (decision.consistency && decision.consistency->departs && !blank(decision.consistency->reason)) {
      s.paragraphs.push_back(
          "Wij hebben uw situatie ook vergeleken met situaties die erop lijken. Daarin besloten "
          "wij vaak anders. Bij u is dat niet zo, omdat: " + sentence(decision.consistency->reason));
    }
    std::vector<std::string> reasons;
    for (bool pro : {true, false}) {
      for (auto index : chosen) {
        for (const auto& argument : in_.options[index].arguments) {
          if (argument.pro != pro) continue;
          const auto& said = blank(argument.explanation) ? argument.text : argument.explanation;
          if (!blank(said)) reasons.push_back((pro ? "Voor: " : "Tegen: ") + sentence(said));
        }
      }
    }
    if (!reasons.empty()) {
      s.paragraphs.push_back("Wij hebben op een rij gezet wat voor en wat tegen deze keuze pleit:");
      s.bullets = std::move(reasons);
    }
  }

  void what_happens_next(const MotivationDecision& decision) {
    auto& s = section("Wat er nu gebeurt");
    if (blank(decision.effect_check)) {
      s.paragraphs.push_back(
          "Wij hebben nog niet opgeschreven hoe wij nagaan of deze oplossing voor u goed werkt.");
    } else {
      s.paragraphs.push_back("Wij gaan na of deze oplossing voor u goed werkt. Dat doen wij zo: " +
                             sentence(decision.effect_check));
    }
    if (!blank(decision.effect_check) || !blank(decision.effect_check_on)) {
      s.paragraphs.push_back("Wanneer wij dat doen: " + or_not_written(decision.effect_check_on));
    }
    if (!blank(decision.review_on)) {
      s.paragraphs.push_back("Wanneer wij dit besluit opnieuw bekijken: " +
                             sentence(decision.review_on));
    }
    if (!blank(in_.objection.contact)) {
      s.paragraphs.push_back("Hebt u vragen? Neem dan contact op met " +
                             sentence(in_.objection.contact));
    }
  }

  void objection() {
    auto& s = section("Bent u het er niet mee eens?");
    const auto& objection = in_.objection;
    s.paragraphs.push_back(
        "Dan kunt u bezwaar maken. Dat betekent dat u ons vraagt om het besluit opnieuw te "
        "bekijken.");
    std::string send = "Doe dat binnen " + number_word(objection.weeks) +
                       " weken na de datum van deze brief. Stuur uw bezwaar in een brief naar ";
    if (!blank(objection.address)) {
      send += "dit adres: " + sentence(objection.address);
    } else {
      send += blank(in_.organisation_name) ? std::string("ons.") : sentence(in_.organisation_name);
    }
    s.paragraphs.push_back(send);
    std::string what = "Schrijf in uw brief: uw naam en adres, de datum, ";
    what += blank(in_.case_reference) ? std::string("over welk besluit het gaat")
                                      : "het kenmerk " + clean(in_.case_reference);
    what += " en waarom u het niet eens bent met het besluit. Zet uw handtekening onder de brief.";
    s.paragraphs.push_back(what);
    if (!blank(objection.contact)) {
      s.paragraphs.push_back(
          "Wilt u hulp bij het schrijven van uw bezwaar? Neem dan contact op met " +
          sentence(objection.contact));
    }
  }

  // Recorded texts may mention art. 4:84 Awb; a resident then gets the plain explanation too.
  void explain_awb_484() {
    auto mentions = [](const MotivationSection& s, std::string_view part) {
      auto has = [&](const std::string& text) { return text.find(part) != std::string::npos; };
      return std::ranges::any_of(s.paragraphs, has) || std::ranges::any_of(s.bullets, has);
    };
    if (std::ranges::any_of(doc_.sections,
                            [&](const auto& s) { return mentions(s, kAwb484Explanation); })) {
      return;
    }
    for (auto& s : doc_.sections) {
      if (!mentions(s, "4:84")) continue;
      s.paragraphs.emplace_back(kAwb484Explanation);
      return;
    }
  }

  const MotivationInput& in_;
  MotivationDocument doc_{MotivationAudience::resident, {}, {}, {}};
};

}  // namespace

MotivationDocument compose_resident(const MotivationInput& input) {
  return ResidentWriter(input).write();
}

}  // namespace helder::motivation_detail
