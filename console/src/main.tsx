import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo-client';
import { App } from './app';
import { detectLanguage, I18nContext, i18nFor } from './i18n';
import './styles.css';

const i18n = i18nFor(detectLanguage(navigator.languages));
// index.html says `en`; screen readers need the language we actually render.
document.documentElement.lang = i18n.language;
document.title = i18n.messages.appName;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nContext value={i18n}>
      <ApolloProvider client={createApolloClient()}>
        <App />
      </ApolloProvider>
    </I18nContext>
  </StrictMode>,
);
