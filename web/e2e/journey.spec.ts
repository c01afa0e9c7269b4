// A new user's journey, from first signal to a sent motivation in one sitting: open helder,
// open a case, three signals (one in own words), answers in two question groups, two options
// with arguments for and against in three themes with weights, a decision that deviates
// under a hardship clause, the resident's version of the motivation, its PDF, and every step
// in the history. Each screen is checked with axe and saved as a screenshot.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, openHelder, screenshot } from './helpers';

// Opens the option's "add an argument" fold, unless it is open already.
async function openArgumentForm(option: Locator) {
  const fold = option.locator('details').filter({ hasText: 'Argument toevoegen bij' });
  if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await fold.locator('summary').click();
  }
}

async function addCardArgument(option: Locator, argumentText: string, weight: string | null, note: string) {
  await openArgumentForm(option);
  await option.getByLabel('Argument van de kaart').selectOption({ label: argumentText });
  await option.getByLabel('Wat betekent dit in deze casus?').fill(note);
  if (weight) await option.getByLabel('Gewicht', { exact: true }).last().selectOption(weight);
  await option.getByRole('button', { name: 'Argument toevoegen' }).click();
  await expect(option.getByRole('status').filter({ hasText: 'Argument toegevoegd' })).toBeVisible();
}

async function addOwnArgument(option: Locator, text: string, theme: string, side: 'Voor' | 'Tegen', weight: string) {
  await openArgumentForm(option);
  await option.getByRole('radio', { name: 'Eigen argument' }).check();
  await option.getByLabel('Het argument', { exact: true }).fill(text);
  await option.getByLabel('Thema', { exact: true }).selectOption({ label: theme });
  await option.getByRole('radio', { name: side, exact: true }).check();
  await option.getByLabel('Wie brengt het argument in?').selectOption('inwoner');
  await option.getByLabel('Gewicht', { exact: true }).last().selectOption(weight);
  await option.getByRole('button', { name: 'Argument toevoegen' }).click();
  await expect(option.getByText(text, { exact: true })).toBeVisible();
}

async function movePhase(page: Page, phase: string) {
  await page.getByRole('radio', { name: new RegExp(`^${phase}:`) }).check();
  await page.getByRole('button', { name: 'Fase wijzigen' }).click();
  await expect(page.getByText(`De casus staat nu in de fase ${phase}.`)).toBeVisible();
}

