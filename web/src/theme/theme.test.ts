import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, DEFAULT_THEME, themeFor } from './theme';

afterEach(() => {
  document.documentElement.className = '';
  document.getElementById('helder-thema')?.remove();
});

describe('theme per organisation', () => {
  const config = {
    standaard: { klasse: 'voorbeeld-theme' },
    organisaties: { 'gemeente-x': { klasse: 'x-theme', css: '/thema/x/theme.css' } },
  };

  it('uses the organisation’s own theme, else the default', () => {
    expect(themeFor(config, 'gemeente-x')).toEqual({ klasse: 'x-theme', css: '/thema/x/theme.css' });
    expect(themeFor(config, 'gemeente-y')).toEqual({ klasse: 'voorbeeld-theme' });
    expect(themeFor(null, 'gemeente-x')).toBe(DEFAULT_THEME);
  });

  it('swaps the theme class and links the organisation’s tokens', () => {
    document.documentElement.className = 'utrecht-root voorbeeld-theme';
    applyTheme({ klasse: 'x-theme', css: '/thema/x/theme.css' });
    expect([...document.documentElement.classList]).toEqual(['utrecht-root', 'x-theme']);
    expect(document.getElementById('helder-thema')?.getAttribute('href')).toBe('/thema/x/theme.css');
    applyTheme({ klasse: 'voorbeeld-theme' });
    expect(document.getElementById('helder-thema')).toBeNull();
  });

  it('refuses stylesheets from elsewhere and odd class names', () => {
    applyTheme({ klasse: 'x-theme', css: 'https://elders.example/theme.css' });
    expect(document.getElementById('helder-thema')).toBeNull();
    applyTheme({ klasse: 'x-theme', css: '/../geheim.css' });
    expect(document.getElementById('helder-thema')).toBeNull();
    document.documentElement.className = 'voorbeeld-theme';
    applyTheme({ klasse: 'x" onload="alert(1)' });
    expect(document.documentElement.className).toBe('voorbeeld-theme');
  });
});
