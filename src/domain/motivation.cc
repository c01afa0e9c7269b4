#include "domain/motivation.h"

#include <algorithm>
#include <array>
#include <utility>

#include "common/text.h"

namespace helder {
namespace motivation_detail {

bool blank(std::string_view text) { return trim(text).empty(); }

std::string clean(std::string_view text) { return std::string(trim(text)); }

std::string sentence(std::string_view text) {
  std::string result(trim(text));
  if (result.empty()) return result;
  char last = result.back();
  if (last != '.' && last != '!' && last != '?') result += '.';
  return result;
}

std::vector<std::string> paragraphs_of(std::string_view text) {
  std::vector<std::string> paragraphs;
  while (!text.empty()) {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    if (!blank(line)) paragraphs.push_back(sentence(line));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return paragraphs;
}

std::string join_dutch(const std::vector<std::string>& items) {
  std::string result;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) result += (i + 1 == items.size()) ? " en " : ", ";
    result += items[i];
  }
  return result;
}

std::string number_word(int number) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "nul",   "één",  "twee",  "drie", "vier", "vijf",  "zes",
      "zeven", "acht", "negen", "tien", "elf",  "twaalf"};
  if (number >= 0 && number < static_cast<int>(kWords.size())) {
    return std::string(kWords[static_cast<std::size_t>(number)]);
  }
  return std::to_string(number);
}

std::string legal_basis_text(const MotivationDeviation& deviation) {
  std::string label = clean(deviation.legal_basis_label);
  std::string reference = clean(deviation.legal_basis_reference);
  if (label.empty() || reference.empty()) return label + reference;
  return label + " (" + reference + ")";
}

std::string with_note(std::string_view text, std::string_view note) {
  std::string result = sentence(text);
  if (blank(note)) return result;
  if (!result.empty() && result.back() == '.') result.pop_back();
  return result + " (" + clean(note) + ").";
}

std::vector<std::string> distinct_in_order(const std::vector<std::string>& values) {
  std::vector<std::string> result;
  for (const auto& value : values) {
    if (std::find(result.begin(), result.end(), value) == result.end()) result.push_back(value);
  }
  return result;
}

bool rests_on_awb_484(const MotivationDeviation& deviation) {
  return deviation.legal_basis_label.find("4:84") != std::string::npos ||
         deviation.legal_basis_reference.find("4:84") != std::string::npos;
}

namespace {

// Whether `text` contains `part`, ignoring ASCII case.
bool mentions(std::string_view text, std::string_view part) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  auto found = std::search(text.begin(), text.end(), part.begin(), part.end(),
                           [&](char a, char b) { return lower(a) == lower(b); });
  return found != text.end();
}

}  // namespace

bool rests_on_hardship_clause(const MotivationDeviation& deviation) {
  return mentions(deviation.legal_basis_label, "hardheid") ||
         mentions(deviation.legal_basis_reference, "hardheid");
}

bool is_deviation_kind(std::string_view kind_label) { return mentions(kind_label, "afwijking"); }

std::vector<std::size_t> chosen_indexes(const MotivationInput& input) {
  std::vector<std::size_t> chosen;
  for (std::size_t i = 0; i < input.options.size(); ++i) {
    if (input.options[i].chosen) chosen.push_back(i);
  }
  return chosen;
}

namespace {

// Gaps in the record that an objection handler or court would notice, in section order.
class GapFinder {
 public:
  explicit GapFinder(const MotivationInput& input) : in_(input) {}

  std::vector<std::string> find() {
    grounds_and_facts();
    resident_and_investigation();
    for (std::size_t i = 0; i < in_.options.size(); ++i) option(i, in_.options[i]);
    if (in_.options.empty()) {
      add("er zijn geen opties vastgelegd. Laat zien welke mogelijkheden zijn overwogen.");
    } else if (in_.options.size() == 1) {
      add("er is maar één optie vastgelegd. Laat zien welke andere mogelijkheden zijn "
          "overwogen, zodat blijkt dat niet alleen vanuit het standaardaanbod is geredeneerd.");
    }
    bool any_argument = std::any_of(in_.options.begin(), in_.options.end(),
                                    [](const auto& option) { return !option.arguments.empty(); });
    if (!any_argument) {
      add("er zijn geen argumenten vastgelegd; uit het dossier blijkt geen afweging.");
    }
    if (in_.decision) decision(*in_.decision);
    return std::move(points_);
  }

 private:
  void add(const std::string& text) { points_.push_back("Let op: " + text); }

  void grounds_and_facts() {
    if (blank(in_.case_reference)) add("het zaakkenmerk ontbreekt.");
    if (in_.regulation_names.empty()) {
      add("aan de zaak is geen regeling gekoppeld. Noem het wettelijk kader waarbinnen wordt "
          "besloten.");
    }
    if (in_.signals.empty()) {
      add("er zijn geen signalen vastgelegd; uit het dossier blijkt niet waarom de zaak is "
          "opgepakt.");
    }
    if (paragraphs_of(in_.facts).empty()) {
      add("de feiten en omstandigheden ontbreken; zonder vastgestelde feiten mist het besluit "
          "een feitelijke grondslag.");
    }
  }

