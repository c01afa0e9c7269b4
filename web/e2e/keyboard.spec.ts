// The main flow with the keyboard only: Tab, Shift+Tab, Enter, Space and typing; no mouse.
// Focus must be visible wherever it lands.
import { expect, test } from '@playwright/test';
import { expectVisibleFocus, openHelder, screenshot, tabTo } from './helpers';

test('keyboard only: open a case, record a signal, investigate, add an option, decide', async ({ page }) => {
  await openHelder(page);
  const keys = page.keyboard;

  await tabTo(page, page.getByRole('link', { name: 'Naar de inhoud' }));
  await expectVisibleFocus(page);
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe casus' }));
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe casus' })).toBeVisible();

  await tabTo(page, page.getByLabel('Titel'));
  await expectVisibleFocus(page);
  await keys.type('Vaste lasten stapelen op na scheiding');
  await tabTo(page, page.getByLabel('Kenmerk van de inwoner'));
  await keys.type('INW-4410');
  await tabTo(page, page.getByRole('checkbox', { name: 'Wet maatschappelijke ondersteuning 2015 (Wmo 2015)' }));
  await expectVisibleFocus(page);
  await keys.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Casus openen' }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vaste lasten stapelen op na scheiding' })).toBeVisible();

  // A signal in own words.
  await tabTo(page, page.getByRole('radio', { name: 'Kiezen uit de Signalenkaart' }));
  await keys.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'In eigen woorden' })).toBeChecked();
  await tabTo(page, page.getByLabel('Het signaal in eigen woorden'));
  await keys.type('Zegt afspraken af sinds de scheiding.');
  await tabTo(page, page.getByRole('button', { name: 'Signaal vastleggen' }));
  await keys.press('Enter');
  await expect(page.getByRole('list', { name: 'Vastgelegde signalen' })).toContainText('Zegt afspraken af sinds de scheiding.');

  // To the investigation phase (the form is above: Shift+Tab).
  // Shift+Tab enters a radio group at its last choice; the arrow keys choose within it.
  await tabTo(page, page.getByLabel('Waarom nu?'), { backwards: true });
  await keys.press('Shift+Tab');
  await keys.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /^Onderzoek:/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Fase wijzigen' }));
  await keys.press('Enter');
  await expect(page.getByText('De casus staat nu in de fase Onderzoek.')).toBeVisible();

  // A question group folds open with Enter; answer its first question.
  const group = page.locator('#onderzoek summary', { hasText: 'Waarom ligt deze casus voor?' });
  await tabTo(page, group);
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await tabTo(page, page.getByLabel('Waarom komt juist deze casus op mijn bureau terecht?'));
  await keys.type('Vaste lasten zijn hoger dan het inkomen.');
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(page.locator('#onderzoek blockquote', { hasText: 'Vaste lasten zijn hoger dan het inkomen.' })).toBeVisible();

  // An option (standard is preselected).
  await tabTo(page, page.getByLabel('Naam van de optie'));
  await keys.type('Schuldhulp via de gewone route');
  await tabTo(page, page.getByRole('button', { name: 'Optie toevoegen' }));
  await keys.press('Enter');
  await expect(page.getByRole('article', { name: 'Schuldhulp via de gewone route' })).toBeVisible();

  // The decision form offers the move to the weighing phase.
  await tabTo(page, page.getByRole('button', { name: 'Zet de casus in de fase Afweging' }));
  await keys.press('Enter');
  await expect(page.getByRole('button', { name: 'Zet de casus in de fase Afweging' })).toBeHidden();
  await tabTo(page, page.getByRole('radio', { name: /^Schuldhulp via de gewone route/ }), { backwards: true });
  await keys.press('Space');
  await tabTo(page, page.locator('#besluit').getByLabel('Motivering', { exact: true }));
  await keys.type('De gewone route past; de inwoner wil zelf aan de slag.');
  await tabTo(page, page.getByLabel('Hoe controleren we het effect?'));
  await keys.type('Gesprek na drie maanden.');
  await tabTo(page, page.getByRole('button', { name: 'Besluit vastleggen' }));
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(page.locator('#besluit').getByText(/^Besloten door/)).toBeVisible();

  // The resident's version of the motivation.
  await tabTo(page, page.getByRole('button', { name: 'Versie voor de inwoner' }));
  await keys.press('Enter');
  await expect(page.getByRole('button', { name: 'Versie voor de inwoner' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 3, name: 'Uitleg bij ons besluit' })).toBeVisible();
  await screenshot(page, '10-toetsenbord-motivering');
});
