// What the browser tests share: the server's address, logging in when the server has
// logins, an axe check for WCAG 2.1 AA, screenshots, and keyboard-only navigation.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export function serverUrl(): string {
  const url = process.env.HELDER_URL;
  if (!url) throw new Error('HELDER_URL is not set; global-setup starts helder');
  return url;
}

// Opens helder and, when the login screen shows, logs in as a demo user: the caseworker
// unless told otherwise (a session from an earlier step in the same test is reused, so log
// out first to switch users).
export async function openHelder(page: Page, route = '/', username = 'uitvoerder'): Promise<void> {
  await page.goto(serverUrl() + route);
  const login = page.getByRole('heading', { level: 1, name: 'Inloggen' });
  const app = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(login.or(app)).toBeVisible();
  if (await login.isVisible()) {
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill('helder-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(app).toBeVisible();
  }
}

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(summary, `axe found violations on ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// One part of the screen (e.g. a section of the case page), when the whole page is too long.
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

// Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would.
export async function tabTo(page: Page, target: Locator, { max = 200, backwards = false } = {}): Promise<void> {
  for (let press = 0; press < max; press += 1) {
    const count = await target.count();
    if (count > 1) throw new Error(`${target.toString()} matches ${count} elements`);
    if (count === 1 && (await target.evaluate((element) => element === document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard in ${max} presses`);
}

// The focused element shows a visible focus indicator (an outline or a box shadow).
export async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const computed = getComputedStyle(element);
    return { outline: computed.outlineStyle, width: computed.outlineWidth, shadow: computed.boxShadow };
  });
  expect(style, 'something has focus').not.toBeNull();
  const visible = (style!.outline !== 'none' && style!.width !== '0px') || (style!.shadow !== 'none' && style!.shadow !== '');
  expect(visible, `focus is visible (${JSON.stringify(style)})`).toBe(true);
}

// Calls the API as the logged-in user of `page` (its cookie, and the CSRF token on writes).
export async function apiAs(page: Page) {
  const session = await page.request.get(`${serverUrl()}/api/v1/sessies/huidige`);
  expect(session.ok(), 'logged in').toBe(true);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${serverUrl()}/api/v1${path}`, {
      method,
      headers: method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { data: body }),
    });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown) => call<T>('POST', path, body) };
}
