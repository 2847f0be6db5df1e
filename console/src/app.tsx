import { useI18n } from './i18n';
import { OpenWorkOrders } from './work-orders/open-work-orders';

export function App() {
  const { messages } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__mark" aria-hidden="true" />
          <span className="app-header__name">{messages.appName}</span>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <OpenWorkOrders />
      </main>
    </>
  );
}
