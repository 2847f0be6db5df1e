import { createContext, use } from 'react';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  message: string;
  tone?: ToastTone;
  /** A button in the toast, e.g. "Show" on a change to the selected work order. */
  action?: { label: string; run: () => void };
}

export interface Feedback {
  /** Says `message` to screen readers, politely (an ARIA live region), without a toast. */
  announce: (message: string) => void;
  /** Shows a toast for a few seconds; it is announced too. */
  toast: (toast: Toast) => void;
}

// Without a provider (component tests) feedback goes nowhere rather than failing.
export const FeedbackContext = createContext<Feedback>({ announce: () => {}, toast: () => {} });

export function useFeedback(): Feedback {
  return use(FeedbackContext);
}
