import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { type Feedback, useFeedback } from './feedback-context';
import { FeedbackProvider, TOAST_MS } from './feedback-provider';

let feedback!: Feedback;
function Grab() {
  feedback = useFeedback();
  return <button type="button">On the page</button>;
}

function renderFeedback(language: Language = 'en') {
  return render(
    <I18nContext value={i18nFor(language)}>
      <FeedbackProvider>
        <Grab />
      </FeedbackProvider>
    </I18nContext>,
  );
}

const liveRegion = () => screen.getByTestId('live-region');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('announce', () => {
  it('speaks through a polite live region, again for the same text', () => {
    renderFeedback();
    expect(liveRegion().getAttribute('aria-live')).toBe('polite');
    expect(liveRegion().className).toContain('visually-hidden');

    act(() => feedback.announce('Work order WO-000001 assigned'));
    act(() => feedback.announce('Work order WO-000001 assigned'));

    // Two additions to the region: a screen reader reads the second one too.
    const said = within(liveRegion()).getAllByText('Work order WO-000001 assigned');
    expect(said).toHaveLength(2);
    expect(said[0]).not.toBe(said[1]);
    // And they go away afterwards, so that the region does not grow for ever.
    act(() => vi.advanceTimersByTime(10_000));
    expect(liveRegion().textContent).toBe('');
  });
});

describe('toast', () => {
  it('shows a toast for a few seconds, announced politely, without taking focus', () => {
    renderFeedback();
    const before = screen.getByRole('button', { name: 'On the page' });
    before.focus();

    act(() => feedback.toast({ message: 'WO-000002 was closed by Luis', tone: 'info' }));

    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(within(region).getByText('WO-000002 was closed by Luis')).toBeTruthy();
    expect(within(liveRegion()).getByText('WO-000002 was closed by Luis')).toBeTruthy();
    expect(document.activeElement).toBe(before);

    act(() => vi.advanceTimersByTime(TOAST_MS - 100));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('waits while the pointer is on it or focus is in it', () => {
    renderFeedback();
    act(() => feedback.toast({ message: 'Assigned', action: { label: 'Show', run: () => {} } }));
    const toast = screen.getByTestId('toast');

    act(() => vi.advanceTimersByTime(TOAST_MS - 1000));
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    fireEvent.mouseLeave(toast);

    // Focus pauses it too (a keyboard user reading it), for as long as it stays.
    act(() => within(toast).getByRole('button', { name: 'Show' }).focus());
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    act(() => screen.getByRole('button', { name: 'On the page' }).focus());

    // Then only what was left of its time.
    act(() => vi.advanceTimersByTime(900));
    expect(screen.queryByTestId('toast')).not.toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('runs its action, and can be dismissed, returning focus where it was', () => {
    renderFeedback();
    const run = vi.fn();
    const page = screen.getByRole('button', { name: 'On the page' });
    act(() => feedback.toast({ message: 'Changed', action: { label: 'Show', run } }));
    act(() => feedback.toast({ message: 'Also changed' }));
    expect(screen.getAllByTestId('toast')).toHaveLength(2);

    act(() => page.focus());
    const first = screen.getAllByTestId('toast')[0]!;
    act(() => within(first).getByRole('button', { name: 'Show' }).focus());
    // Where focus came from is what React's focus event says; give it to jsdom's too.
    fireEvent.focus(within(first).getByRole('button', { name: 'Show' }), { relatedTarget: page });
    fireEvent.click(within(first).getByRole('button', { name: 'Show' }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
    expect(document.activeElement).toBe(page);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('goes away with Escape while focus is in it', () => {
    renderFeedback();
    act(() => feedback.toast({ message: 'Assigned' }));
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    act(() => dismiss.focus());
    fireEvent.keyDown(dismiss, { key: 'Escape' });
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('makes an error toast an alert', () => {
    renderFeedback();
    act(() => feedback.toast({ message: 'Could not assign WO-000003', tone: 'error' }));
    expect(screen.getByRole('alert').textContent).toContain('Could not assign WO-000003');
    // Not said twice: the alert speaks for itself.
    expect(liveRegion().textContent).toBe('');
  });

  it('keeps at most four, the newest', () => {
    renderFeedback();
    act(() => {
      for (let n = 1; n <= 6; n++) feedback.toast({ message: `Change ${n}` });
    });
    expect(screen.getAllByTestId('toast').map((t) => t.querySelector('p')?.textContent)).toEqual([
      'Change 3',
      'Change 4',
      'Change 5',
      'Change 6',
    ]);
  });
});

describe('the offline banner', () => {
  it.each([
    [
      'en',
      'You are offline: changes will not be saved until the connection is back.',
      'You are back online.',
    ],
    [
      'es',
      'No tiene conexión: los cambios no se guardarán hasta que vuelva la conexión.',
      'Ha vuelto la conexión.',
    ],
  ] as const)(
    'shows while the browser is offline (%s), and says when it is back',
    (language, offline, back) => {
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
      renderFeedback(language);
      expect(screen.queryByTestId('offline-banner')).toBeNull();

      onLine.mockReturnValue(false);
      act(() => {
        window.dispatchEvent(new Event('offline'));
      });
      expect(screen.getByTestId('offline-banner').textContent).toBe(offline);
      expect(within(liveRegion()).getByText(offline)).toBeTruthy();

      onLine.mockReturnValue(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(screen.queryByTestId('offline-banner')).toBeNull();
      expect(within(liveRegion()).getByText(back)).toBeTruthy();
    },
  );
});
