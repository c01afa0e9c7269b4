// The shapes of the helder API (docs/api.md, /api/v1/openapi.json), in its Dutch names.
// Only what the front end reads is typed; the OpenAPI document is the full contract.

export const PHASES = [
  'signaal',
  'onderzoek',
  'afweging',
  'besluit',
  'uitvoering',
  'evaluatie',
  'afgesloten',
] as const;
export type Phase = (typeof PHASES)[number];

export const RESIDENT_KINDS = ['persoon', 'huishouden', 'onderneming'] as const;
export type ResidentKind = (typeof RESIDENT_KINDS)[number];

export const SIGNAL_SOURCES = [
  'inwoner',
  'uitvoerder',
  'collega',
  'ketenpartner',
  'informatiesysteem',
  'rechter-of-ombudsman',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export const THEMES = ['welzijn', 'bestuur', 'uitvoering', 'financien', 'principes'] as const;
export type Theme = (typeof THEMES)[number];
export const SIDES = ['voor', 'tegen'] as const;
export type Side = (typeof SIDES)[number];
export const BROUGHT_BY = [
  'uitvoerder',
  'inwoner',
  'collega',
  'tegenspraak',
  'manager',
  'juridisch-adviseur',
] as const;
export type BroughtBy = (typeof BROUGHT_BY)[number];
export const OPTION_KINDS = ['standaard', 'maatwerk-binnen-regels', 'afwijking'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];
export const LEGAL_BASES = [
  'hardheidsclausule',
  'artikel-4-84-awb',
  'algemene-beginselen',
  'rechterlijke-uitspraak',
  'intern-mandaat',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const INVESTIGATION_STEPS = [
  'aanleiding',
  'huidige-situatie',
  'gewenste-situatie',
  'opties',
  'beste-optie',
  'uitvoering',
  'leren',
] as const;
export type InvestigationStep = (typeof INVESTIGATION_STEPS)[number];
export const LESSON_SCOPES = ['ikzelf', 'mijn-organisatie', 'andere-organisaties', 'beleid'] as const;
export type LessonScope = (typeof LESSON_SCOPES)[number];
export type MotivationVersion = 'professioneel' | 'inwoner';

export interface Text {
  nl: string;
  en: string;
}
export interface Link {
  href: string;
}

export interface User {
  gebruikersnaam: string;
  naam: string;
  organisatie: string;
  rollen: string[];
}
export interface Session {
  gebruiker: User;
  csrfToken: string;
}

export interface Resident {
  referentie: string;
  soort: ResidentKind;
}
export interface PhaseTransitionOption {
  naar: Phase;
  betekenis: string;
}
export interface Case {
  referentie: string;
  titel: string;
  samenvatting: string;
  inwoner: Resident;
  regelingen: string[];
  fase: Phase;
  eigenaar: string;
  aangemaaktOp: string;
  gewijzigdOp: string;
  mogelijkeFaseovergangen: PhaseTransitionOption[];
}
export interface CasesPage {
  pagina: number;
  paginaGrootte: number;
  _links: { self: Link; first: Link; next?: Link; prev?: Link };
  _embedded: { casussen: Case[] };
}
export interface NewCase {
  titel: string;
  samenvatting?: string;
  inwoner: Resident;
  regelingen?: string[];
}

export interface Regulation {
  id: string;
  versie: number;
  naam: string;
  korteNaam: string;
  omschrijving: Text;
  hardheidsclausule: boolean;
  voorgeschrevenOnderzoeksvolgorde: boolean;
}

export interface CatalogGroup {
  id: string;
  soort: string;
  label: Text;
  ouder?: string;
  kant?: Side;
  onderzoeksstap?: InvestigationStep;
}
export interface CatalogItem {
  id: string;
  versie: number;
  tekst: Text;
  bronkaart: string;
  groep?: string;
  hoofdgroep?: string;
  kant?: Side;
}
export interface Catalog {
  catalogus: string;
  versie: number;
  titel: Text;
  omschrijving: Text;
  groepen: CatalogGroup[];
  items: CatalogItem[];
}

export interface Signal {
  id: number;
  signaal?: string;
  categorie?: string;
  eigenTekst?: string;
  omschrijving: string;
  bron: SignalSource;
  toelichting: string;
  vastgelegdDoor: string;
  waargenomenOp: string;
  vastgelegdOp: string;
}
export interface NewSignal {
  signaal?: string;
  eigenTekst?: string;
  bron: SignalSource;
  toelichting?: string;
  waargenomenOp?: string;
}

export interface Answer {
  id: number;
  vraag?: string;
  vraagTekst?: string;
  antwoord: string;
  door: string;
  op: string;
}
export interface ResidentWishes {
  kortetermijn?: string;
  langetermijn?: string;
  eigenBijdrage?: string;
  voorkeursoptie?: string;
  door?: string;
  op?: string;
}
export interface OrderStep {
  stap: number;
  titel: string;
  inhoud: string;
  afgerondOp: string | null;
}
export interface OrderFinding {
  soort: 'missing' | 'empty' | 'not_completed' | 'out_of_order';
  stap: number;
  eerdereStap?: number;
  melding: string;
}
export interface Investigation {
  antwoorden: Record<InvestigationStep, Answer[]>;
  wensenInwoner: ResidentWishes | null;
  stappenplan: {
    vanToepassing: boolean;
    stappen: OrderStep[];
    oordeel: { compleetEnOpVolgorde: boolean; samenvatting: string; bevindingen: OrderFinding[] };
  };
}

export interface Deviation {
  regeling?: string | null;
  artikel: string;
  grondslag: LegalBasis;
  grondslagVerwijzing?: string;
  bijzondereOmstandigheden?: string;
  onevenredigheid?: string;
}
export interface Option {
  id: number;
  titel: string;
  omschrijving: string;
  soort: OptionKind;
  afwijking?: Deviation;
  vastgelegdDoor: string;
  vastgelegdOp: string;
}
export interface NewOption {
  titel: string;
  omschrijving?: string;
  soort: OptionKind;
  afwijking?: Deviation;
}
export interface Argument {
  id: number;
  optie: number;
  kant: Side;
  thema: Theme;
  argument?: string;
  eigenTekst?: string;
  omschrijving: string;
  toelichting: string;
  ingebrachtDoor: BroughtBy;
  gewicht: number | null;
  gewogenDoor: string | null;
  vastgelegdDoor: string;
  vastgelegdOp: string;
}
export interface NewArgument {
  argument?: string;
  eigenTekst?: string;
  thema?: Theme;
  kant?: Side;
  toelichting?: string;
  ingebrachtDoor: BroughtBy;
  gewicht?: number;
}
export type WeighedOption = Option & {
  aantalArgumenten: number;
  argumentenPerThema: Record<Theme, Record<Side, Argument[]>>;
};
export interface Weighing {
  opties: WeighedOption[];
}

export const SERVICE_TYPES = ['standaard', 'dienstverlening-op-maat', 'maatwerk'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export interface Decision {
  id: number;
  optie: number;
  dienstverleningstype: ServiceType;
  beslotenDoor: string;
  besluitOp: string;
  motivering: string;
  effectcontrole: { hoe: string; op: string };
  opvolgingDoor: string;
  herbeoordelingOp: string;
  // Absent on decisions recorded before the consistency check existed.
  consistentie?: DecisionConsistency;
}
export interface NewDecision {
  optie: number;
  motivering: string;
  effectcontrole: { hoe: string; op: string };
  opvolgingDoor: string;
  herbeoordelingOp: string;
  // Why this case differs from comparable cases that got another outcome (optional).
  verschilMetVergelijkbareCasussen?: string;
}

export interface Motivation {
  versie: MotivationVersion;
  bron?: 'concept' | 'bewerkt';
  titel: string;
  aandachtspunten: string[];
  secties: { kop: string; alineas: string[]; opsomming: string[] }[];
}

export interface Evaluation {
  id: number;
  datum: string;
  waargenomenEffect: string;
  volgendeStap: string;
  door: string;
  op: string;
}
export interface Lesson {
  id: number;
  les: string;
  reikwijdte: LessonScope;
  structureel: boolean;
  regeling?: string | null;
  door: string;
  op: string;
}

export interface CaseEvent {
  id: number;
  soort: string;
  door: string;
  op: string;
  toelichting: string;
  voor: Record<string, unknown> | null;
  na: Record<string, unknown> | null;
}

// Similar cases and consistency (GET …/vergelijkbare-casussen, …/consistentie?optie=,
// /api/v1/consistentie). What a case is compared on is a list of factors.
export const FACTOR_KINDS = [
  'regeling',
  'signaal',
  'signaalcategorie',
  'zrm',
  'zrm-bereik',
  'afwijkingsregel',
  'grondslag',
  'argument',
  'woord',
] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export interface Factor {
  soort: FactorKind | string;
  code: string;
  // Dutch label, from the server.
  omschrijving: string;
  // How much the factor counts; rarer factors weigh more.
  gewicht: number;
}
// What a decided case got. `grondslag` only for a deviation; `besluitdatum` where it is known.
export interface Outcome {
  dienstverleningstype: ServiceType;
  optiesoort: OptionKind;
  grondslag?: LegalBasis | string | null;
  besluitdatum?: string;
}
// The outcome most comparable cases got, and how many got it.
export interface CommonOutcome {
  dienstverleningstype: ServiceType;
  optiesoort: OptionKind;
  aantal: number;
}
export interface Colleague {
  gebruikersnaam: string;
  naam: string;
}
export interface SimilarCase {
  referentie: string;
  // 0..1: weighted overlap of factors (1 = the same factors).
  score: number;
  // Whether the caller may read that case: only then title, lessons and a link.
  leesbaar: boolean;
  titel?: string;
  fase: Phase;
  verantwoordelijke?: Colleague | null;
  uitkomst: Outcome | null;
  lessen?: string[];
  gedeeldeFactoren: Factor[];
  alleenInDezeCasus: Factor[];
  alleenInVergelijkbareCasus: Factor[];
  _links?: { casus?: Link };
}
export interface SimilarCases {
  _links: { self: Link; casus: Link };
  referentie: string;
  factoren: Factor[];
  _embedded: { vergelijkbareCasussen: SimilarCase[] };
}
export interface ComparableDecision {
  referentie: string;
  score: number;
  leesbaar: boolean;
  titel?: string;
  uitkomst: Outcome;
}
export interface ConsistencyCheck {
  optie: number;
  gekozen: Outcome;
  vergelijkbaar: ComparableDecision[];
  meestVoorkomend: CommonOutcome | null;
  wijktAf: boolean;
  toelichting: string;
}
// Stored with a decision: whether it departed from comparable cases, and the stated reason.
export interface DecisionConsistency {
  wijktAf: boolean;
  vergelijkbareCasussen: string[];
  meestVoorkomend: CommonOutcome | null;
  reden: string | null;
  redenOntbreekt: boolean;
  // The server's own sentence about it (Dutch).
  toelichting?: string;
}
export interface DepartureWithoutReason {
  referentie: string;
  besluitdatum: string;
  besluitDoor: string;
  uitkomst: Outcome;
  meestVoorkomend: CommonOutcome | null;
  vergelijkbareCasussen: string[];
}
export interface SimilarPairDifferentOutcome {
  referentie: string;
  uitkomst: Outcome;
  vergelijkbareCasus: string;
  uitkomstVergelijkbareCasus: Outcome;
  score: number;
}
export interface ConsistencyOverview {
  _embedded: {
    afwijkingenZonderReden: DepartureWithoutReason[];
    gelijkeCasussenAndereUitkomst: SimilarPairDifferentOutcome[];
  };
}
