// Who is working: the session from the server (or, until accounts land, the demo principal),
// and what to do when the server says nobody is logged in.
import { createContext, useContext } from 'react';
import type { User } from '../api/types';

export interface SessionInfo {
  user: User;
  // False while the server has no logins (demo principal): no logout then.
  canLogOut: boolean;
  logOut: () => void;
}

export const SessionContext = createContext<SessionInfo | null>(null);

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

// TEMPORARY, delete with the 'no-login' fallback in api/session.ts: the demo caseworker that
// a server without logins runs every request as.
export const DEMO_USER: User = { gebruikersnaam: 'uitvoerder', naam: 'Demo-uitvoerder', organisatie: '', rollen: ['uitvoerder'] };
