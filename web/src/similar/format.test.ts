import { describe, expect, it } from 'vitest';
import type { Factor } from '../api/types';
import { translate, type Key } from '../i18n/i18n';
import { decisionThatDeparted, departingCheck, inLineCheck, similarCases, tooFewCheck } from './fixtures';
import {
  checkState,
  commonOutcomeSummary,
  decisionConsistencyState,
  factorKindLabel,
  groupFactors,
  outcomeSummary,
  reasonForBody,
  scorePercent,
} from './format';

const nl = (key: Key, vars?: Record<string, string | number>) => translate('nl', key, vars);
const en = (key: Key, vars?: Record<string, string | number>) => translate('en', key, vars);
const factor = (soort: string, omschrijving: string, gewicht: number): Factor => ({ soort, code: omschrijving, omschrijving, gewicht });

describe('scorePercent', () => {
  it('shows a score as a whole percentage', () => {
    expect(scorePercent(0.72)).toBe(72);
    expect(scorePercent(0.855)).toBe(86);
    expect(scorePercent(1)).toBe(100);
  });

  it('never goes outside 0..100', () => {
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
  });
});

describe('groupFactors', () => {
  it('groups by kind in a fixed order, heaviest first within a kind', () => {
    const groups = groupFactors(similarCases.factoren);
    expect(groups.map((group) => group.soort)).toEqual(['regeling', 'signaal', 'zrm', 'woord']);
    expect(groups.find((group) => group.soort === 'woord')?.factors.map((f) => f.omschrijving)).toEqual(['opvang', 'schuld']);
  });

  it('puts kinds it does not know last, and sorts equal weights alphabetically', () => {
    const groups = groupFactors([factor('nieuw', 'x', 1), factor('woord', 'zorg', 1), factor('woord', 'angst', 1), factor('regeling', 'Wmo', 1)]);
    expect(groups.map((group) => group.soort)).toEqual(['regeling', 'woord', 'nieuw']);
    expect(groups[1]?.factors.map((f) => f.omschrijving)).toEqual(['angst', 'zorg']);
  });

  it('gives nothing for no factors', () => {
    expect(groupFactors([])).toEqual([]);
  });
});

describe('labels', () => {
  it('names a kind of factor in the language of the screen, or shows an unknown code as it is', () => {
    expect(factorKindLabel(nl, 'zrm')).toBe('Zelfredzaamheid (ZRM)');
    expect(factorKindLabel(en, 'woord')).toBe('Word from the text');
    expect(factorKindLabel(nl, 'iets-nieuws')).toBe('iets-nieuws');
  });

  it('says an outcome in one line, with the legal basis when there is one', () => {
    expect(outcomeSummary(nl, { dienstverleningstype: 'maatwerk', grondslag: 'hardheidsclausule' })).toBe(
      'Maatwerk (afwijking van een regel); grondslag: Hardheidsclausule',
    );
    expect(outcomeSummary(nl, { dienstverleningstype: 'standaard', grondslag: null })).toBe('Standaard dienstverlening');
    expect(outcomeSummary(en, { dienstverleningstype: 'maatwerk', grondslag: 'een-nieuwe-grondslag' })).toBe(
      'Maatwerk (deviation from a rule); legal basis: een-nieuwe-grondslag',
    );
  });

  it('says what most comparable cases got and how often', () => {
    expect(commonOutcomeSummary(nl, { dienstverleningstype: 'standaard', optiesoort: 'standaard', aantal: 6 })).toBe(
      'Standaard dienstverlening (6 keer)',
    );
  });
});

describe('checkState', () => {
  it('asks for a reason only when the option departs', () => {
    expect(checkState(departingCheck)).toBe('departs');
    expect(checkState(inLineCheck)).toBe('in-line');
  });

  it('says quietly when there are too few comparable decisions', () => {
    expect(checkState(tooFewCheck)).toBe('too-few');
  });
});

describe('decisionConsistencyState', () => {
  const stored = decisionThatDeparted.consistentie!;

  it('tells a departure with a reason from one without', () => {
    expect(decisionConsistencyState(stored)).toBe('departs-without-reason');
    expect(decisionConsistencyState({ ...stored, reden: 'Zij zit in de opvang.', redenOntbreekt: false })).toBe('departs-with-reason');
    expect(decisionConsistencyState({ ...stored, reden: '   ', redenOntbreekt: false })).toBe('departs-without-reason');
  });

  it('tells a decision in line from one with too few to compare', () => {
    expect(decisionConsistencyState({ ...stored, wijktAf: false })).toBe('in-line');
    expect(decisionConsistencyState({ ...stored, wijktAf: false, vergelijkbareCasussen: ['2025-000045'] })).toBe('too-few');
  });
});

describe('reasonForBody', () => {
  it('sends the reason trimmed, only when the field is shown and filled', () => {
    expect(reasonForBody('  Zij zit in de opvang. ', true)).toEqual({ verschilMetVergelijkbareCasussen: 'Zij zit in de opvang.' });
    expect(reasonForBody('Zij zit in de opvang.', false)).toEqual({});
    expect(reasonForBody('   ', true)).toEqual({});
  });
});
