import { type Messages, useI18n } from '../i18n';
import { type ErrorKind, errorKindOf, isRetryable } from './error-kind';

/**
 * An error kind as one sentence pair in the chosen language ("You are offline. Check
 * your connection; …"), for a toast, a dialog or an inline message where ErrorNotice's
 * box won't do. Every feature says errors with these words: one message per kind.
 */
export function errorText(messages: Messages, kind: ErrorKind): string {
  const text = messages.errors.kinds[kind];
  return `${text.title} ${text.action}`;
}

/** errorText for an error as Apollo or fetch gave it, in the chosen language. */
export function useErrorText(error: unknown): string {
  return errorText(useI18n().messages, errorKindOf(error));
}

/**
 * An error as a person can act on it, in the chosen language: what happened and what
 * to do, in a role=alert box (announced without moving focus), with a Retry button
 * when trying again may help (offline, unavailable) and the caller can retry. Pass
 * the error as Apollo or fetch gave it, or its kind when already sorted.
 */
export function ErrorNotice({
  error,
  kind = errorKindOf(error),
  onRetry,
  className,
}: {
  error?: unknown;
  kind?: ErrorKind;
  onRetry?: () => void;
  className?: string;
}) {
  const { messages } = useI18n();
  const text = messages.errors.kinds[kind];
  return (
    <div
      className={['notice', 'notice--error', 'error-notice', className].filter(Boolean).join(' ')}
      role="alert"
      data-error-kind={kind}
    >
      <p className="notice__title">{text.title}</p>
      <p className="error-notice__action">{text.action}</p>
      {onRetry && isRetryable(kind) ? (
        <button type="button" className="button" onClick={onRetry}>
          {messages.errors.retry}
        </button>
      ) : null}
    </div>
  );
}
