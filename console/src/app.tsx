import { AppHeader } from './app-header';
import { CityProvider } from './city/city-context';
import { RequireCity } from './city/require-city';
import { useI18n } from './i18n';
import { useSession } from './session/session-context';
import { SignInPage } from './session/sign-in-page';
import { OpenWorkOrders } from './work-orders/open-work-orders';

export function App() {
  const { messages } = useI18n();
  const { session } = useSession();
  return (
    // The city is public: the header names it on the sign-in page too.
    <CityProvider>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        {session ? (
          <RequireCity>
            <OpenWorkOrders />
          </RequireCity>
        ) : (
          <SignInPage />
        )}
      </main>
    </CityProvider>
  );
}
