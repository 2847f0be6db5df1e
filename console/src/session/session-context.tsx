import { useApolloClient } from '@apollo/client/react';
import { createContext, type ReactNode, use, useEffect, useRef, useSyncExternalStore } from 'react';
import type { SessionManager, SessionState } from './session-manager';

interface SessionContextValue extends SessionState {
  manager: SessionManager;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Gives the app the staff session and, when a session ends, empties Apollo's cache:
 * the next person to sign in at this screen must not see what the last one loaded.
 */
export function SessionProvider({
  manager,
  children,
}: {
  manager: SessionManager;
  children: ReactNode;
}) {
  const state = useSyncExternalStore(manager.subscribe, manager.getState);
  const client = useApolloClient();
  const signedIn = state.session !== null;
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    const ended = wasSignedIn.current && !signedIn;
    wasSignedIn.current = signedIn;
    if (!ended) return;
    // Only once the signed-in views have let go of their queries (useQuery drops its
    // subscription in a setTimeout, which this one follows), so that resetStore
    // fetches again only what stays on screen (the city), anonymously.
    const timer = setTimeout(() => {
      client.resetStore().catch(() => {});
    });
    return () => clearTimeout(timer);
  }, [client, signedIn]);
  return <SessionContext value={{ ...state, manager }}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}
