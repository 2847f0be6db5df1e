import { useEffect, useRef } from 'react';
import { AppHeader } from './app-header';
import { CityProvider } from './city/city-context';
import { RequireCity } from './city/require-city';
import { useI18n } from './i18n';
import { LazyWorkOrdersMap } from './map/lazy-work-orders-map';
import { useSession } from './session/session-context';
import { SignInPage } from './session/sign-in-page';
import { OpenWorkOrders } from './work-orders/open-work-orders';

export function App() {
  const { messages } = useI18n();
  const { session } = useSession();
  const signedIn = session !== null;
  const mainRef = useRef<HTMLElement>(null);
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    // Signing in or out replaces the whole page, and with it the focused control:
    // start keyboard and screen-reader users at the top of the new content.
    if (wasSignedIn.current === signedIn) return;
    wasSignedIn.current = signedIn;
    mainRef.current?.focus();
  }, [signedIn]);
  return (
    // The city is public: the header names it on the sign-in page too.
    <CityProvider>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        {session ? (
          <RequireCity>
            {/* The map first: beside the list on a wide screen, above it on a phone. */}
            <div className="dispatch-layout">
              <LazyWorkOrdersMap className="dispatch-layout__map" />
              <div className="dispatch-layout__list">
                <OpenWorkOrders />
              </div>
            </div>
          </RequireCity>
        ) : (
          <SignInPage />
        )}
      </main>
    </CityProvider>
  );
}
