// The case half of the generator's texts (generator_texts.h): arguments and their
// explanations, answer phrasings, wishes, lessons and small variations. The regulations' texts
// are in generator_regulation_texts.cc.
#include "app/generator_texts.h"

#include <array>

namespace helder::app::generator_texts {
namespace {

constexpr OwnArgument kStandardArguments[] = {
    {"De gewone route is voorspelbaar en gelijk voor iedereen", Theme::principles, Side::pro,
     "Wat deze inwoner krijgt, krijgen anderen in dezelfde situatie ook."},
    {"Snel en zonder extra afstemming uit te voeren", Theme::execution, Side::pro,
     "De consulent kan meteen besluiten; er is geen overleg met andere teams nodig."},
    {"Geen extra kosten voor de organisatie", Theme::finance, Side::pro,
     "Er zijn geen extra uren of middelen nodig bovenop de gewone behandeling."},
    {"Lost het eigenlijke probleem niet op", Theme::wellbeing, Side::con,
     "De kern van de situatie blijft liggen en komt later terug, waarschijnlijk groter."},
    {"Houdt de inwoner in onzekerheid", Theme::wellbeing, Side::con,
     "De inwoner weet na dit besluit nog steeds niet waar hij aan toe is."},
    {"Past niet bij de bedoeling van de regel", Theme::governance, Side::con,
     "De regel is voor een andere situatie gemaakt dan die van deze inwoner."},
};

constexpr std::string_view kTailoredPro[] = {
    "argument.eigen-regie", "argument.toekomstperspectief", "argument.goed-uitvoerbaar",
    "argument.in-een-keer-opgelost", "argument.problemen-naasten"};
constexpr std::string_view kTailoredCon[] = {"argument.standaard-volstaat", "argument.duurder",
                                             "argument.geen-capaciteit", "argument.trager"};
constexpr std::string_view kDeviationPro[] = {
    "argument.financiele-problemen", "argument.psychische-problemen", "argument.bedoeling-wet",
    "argument.onvoorzien-geval",     "argument.recht-op-maatwerk",    "argument.mkba-loont",
    "argument.gelijke-uitkomsten"};
constexpr std::string_view kDeviationCon[] = {
    "argument.strijd-met-regeling",       "argument.kritiek-willekeur",
    "argument.precedent-bedrijfsvoering", "argument.gelijkheid-voor-de-wet",
    "argument.op-maat-volstaat",          "argument.structurele-problemen-blijven"};

struct CardExplanation {
  std::string_view card;
  std::array<std::string_view, 2> variants;
};

constexpr CardExplanation kExplanations[] = {
    {"argument.financiele-problemen",
     {"Zonder deze route lopen de achterstanden verder op en dreigen nieuwe schulden.",
      "Met deze oplossing houdt het huishouden weer genoeg over voor de vaste lasten."}},
    {"argument.psychische-problemen",
     {"De onzekerheid weegt zwaar op de inwoner; een duidelijke oplossing geeft rust.",
      "De inwoner slaapt slecht door de zorgen; dat neemt af als dit is geregeld."}},
    {"argument.problemen-naasten",
     {"Ook de kinderen en de huisgenoten hebben last van de huidige situatie.",
      "De mantelzorger raakt uitgeput als er niets verandert."}},
    {"argument.toekomstperspectief",
     {"De inwoner kan weer vooruitkijken en plannen maken voor werk of opleiding.",
      "Met deze route ontstaat ruimte om aan een stabiele toekomst te werken."}},
    {"argument.eigen-regie",
     {"De inwoner houdt zelf de regie en kiest mee hoe de hulp eruitziet.",
      "De inwoner wil het zelf doen en krijgt daar met deze route de ruimte voor."}},
    {"argument.in-een-keer-opgelost",
     {"Alle problemen worden in één keer aangepakt in plaats van loket voor loket.",
      "Eén afspraak voor alles scheelt de inwoner veel heen en weer."}},
    {"argument.goed-uitvoerbaar",
     {"Het team kan dit met de bestaande mensen en middelen uitvoeren.",
      "De afspraken passen in de gewone werkwijze van het wijkteam."}},
    {"argument.bedoeling-wet",
     {"De regel is voor een andere situatie bedoeld; deze oplossing past bij het doel ervan.",
      "Wat de wet wil bereiken, wordt hier juist gehaald door niet letterlijk toe te passen."}},
    {"argument.onvoorzien-geval",
     {"Met deze samenloop van omstandigheden heeft de regel geen rekening gehouden.",
      "Deze situatie komt zelden voor en viel buiten wat de regel voorzag."}},
    {"argument.recht-op-maatwerk",
     {"De situatie vraagt erom; de inwoner mag verwachten dat daar naar gekeken wordt.",
      "Een bijzondere situatie verdient een eigen afweging."}},
    {"argument.mkba-loont",
     {"Nu ingrijpen voorkomt later duurdere hulp, zoals opvang of schuldsanering.",
      "De kosten van niets doen liggen hoger dan die van deze oplossing."}},
    {"argument.gelijke-uitkomsten",
     {"Pas met deze aanpassing komt de inwoner uit op wat anderen wel krijgen.",
      "Gelijk behandelen leidt hier tot een ongelijke uitkomst; deze route herstelt dat."}},
    {"argument.wet-staat-toe",
     {"De regeling biedt hiervoor uitdrukkelijk ruimte.",
      "De grondslag om af te wijken is er en past bij deze situatie."}},
    {"argument.beginselen-behoorlijk-bestuur",
     {"Evenredigheid vraagt hier om een andere uitkomst dan de letter van de regel.",
      "Zorgvuldig handelen betekent hier: de werkelijke situatie laten tellen."}},
    {"argument.verantwoordelijkheid-nemen",
     {"De organisatie neemt verantwoordelijkheid waar de regels tekortschieten.",
      "Het mandaat is er juist voor situaties als deze."}},
    {"argument.standaard-volstaat",
     {"Met de gewone route en wat uitleg is de vraag waarschijnlijk ook opgelost.",
      "De gewone regeling dekt het grootste deel van wat de inwoner nodig heeft."}},
    {"argument.op-maat-volstaat",
     {"Binnen de regels is al genoeg ruimte om met deze situatie rekening te houden.",
      "Een aanpassing binnen de regels bereikt bijna hetzelfde zonder af te wijken."}},
    {"argument.duurder",
     {"Deze route kost meer uren van de consulent en meer geld dan de gewone route.",
      "De extra begeleiding drukt op het budget van het team."}},
    {"argument.geen-capaciteit",
     {"Het team heeft weinig ruimte voor de extra begeleiding die dit vraagt.",
      "Door de wachtlijst is intensieve begeleiding op korte termijn lastig."}},
    {"argument.trager",
     {"Het regelen van deze route kost tijd, terwijl de inwoner nu hulp nodig heeft.",
      "De extra afstemming vertraagt het besluit met enkele weken."}},
    {"argument.strijd-met-regeling",
     {"De regel laat op zichzelf weinig ruimte; afwijken moet goed worden onderbouwd.",
      "De tekst van de regel is duidelijk en wijst een andere kant op."}},
    {"argument.kritiek-willekeur",
     {"Andere inwoners in een vergelijkbare situatie kregen dit niet; dat moet uit te leggen zijn.",
      "Buitenstaanders kunnen dit als een gunst zien als de reden niet helder is."}},
    {"argument.precedent-bedrijfsvoering",
     {"Als dit vaker gebeurt, moet de werkwijze van het team worden aangepast.",
      "Collega's gaan naar deze casus verwijzen; dat vraagt om een duidelijke lijn."}},
    {"argument.gelijkheid-voor-de-wet",
     {"De regel geldt voor iedereen; een uitzondering moet echt bijzonder zijn.",
      "Een uitzondering voor de een zet de ander op achterstand."}},
    {"argument.structurele-problemen-blijven",
     {"Een oplossing voor deze ene inwoner laat het knelpunt in de regel bestaan.",
      "Zolang de regel niet verandert, komt dit probleem bij anderen terug."}},
};

constexpr std::string_view kAanleiding[] = {
    "Aanleiding: {titel}. De eerste melding kwam van {bron}.",
    "De casus is gestart na een melding van {bron} over de situatie: {titel}.",
    "Gemeld door {bron}: {titel}. De inwoner is daarna gebeld voor een gesprek.",
};
constexpr std::string_view kHuidig[] = {
    "{situatie} {omstandigheid}",
    "Het gesprek aan de keukentafel gaf een duidelijk beeld. {situatie} {omstandigheid}",
    "{situatie} Daarnaast speelt mee: {omstandigheid_klein}",
};
constexpr std::string_view kGewenst[] = {
    "{wens}",
    "Gevraagd naar wat nodig is, was de inwoner duidelijk. {wens}",
    "{wens} Een tussendoel is eerst rust in de komende maanden.",
};
constexpr std::string_view kOpties[] = {
    "Besproken routes: {opties}.",
    "We hebben gekeken naar {opties}; de inwoner heeft zelf meegedacht.",
};
constexpr std::string_view kBeste[] = {
    "De voorkeur gaat uit naar: {optie}. De inwoner kan zich daarin vinden.",
    "Na het wegen van de argumenten heeft {optie} de voorkeur.",
};
// The plan for carrying out the decision, made when deciding.
constexpr std::string_view kUitvoering[] = {
    "Afgesproken is dat de consulent nagaat {effect}. De inwoner wordt mondeling en schriftelijk "
    "geïnformeerd.",
    "Bij de effectcheck kijken we {effect}. De consulent houdt contact met de inwoner.",
};

struct StepQuestions {
  std::string_view step;
  std::array<std::string_view, 2> questions;
};
constexpr StepQuestions kQuestions[] = {
    {"aanleiding", {"vraag.waarom-bij-mij", "vraag.juiste-behandelaar"}},
    {"huidige-situatie", {"vraag.situatie-inwoner", "vraag.gevolgen-niets-doen"}},
    {"gewenste-situatie", {"vraag.wens-inwoner", "vraag.tussendoelen"}},
    {"opties", {"vraag.al-geprobeerd", "vraag.opties-van-inwoner"}},
    {"beste-optie", {"vraag.voorkeur-inwoner", "vraag.argumenten-maatwerkoptie"}},
    {"uitvoering", {"vraag.effect-meten", "vraag.inwoner-informeren-en-nazorg"}},
    {"leren", {"vraag.wat-leren-we", "vraag.vergelijkbare-gevallen"}},
};

constexpr std::string_view kLongTermWishes[] = {
    "Op eigen benen staan zonder steeds bij instanties aan te kloppen.",
    "Een vast inkomen en een rustig huis voor de kinderen.",
    "Weer aan het werk of aan een opleiding.",
    "Zelf de regie houden over geld en zorg.",
    "In de eigen buurt blijven wonen, dicht bij familie.",
};

constexpr std::string_view kOwnContributions[] = {
    "De inwoner houdt de post bij met hulp van een vrijwilliger.",
    "Familie springt een dag per week bij.",
    "De inwoner wil een klein bedrag per maand aflossen.",
    "De inwoner komt op de afspraken en belt als het niet lukt.",
    "De inwoner zoekt zelf naar goedkopere vaste lasten.",
};

constexpr std::string_view kGeneralLessons[] = {
    "Eerder doorvragen naar de situatie thuis had weken gescheeld.",
    "Bij deze inwoner werkte bellen beter dan schrijven; dat doen we voortaan eerder.",
    "Een vaste contactpersoon maakte het verschil voor het vertrouwen van de inwoner.",
    "Samenloop met andere regelingen meteen bij de intake in kaart brengen.",
    "De ketenpartner eerder aan tafel vragen had dubbel werk voorkomen.",
    "Vergelijkbare casussen opzoeken hielp om de afweging scherp te krijgen.",
};

constexpr std::string_view kTitleDetails[] = {
    "na verhuizing",        "bij alleenstaande ouder", "bij oudere inwoner", "bij jong gezin",
    "na scheiding",         "met taalbarrière",        "tweede aanvraag",    "na eerdere afwijzing",
    "bij werkende inwoner", "na ziekenhuisopname",
};

// Extra circumstances that make one family or case differ from another (generic).
constexpr std::string_view kCircumstances[] = {
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

}  // namespace

std::span<const OwnArgument> standard_route_arguments() { return kStandardArguments; }

std::span<const std::string_view> tailored_cards(Side side) {
  if (side == Side::pro) return kTailoredPro;
  return kTailoredCon;
}

std::span<const std::string_view> deviation_cards(Side side) {
  if (side == Side::pro) return kDeviationPro;
  return kDeviationCon;
}

std::string_view card_explanation(std::string_view card_id, std::size_t variant) {
  for (const auto& entry : kExplanations) {
    if (entry.card == card_id) return entry.variants[variant % entry.variants.size()];
  }
  return "Dit argument speelt in deze casus nadrukkelijk mee.";
}

std::span<const std::string_view> answer_phrasings(std::string_view step) {
  if (step == "aanleiding") return kAanleiding;
  if (step == "huidige-situatie") return kHuidig;
  if (step == "gewenste-situatie") return kGewenst;
  if (step == "opties") return kOpties;
  if (step == "beste-optie") return kBeste;
  if (step == "uitvoering") return kUitvoering;
  return {};
}

std::optional<std::string_view> answer_question(std::string_view step, std::size_t variant) {
  for (const auto& entry : kQuestions) {
    if (entry.step == step) return entry.questions[variant % entry.questions.size()];
  }
  return std::nullopt;
}

std::span<const std::string_view> long_term_wishes() { return kLongTermWishes; }
std::span<const std::string_view> own_contributions() { return kOwnContributions; }
std::span<const std::string_view> general_lessons() { return kGeneralLessons; }
std::span<const std::string_view> title_details() { return kTitleDetails; }
std::span<const std::string_view> circumstances() { return kCircumstances; }

}  // namespace helder::app::generator_texts
