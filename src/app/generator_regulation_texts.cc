// The regulation half of the generator's texts (generator_texts.h): per regulation, its
// standard route, tailoring within the rules, the rules a deviation departs from, a ZRM
// profile and the situation in a sentence. All fictitious, in our own words.
#include <array>

#include "app/generator_texts.h"

namespace helder::app::generator_texts {
namespace {

using Z = ZrmDomain;
using B = LegalBasis;

// --- Participatiewet ---------------------------------------------------------------------
constexpr DeviationRule kParticipationRules[] = {
    {"art. 22a Participatiewet (kostendelersnorm)", "de kostendelersnorm", false,
     B::hardship_clause, "art. 18 lid 1 Participatiewet (afstemming op de omstandigheden)",
     "Kostendelersnorm een halfjaar niet toepassen",
     "De bijstand wordt zes maanden berekend alsof de inwoner de woning niet deelt, zodat de "
     "huisgenoot kan blijven tot er een eigen plek is.",
     "De huisgenoot heeft tijdelijk onderdak nodig om dakloosheid te voorkomen; kosten delen is "
     "niet de reden van het samenwonen.",
     "Strikt toepassen verlaagt de bijstand zo ver dat de huisgenoot moet vertrekken, terwijl de "
     "norm is bedoeld voor mensen die echt samen kosten delen.",
     "kostendeler|zoon|dochter|opvang van"},
    {"art. 58 Participatiewet (terugvordering)", "de terugvordering", false, B::hardship_clause,
     "art. 58 lid 8 Participatiewet (dringende redenen)", "Afzien van terugvordering",
     "De gemeente vordert het te veel betaalde bedrag niet terug en spreekt met de inwoner af hoe "
     "wijzigingen voortaan worden doorgegeven.",
     "De inwoner begreep de meldplicht niet en heeft geen voordeel willen halen.",
     "Terugvorderen brengt het huishouden onder het bestaansminimum en maakt het lopende "
     "schuldtraject kansloos.",
     "terugvorder|teruggevorderd|niet gemeld"},
    {"art. 18 lid 2 Participatiewet (verlaging bij niet nakomen van verplichtingen)",
     "de verlaging van de bijstand", false, B::general_principles,
     "art. 3:4 lid 2 Awb (evenredigheid)", "Geen verlaging opleggen",
     "De bijstand wordt niet verlaagd; de consulent maakt nieuwe afspraken die de inwoner kan "
     "nakomen.",
     "De inwoner kon de afspraken niet nakomen door een opname of een crisis.",
     "Een verlaging treft iemand die niet kon verschijnen en brengt het herstel in gevaar.",
     "maatregel|verlaging|niet verschijnen|reageert niet"},
    {"art. 41 lid 4 Participatiewet (zoektermijn jongeren)", "de zoektermijn van vier weken", false,
     B::hardship_clause, "art. 16 Participatiewet (dringende redenen)",
     "Bijstand zonder de wachttijd van vier weken",
     "De jongere krijgt meteen een voorschot, zodat hij onderdak houdt terwijl hij werk of "
     "scholing zoekt.",
     "De jongere heeft geen inkomen en geen slaapplek; familie kan niet bijspringen.",
     "Vier weken wachten betekent hier een nacht op straat, terwijl de termijn bedoeld is om eerst "
     "zelf werk of school te zoeken.",
     "onder 27|jongere|wachttijd"},
};
constexpr ZrmScore kParticipationZrm[] = {{Z::finances, 2},
                                          {Z::work_and_education, 2},
                                          {Z::housing, 3},
                                          {Z::social_network, 3},
                                          {Z::mental_health, 3}};

// --- Wmo 2015 ----------------------------------------------------------------------------
constexpr DeviationRule kWmoRules[] = {
    {"art. 2.3.5 lid 3 Wmo 2015 (gebruikelijke hulp volgens de beleidsregels)",
     "de regel over gebruikelijke hulp", false, B::policy_rule_4_84, "art. 4:84 Awb",
     "Geen gebruikelijke hulp van de huisgenoot verwachten",
     "De hulp wordt toegekend zonder uren af te trekken voor de huisgenoot, omdat die zelf zorg "
     "nodig heeft.",
     "De huisgenoot is zelf ziek en kan de taken in huis niet overnemen.",
     "Uitgaan van gebruikelijke hulp laat het huishouden zonder hulp, terwijl de beleidsregel "
     "uitgaat van een gezonde huisgenoot.",
     "gebruikelijke hulp|huisgenoot|mantelzorger"},
    {"art. 2.1.4 Wmo 2015 (eigen bijdrage)", "de eigen bijdrage", false, B::hardship_clause,
     "hardheidsclausule van de Verordening maatschappelijke ondersteuning",
     "Eigen bijdrage een jaar niet innen",
     "De inwoner betaalt een jaar geen eigen bijdrage, zodat hij de hulp niet opzegt en de "
     "situatie thuis niet verslechtert.",
     "De inwoner wil de hulp opzeggen omdat hij de bijdrage naast andere vaste lasten niet kan "
     "betalen.",
     "De bijdrage drijft de inwoner ertoe noodzakelijke hulp te stoppen, wat later tot zwaardere "
     "en duurdere zorg leidt.",
     "eigen bijdrage"},
    {"art. 2.3.6 Wmo 2015 (persoonsgebonden budget)", "de voorwaarden voor een pgb", false,
     B::hardship_clause, "hardheidsclausule van de Verordening maatschappelijke ondersteuning",
     "Pgb voor een vertrouwde hulp uit het eigen netwerk",
     "De inwoner mag het budget besteden aan een buurvrouw die de zorg al jaren informeel geeft.",
     "De inwoner laat geen onbekenden in huis sinds een nare ervaring met een thuiszorgbureau.",
     "Vasthouden aan een gecontracteerde aanbieder betekent dat er in de praktijk geen hulp komt.",
     "pgb|vervoer|netwerk"},
};
constexpr ZrmScore kWmoZrm[] = {{Z::basic_adl, 2},
                                {Z::instrumental_adl, 2},
                                {Z::physical_health, 2},
                                {Z::social_network, 3},
                                {Z::housing, 4}};

// --- Jeugdwet ----------------------------------------------------------------------------
constexpr DeviationRule kYouthRules[] = {
    {"art. 8.1.1 Jeugdwet (persoonsgebonden budget)", "de pgb-voorwaarden", false,
     B::hardship_clause, "hardheidsclausule van de Verordening jeugdhulp",
     "Pgb voor begeleiding door een familielid",
     "De ouder mag het budget inzetten voor een tante die het kind goed kent, ook al vraagt het "
     "beleid om een formele zorgverlener.",
     "Het kind laat na veel wisselingen geen nieuwe hulpverleners meer toe.",
     "Vasthouden aan een formele aanbieder betekent dat er helemaal geen begeleiding komt.",
     "pgb|familielid"},
    {"art. 1.1 Jeugdwet (jeugdhulp tot 18 jaar)", "de leeftijdsgrens van 18 jaar", false,
     B::hardship_clause, "hardheidsclausule van de Verordening jeugdhulp",
     "Jeugdhulp laten doorlopen na de achttiende verjaardag",
     "De huidige begeleiding loopt door tot de ondersteuning vanuit de Wmo echt is geregeld.",
     "De jongere heeft geen netwerk en de overdracht naar de Wmo is nog niet rond.",
     "Stoppen op de verjaardag breekt een werkende hulprelatie af zonder dat er iets voor in de "
     "plaats komt.",
     "18 jaar|achttien"},
};
constexpr ZrmScore kYouthZrm[] = {{Z::domestic_relations, 2},
                                  {Z::mental_health, 2},
                                  {Z::work_and_education, 3},
                                  {Z::social_network, 3}};

// --- WW ----------------------------------------------------------------------------------
constexpr DeviationRule kUnemploymentRules[] = {
    {"art. 36 WW (terugvordering)", "de terugvordering", false, B::hardship_clause,
     "hardheidsclausule WW", "Terugvordering beperken tot het werkelijke voordeel",
     "Alleen het bedrag dat de inwoner echt te veel heeft ontvangen wordt teruggevorderd, in "
     "kleine "
     "termijnen.",
     "De uren werden niet gemeld omdat de inwoner dacht dat onbetaalde zorg voor een ouder niet "
     "meetelde.",
     "De volledige terugvordering is vele malen hoger dan het voordeel dat de inwoner had.",
     "terugvordering|uren"},
    {"art. 27 WW (maatregel)", "de maatregel", false, B::hardship_clause, "hardheidsclausule WW",
     "Geen verlaging van de uitkering",
     "De adviseur ziet af van een verlaging en spreekt in eenvoudige taal af wat de inwoner moet "
     "doen.",
     "De inwoner kon de brieven over de verplichtingen door laaggeletterdheid niet lezen.",
     "Een verlaging treft iemand die de regel niet kon kennen en helpt hem niet sneller aan werk.",
     "maatregel|sollicitaties"},
};
constexpr ZrmScore kUnemploymentZrm[] = {
    {Z::work_and_education, 2}, {Z::finances, 3}, {Z::time_use, 3}, {Z::physical_health, 4}};

// --- Ziektewet ---------------------------------------------------------------------------
constexpr DeviationRule kSicknessRules[] = {
    {"art. 45 Ziektewet (weigering van ziekengeld)", "de weigering van ziekengeld", false,
     B::general_principles, "art. 3:4 lid 2 Awb (evenredigheid)",
     "Ziekengeld niet weigeren na de gemiste afspraak",
     "Het ziekengeld loopt door; de gemiste herbeoordeling wordt zo snel mogelijk ingehaald.",
     "De oproep ging naar een oud adres terwijl de inwoner in het ziekenhuis lag.",
     "Weigeren laat de inwoner zonder inkomen voor iets wat hij niet kon voorkomen."},
};
constexpr ZrmScore kSicknessZrm[] = {
    {Z::physical_health, 2}, {Z::work_and_education, 2}, {Z::finances, 3}};

// --- Awir --------------------------------------------------------------------------------
constexpr DeviationRule kAllowanceRules[] = {
    {"art. 26 Awir (terugvordering)", "de terugvordering van de toeslag", false,
     B::general_principles, "art. 3:4 lid 2 Awb (evenredigheid)",
     "Terugvordering niet innen zolang het herstel loopt",
     "De terugvordering blijft buiten invordering zolang het herstel van het gezin loopt; daarna "
     "volgt een nieuw gesprek.",
     "Het gezin is eerder zwaar getroffen door terugvorderingen en krijgt nu herstelbetalingen.",
     "Opnieuw invorderen maakt het herstel ongedaan en brengt het gezin terug in de schulden."},
};
constexpr ZrmScore kAllowanceZrm[] = {
    {Z::finances, 2}, {Z::mental_health, 3}, {Z::domestic_relations, 3}, {Z::social_network, 3}};

// --- Wet kinderopvang --------------------------------------------------------------------
constexpr DeviationRule kChildcareRules[] = {
    {"art. 1.5 Wet kinderopvang (recht op kinderopvangtoeslag)", "de voorwaarde van gewerkte uren",
     false, B::general_principles, "art. 3:4 lid 2 Awb (evenredigheid)",
     "Toeslag laten doorlopen in de overgangsmaanden",
     "De opvang blijft drie maanden betaald terwijl de ouder naar vaste uren toewerkt.",
     "De ouder werkt op oproepbasis en heeft een aanbod voor vaste uren als de opvang doorloopt.",
     "Zonder opvang vervalt het aanbod voor vast werk, terwijl de toeslag juist werk wil "
     "mogelijk maken."},
};
constexpr ZrmScore kChildcareZrm[] = {
    {Z::work_and_education, 3}, {Z::finances, 2}, {Z::domestic_relations, 3}};

// --- Wet op het kindgebonden budget ------------------------------------------------------
constexpr DeviationRule kChildBudgetRules[] = {
    {"art. 2 Wet op het kindgebonden budget (aanspraak)", "de toets op het partnerinkomen", false,
     B::general_principles, "art. 3:2 Awb (zorgvuldigheid)",
     "Budget herstellen zonder het inkomen van de vermeende partner",
     "Het budget wordt berekend zonder het inkomen van de ex-partner, die al maanden elders woont.",
     "De inschrijving op het adres is een administratieve achterstand; de ex-partner woont er "
     "niet.",
     "Rekenen met een inkomen dat het gezin niet heeft, ontneemt de kinderen de steun waar de wet "
     "voor is."},
};
constexpr ZrmScore kChildBudgetZrm[] = {{Z::finances, 2}, {Z::domestic_relations, 3}};

// --- Wsf 2000 ----------------------------------------------------------------------------
constexpr DeviationRule kStudentRules[] = {
    {"Wsf 2000, regels voor de uitwonendenbeurs", "de regels voor de uitwonendenbeurs", false,
     B::hardship_clause, "hardheidsclausule Wsf 2000", "Uitwonendenbeurs niet terugvorderen",
     "De beurs blijft staan over de maanden waarin de student bij een zieke ouder verbleef.",
     "De student woonde tijdelijk thuis om voor een zieke ouder te zorgen en hield de eigen kamer "
     "aan.",
     "Terugvorderen bestraft zorg voor een ouder en dreigt de studie te laten stoppen.",
     "uitwonenden|adres"},
    {"Wsf 2000, regels voor terugbetaling", "de terugbetalingsregels", false, B::hardship_clause,
     "hardheidsclausule Wsf 2000", "Aflossing opschorten tijdens de schuldregeling",
     "De aflossing van de studieschuld staat stil zolang de schuldregeling loopt.",
     "De inwoner zit in een schuldregeling waarin elke euro al is verdeeld.",
     "Aflossen naast de regeling laat de regeling mislukken, terwijl die juist een schone lei "
     "moet geven.",
     "studieschuld|terugbetaling|schuldregeling"},
};
constexpr ZrmScore kStudentZrm[] = {
    {Z::work_and_education, 2}, {Z::finances, 2}, {Z::housing, 3}, {Z::mental_health, 3}};

// --- Wgs ---------------------------------------------------------------------------------
constexpr DeviationRule kDebtRules[] = {
    {"art. 3 lid 2 Wgs (weigeren van schuldhulp)", "de weigeringsgrond voor nieuwe schulden", false,
     B::policy_rule_4_84, "art. 4:84 Awb", "Toch toelaten tot schuldhulp",
     "De inwoner wordt toegelaten tot schuldhulp, met budgetbeheer vanaf de eerste maand.",
     "De nieuwe schuld ontstond door een naheffing waar de inwoner geen invloed op had.",
     "Weigeren laat de schulden verder oplopen, terwijl de weigeringsgrond bedoeld is voor wie "
     "bewust nieuwe schulden maakt.",
     "geweigerd|nieuwe schuld"},
    {"werkinstructie schuldhulp: intake pas na volledige stukken", "de eis van volledige stukken",
     true, B::internal_mandate, "Mandaatregeling maatwerk sociaal domein, onderdeel 4",
     "Intake starten voordat alle stukken er zijn",
     "De intake begint meteen; ontbrekende stukken haalt de consulent samen met de inwoner op.",
     "De inwoner kan de stukken niet zelf verzamelen en de afsluiting van energie dreigt.",
     "Wachten op volledige stukken kost weken die het huishouden niet heeft.",
     "energie|vroegsignalering|ondernemer"},
};
constexpr ZrmScore kDebtZrm[] = {
    {Z::finances, 1}, {Z::housing, 3}, {Z::mental_health, 3}, {Z::domestic_relations, 3}};

// --- Gemeentewet -------------------------------------------------------------------------
constexpr DeviationRule kMunicipalRules[] = {
    {"art. 255 Gemeentewet met de kwijtscheldingsregeling (vermogensnorm)",
     "de vermogensnorm voor kwijtschelding", false, B::policy_rule_4_84, "art. 4:84 Awb",
     "Kwijtschelding ondanks gespaard geld",
     "De aanslag wordt kwijtgescholden; het gespaarde bedrag blijft buiten de berekening.",
     "Het gespaarde geld is opzijgezet voor de uitvaart van een ernstig zieke partner.",
     "Het geld aanspreken dwingt de inwoner een onvermijdelijke uitgave op te geven voor een "
     "kleine aanslag."},
};
constexpr ZrmScore kMunicipalZrm[] = {{Z::finances, 2}, {Z::community_participation, 3}};

constexpr ZrmScore kGeneralZrm[] = {{Z::finances, 3}, {Z::social_network, 3}};

constexpr std::array<RegulationTexts, 12> kRegulations = {{
    {"participatiewet", "Bijstand volgens de gewone regels",
     "De aanvraag wordt beoordeeld en uitgevoerd zoals de wet en het beleid van de gemeente "
     "voorschrijven.",
     "Bijstand met vaste consulent en ruimere termijnen",
     "Binnen de regels krijgt de inwoner meer tijd voor stukken, een vaste consulent en hulp bij "
     "de administratie.",
     kParticipationRules, kParticipationZrm,
     "Het inkomen is onzeker en er zijn vaste lasten blijven liggen.",
     "De inwoner wil zekerheid over het inkomen en rust om orde op zaken te stellen.",
     "of het inkomen elke maand op tijd binnenkomt en er geen nieuwe achterstanden zijn"},
    {"wmo-2015", "Maatwerkvoorziening volgens de standaardindicatie",
     "De hulp wordt toegekend volgens de normtijden van de gemeente, met de gewone eigen bijdrage.",
     "Indicatie afgestemd op het netwerk, met evaluatie na drie maanden",
     "Binnen het beleid wordt de indicatie afgestemd op wat de inwoner en de mensen om hem heen "
     "zelf kunnen.",
     kWmoRules, kWmoZrm, "De inwoner redt het huishouden en de verzorging niet meer alleen.",
     "De inwoner wil zo lang mogelijk thuis blijven wonen met hulp die past.",
     "of de inwoner zich thuis redt en de mantelzorg niet overbelast raakt"},
    {"jeugdwet", "Jeugdhulp via de gecontracteerde aanbieder",
     "Het gezin wordt aangemeld bij een gecontracteerde aanbieder en volgt de gewone wachtlijst.",
     "Overbruggingshulp en één regisseur voor het gezin",
     "Binnen de regels regelt het wijkteam hulp tot de specialistische zorg begint, met één "
     "aanspreekpunt voor het hele gezin.",
     kYouthRules, kYouthZrm, "De opvoedsituatie staat onder druk en de hulp komt niet op gang.",
     "Het gezin wil dat het kind snel hulp krijgt van mensen die het vertrouwt.",
     "of de hulp loopt en de situatie thuis rustiger is geworden"},
    {"ww", "Uitkering volgens de gewone beoordeling",
     "De uitkering en de verplichtingen worden vastgesteld zoals de wet voorschrijft.",
     "Afspraken over verplichtingen die passen bij wat de inwoner kan",
     "Binnen de regels maakt de adviseur afspraken over solliciteren en contact, met uitleg in "
     "eenvoudige taal.",
     kUnemploymentRules, kUnemploymentZrm,
     "De uitkering is onzeker en de inwoner begrijpt niet goed wat er van hem wordt verwacht.",
     "De inwoner wil weer aan het werk en tot die tijd een zeker inkomen.",
     "of de inwoner de afspraken begrijpt en nakomt en het inkomen zeker is"},
    {"ziektewet", "Beoordeling zoals voorgeschreven",
     "Het recht op ziekengeld wordt beoordeeld op de gewone manier, met de gebruikelijke oproepen.",
     "Herbeoordeling met persoonlijk contact en een vaste contactpersoon",
     "Binnen de regels belt de contactpersoon de inwoner voor elke afspraak en stemt de planning "
     "af "
     "op de behandeling.",
     kSicknessRules, kSicknessZrm,
     "De inwoner is ziek uitgevallen en de overgang naar een ander inkomen loopt mis.",
     "De inwoner wil eerst herstellen en daarna stap voor stap weer aan het werk.",
     "of het inkomen doorloopt en de re-integratie bij de gezondheid past"},
    {"awir", "Terugvordering met de gewone betalingsregeling",
     "De toeslag wordt definitief berekend en het te veel betaalde wordt teruggevorderd met de "
     "gewone betalingsregeling.",
     "Betalingsregeling naar draagkracht met één contactpersoon",
     "Binnen de regels wordt de regeling afgestemd op wat het gezin echt kan missen, met één vast "
     "aanspreekpunt.",
     kAllowanceRules, kAllowanceZrm,
     "Toeslagen en terugvorderingen lopen door elkaar en het gezin heeft geen overzicht meer.",
     "Het gezin wil rust en één duidelijke afspraak over wat het moet betalen.",
     "of het gezin de afspraak kan nakomen en er geen nieuwe achterstanden ontstaan"},
    {"wet-kinderopvang", "Toeslag volgens de gewone voorwaarden",
     "De kinderopvangtoeslag wordt berekend op de gewerkte uren en stopt als die wegvallen.",
     "Toeslag berekend op het gemiddelde van wisselende uren",
     "Binnen de regels wordt gerekend met een gemiddelde over meerdere maanden, zodat wisselende "
     "uren niet elke maand tot een terugvordering leiden.",
     kChildcareRules, kChildcareZrm, "De werkuren wisselen en de opvang dreigt weg te vallen.",
     "De ouder wil blijven werken en de kinderen op dezelfde opvang houden.",
     "of de opvang doorloopt en de ouder vaste uren heeft gekregen"},
    {"wkb", "Budget volgens de gegevens in de basisregistratie",
     "Het budget wordt vastgesteld op de gegevens zoals die in de registraties staan.",
     "Budget voorlopig vaststellen en de gegevens samen nagaan",
     "Binnen de regels wordt een voorschot vastgesteld terwijl de consulent met de ouder de "
     "woonsituatie nagaat.",
     kChildBudgetRules, kChildBudgetZrm,
     "Het budget is teruggevorderd op grond van gegevens die niet kloppen met de werkelijke "
     "situatie.",
     "De ouder wil dat de echte situatie telt en het budget weer binnenkomt.",
     "of het budget juist is vastgesteld en de registratie klopt"},
    {"wsf-2000", "Studiefinanciering volgens de gewone regels",
     "De beurs en de terugbetaling worden vastgesteld zoals de regels voorschrijven.",
     "Betalingsafspraak die past bij het inkomen van de student",
     "Binnen de regels wordt de aflossing afgestemd op het inkomen, met uitstel waar de regels dat "
     "toestaan.",
     kStudentRules, kStudentZrm,
     "De studie en het inkomen staan onder druk door omstandigheden buiten de opleiding.",
     "De student wil de opleiding afmaken zonder dat de schuld verder oploopt.",
     "of de student de opleiding volgt en de betalingen haalbaar zijn"},
    {"wgs", "Schuldhulp volgens de gewone volgorde",
     "De inwoner wordt aangemeld voor schuldhulp en volgt de gewone intake en wachttijd.",
     "Snelle intake met tijdelijk budgetbeheer",
     "Binnen de regels krijgt de inwoner voorrang bij de intake en tijdelijk budgetbeheer voor de "
     "vaste lasten.",
     kDebtRules, kDebtZrm, "De schulden lopen op en de vaste lasten worden niet meer betaald.",
     "De inwoner wil van de schulden af en weer zelf het geld beheren.",
     "of de vaste lasten betaald worden en de schulden niet verder oplopen"},
    {"gemeentewet", "Aanslag en kwijtschelding volgens de gewone regels",
     "De aanslag wordt ingevorderd; kwijtschelding volgt de normen van de gemeentelijke regeling.",
     "Betalingsregeling in kleine termijnen",
     "Binnen de regels wordt de aanslag in kleine termijnen betaald, zonder extra kosten.",
     kMunicipalRules, kMunicipalZrm, "Een gemeentelijke aanslag drukt zwaar op een krap budget.",
     "De inwoner wil de aanslag kunnen dragen zonder andere rekeningen te laten liggen.",
     "of de regeling wordt nagekomen en er geen nieuwe achterstanden ontstaan"},
    {"awb",
     "Besluit volgens de gewone procedure",
     "De aanvraag wordt afgehandeld volgens de gewone procedure en termijnen.",
     "Procedure afgestemd op de inwoner",
     "Binnen de regels krijgt de inwoner uitleg, meer tijd en hulp bij het indienen van stukken.",
     {},
     kGeneralZrm,
     "De procedure loopt vast en de inwoner raakt het overzicht kwijt.",
     "De inwoner wil een besluit dat hij begrijpt en op tijd krijgt.",
     "of het besluit is uitgevoerd en de inwoner het begrijpt"},
}};

}  // namespace

const RegulationTexts& regulation_texts(std::string_view regulation_id) {
  for (const auto& texts : kRegulations) {
    if (texts.regulation_id == regulation_id) return texts;
  }
  return kRegulations.back();  // the general procedure (Awb)
}

}  // namespace helder::app::generator_texts
