// Similar cases and consistency (issue 6) against the real server and the demo data: the
// similar cases on a demo case, the notice on the decision form when the chosen option departs
// from what similar cases got (with the reason sent and shown), and the managers' page, which
// a caseworker does not see. Each screen is checked with axe and saved as a screenshot.
import { expect, test, type Page } from '@playwright/test';
import { apiAs, expectNoAxeViolations, openHelder, screenshot, screenshotOf, tabTo } from './helpers';

type Api = Awaited<ReturnType<typeof apiAs>>;
interface Check {
  wijktAf: boolean;
  vergelijkbaar: { referentie: string }[];
}

const inMonths = (months: number) => {
  const date = new Date();
  date.setMonth(date.getMonth() + months);
  return date.toISOString().slice(0, 10);
};

// The demo cases are too different from each other for the consistency check (no pair
// reaches its minimum score), so the tests make their own: cases with the same situation,
// regulation and signals, in the phase Afweging.
const SITUATION = {
  samenvatting:
    'Na een verblijf in de vrouwenopvang moet de inwoner bijstand terugbetalen. De terugvordering drukt het inkomen onder het bestaansminimum en de huur raakt achter.',
  regelingen: ['participatiewet'],
  signalen: ['signaal.stapeling-regelingen', 'signaal.schrijnende-situatie', 'signaal.onbedoelde-gevolgen'],
};

async function openSimilarCase(api: Api, title: string): Promise<string> {
  const { referentie } = await api.post<{ referentie: string }>('/casussen', {
    titel: title,
    samenvatting: SITUATION.samenvatting,
    inwoner: { referentie: `INW-${10000 + Math.floor(Math.random() * 89999)}`, soort: 'persoon' },
    regelingen: SITUATION.regelingen,
  });
  for (const signaal of SITUATION.signalen) await api.post(`/casussen/${referentie}/signalen`, { signaal, bron: 'uitvoerder' });
  for (const naar of ['onderzoek', 'afweging']) await api.post(`/casussen/${referentie}/faseovergangen`, { naar });
  return referentie;
}

const addOption = (api: Api, reference: string, deviates: boolean) =>
  api.post<{ id: number; titel: string }>(
    `/casussen/${reference}/opties`,
    deviates
      ? {
          titel: 'Afzien van terugvordering',
          soort: 'afwijking',
          afwijking: {
            regeling: 'participatiewet',
            artikel: 'art. 58 lid 1 Participatiewet',
            grondslag: 'hardheidsclausule',
            bijzondereOmstandigheden: 'Verblijf in de vrouwenopvang.',
            onevenredigheid: 'Terugbetalen drukt het inkomen onder het bestaansminimum.',
          },
        }
      : { titel: 'Terugvorderen met een betalingsregeling', soort: 'standaard' },
  );

const decide = (api: Api, reference: string, option: number, extra: Record<string, string> = {}) =>
  api.post(`/casussen/${reference}/besluiten`, {
    optie: option,
    motivering: 'De gewone route past.',
    effectcontrole: { hoe: 'Gesprek met de inwoner.', op: inMonths(3) },
    opvolgingDoor: 'uitvoerder',
    herbeoordelingOp: inMonths(6),
    ...extra,
  });

// Three cases with the same situation that got the standard route, and a fourth, in the
// phase Afweging, with a standard option and an option that deviates from the rule: the
// server judges that the deviating option departs from what the similar cases got.
async function caseThatDeparts(api: Api, title: string): Promise<{ reference: string; option: number; optionTitle: string }> {
  for (let index = 1; index <= 3; index += 1) {
    const earlier = await openSimilarCase(api, `Eerdere terugvordering na de opvang (${index})`);
    await decide(api, earlier, (await addOption(api, earlier, false)).id);
  }
  const reference = await openSimilarCase(api, title);
  await addOption(api, reference, false);
  const deviating = await addOption(api, reference, true);
  const check = await api.get<Check>(`/casussen/${reference}/consistentie?optie=${deviating.id}`);
  expect(check.wijktAf, JSON.stringify(check)).toBe(true);
  return { reference, option: deviating.id, optionTitle: deviating.titel };
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
}

