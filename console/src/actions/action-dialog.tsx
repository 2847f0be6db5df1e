import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n';

interface ActionDialogProps {
  title: string;
  onClose: () => void;
  /** Where focus goes on close when the button that opened the dialog is gone. */
  fallbackFocus?: () => HTMLElement | null;
  layout: 'panel' | 'phone';
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert
 * (focus cannot leave), Escape closes, and focus goes back to the button that opened
 * it (or, when that button went away with the change, to `fallbackFocus`). Mounted
 * only while open. Where showModal is missing (jsdom in tests) it opens non-modally.
 */
export function ActionDialog({
  title,
  onClose,
  fallbackFocus,
  layout,
  children,
}: ActionDialogProps) {
  const { messages } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const fallbackRef = useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = dialog.querySelector<HTMLElement>(
      '[data-autofocus], input:not([type=hidden]), select, textarea, button:not(.action-dialog__x)',
    );
    first?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      // After React has committed: the dialog gone (the page no longer inert), and the
      // opener gone too when the change removed it (Start, once started).
      queueMicrotask(() => {
        const target = opener?.isConnected ? opener : fallbackRef.current?.();
        target?.focus();
      });
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape fires `cancel` on a modal dialog: React state closes it, not the browser.
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, []);

  return (
    <dialog
      ref={ref}
      className={`action-dialog action-dialog--${layout}`}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') onClose();
      }}
    >
      <div className="action-dialog__header">
        <h2 id={titleId} className="action-dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="action-dialog__x"
          aria-label={messages.actions.closeDialog}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
