// Answers shaped exactly like the API contract of issue 6, for the unit tests.
import type { ConsistencyCheck, ConsistencyOverview, Decision, SimilarCases } from '../api/types';

export const similarCases: SimilarCases = {
  _links: {
    self: { href: '/api/v1/casussen/2026-000123/vergelijkbare-casussen?aantal=10&alleenBesloten=false' },
    casus: { href: '/api/v1/casussen/2026-000123' },
  },
  referentie: '2026-000123',
  factoren: [
    { soort: 'regeling', code: 'participatiewet', omschrijving: 'Participatiewet', gewicht: 0.4 },
    { soort: 'signaal', code: 'signaal.schulden', omschrijving: 'De inwoner heeft schulden', gewicht: 1.2 },
    { soort: 'zrm', code: 'financien:2', omschrijving: 'Financiën: niveau 2 (beperkt zelfredzaam)', gewicht: 2.31 },
    { soort: 'woord', code: 'schuld', omschrijving: 'schuld', gewicht: 0.9 },
    { soort: 'woord', code: 'opvang', omschrijving: 'opvang', gewicht: 2.8 },
  ],
  _embedded: {
    vergelijkbareCasussen: [
      {
        referentie: '2025-000045',
        score: 0.72,
        leesbaar: true,
        titel: 'Terugvordering na verblijf in de opvang',
        fase: 'afgesloten',
        verantwoordelijke: { gebruikersnaam: 'collega', naam: 'Collega Centrum' },
        uitkomst: {
          dienstverleningstype: 'maatwerk',
          optiesoort: 'afwijking',
          grondslag: 'hardheidsclausule',
          besluitdatum: '2025-03-01',
        },
        lessen: ['Terugvorderen tijdens een verblijf in de opvang werkt averechts.'],
        gedeeldeFactoren: [
          { soort: 'regeling', code: 'participatiewet', omschrijving: 'Participatiewet', gewicht: 0.4 },
          { soort: 'woord', code: 'opvang', omschrijving: 'opvang', gewicht: 2.8 },
          { soort: 'zrm', code: 'financien:2', omschrijving: 'Financiën: niveau 2 (beperkt zelfredzaam)', gewicht: 2.31 },
        ],
        alleenInDezeCasus: [{ soort: 'signaal', code: 'signaal.schulden', omschrijving: 'De inwoner heeft schulden', gewicht: 1.2 }],
        alleenInVergelijkbareCasus: [
          { soort: 'grondslag', code: 'hardheidsclausule', omschrijving: 'Hardheidsclausule', gewicht: 1.5 },
        ],
        _links: { casus: { href: '/api/v1/casussen/2025-000045' } },
      },
      {
        referentie: '2025-000099',
        score: 0.41,
        leesbaar: false,
        fase: 'uitvoering',
        verantwoordelijke: { gebruikersnaam: 'uitvoerder2', naam: 'Uitvoerder Oost' },
        uitkomst: null,
        gedeeldeFactoren: [{ soort: 'regeling', code: 'participatiewet', omschrijving: 'Participatiewet', gewicht: 0.4 }],
        alleenInDezeCasus: [],
        alleenInVergelijkbareCasus: [{ soort: 'signaalcategorie', code: 'financien', omschrijving: 'Geld en schulden', gewicht: 0.7 }],
      },
    ],
  },
};

const decided = (referentie: string, score: number, dienstverleningstype: 'standaard' | 'maatwerk') => ({
  referentie,
  score,
  leesbaar: true,
  titel: `Casus over bijstand ${referentie}`,
  uitkomst: {
    dienstverleningstype,
    optiesoort: dienstverleningstype === 'maatwerk' ? ('afwijking' as const) : ('standaard' as const),
    grondslag: dienstverleningstype === 'maatwerk' ? 'hardheidsclausule' : null,
    besluitdatum: '2025-06-12',
  },
});

export const departingCheck: ConsistencyCheck = {
  optie: 12,
  gekozen: { dienstverleningstype: 'maatwerk', optiesoort: 'afwijking', grondslag: 'hardheidsclausule' },
  vergelijkbaar: [
    decided('2025-000045', 0.81, 'standaard'),
    decided('2025-000046', 0.77, 'standaard'),
    decided('2025-000047', 0.7, 'standaard'),
    { ...decided('2025-000048', 0.66, 'maatwerk'), leesbaar: false, titel: undefined },
  ],
  meestVoorkomend: { dienstverleningstype: 'standaard', optiesoort: 'standaard', aantal: 3 },
  wijktAf: true,
  toelichting: '3 van de 4 vergelijkbare casussen kregen standaard dienstverlening. Leg uit waarin deze casus verschilt.',
};

export const tooFewCheck: ConsistencyCheck = {
  optie: 13,
  gekozen: { dienstverleningstype: 'standaard', optiesoort: 'standaard', grondslag: null },
  vergelijkbaar: [decided('2025-000045', 0.5, 'standaard')],
  meestVoorkomend: null,
  wijktAf: false,
  toelichting: 'Er zijn te weinig vergelijkbare casussen met een besluit om mee te vergelijken.',
};

export const inLineCheck: ConsistencyCheck = {
  ...departingCheck,
  optie: 13,
  gekozen: { dienstverleningstype: 'standaard', optiesoort: 'standaard', grondslag: null },
  wijktAf: false,
  toelichting: '3 van de 4 vergelijkbare casussen kregen standaard dienstverlening.',
};

export const decisionThatDeparted: Decision = {
  id: 7,
  optie: 12,
  dienstverleningstype: 'maatwerk',
  beslotenDoor: 'uitvoerder',
  besluitOp: '2026-11-25T10:00:00Z',
  motivering: 'Dringende redenen.',
  effectcontrole: { hoe: 'Gesprek', op: '2027-02-25' },
  opvolgingDoor: 'uitvoerder',
  herbeoordelingOp: '2027-05-25',
  consistentie: {
    wijktAf: true,
    vergelijkbareCasussen: ['2025-000045', '2025-000046', '2025-000047'],
    meestVoorkomend: { dienstverleningstype: 'standaard', optiesoort: 'standaard', aantal: 3 },
    reden: null,
    redenOntbreekt: true,
  },
};

export const overview: ConsistencyOverview = {
  _embedded: {
    afwijkingenZonderReden: [
      {
        referentie: '2026-000130',
        besluitdatum: '2026-10-02',
        besluitDoor: 'uitvoerder',
        uitkomst: { dienstverleningstype: 'maatwerk', optiesoort: 'afwijking', grondslag: 'artikel-4-84-awb' },
        meestVoorkomend: { dienstverleningstype: 'standaard', optiesoort: 'standaard', aantal: 5 },
        vergelijkbareCasussen: ['2025-000045', '2025-000046'],
      },
    ],
    gelijkeCasussenAndereUitkomst: [
      {
        referentie: '2026-000131',
        uitkomst: { dienstverleningstype: 'standaard', optiesoort: 'standaard', grondslag: null },
        vergelijkbareCasus: '2025-000050',
        uitkomstVergelijkbareCasus: { dienstverleningstype: 'maatwerk', optiesoort: 'afwijking', grondslag: 'hardheidsclausule' },
        score: 0.86,
      },
    ],
  },
};
