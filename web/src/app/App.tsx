// The application: session check, then the screens. When the server says nobody is logged
// in while a screen is open, the login form is shown over it and the screen stays as it was
// (nothing typed is lost); after logging in, the user carries on.
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from '../api/client';
import { currentSession, logOut, type SessionState } from '../api/session';
import type { Session } from '../api/types';
import { SessionContext, type SessionInfo } from '../auth/SessionContext';
import { LoginPage } from '../auth/LoginPage';
import { CasePage } from '../case/CasePage';
import { CaseListPage } from '../cases/CaseListPage';
import { ConsistencyPage } from '../consistency/ConsistencyPage';
import { QueryState } from '../components/QueryState';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { NewCasePage } from '../new-case/NewCasePage';
import { NotFoundPage } from './NotFoundPage';
import { Layout } from './Layout';
import { useTheme } from './useTheme';

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not get better by asking again; a network hiccup might.
        retry: (count, error) => count < 2 && error instanceof ApiError && (error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

function Screens() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CaseListPage />} />
        <Route path="nieuwe-casus" element={<NewCasePage />} />
        <Route path="casussen/:referentie" element={<CasePage />} />
        <Route path="consistentie" element={<ConsistencyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Authenticated() {
  const { t } = useI18n();
  const client = useQueryClient();
  const session = useQuery({ queryKey: ['session'], queryFn: currentSession, staleTime: Infinity });
  // The last known user: kept while the login form is shown over the screens.
  const lastInfo = useRef<SessionInfo | null>(null);

  useEffect(() => {
    setUnauthenticatedHandler(() => client.setQueryData<SessionState>(['session'], { kind: 'anonymous' }));
    return () => setUnauthenticatedHandler(null);
  }, [client]);

  const state = session.data;
  const organisation = state?.kind === 'session' ? state.session.gebruiker.organisatie : null;
  useTheme(organisation);

  const info = useMemo<SessionInfo | null>(() => {
    if (state?.kind === 'session') {
      return {
        user: state.session.gebruiker,
        logOut: () => {
          void logOut().finally(() => {
            lastInfo.current = null;
            // Nothing of the last user stays in memory; the session query itself stays
            // observed, so the login screen shows at once.
            client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
            client.setQueryData<SessionState>(['session'], { kind: 'anonymous' });
          });
        },
      };
    }
    return null;
  }, [state, client]);

  if (info) lastInfo.current = info;
  const loggedIn = (s: Session) => {
    const next: SessionState = { kind: 'session', session: s };
    client.setQueryData(['session'], next);
    void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  };

  return (
    <QueryState query={session} label={t('load.session')}>
      {(current) => {
        const shown = info ?? lastInfo.current;
        if (!shown) {
          return (
            <main id="inhoud" className="utrecht-page-content helder-main">
              <LoginPage onLoggedIn={loggedIn} />
            </main>
          );
        }
        return (
          <>
            {current.kind === 'anonymous' && (
              <div className="helder-login-overlay" role="dialog" aria-modal="true" aria-labelledby="login-titel">
                <LoginPage onLoggedIn={loggedIn} expired />
              </div>
            )}
            <SessionContext.Provider value={shown}>
              <div inert={current.kind === 'anonymous'}>
                <Screens />
              </div>
            </SessionContext.Provider>
          </>
        );
      }}
    </QueryState>
  );
}

export function App({ client }: { client?: QueryClient }) {
  const queryClient = useMemo(() => client ?? makeQueryClient(), [client]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <Authenticated />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
