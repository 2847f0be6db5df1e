import { type ReactNode, useId } from 'react';
import { useI18n } from '../i18n';

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: string;
  children: (props: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A label, the control, a hint and the validation message the control points to. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="action-field">
      <label className="action-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="action-field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className="action-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The end of every action's form: why the last try was refused (an alert, when there is
 * one), then confirm and go back (which is also Escape).
 */
export function DialogButtons({
  submit,
  busy,
  problem,
  onDismiss,
  autoFocusSubmit,
}: {
  submit: string;
  busy: boolean;
  problem: string | null;
  onDismiss: () => void;
  autoFocusSubmit?: boolean;
}) {
  const { messages } = useI18n();
  return (
    <>
      {problem && (
        <p className="action-dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="action-dialog__buttons">
        <button
          type="submit"
          className="button action-button--primary"
          aria-disabled={busy || undefined}
          data-autofocus={autoFocusSubmit || undefined}
        >
          {busy ? messages.actions.working : submit}
        </button>
        <button type="button" className="button action-button--secondary" onClick={onDismiss}>
          {messages.actions.dismiss}
        </button>
      </div>
    </>
  );
}

/** A required text no longer than `max`: the message saying what is wrong, or null. */
export function checkText(
  value: string,
  label: string,
  max: number,
  messages: {
    required: (label: string) => string;
    tooLong: (label: string, max: string) => string;
  },
  formatMax: (n: number) => string,
): string | null {
  const trimmed = value.trim();
  if (!trimmed) return messages.required(label);
  if (trimmed.length > max) return messages.tooLong(label, formatMax(max));
  return null;
}
