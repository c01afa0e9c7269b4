#include "domain/motivation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace helder {
namespace {

// Golden files live in testdata/ next to this test (found through __FILE__, so a relative
// compile path means running from the repository root); HELDER_UPDATE_GOLDEN=1 rewrites them.
std::filesystem::path testdata(const std::string& name) {
  return std::filesystem::path(__FILE__).parent_path() / "testdata" / name;
}

void expect_golden(const std::string& name, const std::string& actual) {
  auto path = testdata(name);
  const char* update = std::getenv("HELDER_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_TRUE(std::filesystem::is_directory(path.parent_path()))
        << "no testdata folder at " << path.parent_path();
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    ADD_FAILURE() << "golden file missing: " << path
                  << " (run with HELDER_UPDATE_GOLDEN=1)\n--- actual ---\n"
                  << actual;
    return;
  }
  std::stringstream expected;
  expected << file.rdbuf();
  if (expected.str() == actual) return;
  std::istringstream want(expected.str()), got(actual);
  std::string want_line, got_line;
  int line = 0;
  while (true) {
    ++line;
    bool more_want = static_cast<bool>(std::getline(want, want_line));
    bool more_got = static_cast<bool>(std::getline(got, got_line));
    if (!more_want && !more_got) break;
    if (!more_want || !more_got || want_line != got_line) break;
  }
  ADD_FAILURE() << "golden mismatch: " << path << " first differs at line " << line
                << "\n  expected: " << want_line << "\n  actual:   " << got_line
                << "\n(run with HELDER_UPDATE_GOLDEN=1 to accept)\n--- actual ---\n"
                << actual;
}

// (1) Household help under the Wmo 2015, tailored within the rules, investigation in order.
MotivationInput wmo_tailored() {
  MotivationInput in;
  in.organisation_name = "Gemeente Lindenburg";
  in.case_reference = "2026-000142";
  in.case_title = "Huishoudelijke ondersteuning na een heupoperatie";
  in.facts =
      "Mevrouw Jansen is 84 jaar en woont alleen in een gelijkvloerse huurwoning.\n"
      "Sinds een heupoperatie in november 2025 kan zij niet lang staan en niet bukken. Binnenshuis "
      "loopt zij met een rollator.\n"
      "Haar dochter woont in Groningen en komt eens per twee weken langs. Een buurvrouw doet "
      "wekelijks de boodschappen.\n"
      "Op 12 januari 2026 heeft zij een melding gedaan voor hulp bij het huishouden.";
  in.regulation_names = {"Wet maatschappelijke ondersteuning 2015"};
  in.signals = {
      {"Een telefonische vraag om hulp bij het schoonmaken en de was", "inwoner",
       "12 januari 2026"},
      {"Een melding van de wijkverpleegkundige dat de was blijft liggen en dat er valgevaar is "
       "bij het schoonmaken",
       "ketenpartner", "15 januari 2026"},
  };
  in.resident = {
      "Een schoon huis en schone was, zonder te hoeven wachten tot de dochter langskomt.",
      "Zo lang mogelijk zelfstandig blijven wonen in de eigen woning.",
      "Zelf lichte taken doen, zoals afwassen en stof afnemen. De dochter blijft de "
      "administratie doen.",
      "Een vaste hulp die op vaste dagen komt.",
  };
  in.investigation = {
      {"Stap 1: hulpvraag",
       "De hulpvraag is hulp bij het schoonhouden van de woning en bij de was."},
      {"Stap 2: beperkingen",
       "Langer dan tien minuten staan en bukken lukken niet. Zwaar huishoudelijk werk en de was "
       "zijn daardoor niet meer zelf te doen."},
      {"Stap 3: benodigde ondersteuning",
       "Nodig is wekelijks schoonmaken van woonkamer, keuken, slaapkamer en sanitair, en twee "
       "keer per week hulp bij de was."},
      {"Stap 4: eigen kracht, netwerk en algemene voorzieningen",
       "De dochter woont te ver weg om elke week te helpen en de buurvrouw kan niet meer doen dan "
       "de boodschappen. De schoonmaakdienst van de gemeente helpt niet bij de was en komt maar "
       "eens per twee weken."},
      {"Stap 5: maatwerkvoorziening",
       "Er blijft hulp nodig bij het schoonmaken en de was die niet op een andere manier te "
       "regelen is."},
  };
  in.order_check = {
      true,
      true,
      "Alle vijf stappen van het stappenplan van de Centrale Raad van Beroep zijn vastgelegd, in "
      "de voorgeschreven volgorde",
      {"Het gesprek vond plaats op 21 januari 2026 bij mevrouw thuis, met haar dochter erbij",
       "Het verslag van het onderzoek is op 28 januari 2026 verstuurd en ondertekend "
       "teruggekomen"},
  };
  MotivationOption standard{
      "Schoonmaakdienst van de gemeente",
      "Een schoonmaakdienst voor alle inwoners, die eens per twee weken twee uur komt "
      "schoonmaken, tegen een vaste eigen bijdrage. Hulp bij de was hoort er niet bij.",
      "standaardroute",
      std::nullopt,
      {{"Financiën", true, "Goedkoper dan een maatwerkvoorziening",
        "De algemene voorziening kost de gemeente minder per uur.", 2, "uitvoerder"},
       {"Welzijn", false, "Lost het probleem niet op",
        "Eens per twee weken schoonmaken is te weinig, en de was blijft liggen.", 5, "uitvoerder"}},
      false};
  MotivationOption tailored{
      "Huishoudelijke hulp, 3 uur per week",
      "Een vaste hulp komt twee keer per week: op maandag 2 uur voor het schoonmaken en op "
      "donderdag 1 uur voor de was.",
      "maatwerk binnen de regels",
      std::nullopt,
      {{"Welzijn", true, "Geeft de inwoner meer grip op het eigen leven",
        "Met vaste hulp op vaste dagen is zelfstandig blijven wonen haalbaar.", 5, "inwoner"},
       {"Welzijn", true, "Voorkomt dat problemen erger worden",
        "Wie niet meer zelf hoeft te bukken voor de was, loopt minder kans om te vallen.", 4,
        "uitvoerder"},
       {"Uitvoering", true, "Goed uitvoerbaar",
        "De zorgaanbieder waarmee de gemeente werkt, kan binnen twee weken een vaste hulp "
        "inzetten.",
        std::nullopt, "uitvoerder"},
       {"Financiën", false, "Duurder dan de standaardroute",
        "Drie uur hulp per week kost meer dan de schoonmaakdienst.", 2, "tegenspraak"}},
      true};
  in.options = {standard, tailored};
  in.decision = MotivationDecision{
      "Dienstverlening op maat binnen de regels",
      "R. Bakker, Wmo-consulent",
      "4 februari 2026",
      "Uit het onderzoek blijkt dat het schoonhouden van de woning en de was sinds de "
      "heupoperatie niet meer zelf lukken.\n"
      "Dochter en buurvrouw helpen al waar zij kunnen. De schoonmaakdienst van de gemeente is "
      "niet genoeg, omdat die niet helpt bij de was en te weinig uren biedt.\n"
      "Daarom kennen wij huishoudelijke hulp van 3 uur per week toe. Dat doen wij op grond van "
      "artikel 2.3.5 van de Wmo 2015. Het aantal uren volgt uit de taken die in het onderzoek "
      "zijn vastgesteld.\n"
      "De hogere kosten wegen niet op tegen het belang om veilig en zelfstandig thuis te blijven "
      "wonen.",
      "Een telefoongesprek na zes weken om na te gaan of de hulp goed werkt en of 3 uur per week "
      "genoeg is",
      "18 maart 2026",
      "R. Bakker, Wmo-consulent",
      "4 februari 2027"};
  in.objection = {6,
                  "Gemeente Lindenburg, t.a.v. het college van burgemeester en wethouders, "
                  "Postbus 1200, 7300 AB Lindenburg",
                  "uw Wmo-consulent R. Bakker, telefoon 14 0999"};
  return in;
}

// (2) Recovery of social assistance waived under the hardship clause of the Participatiewet
// for a parent harmed by the toeslagenaffaire who is in a debt arrangement.
MotivationInput participatiewet_hardship() {
  MotivationInput in;
  in.organisation_name = "Gemeente Lindenburg";
  in.case_reference = "2026-000087";
  in.case_title = "Terugvordering van bijstand bij een gedupeerde ouder";
  in.facts =
      "Mevrouw El Amrani ontvangt sinds 2023 bijstand. De Uitvoeringsorganisatie Herstel "
      "Toeslagen heeft haar erkend als gedupeerde ouder van de toeslagenaffaire.\n"
      "Van mei tot en met augustus 2025 had zij een tijdelijke baan. Zij heeft de inkomsten "
      "daaruit te laat doorgegeven, waardoor € 2.340 te veel bijstand is betaald.\n"
      "Niet al haar schulden zijn via de hersteloperatie opgelost. Zij heeft nog ongeveer "
      "€ 14.000 schuld bij particuliere schuldeisers en zit sinds september 2025 in een "
      "schuldregeling via de gemeente.";
  in.regulation_names = {"Participatiewet"};
  in.signals = {
      {"Zorgen dat een terugvordering opnieuw tot schulden leidt", "inwoner", "9 januari 2026"},
      {"Een melding van de schuldhulpverlener dat een nieuwe schuld de schuldregeling in gevaar "
       "brengt",
       "ketenpartner", "14 januari 2026"},
  };
  in.resident = {"Geen nieuwe schuld bij de gemeente, zodat de schuldregeling kan doorgaan.",
                 "Over drie jaar schuldenvrij zijn en weer vertrouwen hebben in de overheid.", "",
                 "Dat de gemeente afziet van terugvordering."};
  in.investigation = {
      {"Huidige situatie",
       "Over mei tot en met augustus 2025 is € 2.340 te veel betaald. De inkomsten zijn te laat "
       "doorgegeven, niet verzwegen."},
      {"Huidige situatie",
       "De schuldhulpverlener bevestigt schriftelijk dat een nieuwe schuld van deze omvang de "
       "schuldregeling laat mislukken."},
      {"Gevolgen van strikt toepassen",
       "Bij terugvordering volgens de regels ontstaat een nieuwe schuld bij de gemeente. De "
       "schuldregeling stopt dan en schuldeisers kunnen opnieuw beslag leggen."},
      {"Mogelijkheden elders",
       "Bij de Uitvoeringsorganisatie Herstel Toeslagen is nagevraagd of een extra tegemoetkoming "
       "voor deze schuld mogelijk is. Dat is niet zo."},
  };
  MotivationOption standard{
      "Terugvorderen en verrekenen",
      "Het volledige bedrag van € 2.340 terugvorderen en elke maand verrekenen met de bijstand, "
      "volgens de beleidsregels.",
      "standaardroute",
      std::nullopt,
      {{"Principes", true, "Gelijke behandeling",
        "Andere inwoners die inkomsten te laat doorgaven, moeten ook terugbetalen.", 3,
        "tegenspraak"},
       {"Welzijn", false, "Maakt de financiële problemen groter",
        "De nieuwe schuld laat de schuldregeling mislukken.", 5, "uitvoerder"}},
      false};
  MotivationOption postpone{
      "Terugvorderen met uitstel van betaling",
      "Het bedrag terugvorderen, maar pas innen na afloop van de schuldregeling.",
      "maatwerk binnen de regels",
      std::nullopt,
      {{"Financiën", true, "Het geld komt later alsnog terug", "", 2, "uitvoerder"},
       {"Welzijn", false, "De schuld blijft bestaan",
        "Ook met uitstel telt de vordering mee in de schuldregeling, en dan is die volgens de "
        "schuldhulpverlener niet meer haalbaar.",
        4, "schuldhulpverlener"}},
      false};
  MotivationOption waive{
      "Afzien van terugvordering",
      "Helemaal afzien van het terugvorderen van € 2.340, met de afspraak dat inkomsten voortaan "
      "elke maand vóór de 10e worden doorgegeven.",
      "maatwerk met afwijking van een regel",
      MotivationDeviation{
          "artikel 58 lid 1 van de Participatiewet (terugbetalen van bijstand die te veel is "
          "betaald omdat inkomsten niet op tijd zijn doorgegeven)",
          "hardheidsclausule", "artikel 58 lid 8 van de Participatiewet",
          "Erkend gedupeerde ouder van de toeslagenaffaire met schulden die nog niet zijn "
          "opgelost, in een lopende schuldregeling. De inkomsten zijn te laat doorgegeven, niet "
          "verzwegen.",
          "Terugvorderen laat de schuldregeling mislukken en zorgt opnieuw voor een schuldsituatie "
          "die deels door de overheid zelf is ontstaan. Die gevolgen zijn onaanvaardbaar en staan "
          "niet in verhouding tot het doel van de terugvordering: een betaling herstellen die door "
          "een late melding te hoog was."},
      {{"Welzijn", true, "Voorkomt dat financiële problemen erger worden",
        "De schuldregeling kan doorgaan, zodat schuldenvrij worden over drie jaar haalbaar "
        "blijft.",
        5, "uitvoerder"},
       {"Principes", true, "Doet recht aan de situatie",
        "De schulden zijn voor een deel ontstaan door fouten van de overheid in de "
        "toeslagenaffaire.",
        4, "inwoner"},
       {"Principes", false, "Staat op gespannen voet met gelijke behandeling",
        "Andere inwoners die inkomsten te laat doorgaven, betalen wel terug.", std::nullopt,
        "tegenspraak"},
       {"Financiën", false, "Kost de gemeente geld", "De gemeente ziet af van € 2.340.", 2,
        "uitvoerder"}},
      true};
  in.options = {standard, postpone, waive};
  in.decision = MotivationDecision{
      "Maatwerk met afwijking van een regel",
      "J. de Wit, teamleider Werk en Inkomen, na bespreking aan de maatwerktafel",
      "12 februari 2026",
      "Terugvorderen is de hoofdregel als inkomsten niet op tijd zijn doorgegeven. In deze zaak "
      "zijn er dringende redenen om daarvan af te zien.\n"
      "Een nieuwe schuld van € 2.340 laat de schuldregeling mislukken. Dat leidt tot nieuwe "
      "beslagen en tot schulden die niet te dragen zijn.\n"
      "De schulden zijn voor een deel ontstaan door de toeslagenaffaire. Wij willen voorkomen dat "
      "de overheid deze situatie opnieuw erger maakt.\n"
      "Gelijke behandeling is meegewogen. Een erkende gedupeerde ouder in een lopende "
      "schuldregeling, met een late melding zonder opzet, is een uitzonderlijke combinatie. "
      "Daarom verwachten wij niet dat dit besluit een voorbeeld wordt voor gewone gevallen van "
      "te laat doorgegeven inkomsten.",
      "Overleg met de schuldhulpverlener over de voortgang van de schuldregeling, en controle of "
      "de inkomsten elke maand op tijd zijn doorgegeven",
      "12 mei 2026",
      "A. Yilmaz, consulent Werk en Inkomen",
      ""};
  in.objection = {6,
                  "Gemeente Lindenburg, t.a.v. het college van burgemeester en wethouders, "
                  "Postbus 1200, 7300 AB Lindenburg",
                  "uw consulent A. Yilmaz, telefoon 14 0999"};
  return in;
}

std::string professional(const MotivationInput& in) {
  return to_plain_text(compose_motivation(in, MotivationAudience::professional));
}
std::string resident(const MotivationInput& in) {
  return to_plain_text(compose_motivation(in, MotivationAudience::resident));
}

std::vector<std::string> headings(const MotivationDocument& doc) {
  std::vector<std::string> result;
  for (const auto& section : doc.sections) result.push_back(section.heading);
  return result;
}

bool has_point(const MotivationDocument& doc, const std::string& part) {
  return std::any_of(
      doc.attention_points.begin(), doc.attention_points.end(),
      [&](const std::string& point) { return point.find(part) != std::string::npos; });
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MotivationGolden, WmoTailoredProfessional) {
  expect_golden("motivation_tailored_professional.txt", professional(wmo_tailored()));
}
TEST(MotivationGolden, WmoTailoredResident) {
  expect_golden("motivation_tailored_resident.txt", resident(wmo_tailored()));
}
TEST(MotivationGolden, HardshipProfessional) {
  expect_golden("motivation_hardship_professional.txt", professional(participatiewet_hardship()));
}
TEST(MotivationGolden, HardshipResident) {
  expect_golden("motivation_hardship_resident.txt", resident(participatiewet_hardship()));
}

TEST(Motivation, SectionsInOrder) {
  auto pro = compose_motivation(wmo_tailored(), MotivationAudience::professional);
  EXPECT_EQ(headings(pro),
            (std::vector<std::string>{
                "Aanleiding", "Feiten en omstandigheden", "Wat de inwoner wil", "Onderzoek",
                "Overwogen opties", "Afweging", "Besluit", "Controle van het effect", "Bezwaar"}));
  auto res = compose_motivation(wmo_tailored(), MotivationAudience::resident);
  EXPECT_EQ(headings(res),
            (std::vector<std::string>{
                "Waarom wij naar uw situatie keken", "Wat u ons vertelde en wat u wilt",
                "Wat wij hebben onderzocht", "Welke mogelijkheden wij hebben bekeken",
                "Wat wij hebben besloten en waarom", "Wat er nu gebeurt",
                "Bent u het er niet mee eens?"}));
  EXPECT_TRUE(res.attention_points.empty());
}

TEST(Motivation, CompleteCaseHasNoAttentionPoints) {
  auto pro = compose_motivation(wmo_tailored(), MotivationAudience::professional);
  EXPECT_TRUE(pro.attention_points.empty()) << pro.attention_points.front();
}

TEST(Motivation, MissingResidentWishIsSaidAndFlagged) {
  auto in = wmo_tailored();
  in.resident.short_term.clear();
  in.resident.long_term = "  ";
  auto pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_TRUE(has_point(pro, "Let op: de wens van de inwoner is niet vastgelegd"));
  EXPECT_TRUE(contains(to_plain_text(pro), "Er is geen wens van de inwoner vastgelegd."));
  auto res = compose_motivation(in, MotivationAudience::resident);
  EXPECT_TRUE(contains(to_plain_text(res), "Wij hebben niet opgeschreven wat u wilt."));
  EXPECT_TRUE(res.attention_points.empty());
}

TEST(Motivation, Awb484WithoutSpecialCircumstancesIsFlagged) {
  auto in = participatiewet_hardship();
  auto& deviation = *in.options[2].deviation;
  deviation.legal_basis_label = "artikel 4:84 Awb";
  deviation.legal_basis_reference.clear();
  deviation.special_circumstances.clear();
  auto pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_TRUE(has_point(pro,
                        "optie 3 steunt op artikel 4:84 Awb, maar de bijzondere "
                        "omstandigheden zijn niet vastgelegd"));
  EXPECT_FALSE(has_point(pro, "onevenredig"));  // the disproportionality is there
  auto text = to_plain_text(pro);
  EXPECT_TRUE(contains(text, "De bijzondere omstandigheden zijn niet vastgelegd."));
  EXPECT_TRUE(contains(text, "Bijzondere omstandigheden: niet vastgelegd."));

  deviation.disproportionality.clear();
  pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_TRUE(has_point(pro, "waarom toepassing van de beleidsregel onevenredig zou zijn"));
  EXPECT_TRUE(contains(to_plain_text(pro), "Beide zijn niet vastgelegd."));
}

TEST(Motivation, ArgumentWithoutWeightSaysSo) {
  auto text = professional(participatiewet_hardship());
  EXPECT_TRUE(contains(text,
                       "Optie 3, Principes, tegen (geen gewicht gegeven): Staat op "
                       "gespannen voet met gelijke behandeling."));
  EXPECT_TRUE(contains(text, "Optie 3, Welzijn, voor (gewicht 5 van 5): "));
}

TEST(Motivation, WithoutDecisionThereIsNoDecisionOrObjection) {
  auto in = wmo_tailored();
  in.decision.reset();
  auto pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_EQ(headings(pro), (std::vector<std::string>{"Aanleiding", "Feiten en omstandigheden",
                                                     "Wat de inwoner wil", "Onderzoek",
                                                     "Overwogen opties", "Afweging"}));
  EXPECT_TRUE(contains(pro.title, "nog geen besluit"));
  EXPECT_TRUE(contains(to_plain_text(pro), "Er is nog geen besluit genomen."));
  EXPECT_FALSE(contains(to_plain_text(pro), "Deze optie is gekozen."));
  auto res = compose_motivation(in, MotivationAudience::resident);
  EXPECT_EQ(headings(res),
            (std::vector<std::string>{
                "Waarom wij naar uw situatie keken", "Wat u ons vertelde en wat u wilt",
                "Wat wij hebben onderzocht", "Welke mogelijkheden wij hebben bekeken"}));
  EXPECT_TRUE(contains(to_plain_text(res), "Er is nog geen besluit genomen."));
  EXPECT_FALSE(contains(to_plain_text(res), "bezwaar"));
}

TEST(Motivation, ResidentVersionAvoidsJargonWeightsAndColleagues) {
  auto with_484 = participatiewet_hardship();
  with_484.options[2].deviation->legal_basis_label = "artikel 4:84 Awb";
  auto mentioned_in_reasoning = participatiewet_hardship();
  mentioned_in_reasoning.decision->motivation_text += "\nZie ook artikel 4:84 Awb.";
  for (const auto& in :
       {wmo_tailored(), participatiewet_hardship(), with_484, mentioned_in_reasoning}) {
    auto text = resident(in);
    SCOPED_TRACE(text);
    EXPECT_FALSE(contains(text, "gewicht"));
    EXPECT_FALSE(contains(text, "Gewicht"));
    EXPECT_FALSE(contains(text, "Let op"));
    EXPECT_FALSE(contains(text, in.decision->decided_by));
    EXPECT_FALSE(contains(text, "tegenspraak"));
    if (contains(text, "4:84")) {
      EXPECT_TRUE(contains(text,
                           "In artikel 4:84 van de Algemene wet bestuursrecht staat dat wij "
                           "van onze eigen regels mogen afwijken."));
    }
  }
  EXPECT_TRUE(contains(resident(with_484), "4:84"));
  EXPECT_TRUE(contains(resident(mentioned_in_reasoning), "Algemene wet bestuursrecht"));
}

TEST(Motivation, InvestigationOutOfOrderIsFlagged) {
  auto in = wmo_tailored();
  in.order_check.complete_and_in_order = false;
  in.order_check.findings = {"Stap 4 is onderzocht voordat stap 2 was vastgelegd"};
  auto pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_TRUE(has_point(pro, "Let op: Stap 4 is onderzocht voordat stap 2 was vastgelegd."));
  EXPECT_TRUE(has_point(pro, "niet in de voorgeschreven volgorde"));
  EXPECT_TRUE(contains(resident(in), "Wij hebben niet alle stappen in de juiste volgorde gedaan."));
}

TEST(Motivation, EmptyRecordSaysWhatIsMissing) {
  MotivationInput in;
  in.decision = MotivationDecision{};
  in.objection.address.clear();
  auto pro = compose_motivation(in, MotivationAudience::professional);
  for (const char* part :
       {"geen signalen", "feiten en omstandigheden ontbreken", "wens van de inwoner",
        "geen onderzoek", "geen opties", "geen gekozen optie",
        "motivering van het besluit zelf ontbreekt", "adres voor bezwaarschriften"}) {
    EXPECT_TRUE(has_point(pro, part)) << part;
  }
  for (const auto& point : pro.attention_points) EXPECT_EQ(point.rfind("Let op: ", 0), 0u);
  auto res = resident(in);
  EXPECT_TRUE(contains(res, "Wij hebben nog niets over uw situatie opgeschreven."));
}

TEST(Motivation, DeviationKindWithoutDeviationIsFlagged) {
  auto in = participatiewet_hardship();
  in.options[2].deviation.reset();
  auto pro = compose_motivation(in, MotivationAudience::professional);
  EXPECT_TRUE(has_point(pro, "optie 3 wijkt af van een regel, maar noemt niet welke regel"));
}

TEST(Motivation, OutputIsDeterministic) {
  EXPECT_EQ(professional(participatiewet_hardship()), professional(participatiewet_hardship()));
  EXPECT_EQ(resident(wmo_tailored()), resident(wmo_tailored()));
}

TEST(MotivationText, SentencesAndLists) {
  using namespace motivation_detail;
  EXPECT_EQ(sentence("  een zin  "), "een zin.");
  EXPECT_EQ(sentence("Klaar?"), "Klaar?");
  EXPECT_EQ(sentence(" "), "");
  EXPECT_EQ(join_dutch({"a"}), "a");
  EXPECT_EQ(join_dutch({"a", "b", "c"}), "a, b en c");
  EXPECT_EQ(number_word(6), "zes");
  EXPECT_EQ(number_word(26), "26");
  EXPECT_EQ(paragraphs_of("een\n\n  twee.\n"), (std::vector<std::string>{"een.", "twee."}));
}

}  // namespace
}  // namespace helder
