import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useCityState } from './use-city';

/**
 * Renders its children once the city is known: dates shown before then would be in
 * the wrong zone. Until then, a loading notice, or the error with a Retry button.
 */
export function RequireCity({ children }: { children: ReactNode }) {
  const { messages } = useI18n();
  const text = messages.city;
  const { city, error, retry } = useCityState();
  if (city) return children;
  if (error) {
    return (
      <div className="panel">
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{text.errorTitle}</p>
          <p className="notice__detail">{error}</p>
          <button type="button" className="button" onClick={retry}>
            {text.retry}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="panel">
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.loading}
      </p>
    </div>
  );
}
