import { describe, expect, it } from 'vitest';
import { fieldIdFor } from './FormErrors';

describe('fieldIdFor', () => {
  const fields = { titel: 'titel', regelingen: 'regelingen', afwijking: 'afwijking-artikel', 'afwijking.grondslag': 'afwijking-grondslag' };

  it('finds the control for a field, or for its parent', () => {
    expect(fieldIdFor('titel', fields)).toBe('titel');
    expect(fieldIdFor('regelingen[2]', fields)).toBe('regelingen');
    expect(fieldIdFor('afwijking.grondslag', fields)).toBe('afwijking-grondslag');
    expect(fieldIdFor('afwijking.onevenredigheid', fields)).toBe('afwijking-artikel');
    expect(fieldIdFor('onbekend', fields)).toBeUndefined();
  });
});
