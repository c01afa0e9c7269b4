// Every screen passes axe (WCAG 2.1 A and AA) in both languages, including the states a
// caseworker meets less often: the login screen, an empty list, a full demo deliberation,
// and an unknown address; and login, logout and a session that ends mid-form against the
// real sessions API.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openHelder, screenshot, serverUrl } from './helpers';

const problem = (status: number, detail: string) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title: 'Niet ingelogd', status, detail }),
});

async function openAllFolds(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((element) => element.setAttribute('open', '')));
}

test('login: a wrong password, then in, then out', async ({ page }) => {
  await page.goto(serverUrl() + '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await screenshot(page, '00-inloggen');
  await expectNoAxeViolations(page, 'Inloggen');
  await page.getByLabel('Gebruikersnaam').fill('uitvoerder');
  await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('De gebruikersnaam of het wachtwoord klopt niet.');
  await expect(page.getByLabel('Gebruikersnaam')).toHaveValue('uitvoerder');
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  await expectNoAxeViolations(page, 'Inloggen met fout');
  await page.getByLabel('Wachtwoord').fill('helder-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn casussen' })).toBeVisible();
  await expect(page.getByText(/^Ingelogd als /)).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  // Logged out for real: the API refuses the old session.
  expect((await page.request.get(`${serverUrl()}/api/v1/sessies/huidige`)).status()).toBe(401);
});

test('login: too many attempts is said plainly', async ({ page }) => {
  // Stubbed, so that the demo caseworker is not locked out for the other tests.
  await page.route('**/api/v1/sessies', (route) => route.fulfill(problem(429, 'Te veel pogingen.')));
  await page.goto(serverUrl() + '/');
  await page.getByLabel('Gebruikersnaam').fill('uitvoerder');
  await page.getByLabel('Wachtwoord').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('Te veel pogingen. Wacht even en probeer het dan opnieuw.');
});

test('a session that ends while typing: log in again over the form, nothing is lost', async ({ page, context }) => {
  await openHelder(page, '/nieuwe-casus');
  await page.getByLabel('Titel').fill('Tekst die een verlopen sessie overleeft');
  await page.getByLabel('Kenmerk van de inwoner').fill('INW-5150');
  await context.clearCookies();
  await page.getByRole('button', { name: 'Casus openen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inloggen' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('wat u had ingevuld, blijft staan');
  await screenshot(page, '11-sessie-verlopen');
  await expectNoAxeViolations(page, 'Opnieuw inloggen over het formulier');
  await dialog.getByLabel('Gebruikersnaam').fill('uitvoerder');
  await dialog.getByLabel('Wachtwoord').fill('helder-demo');
  await dialog.getByRole('button', { name: 'Inloggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Titel')).toHaveValue('Tekst die een verlopen sessie overleeft');
  // The new session's CSRF token is used: the same form now saves.
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tekst die een verlopen sessie overleeft' })).toBeVisible();
});

test('Mijn casussen: filters and a clear empty state', async ({ page }) => {
  await openHelder(page);
  await page.getByLabel('Casussen van').selectOption('alle');
  await page.getByLabel('Fase', { exact: true }).selectOption('besluit');
  await expect(page).toHaveURL(/fase=besluit/);
  const rows = page.locator('tbody tr');
  const phases = rows.locator('.helder-phase');
  // The URL changes before the filtered list arrives: wait until no row of another phase is
  // left, and rows of this phase are shown.
  await expect(phases.filter({ hasNotText: /^Besluit$/ })).toHaveCount(0);
  await expect(phases.filter({ hasText: /^Besluit$/ }).first()).toBeVisible();
  await page.getByLabel('Zoeken', { exact: true }).fill('geen-casus-heeft-deze-woorden');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Geen casussen gevonden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Een nieuwe casus openen' })).toBeVisible();
  await screenshot(page, '08-mijn-casussen-leeg');
  await expectNoAxeViolations(page, 'Mijn casussen, leeg');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(rows.first()).toBeVisible();
});

test('a demo case with a full deliberation, every fold open', async ({ page }) => {
  await openHelder(page);
  // The page's own request context: it carries the session cookie when there is one.
  const list = await page.request.get(`${serverUrl()}/api/v1/casussen?fase=besluit`);
  expect(list.ok()).toBe(true);
  const cases = ((await list.json()) as { _embedded: { casussen: { referentie: string }[] } })._embedded.casussen;
  expect(cases.length).toBeGreaterThan(0);
  await openHelder(page, `/casussen/${cases[0]!.referentie}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Opties en afweging' })).toBeVisible();
  await expect(page.locator('.helder-option').first()).toBeVisible();
  await expect(page.locator('#besluit').getByText(/^Besloten door/)).toBeVisible();
  await openAllFolds(page);
  await screenshot(page, '09-casus-demo-besluit');
  await expectNoAxeViolations(page, 'Casus met besluit');
});

test('English, and a page that does not exist', async ({ page }) => {
  await openHelder(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'My cases (English)');
  await page.getByRole('link', { name: 'New case' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  await expectNoAxeViolations(page, 'New case (English)');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe casus' })).toBeVisible();
  await page.goto(serverUrl() + '/bestaat/niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expectNoAxeViolations(page, 'Onbekende pagina');
});

test('an error while saving keeps what was typed', async ({ page }) => {
  await openHelder(page, '/nieuwe-casus');
  await page.route('**/api/v1/casussen', (route) =>
    route.request().method() === 'POST' ? route.fulfill(problem(503, 'helder is even niet beschikbaar.')) : route.fallback(),
  );
  await page.getByLabel('Titel').fill('Een titel die niet verloren mag gaan');
  await page.getByLabel('Kenmerk van de inwoner').fill('INW-9');
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await expect(page.getByRole('alert')).toContainText('helder is even niet beschikbaar.');
  await expect(page.getByRole('alert')).toContainText('Wat u invulde, staat er nog.');
  await expect(page.getByLabel('Titel')).toHaveValue('Een titel die niet verloren mag gaan');
  await expect(page.getByLabel('Kenmerk van de inwoner')).toHaveValue('INW-9');
});
