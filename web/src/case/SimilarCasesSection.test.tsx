import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { similarCases } from '../similar/fixtures';
import { server } from '../test/server';
import { renderWithApp } from '../test/render';
import { SimilarCasesSection } from './SimilarCasesSection';

const url = '*/api/v1/casussen/2026-000123/vergelijkbare-casussen';

describe('Vergelijkbare casussen', () => {
  it('shows each similar case with its score, outcome, colleague and the reasons it is similar', async () => {
    server.use(http.get(url, () => HttpResponse.json(similarCases)));
    renderWithApp(<SimilarCasesSection caseRef="2026-000123" />);

    const readable = await screen.findByRole('article', { name: 'Terugvordering na verblijf in de opvang' });
    expect(within(readable).getByText('72% overeenkomst')).toBeTruthy();
    expect(within(readable).getByText('Maatwerk (afwijking van een regel)')).toBeTruthy();
    expect(within(readable).getByText('Afwijking van een regel')).toBeTruthy();
    expect(within(readable).getByText('Hardheidsclausule', { selector: 'dd' })).toBeTruthy();
    expect(within(readable).getByText('1 maart 2025')).toBeTruthy();
    expect(within(readable).getByText('Collega Centrum (collega)')).toBeTruthy();
    expect(within(readable).getByText('Terugvorderen tijdens een verblijf in de opvang werkt averechts.')).toBeTruthy();
    expect(within(readable).getByRole('link', { name: 'Casus 2025-000045 openen' }).getAttribute('href')).toBe('/casussen/2025-000045');
    expect(within(readable).getByText('Waarom lijkt deze casus? (3 hetzelfde, 2 anders)')).toBeTruthy();
    const shared = within(readable).getByRole('region', { name: 'Hetzelfde in beide casussen' });
    // Grouped by kind, in a fixed order, with the server's Dutch labels.
    expect([...shared.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Regeling', 'Zelfredzaamheid (ZRM)', 'Woord uit de tekst']);
    expect(within(shared).getByText('Financiën: niveau 2 (beperkt zelfredzaam)')).toBeTruthy();
    expect(within(readable).getByRole('region', { name: 'Alleen in deze casus' }).textContent).toContain('De inwoner heeft schulden');
    expect(within(readable).getByRole('region', { name: 'Alleen in casus 2025-000045' }).textContent).toContain('Hardheidsclausule');
  });

  it('shows a case the user may not read without title, lessons or link', async () => {
    server.use(http.get(url, () => HttpResponse.json(similarCases)));
    renderWithApp(<SimilarCasesSection caseRef="2026-000123" />);

    const closed = await screen.findByRole('article', { name: 'Casus 2025-000099' });
    expect(within(closed).getByText(/U kunt deze casus niet openen/)).toBeTruthy();
    expect(within(closed).queryByRole('link')).toBeNull();
    expect(within(closed).getByText('Nog geen besluit')).toBeTruthy();
    expect(within(closed).getByText('41% overeenkomst')).toBeTruthy();
    expect(within(closed).queryByText('Lessen uit deze casus')).toBeNull();
  });

  it('asks for decided cases only when the box is ticked, and says when there are none', async () => {
    const asked: string[] = [];
    server.use(
      http.get(url, ({ request }) => {
        const search = new URL(request.url).searchParams;
        asked.push(search.toString());
        if (search.get('alleenBesloten') === 'true') {
          return HttpResponse.json({ ...similarCases, _embedded: { vergelijkbareCasussen: [] } });
        }
        return HttpResponse.json(similarCases);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<SimilarCasesSection caseRef="2026-000123" />);
    await screen.findByRole('article', { name: 'Terugvordering na verblijf in de opvang' });
    await user.click(screen.getByRole('checkbox', { name: 'Alleen casussen met een besluit' }));

    expect(await screen.findByText(/vond geen casussen met een besluit/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
    expect(asked).toEqual(['aantal=10', 'aantal=10&alleenBesloten=true']);
  });

  it('shows an error with a way to try again', async () => {
    let calls = 0;
    server.use(
      http.get(url, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ title: 'Niet gevonden', status: 404, detail: 'Deze casus bestaat niet.' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } })
          : HttpResponse.json(similarCases);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<SimilarCasesSection caseRef="2026-000123" />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De vergelijkbare casussen kon niet worden geladen. Deze casus bestaat niet.');
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('article', { name: 'Terugvordering na verblijf in de opvang' })).toBeTruthy();
  });

  it('says so when nothing resembles the case', async () => {
    server.use(http.get(url, () => HttpResponse.json({ ...similarCases, factoren: [], _embedded: { vergelijkbareCasussen: [] } })));
    renderWithApp(<SimilarCasesSection caseRef="2026-000123" />);
    expect(await screen.findByText('helder vond geen casussen die op deze casus lijken.')).toBeTruthy();
    expect(screen.getByText(/Deze casus heeft nog weinig kenmerken/)).toBeTruthy();
  });
});
