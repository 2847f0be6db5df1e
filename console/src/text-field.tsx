import { type InputHTMLAttributes, useId } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  label: string;
  /** Marks the value as refused (aria-invalid) and points to the message saying why. */
  invalid?: boolean;
  errorId?: string;
};

/** A labelled text input: the label above it, clickable, and named for screen readers. */
export function TextField({ label, invalid, errorId, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        {...input}
      />
    </div>
  );
}
