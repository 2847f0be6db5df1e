import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo-client';
import { App } from './app';
import { I18nProvider } from './i18n-provider';
import { refreshOverHttp } from './session/refresh-over-http';
import { SessionProvider } from './session/session-context';
import { SessionManager } from './session/session-manager';
import './styles.css';

// sessionStorage, not localStorage: the session survives a reload of this tab but not
// the closing of the browser, which suits shared workstations in a city office; and
// each tab keeps its own refresh token, so two tabs never race to rotate one token
// (the loser's refresh would be refused and its session ended).
const session = new SessionManager({ storage: window.sessionStorage, refresh: refreshOverHttp() });
const client = createApolloClient(session);

/** Some locked-down browsers throw on merely reading `localStorage`. */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    {/* index.html says `en`; the provider sets <html lang> to the language shown. */}
    <I18nProvider storage={localStorageOrNull()} preferred={navigator.languages}>
      <ApolloProvider client={client}>
        <SessionProvider manager={session}>
          <App />
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
