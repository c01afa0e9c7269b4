import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Layout } from '../app/Layout';
import { overview } from '../similar/fixtures';
import { server } from '../test/server';
import { caseworker, manager, renderWithApp } from '../test/render';
import { ConsistencyPage } from './ConsistencyPage';

const page = (
  <Routes>
    <Route element={<Layout />}>
      <Route path="consistentie" element={<ConsistencyPage />} />
    </Route>
  </Routes>
);

describe('Consistentie', () => {
  it('lists departures without a reason and similar cases with another decision, linking to the cases', async () => {
    server.use(http.get('*/api/v1/consistentie', () => HttpResponse.json(overview)));
    renderWithApp(page, { user: manager, route: '/consistentie' });

    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' }).textContent).toContain('Consistentie');
    const departures = await screen.findByRole('table', { name: /^Besluiten die afwijken zonder reden/ });
    const row = within(departures).getByRole('row', { name: /2026-000130/ });
    expect(within(row).getByRole('link', { name: '2026-000130' }).getAttribute('href')).toBe('/casussen/2026-000130');
    expect(row.textContent).toContain('2 oktober 2026, door uitvoerder');
    expect(row.textContent).toContain('Maatwerk (afwijking van een regel); grondslag: Artikel 4:84 Awb (bijzondere omstandigheden)');
    expect(row.textContent).toContain('Standaard dienstverlening (5 keer)');
    expect(within(row).getAllByRole('link').map((link) => link.textContent)).toEqual(['2026-000130', '2025-000045', '2025-000046']);

    const pairs = screen.getByRole('table', { name: /^Paren van casussen/ });
    const pair = within(pairs).getByRole('row', { name: /2026-000131/ });
    expect(within(pair).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/casussen/2026-000131', '/casussen/2025-000050']);
    expect(pair.textContent).toContain('86% overeenkomst');
  });

  it('says plainly when there is nothing to look at', async () => {
    server.use(
      http.get('*/api/v1/consistentie', () =>
        HttpResponse.json({ _embedded: { afwijkingenZonderReden: [], gelijkeCasussenAndereUitkomst: [] } }),
      ),
    );
    renderWithApp(page, { user: manager, route: '/consistentie' });
    expect(await screen.findByText('Er zijn geen afwijkingen zonder reden.')).toBeTruthy();
    expect(screen.getByText(/Er zijn geen casussen die sterk op elkaar lijken/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is not in the menu of a caseworker, and does not ask the server for them', async () => {
    // No handler: any request would fail the test (onUnhandledRequest: 'error').
    renderWithApp(page, { user: caseworker, route: '/consistentie' });
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' }).textContent).not.toContain('Consistentie');
    expect(screen.getByText('Deze pagina is voor managers. U heeft die rol niet.')).toBeTruthy();
  });
});
