import { AppHeader } from './app-header';
import { CityProvider } from './city/city-context';
import { RequireCity } from './city/require-city';
import { useI18n } from './i18n';
import { OpenWorkOrders } from './work-orders/open-work-orders';

export function App() {
  const { messages } = useI18n();
  return (
    <CityProvider>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <RequireCity>
          <OpenWorkOrders />
        </RequireCity>
      </main>
    </CityProvider>
  );
}
