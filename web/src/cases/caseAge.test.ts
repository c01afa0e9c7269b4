import { describe, expect, it } from 'vitest';
import { daysOpen } from './caseAge';

describe('daysOpen', () => {
  it('counts calendar days, not 24-hour periods', () => {
    const now = new Date(2026, 10, 25, 9, 0);
    expect(daysOpen(new Date(2026, 10, 25, 8, 0).toISOString(), now)).toBe(0);
    expect(daysOpen(new Date(2026, 10, 24, 23, 30).toISOString(), now)).toBe(1);
    expect(daysOpen(new Date(2026, 9, 26, 12, 0).toISOString(), now)).toBe(30);
  });

  it('never goes below zero', () => {
    expect(daysOpen(new Date(2026, 10, 26).toISOString(), new Date(2026, 10, 25))).toBe(0);
  });
});
