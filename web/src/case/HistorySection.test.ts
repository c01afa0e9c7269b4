import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import type { CaseEvent } from '../api/types';
import { eventDetail } from './HistorySection';

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('nl', key, vars);
const event = (soort: string, voor: Record<string, unknown> | null, na: Record<string, unknown> | null): CaseEvent => ({
  id: 1,
  soort,
  door: 'uitvoerder',
  op: '2026-11-25T10:00:00Z',
  toelichting: 'toelichting',
  voor,
  na,
});

describe('eventDetail', () => {
  it('says which phases a phase change went between', () => {
    expect(eventDetail(event('fase-gewijzigd', { fase: 'onderzoek' }, { fase: 'afweging' }), t)).toBe('Onderzoek → Afweging');
  });

  it('shows a weight change with before and after', () => {
    expect(eventDetail(event('argument-gewijzigd', { gewicht: null, omschrijving: 'A' }, { gewicht: 4, omschrijving: 'A' }), t)).toBe('A: gewicht — → 4');
  });

  it('names what was added or removed', () => {
    expect(eventDetail(event('signaal-verwijderd', { omschrijving: 'Weg' }, null), t)).toBe('Weg');
    expect(eventDetail(event('optie-toegevoegd', null, { titel: 'Optie' }), t)).toBe('Optie');
    expect(eventDetail(event('opvolging-vastgelegd', null, {}), t)).toBe('toelichting');
  });
});
