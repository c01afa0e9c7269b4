// Who is working: the user of the current session, and how to log out.
import { createContext, useContext } from 'react';
import type { User } from '../api/types';

export interface SessionInfo {
  user: User;
  logOut: () => void;
}

export const SessionContext = createContext<SessionInfo | null>(null);

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
