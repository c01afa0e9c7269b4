import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Case, Decision, WeighedOption } from '../api/types';
import { decisionThatDeparted, departingCheck, tooFewCheck } from '../similar/fixtures';
import { server } from '../test/server';
import { renderWithApp } from '../test/render';
import { DecisionSection } from './DecisionSection';

const base = '*/api/v1/casussen/2026-000123';
const item: Case = {
  referentie: '2026-000123',
  titel: 'Terugvordering na opvang',
  samenvatting: '',
  inwoner: { referentie: 'INW-1', soort: 'persoon' },
  regelingen: ['participatiewet'],
  fase: 'afweging',
  eigenaar: 'uitvoerder',
  aangemaaktOp: '2026-11-01T09:00:00Z',
  gewijzigdOp: '2026-11-20T09:00:00Z',
  mogelijkeFaseovergangen: [],
};
const option = (id: number, titel: string, soort: WeighedOption['soort']): WeighedOption => ({
  id,
  titel,
  omschrijving: '',
  soort,
  vastgelegdDoor: 'uitvoerder',
  vastgelegdOp: '2026-11-20T09:00:00Z',
  aantalArgumenten: 0,
  argumentenPerThema: {} as WeighedOption['argumentenPerThema'],
});
const options = [option(12, 'Afzien van terugvordering', 'maatwerk-binnen-regels'), option(13, 'Terugvorderen', 'standaard')];

function serve(decisions: Decision[], onPost?: (body: unknown) => void) {
  server.use(
    http.get(`${base}/besluiten`, () => HttpResponse.json({ _embedded: { besluiten: decisions } })),
    http.get(`${base}/afweging`, () => HttpResponse.json({ opties: options })),
    http.get('*/api/v1/regelingen', () => HttpResponse.json({ _embedded: { regelingen: [] } })),
    http.get(`${base}/consistentie`, ({ request }) =>
      new URL(request.url).searchParams.get('optie') === '12' ? HttpResponse.json(departingCheck) : HttpResponse.json(tooFewCheck),
    ),
    http.post(`${base}/besluiten`, async ({ request }) => {
      onPost?.(await request.json());
      return HttpResponse.json(decisionThatDeparted, { status: 201 });
    }),
  );
}

describe('Besluit: vergelijking met vergelijkbare casussen', () => {
  it('names the comparable cases when the option departs, and sends the reason with the decision', async () => {
    let sent: Record<string, unknown> | null = null;
    serve([], (body) => {
      sent = body as Record<string, unknown>;
    });
    const user = userEvent.setup();
    renderWithApp(<DecisionSection item={item} />);
    await user.click(await screen.findByRole('radio', { name: /^Afzien van terugvordering/ }));

    const notice = await screen.findByRole('group', { name: 'Vergelijkbare casussen kregen iets anders' });
    expect(notice.textContent).toContain('3 van de 4 vergelijkbare casussen kregen: Standaard dienstverlening.');
    expect(notice.textContent).toContain('U kiest: Maatwerk (afwijking van een regel); grondslag: Hardheidsclausule.');
    expect(within(notice).getByRole('link', { name: '2025-000045' }).getAttribute('href')).toBe('/casussen/2025-000045');
    // A case the user may not read is named, not linked.
    expect(within(notice).queryByRole('link', { name: '2025-000048' })).toBeNull();
    expect(notice.textContent).toContain('2025-000048');
    expect(notice.textContent).toContain('Standaard dienstverlening, 81% overeenkomst');
    // A notice, not an error.
    expect(screen.queryByRole('alert')).toBeNull();

    await user.type(within(notice).getByLabelText('Waarin verschilt deze casus?'), '  Zij zit in de opvang.  ');
    await user.type(screen.getByLabelText('Motivering'), 'Dringende redenen.');
    await user.type(screen.getByLabelText('Hoe controleren we het effect?'), 'Gesprek.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({ optie: 12, motivering: 'Dringende redenen.', verschilMetVergelijkbareCasussen: 'Zij zit in de opvang.' });
  });

  it('never blocks: a departing decision without a reason is sent without the field', async () => {
    let sent: Record<string, unknown> | null = null;
    serve([], (body) => {
      sent = body as Record<string, unknown>;
    });
    const user = userEvent.setup();
    renderWithApp(<DecisionSection item={item} />);
    await user.click(await screen.findByRole('radio', { name: /^Afzien van terugvordering/ }));
    await screen.findByRole('group', { name: 'Vergelijkbare casussen kregen iets anders' });
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent).not.toHaveProperty('verschilMetVergelijkbareCasussen');
  });

  it('says quietly when there are too few comparable decisions, and drops a reason typed for another option', async () => {
    let sent: Record<string, unknown> | null = null;
    serve([], (body) => {
      sent = body as Record<string, unknown>;
    });
    const user = userEvent.setup();
    renderWithApp(<DecisionSection item={item} />);
    await user.click(await screen.findByRole('radio', { name: /^Afzien van terugvordering/ }));
    await user.type(await screen.findByLabelText('Waarin verschilt deze casus?'), 'Iets');
    await user.click(screen.getByRole('radio', { name: /^Terugvorderen/ }));

    expect(await screen.findByText(/te weinig vergelijkbare casussen met een besluit/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Vergelijkbare casussen kregen iets anders' })).toBeNull();
    expect(screen.queryByLabelText('Waarin verschilt deze casus?')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({ optie: 13 });
    expect(sent).not.toHaveProperty('verschilMetVergelijkbareCasussen');
  });

  it('lets the caseworker decide when the comparison fails', async () => {
    serve([]);
    server.use(http.get(`${base}/consistentie`, () => HttpResponse.json({ title: 'Niet gevonden', status: 404, detail: '' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } })));
    const user = userEvent.setup();
    renderWithApp(<DecisionSection item={item} />);
    await user.click(await screen.findByRole('radio', { name: /^Terugvorderen/ }));
    expect(await screen.findByText(/kon deze keuze niet vergelijken/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Besluit vastleggen' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows with a recorded decision that it departed and that the reason is missing', async () => {
    serve([decisionThatDeparted]);
    renderWithApp(<DecisionSection item={{ ...item, fase: 'besluit' }} />);
    const view = await screen.findByRole('group', { name: 'Vergeleken met vergelijkbare casussen' });
    expect(view.textContent).toContain('Dit besluit wijkt af van wat vergelijkbare casussen kregen.');
    expect(view.textContent).toContain('Meestal kregen zij: Standaard dienstverlening (3 keer).');
    expect(view.textContent).toContain('Er staat niet bij waarom deze casus anders is.');
    expect(within(view).getAllByRole('link').map((link) => link.textContent)).toEqual(['2025-000045', '2025-000046', '2025-000047']);
  });

  it('shows the reason given with a recorded decision', async () => {
    serve([{ ...decisionThatDeparted, consistentie: { ...decisionThatDeparted.consistentie!, reden: 'Zij zit in de opvang.', redenOntbreekt: false } }]);
    renderWithApp(<DecisionSection item={{ ...item, fase: 'besluit' }} />);
    const view = await screen.findByRole('group', { name: 'Vergeleken met vergelijkbare casussen' });
    expect(view.textContent).toContain('Waarom deze casus anders is: Zij zit in de opvang.');
    expect(view.textContent).not.toContain('Er staat niet bij');
  });
});
