import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useI18n } from '../i18n';
import { type Feedback, FeedbackContext, type Toast, type ToastTone } from './feedback-context';
import './feedback.css';

/** How long a toast stays; an error a little longer. Hovering or focusing one pauses it. */
export const TOAST_MS = 6000;
export const ERROR_TOAST_MS = 10_000;
/** Older toasts give way beyond this many: a burst of changes must not bury the page. */
const MAX_TOASTS = 4;
/** How long an announcement stays in the live region (then it is only clutter). */
const ANNOUNCEMENT_MS = 10_000;

interface Entry {
  id: number;
  text: string;
}

interface ShownToast extends Toast {
  id: number;
  tone: ToastTone;
}

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;

/**
 * The console's voice: a polite ARIA live region for `announce`, a stack of toasts for
 * `toast`, and a banner while the browser is offline. Nothing here takes focus.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { messages } = useI18n();
  const [announcements, setAnnouncements] = useState<Entry[]>([]);
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  // Each announcement is a new node in the region: an addition is spoken even when
  // its text is the same as the last one ("Work order assigned" twice in a row).
  const announce = useCallback((text: string) => {
    if (!text) return;
    nextId.current += 1;
    const id = nextId.current;
    setAnnouncements((current) => [...current.slice(-4), { id, text }]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setAnnouncements((current) => current.filter((entry) => entry.id !== id));
    }, ANNOUNCEMENT_MS);
    timers.current.add(timer);
  }, []);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const toast = useCallback(
    (next: Toast) => {
      nextId.current += 1;
      const shown: ShownToast = { ...next, id: nextId.current, tone: next.tone ?? 'info' };
      setToasts((current) => [...current, shown].slice(-MAX_TOASTS));
      // An error toast is its own role=alert; the others are spoken politely.
      if (shown.tone !== 'error') announce(next.message);
    },
    [announce],
  );

  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const wasOnline = useRef(online);
  const offlineText = messages.shell.offline;
  const backOnlineText = messages.shell.backOnline;
  useEffect(() => {
    if (wasOnline.current === online) return;
    wasOnline.current = online;
    announce(online ? backOnlineText : offlineText);
  }, [online, announce, offlineText, backOnlineText]);

  const value = useMemo<Feedback>(() => ({ announce, toast }), [announce, toast]);

  return (
    <FeedbackContext value={value}>
      {online ? null : (
        <p className="offline-banner" data-testid="offline-banner">
          {offlineText}
        </p>
      )}
      {children}
      <div className="visually-hidden" aria-live="polite" data-testid="live-region">
        {announcements.map((entry) => (
          <p key={entry.id}>{entry.text}</p>
        ))}
      </div>
      <ToastStack toasts={toasts} onDismiss={dismiss} />
    </FeedbackContext>
  );
}

function ToastStack({
  toasts,
  onDismiss,
}: {
  toasts: ShownToast[];
  onDismiss: (id: number) => void;
}) {
  const { messages } = useI18n();
  // Where focus was before someone tabbed into a toast: it goes back there when that
  // toast goes away, rather than falling to the top of the page.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const stackRef = useRef<HTMLElement>(null);

  function close(id: number) {
    const hadFocus = stackRef.current?.contains(document.activeElement) ?? false;
    onDismiss(id);
    if (!hadFocus) return;
    const back = returnFocusTo.current;
    if (back?.isConnected) back.focus();
    else document.getElementById('main')?.focus();
  }

  if (toasts.length === 0) return null;
  return (
    <section
      ref={stackRef}
      className="toasts"
      aria-label={messages.shell.notifications}
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) {
          returnFocusTo.current = from;
        }
      }}
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onClose={() => close(toast.id)} />
      ))}
    </section>
  );
}

function ToastItem({ toast, onClose }: { toast: ShownToast; onClose: () => void }) {
  const { messages } = useI18n();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  const remaining = useRef(toast.tone === 'error' ? ERROR_TOAST_MS : TOAST_MS);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => close.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [paused]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the timer; Escape mirrors the Dismiss button
    <div
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : undefined}
      data-testid="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p className="toast__message">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            onClose();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="toast__dismiss"
        aria-label={messages.shell.dismiss}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