  void resident_and_investigation() {
    const auto& words = in_.resident;
    if (blank(words.short_term) && blank(words.long_term)) {
      add("de wens van de inwoner is niet vastgelegd. Leg vast wat de inwoner op korte en op "
          "lange termijn wil; anders blijkt niet dat het besluit bij deze persoon past.");
    }
    if (blank(words.own_contribution)) {
      add("niet vastgelegd is wat de inwoner zelf, of met hulp van het eigen netwerk, kan "
          "bijdragen.");
    }
    if (blank(words.preferred_option)) {
      add("niet vastgelegd is welke optie de inwoner zelf het liefst heeft.");
    }
    const auto& order = in_.order_check;
    if (order.applies && !order.complete_and_in_order) {
      for (const auto& finding : order.findings) {
        if (!blank(finding)) add(sentence(finding));
      }
      add("het onderzoek is niet volledig of niet in de voorgeschreven volgorde gedaan. Dat is "
          "een veelvoorkomende reden om een besluit te vernietigen; vul het onderzoek aan "
          "voordat wordt besloten.");
    }
    if (in_.investigation.empty()) {
      add("er is geen onderzoek vastgelegd. De motivering moet laten zien wat is onderzocht en "
          "wat daaruit bleek.");
    }
  }

  void option(std::size_t index, const MotivationOption& option) {
    const std::string name = "optie " + std::to_string(index + 1);
    if (in_.decision && option.chosen && option.arguments.empty()) {
      add("bij de gekozen optie zijn geen argumenten vastgelegd; de afweging blijkt dan niet uit "
          "het dossier.");
    }
    if (!option.deviation) {
      if (is_deviation_kind(option.kind_label)) {
        add(name + " wijkt af van een regel, maar noemt niet welke regel en op welke grondslag.");
      }
      return;
    }
    const auto& deviation = *option.deviation;
    if (blank(deviation.rule)) {
      add("bij " + name + " is niet vastgelegd van welke regel wordt afgeweken.");
    }
    if (legal_basis_text(deviation).empty()) {
      add("bij " + name + " ontbreekt de grondslag voor de afwijking.");
    }
    // Art. 4:84 Awb allows a deviation only with both of these; other bases are weighed alike.
    const bool awb_484 = rests_on_awb_484(deviation);
    const std::string awb = name + " steunt op artikel 4:84 Awb, maar ";
    if (blank(deviation.special_circumstances)) {
      add(awb_484 ? awb +
                        "de bijzondere omstandigheden zijn niet vastgelegd. Zonder die "
                        "omstandigheden is afwijken op deze grond niet mogelijk."
                  : "bij " + name + " zijn de bijzondere omstandigheden niet vastgelegd.");
    }
    if (blank(deviation.disproportionality)) {
      add(awb_484 ? awb +
                        "er is niet onderbouwd waarom toepassing van de beleidsregel "
                        "onevenredig zou zijn."
                  : "bij " + name +
                        " is niet onderbouwd waarom toepassing van de regel onevenredig zou "
                        "zijn.");
    }
  }

  void decision(const MotivationDecision& decision) {
    auto chosen = chosen_indexes(in_);
    if (chosen.empty()) add("het besluit noemt geen gekozen optie.");
    if (chosen.size() > 1) {
      add("meer dan één optie is als gekozen aangemerkt. Controleer of dat de bedoeling is en "
          "licht de combinatie toe.");
    }
    if (blank(decision.motivation_text)) {
      add("de motivering van het besluit zelf ontbreekt. Een besluit zonder kenbare motivering "
          "houdt bij bezwaar en beroep geen stand.");
    }
    if (blank(decision.decided_by)) add("niet vastgelegd is wie het besluit nam.");
    if (blank(decision.decided_on)) add("de datum van het besluit ontbreekt.");
    if (blank(decision.effect_check)) {
      add("niet vastgelegd is hoe wordt nagegaan of het besluit het beoogde effect heeft.");
    }
    if (blank(decision.effect_check_on)) {
      add("er is geen moment vastgelegd waarop het effect wordt gecontroleerd.");
    }
    if (blank(decision.follow_up_by)) add("niet vastgelegd is wie de opvolging doet.");
    if (decision.consistency && decision.consistency->departs && blank(decision.consistency->reason)) {
      add("het besluit wijkt af van wat de meeste vergelijkbare casussen kregen (" +
          join_dutch(decision.consistency->references) +
          "), maar er staat niet bij waarin deze casus verschilt. Gelijke gevallen worden gelijk "
          "behandeld; leg uit waarom dit geval anders is.");
    }
    if (in_.objection.weeks <= 0) add("de bezwaartermijn is niet goed ingevuld.");
    if (blank(in_.objection.address)) add("het adres voor bezwaarschriften ontbreekt.");
    if (blank(in_.objection.contact)) {
      add("er is geen contactpersoon vastgelegd voor vragen over bezwaar.");
    }
  }

  const MotivationInput& in_;
  std::vector<std::string> points_;
};

}  // namespace

std::vector<std::string> attention_points(const MotivationInput& input) {
  return GapFinder(input).find();
}

}  // namespace motivation_detail

MotivationDocument compose_motivation(const MotivationInput& input, MotivationAudience audience) {
  return audience == MotivationAudience::professional
             ? motivation_detail::compose_professional(input)
             : motivation_detail::compose_resident(input);
}

namespace {

std::string underline(std::string_view text, char mark) {
  return std::string(utf8_length(text).value_or(text.size()), mark);
}

}  // namespace

std::string to_plain_text(const MotivationDocument& document) {
  std::string out;
  out += document.title + '\n' + underline(document.title, '=') + '\n';
  if (!document.attention_points.empty()) {
    out += "\nAandachtspunten (intern, niet meesturen)\n";
    for (const auto& point : document.attention_points) out += "! " + point + '\n';
  }
  for (const auto& section : document.sections) {
    out += '\n' + section.heading + '\n' + underline(section.heading, '-') + '\n';
    for (const auto& paragraph : section.paragraphs) out += '\n' + paragraph + '\n';
    if (!section.bullets.empty()) {
      out += '\n';
      for (const auto& bullet : section.bullets) out += "- " + bullet + '\n';
    }
  }
  return out;
}

}  // namespace helder
