// Login, the current session and logout (POST/GET/DELETE /api/v1/sessies).
import { ApiError, api, setCsrfToken } from './client';
import type { Session } from './types';

// What the application knows about who is working: a session, or nobody (show the login
// screen).
export type SessionState = { kind: 'session'; session: Session } | { kind: 'anonymous' };

export async function currentSession(): Promise<SessionState> {
  try {
    const session = await api.get<Session>('/api/v1/sessies/huidige', { quietStatuses: [401] });
    setCsrfToken(session.csrfToken);
    return { kind: 'session', session };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'anonymous' };
    throw error;
  }
}

export async function logIn(gebruikersnaam: string, wachtwoord: string): Promise<Session> {
  const session = await api.post<Session>('/api/v1/sessies', { gebruikersnaam, wachtwoord }, { quietStatuses: [401] });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logOut(): Promise<void> {
  await api.del('/api/v1/sessies/huidige');
  setCsrfToken(null);
}
