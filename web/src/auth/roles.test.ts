import { describe, expect, it } from 'vitest';
import { caseworker, manager } from '../test/render';
import { hasRole, seesConsistencyOverview } from './roles';

describe('roles', () => {
  it('shows the consistency overview to managers only', () => {
    expect(seesConsistencyOverview(manager)).toBe(true);
    expect(seesConsistencyOverview(caseworker)).toBe(false);
    expect(seesConsistencyOverview({ ...caseworker, rollen: ['uitvoerder', 'manager'] })).toBe(true);
  });

  it('knows a role only when the session lists it', () => {
    expect(hasRole({ ...caseworker, rollen: [] }, 'uitvoerder')).toBe(false);
    expect(hasRole(caseworker, 'uitvoerder')).toBe(true);
  });
});
