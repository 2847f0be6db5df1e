import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo-client';
import { App } from './app';
import { detectLanguage, I18nContext, i18nFor } from './i18n';
import { refreshOverHttp } from './session/refresh-over-http';
import { SessionProvider } from './session/session-context';
import { SessionManager } from './session/session-manager';
import './styles.css';

const i18n = i18nFor(detectLanguage(navigator.languages));
// index.html says `en`; screen readers need the language we actually render.
document.documentElement.lang = i18n.language;
document.title = i18n.messages.appName;

// sessionStorage, not localStorage: the session survives a reload of this tab but not
// the closing of the browser, which suits shared workstations in a city office; and
// each tab keeps its own refresh token, so two tabs never race to rotate one token
// (the loser's refresh would be refused and its session ended).
const session = new SessionManager({ storage: window.sessionStorage, refresh: refreshOverHttp() });
const client = createApolloClient(session);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nContext value={i18n}>
      <ApolloProvider client={client}>
        <SessionProvider manager={session}>
          <App />
        </SessionProvider>
      </ApolloProvider>
    </I18nContext>
  </StrictMode>,
);
