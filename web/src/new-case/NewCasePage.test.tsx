import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeQueryClient } from '../app/App';
import { SessionContext } from '../auth/SessionContext';
import { I18nProvider } from '../i18n/i18n';
import { server } from '../test/server';
import { NewCasePage } from './NewCasePage';

const regulations = {
  _embedded: {
    regelingen: [
      { id: 'participatiewet', versie: 1, naam: 'Participatiewet', korteNaam: 'Pw', omschrijving: { nl: '', en: '' }, hardheidsclausule: true, voorgeschrevenOnderzoeksvolgorde: false },
    ],
  },
};

function renderPage() {
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <I18nProvider lang="nl">
        <SessionContext.Provider value={{ user: { gebruikersnaam: 'uitvoerder', naam: 'Uitvoerder', organisatie: 'gemeente-voorbeeld', rollen: ['uitvoerder'] }, logOut: () => undefined }}>
          <MemoryRouter>
            <NewCasePage />
          </MemoryRouter>
        </SessionContext.Provider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('Nieuwe casus', () => {
  it('shows the API’s messages next to the fields and keeps what was typed', async () => {
    let sent: unknown = null;
    server.use(
      http.get('*/api/v1/regelingen', () => HttpResponse.json(regulations)),
      http.post('*/api/v1/casussen', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            title: 'Ongeldige aanvraag',
            status: 400,
            detail: 'Er zijn 2 problemen met de invoer; zie invalidParams.',
            invalidParams: [
              { name: 'titel', code: 'invalid', reason: 'De titel mag niet leeg zijn.' },
              { name: 'inwoner.referentie', code: 'invalid', reason: 'Dit lijkt op een BSN.' },
            ],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Kenmerk van de inwoner'), '123456782');
    await user.click(await screen.findByRole('checkbox', { name: 'Participatiewet (Pw)' }));
    await user.click(screen.getByRole('button', { name: 'Casus openen' }));

    const title = screen.getByLabelText('Titel');
    expect(await screen.findByText('De titel mag niet leeg zijn.', { selector: '#titel-fout *, #titel-fout' })).toBeTruthy();
    expect(title.getAttribute('aria-describedby')).toContain('titel-fout');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const resident = screen.getByLabelText('Kenmerk van de inwoner') as HTMLInputElement;
    expect(resident.value).toBe('123456782');
    expect(resident.getAttribute('aria-describedby')).toContain('inwoner-referentie-fout');
    expect(screen.getByText('Er zijn 2 problemen met wat u invulde.')).toBeTruthy();
    expect(sent).toEqual({ titel: '', samenvatting: '', inwoner: { referentie: '123456782', soort: 'persoon' }, regelingen: ['participatiewet'] });
  });
});
