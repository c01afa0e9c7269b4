import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface text', () => {
  it('has every Dutch key in English and no more', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('has no empty texts', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'cases.page', { page: 3 })).toBe('Pagina 3');
    expect(translate('en', 'cases.page', { page: 3 })).toBe('Page 3');
    expect(translate('nl', 'cases.page')).toBe('Pagina {page}');
  });
});
