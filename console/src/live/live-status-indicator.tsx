import { useI18n } from '../i18n';
import type { LiveStatus } from './live-context';
import { useLive } from './live-context';
import './live-status-indicator.css';

// The icon's shape differs per state, not only its colour (WCAG 1.4.1).
function StatusIcon({ status }: { status: LiveStatus }) {
  switch (status) {
    case 'live':
      // A filled dot with a ring: broadcasting.
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="3.5" fill="currentColor" />
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
    case 'offline':
      // A ring struck through: no connection.
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <line x1="3" y1="13" x2="13" y2="3" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
    default:
      // Two arcs chasing each other: trying.
      return (
        <svg
          className="live-status__spinner"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M8 2a6 6 0 0 1 6 6M8 14a6 6 0 0 1-6-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      );
  }
}

/**
 * Says in the header whether the view is live, reconnecting or offline: text and an
 * icon of its own shape per state, in a polite status region so that a screen reader
 * hears when the view stops (and starts again) following changes.
 */
export function LiveStatusIndicator() {
  const { available, status } = useLive();
  const { messages } = useI18n();
  if (!available) return null;
  return (
    <span
      className={`live-status live-status--${status}`}
      role="status"
      data-testid="live-status"
      title={messages.live.statusDetail[status]}
    >
      <StatusIcon status={status} />
      <span className="live-status__text">{messages.live.status[status]}</span>
      <span className="visually-hidden">. {messages.live.statusDetail[status]}</span>
    </span>
  );
}