test('a caseworker takes a case from signal to motivation in one sitting', async ({ page }) => {
  await openHelder(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn casussen' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await screenshot(page, '01-mijn-casussen');
  await expectNoAxeViolations(page, 'Mijn casussen');

  // Nieuwe casus: first with mistakes, so that the API's messages show beside the fields.
  await page.getByRole('link', { name: 'Nieuwe casus' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe casus' })).toBeVisible();
  await page.getByLabel('Kenmerk van de inwoner').fill('123456782');
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await expect(page.locator('#titel-fout')).toContainText('titel');
  await expect(page.locator('#inwoner-referentie-fout')).toContainText('BSN');
  await expect(page.getByLabel('Kenmerk van de inwoner')).toHaveValue('123456782');
  await screenshot(page, '02-nieuwe-casus-met-fouten');
  await expectNoAxeViolations(page, 'Nieuwe casus met fouten');

  await page.getByLabel('Titel').fill('Terugvordering bijstand na opname in de opvang');
  await page.getByLabel('Samenvatting').fill('Na een verblijf in de vrouwenopvang moet mevrouw bijstand terugbetalen die zij niet kan missen.');
  await page.getByLabel('Kenmerk van de inwoner').fill('INW-7301');
  await page.getByRole('checkbox', { name: 'Participatiewet (Pw)' }).check();
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terugvordering bijstand na opname in de opvang' })).toBeVisible();
  // From the case's own header: the similar cases further down name other cases the same way.
  const header = page.locator('header.helder-case__header');
  const reference = (await header.getByText(/^Casus \d{4}-\d{6}$/).textContent())?.replace('Casus ', '') ?? '';
  expect(reference).toMatch(/^\d{4}-\d{6}$/);

  // Three signals: two from the card (found by searching), one in own words.
  const signals = page.locator('#signalen');
  await signals.getByLabel('Zoeken in de Signalenkaart').fill('andere plekken');
  await signals.getByRole('radio', { name: /op andere plekken geen hulp/ }).check();
  await signals.getByRole('button', { name: 'Signaal vastleggen' }).click();
  await expect(signals.getByRole('list', { name: 'Vastgelegde signalen' }).getByRole('listitem')).toHaveCount(1);
  await signals.getByLabel('Zoeken in de Signalenkaart').fill('gegevens in het dossier');
  await signals.getByRole('radio', { name: /gegevens in het dossier wel kloppen/ }).check();
  await signals.getByLabel('Toelichting').fill('Het inkomen in het dossier wijkt af van de loonstrook.');
  await signals.getByRole('button', { name: 'Signaal vastleggen' }).click();
  await expect(signals.getByRole('list', { name: 'Vastgelegde signalen' }).getByRole('listitem')).toHaveCount(2);
  await signals.getByRole('radio', { name: 'In eigen woorden' }).check();
  await signals.getByLabel('Het signaal in eigen woorden').fill('Mevrouw belt elke week in paniek over dezelfde brief.');
  await signals.getByLabel('Van wie komt het signaal?').selectOption('inwoner');
  await signals.getByRole('button', { name: 'Signaal vastleggen' }).click();
  const recorded = signals.getByRole('list', { name: 'Vastgelegde signalen' });
  await expect(recorded.getByRole('listitem')).toHaveCount(3);
  await expect(recorded).toContainText('Mevrouw belt elke week in paniek over dezelfde brief.');
  await expect(recorded).not.toContainText(/score|punten/i);

  // Investigation: answers in two question groups, which fold open.
  await movePhase(page, 'Onderzoek');
  const investigation = page.locator('#onderzoek');
  await investigation.getByText('Waarom ligt deze casus voor?').click();
  await investigation.getByLabel('Waarom komt juist deze casus op mijn bureau terecht?').fill('De terugvordering raakt het bestaansminimum en de inwoner zit in de opvang.');
  await investigation.getByRole('button', { name: 'Antwoord vastleggen' }).first().click();
  await expect(investigation.locator('blockquote', { hasText: 'De terugvordering raakt het bestaansminimum en de inwoner zit in de opvang.' })).toBeVisible();
  await investigation.getByText('Hoe staan de inwoner en de casus er nu voor?').click();
  const consequences = investigation.getByLabel(/Wat gaat er mis als we niets doen/);
  await consequences.fill('Huurachterstand en opnieuw dakloosheid.');
  await consequences.locator('xpath=ancestor::form').getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(investigation.locator('blockquote', { hasText: 'Huurachterstand en opnieuw dakloosheid.' })).toBeVisible();
  await expect(investigation.getByText('(1 van 2 beantwoord)')).toBeVisible();
  await investigation.getByLabel('Wat wil de inwoner op korte termijn?').fill('Rust: geen nieuwe brieven tot zij een woning heeft.');
  await investigation.getByRole('button', { name: 'Woorden van de inwoner vastleggen' }).click();
  await expect(investigation.getByText('De woorden van de inwoner zijn vastgelegd.')).toBeVisible();
  await screenshot(page, '03-casus-signalen-en-onderzoek');

  // Two options side by side.
  await movePhase(page, 'Afweging');
  const weighing = page.locator('#afweging');
  await weighing.getByLabel('Naam van de optie').fill('Terugvorderen volgens de regels');
  await weighing.getByRole('radio', { name: /^Standaard/ }).check();
  await weighing.getByRole('button', { name: 'Optie toevoegen' }).click();
  await expect(weighing.getByRole('heading', { level: 3, name: 'Terugvorderen volgens de regels' })).toBeVisible();
  await weighing.getByLabel('Naam van de optie').fill('Afzien van terugvordering');
  await weighing.getByRole('radio', { name: /^Afwijken van een regel/ }).check();
  await weighing.getByLabel('Regeling', { exact: true }).selectOption('participatiewet');
  await weighing.getByLabel('Artikel of regel').fill('art. 58 lid 1 Participatiewet');
  await weighing.getByLabel('Grondslag', { exact: true }).selectOption('hardheidsclausule');
  await weighing.getByLabel('Verwijzing naar de grondslag').fill('art. 58 lid 8 Participatiewet (dringende redenen)');
  await weighing.getByLabel('Bijzondere omstandigheden').fill('Verblijf in de vrouwenopvang na huiselijk geweld.');
  await weighing.getByLabel('Waarom pakt de regel hier onevenredig uit?').fill('Terugbetalen drukt haar onder het bestaansminimum en brengt haar veiligheid in gevaar.');
  await weighing.getByRole('button', { name: 'Optie toevoegen' }).click();
  const standard = weighing.getByRole('article', { name: 'Terugvorderen volgens de regels' });
  const deviation = weighing.getByRole('article', { name: 'Afzien van terugvordering' });
  await expect(deviation).toBeVisible();
  await expect(deviation).toContainText('Hardheidsclausule');

  // Arguments for and against, in three themes, from the card and own; weights by a person.
  await addCardArgument(deviation, 'Met maatwerk worden geldproblemen van de inwoner opgelost, voorkomen of beperkt.', '5', 'Zonder terugvordering blijft zij boven het bestaansminimum.');
  await addCardArgument(deviation, 'Maatwerk gaat in tegen beleid dat de wetgever eerder met zorg en na afweging heeft vastgesteld.', '2', 'De wet wil terugvordering als hoofdregel.');
  await addOwnArgument(deviation, 'Afzien kost de gemeente het openstaande bedrag.', 'Financiën', 'Tegen', '2');
  await addCardArgument(standard, 'De gewone dienstverlening lost de vraag van de inwoner al goed op.', null, 'Een betalingsregeling is de gewone route.');
  await addOwnArgument(standard, 'Terugvorderen behandelt iedereen gelijk.', 'Principes', 'Voor', '3');
  // The weight of the card argument without one is set afterwards, beside the argument.
  const unweighed = standard.getByLabel(/^Gewicht: De gewone dienstverlening/);
  await expect(unweighed).toHaveValue('');
  await unweighed.selectOption('1');
  await expect(standard.getByLabel(/^Gewicht: De gewone dienstverlening/)).toHaveValue('1');
  for (const theme of ['Welzijn', 'Bestuur', 'Financiën']) {
    await expect(deviation.getByRole('heading', { level: 4, name: theme })).toBeVisible();
  }
  await expect(weighing).not.toContainText(/totaalscore|score/i);
  await screenshot(page, '04-casus-opties-en-afweging');
  await expectNoAxeViolations(page, 'Casus: afweging');

  // The decision: the deviating option, with its rule and legal basis shown in the form.
  const decision = page.locator('#besluit');
  await decision.getByRole('radio', { name: /^Afzien van terugvordering/ }).check();
  await expect(decision.getByRole('heading', { name: 'Deze optie wijkt af van een regel' })).toBeVisible();
  await expect(decision).toContainText('art. 58 lid 8 Participatiewet (dringende redenen)');
  await decision.getByLabel('Motivering', { exact: true }).fill('Dringende redenen: terugvorderen brengt mevrouw onder het bestaansminimum tijdens haar verblijf in de opvang.');
  await decision.getByLabel('Hoe controleren we het effect?').fill('Gesprek met mevrouw en de opvang over haar financiële situatie.');
  await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(decision.getByText(/^Besloten door/)).toBeVisible();
  await expect(decision).toContainText('Maatwerk (afwijking van een regel)');
  await expect(page.locator('.helder-case__header')).toContainText('Besluit');
  await screenshot(page, '05-casus-besluit');

  // The motivation: the resident's version, then its PDF.
  const motivation = page.locator('#motivering');
  await motivation.getByRole('button', { name: 'Versie voor de inwoner' }).click();
  await expect(motivation.getByRole('button', { name: 'Versie voor de inwoner' })).toHaveAttribute('aria-pressed', 'true');
  await expect(motivation.getByRole('heading', { level: 3, name: 'Uitleg bij ons besluit' })).toBeVisible();
  await expect(motivation.getByRole('article')).toContainText('Mevrouw belt elke week in paniek over dezelfde brief.');
  await motivation.scrollIntoViewIfNeeded();
  await screenshot(page, '06-casus-motivering-inwoner');
  const [download] = await Promise.all([page.waitForEvent('download'), motivation.getByRole('link', { name: 'PDF downloaden' }).click()]);
  expect(download.suggestedFilename()).toBe(`motivering-${reference}-inwoner.pdf`);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(2000);

  // Follow-up and a structural lesson.
  const followUp = page.locator('#opvolging');
  await followUp.getByLabel('Welk effect ziet u?').fill('Mevrouw heeft rust en zoekt een woning.');
  await followUp.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await expect(followUp.getByRole('listitem').filter({ hasText: 'Mevrouw heeft rust en zoekt een woning.' })).toBeVisible();
  await followUp.getByLabel('Wat leren we van deze casus?').fill('Terugvordering tijdens verblijf in de opvang werkt averechts.');
  await followUp.getByRole('checkbox', { name: /structureel signaal/ }).check();
  await followUp.getByRole('button', { name: 'Les vastleggen' }).click();
  await expect(followUp.getByRole('listitem').filter({ hasText: 'Terugvordering tijdens verblijf in de opvang werkt averechts.' })).toContainText('structureel');

  // Every step in the history, in order.
  const history = page.locator('#geschiedenis ol');
  const steps = await history.locator('.helder-timeline__what').allTextContents();
  const expected = ['Casus geopend', 'Signaal vastgelegd', 'Fase gewijzigd', 'Onderzoek bijgewerkt', 'Optie toegevoegd', 'Argument toegevoegd', 'Argument gewijzigd', 'Besluit vastgelegd', 'Opvolging vastgelegd'];
  for (const step of expected) expect(steps, `history has "${step}"`).toContain(step);
  expect(steps.filter((step) => step === 'Signaal vastgelegd')).toHaveLength(3);
  expect(steps.filter((step) => step === 'Optie toegevoegd')).toHaveLength(2);
  expect(steps.indexOf('Casus geopend')).toBe(0);
  expect(steps.indexOf('Besluit vastgelegd')).toBeGreaterThan(steps.lastIndexOf('Argument toegevoegd'));
  await expect(history).toContainText('Onderzoek → Afweging');
  await page.locator('#geschiedenis').scrollIntoViewIfNeeded();
  await screenshot(page, '07-casus-geschiedenis');
  await expectNoAxeViolations(page, 'Casus na besluit');

  // The new case is in the list, in the phase Besluit.
  await page.getByRole('link', { name: 'Mijn casussen', exact: true }).click();
  const row = page.getByRole('row', { name: /Terugvordering bijstand na opname in de opvang/ });
  await expect(row).toContainText('Besluit');
  await expect(row).toContainText('Pw');
});
