import { describe, expect, it } from 'vitest';
import { localDay, startOfDay } from './dates';

describe('dates sent to and read from the API', () => {
  it('sends a picked day as the start of that day in the user’s time zone', () => {
    const sent = startOfDay('2026-12-07');
    expect(sent).toMatch(/^2026-12-07T00:00:00[+-]\d\d:\d\d$/);
    expect(new Date(sent).getTime()).toBe(new Date(2026, 11, 7).getTime());
  });

  it('reads a moment back as the same day', () => {
    expect(localDay(new Date(2026, 11, 7).toISOString())).toBe('2026-12-07');
    expect(localDay(startOfDay('2026-03-29'))).toBe('2026-03-29');  // the day the clocks go forward
  });
});
