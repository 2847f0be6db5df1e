import type { ErrorKind } from '../errors/error-kind';
import { errorText } from '../errors/error-notice';
import { useI18n } from '../i18n';

/** A failed load, said as a person can act on it, with Try again when that can help. */
export function LoadFailed({
  title,
  kind,
  onRetry,
}: {
  title: string;
  kind: ErrorKind;
  onRetry?: () => void;
}) {
  const { messages } = useI18n();
  const text = messages.myWork;
  // Asking again cannot bring back a work order that is gone, nor a permission.
  const canRetry = onRetry && kind !== 'notFound' && kind !== 'forbidden';
  return (
    <div className="notice notice--error mw-notice" role="alert" data-error-kind={kind}>
      <p className="notice__title">{title}</p>
      <p className="mw-notice__detail">{errorText(messages, kind)}</p>
      {canRetry ? (
        <button type="button" className="mw-button" onClick={onRetry}>
          {text.retry}
        </button>
      ) : null}
    </div>
  );
}
