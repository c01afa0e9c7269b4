// Renders a screen or section as the application would: query client, Dutch text, a logged-in
// user (a caseworker unless told otherwise) and a router.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { makeQueryClient } from '../app/App';
import type { User } from '../api/types';
import { SessionContext } from '../auth/SessionContext';
import { I18nProvider } from '../i18n/i18n';

export const caseworker: User = { gebruikersnaam: 'uitvoerder', naam: 'Uitvoerder', organisatie: 'gemeente-voorbeeld', rollen: ['uitvoerder'] };
export const manager: User = { gebruikersnaam: 'manager', naam: 'Demo-manager', organisatie: 'gemeente-voorbeeld', rollen: ['manager'] };

export function renderWithApp(ui: ReactElement, { user = caseworker, route = '/' }: { user?: User; route?: string } = {}) {
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <I18nProvider lang="nl">
        <SessionContext.Provider value={{ user, logOut: () => undefined }}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </SessionContext.Provider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}
