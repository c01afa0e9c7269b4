// The house style per organisation. The default (the NL Design System "voorbeeld" theme) is
// bundled; /thema.json in the served web folder may name another theme class and its token
// stylesheet per organisation, so a municipality can use its own house style without a
// new build.

export interface ThemeChoice {
  klasse: string;
  css?: string;
}
export interface ThemeConfig {
  standaard: ThemeChoice;
  organisaties?: Record<string, ThemeChoice>;
}

export const DEFAULT_THEME: ThemeChoice = { klasse: 'voorbeeld-theme' };

// The theme for an organisation: its own entry, else the configured default.
export function themeFor(config: ThemeConfig | null, organisation: string | null): ThemeChoice {
  if (!config) return DEFAULT_THEME;
  const own = organisation ? config.organisaties?.[organisation] : undefined;
  return own ?? config.standaard ?? DEFAULT_THEME;
}

export async function loadThemeConfig(): Promise<ThemeConfig | null> {
  try {
    const response = await fetch('/thema.json', { credentials: 'same-origin' });
    if (!response.ok) return null;
    return (await response.json()) as ThemeConfig;
  } catch {
    return null;
  }
}

const VALID_CLASS = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Only stylesheets from this server: the CSP would block others anyway.
const VALID_CSS = /^\/[A-Za-z0-9._/-]+\.css$/;

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (!VALID_CLASS.test(choice.klasse)) return;
  for (const name of [...root.classList]) {
    if (name.endsWith('-theme')) root.classList.remove(name);
  }
  root.classList.add(choice.klasse);
  const existing = document.getElementById('helder-thema') as HTMLLinkElement | null;
  if (choice.css && VALID_CSS.test(choice.css) && !choice.css.includes('..')) {
    const link = existing ?? document.createElement('link');
    link.id = 'helder-thema';
    link.rel = 'stylesheet';
    link.href = choice.css;
    if (!existing) document.head.appendChild(link);
  } else {
    existing?.remove();
  }
}