test('similar cases on a demo case: how alike, what they got, why, and only decided ones', async ({ page }) => {
  await openHelder(page);
  const api = await apiAs(page);
  // A decided demo case that has similar cases.
  let reference = '';
  const decided = await api.get<{ _embedded: { casussen: { referentie: string }[] } }>('/casussen?fase=besluit');
  for (const item of decided._embedded.casussen) {
    const similar = await api.get<{ _embedded: { vergelijkbareCasussen: unknown[] } }>(`/casussen/${item.referentie}/vergelijkbare-casussen`);
    if (similar._embedded.vergelijkbareCasussen.length > 0) {
      reference = item.referentie;
      break;
    }
  }
  expect(reference, 'a demo case in the phase Besluit with similar cases').not.toBe('');
  await openHelder(page, `/casussen/${reference}`);

  await page.getByRole('navigation', { name: 'Inhoud van de casus' }).getByRole('link', { name: 'Vergelijkbare casussen' }).click();
  const section = page.locator('#vergelijkbaar');
  await expect(section.getByRole('heading', { level: 2, name: 'Vergelijkbare casussen' })).toBeVisible();
  const first = section.getByRole('article').first();
  await expect(first).toContainText(/\d+% overeenkomst/);
  await expect(first).toContainText('Fase');
  await expect(first).toContainText(/Soort dienstverlening|Nog geen besluit/);

  // Why it is similar: with the keyboard, the fold opens and shows the three groups.
  const why = first.locator('summary').filter({ hasText: 'Waarom lijkt deze casus?' });
  await tabTo(page, why);
  await page.keyboard.press('Enter');
  await expect(first.getByRole('heading', { level: 4, name: 'Hetzelfde in beide casussen' })).toBeVisible();
  await expect(first.getByRole('heading', { level: 4, name: 'Alleen in deze casus' })).toBeVisible();
  await expect(first.getByRole('heading', { level: 4, name: /^Alleen in casus / })).toBeVisible();
  await screenshotOf(section, '12-vergelijkbare-casussen');
  await expectNoAxeViolations(page, 'Casus: vergelijkbare casussen');

  // Only decided cases: every case shown has a decision.
  await section.getByRole('checkbox', { name: 'Alleen casussen met een besluit' }).check();
  await expect(section.getByRole('status')).toHaveText(/vergelijkbare casussen gevonden/);
  await expect(section.getByText('Nog geen besluit')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Casus: alleen besloten vergelijkbare casussen');
});

test('deciding against what similar cases got: a notice, a reason, and the reason with the decision', async ({ page }) => {
  await openHelder(page);
  const api = await apiAs(page);
  const { reference, optionTitle } = await caseThatDeparts(api, 'Afwijken waar vergelijkbare casussen anders kregen');
  await openHelder(page, `/casussen/${reference}`);

  const decision = page.locator('#besluit');
  await decision.getByRole('radio', { name: new RegExp(`^${optionTitle}`) }).check();
  const notice = decision.getByRole('group', { name: 'Vergelijkbare casussen kregen iets anders' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/vergelijkbare casussen kregen/);
  await expect(notice.getByRole('listitem').first()).toContainText(/\d+% overeenkomst/);
  // A notice, not an error: nothing is announced as an alert, and deciding stays possible.
  await expect(decision.getByRole('alert')).toHaveCount(0);
  await expect(decision.getByRole('button', { name: 'Besluit vastleggen' })).toBeEnabled();
  const reason = 'Anders dan in de vergelijkbare casussen woont de inwoner tijdelijk in de opvang.';
  await notice.getByLabel('Waarin verschilt deze casus?').fill(reason);
  await screenshotOf(decision, '13-besluit-wijkt-af');
  await expectNoAxeViolations(page, 'Besluit: wijkt af van vergelijkbare casussen');

  await decision.getByLabel('Motivering', { exact: true }).fill('De regel pakt hier onevenredig uit.');
  await decision.getByLabel('Hoe controleren we het effect?').fill('Gesprek met de inwoner.');
  await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(decision.getByText(/^Besloten door/)).toBeVisible();
  const compared = decision.getByRole('group', { name: 'Vergeleken met vergelijkbare casussen' });
  await expect(compared).toContainText('Dit besluit wijkt af van wat vergelijkbare casussen kregen.');
  await expect(compared).toContainText(`Waarom deze casus anders is: ${reason}`);
  // The reason is part of the motivation.
  await expect(page.locator('#motivering').getByRole('article')).toContainText(reason);
  await expectNoAxeViolations(page, 'Besluit vastgelegd, met reden');
});

test('Consistentie: a manager sees departures without a reason; a caseworker does not see the page', async ({ page }) => {
  // A caseworker decides against similar cases without saying why.
  await openHelder(page);
  const api = await apiAs(page);
  const { reference, option } = await caseThatDeparts(api, 'Afwijken zonder te zeggen waarom');
  await decide(api, reference, option, { motivering: 'Het leek ons beter.' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Consistentie' })).toHaveCount(0);
  await openHelder(page, '/consistentie');
  await expect(page.getByText('Deze pagina is voor managers. U heeft die rol niet.')).toBeVisible();
  expect((await page.request.get(`${process.env.HELDER_URL}/api/v1/consistentie`)).status()).toBe(403);
  await logOut(page);

  await openHelder(page, '/', 'manager');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Consistentie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consistentie' })).toBeVisible();
  const departures = page.getByRole('table', { name: /^Besluiten die afwijken zonder reden/ });
  const row = departures.getByRole('row').filter({ has: page.getByRole('link', { name: reference, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('door uitvoerder');
  await expect(page.getByRole('heading', { level: 2, name: 'Lijken sterk op elkaar, ander besluit' })).toBeVisible();
  await screenshot(page, '14-consistentie-manager');
  await expectNoAxeViolations(page, 'Consistentie (manager)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Departures without a reason' })).toBeVisible();
  await expectNoAxeViolations(page, 'Consistency (manager, English)');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await row.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByText(`Casus ${reference}`, { exact: true })).toBeVisible();
});
