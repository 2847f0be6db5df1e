import type { ErrorKind } from '../errors/error-kind';
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
  const text = useI18n().messages.myWork;
  // Asking again cannot bring back a work order that is gone, nor a permission.
  const canRetry = onRetry && kind !== 'notFound' && kind !== 'forbidden';
  return (
    <div className="notice notice--error mw-notice" role="alert" data-error-kind={kind}>
      <p className="notice__title">{title}</p>
      <p className="mw-notice__detail">{text.errors[kind]}</p>
      {canRetry ? (
        <button type="button" className="mw-button" onClick={onRetry}>
          {text.retry}
        </button>
      ) : null}
    </div>
  );
}
