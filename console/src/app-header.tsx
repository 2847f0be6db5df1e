import { useCityState } from './city/use-city';
import { useI18n } from './i18n';
import { LiveStatusIndicator } from './live/live-status-indicator';
import { SignedInStaff } from './session/signed-in-staff';

export function AppHeader() {
  const { messages } = useI18n();
  const { city } = useCityState();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="app-header__mark" aria-hidden="true" />
        <span className="app-header__name">{messages.appName}</span>
        {city ? (
          <>
            {/* The divider is drawn; screen readers hear "CivicGraph Console, Phoenix". */}
            <span className="app-header__divider" aria-hidden="true" />
            <span className="visually-hidden">, </span>
            <span className="app-header__city" data-testid="city-name">
              {city.name}
            </span>
          </>
        ) : null}
        <LiveStatusIndicator />
        <SignedInStaff />
      </div>
    </header>
  );
}
