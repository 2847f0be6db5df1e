import { ApolloProvider } from '@apollo/client/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedbackContext } from '../feedback/feedback-context';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { SessionProvider } from '../session/session-context';
import type { SessionManager } from '../session/session-manager';
import { sessionPayload, testSessionManager } from '../session/session-mock';
import { useLive, useLiveEvents } from './live-context';
import { eventPayload, type FakeLive, fakeLive, workOrderPayload } from './live-mock';
import { LiveProvider } from './live-provider';
import { LiveStatusIndicator } from './live-status-indicator';
import { forgetOwnChanges, noteOwnChange } from './own-changes';

const managers: SessionManager[] = [];
beforeEach(() => {
  window.history.replaceState(null, '', '/dispatch');
});
afterEach(() => {
  cleanup();
  for (const manager of managers.splice(0)) manager.dispose();
  forgetOwnChanges();
  vi.useRealTimers();
});

function Consumer({ seen }: { seen: string[] }) {
  useLiveEvents((event) => seen.push(`${event.action} ${event.workOrderId}`));
  const { recentlyChanged } = useLive();
  return <p data-testid="recent">{[...recentlyChanged].join(',')}</p>;
}

function renderLive(live: FakeLive, language: Language = 'en', manager = testSessionManager()) {
  managers.push(manager);
  const feedback = { announce: vi.fn(), toast: vi.fn() };
  const seen: string[] = [];
  render(
    <I18nContext value={i18nFor(language)}>
      <ApolloProvider client={live.client}>
        <SessionProvider manager={manager}>
          <FeedbackContext value={feedback}>
            <LiveProvider>
              <LiveStatusIndicator />
              <Consumer seen={seen} />
            </LiveProvider>
          </FeedbackContext>
        </SessionProvider>
      </ApolloProvider>
    </I18nContext>,
  );
  return { feedback, seen, manager };
}

const assignedByAna = (version: number) => ({
  data: {
    workOrder: {
      __typename: 'WorkOrder',
      id: 'wo-1',
      history: [
        {
          __typename: 'HistoryEntry',
          action: 'CREATE',
          version: 1,
          actor: { __typename: 'ChangeActor', kind: 'SYSTEM', staff: null },
        },
        {
          __typename: 'HistoryEntry',
          action: 'ASSIGN',
          version,
          actor: {
            __typename: 'ChangeActor',
            kind: 'STAFF',
            staff: { __typename: 'Staff', id: 'staff-3', name: 'Luis Ortega' },
          },
        },
      ],
    },
  },
});

const assigned = (eventId: string, version = 2, id = 'wo-1', number = 'WO-000001') => ({
  data: {
    workOrderChanged: eventPayload(
      eventId,
      workOrderPayload({
        id,
        number,
        status: 'ASSIGNED',
        version,
        assignee: { __typename: 'Staff', id: 'staff-9', name: 'Pat Lee' },
      }),
    ),
  },
});

describe('LiveProvider', () => {
  it('opens no feed for a role the console has no page for, and shows no live status', () => {
    const live = fakeLive();
    const billing = testSessionManager({
      payload: sessionPayload({
        staff: { __typename: 'Staff', id: 'staff-9', name: 'Lee Park', role: 'BILLING' },
      }),
    });
    renderLive(live, 'en', billing);
    expect(live.subscriptions).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says in a status region whether the view is live, reconnecting or offline', () => {
    const live = fakeLive();
    renderLive(live);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Connecting…');
    act(() => live.socket({ type: 'connected', wasRetry: false }));
    expect(screen.getByText('Live')).toBeTruthy();
    act(() => live.socket({ type: 'closed', code: 1006 }));
    expect(screen.getByText('Reconnecting…')).toBeTruthy();

    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByText('Offline')).toBeTruthy();
    expect(status.textContent).toContain('You are offline');
    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    act(() => live.socket({ type: 'connected', wasRetry: true }));
    expect(screen.getByText('Live')).toBeTruthy();
    onLine.mockRestore();
  });

  it('speaks Spanish', () => {
    const live = fakeLive();
    renderLive(live, 'es');
    act(() => live.socket({ type: 'connected', wasRetry: false }));
    expect(screen.getByRole('status').textContent).toContain('En vivo');
  });

  it('tells other features of each change and highlights the work order', () => {
    const live = fakeLive();
    const { seen } = renderLive(live);
    act(() => live.send(assigned('7')));
    expect(seen).toEqual(['ASSIGN wo-1']);
    expect(screen.getByTestId('recent').textContent).toBe('wo-1');
  });

  it('toasts a change someone else made to the selected work order, naming who', async () => {
    window.history.replaceState(null, '', '/dispatch?selected=wo-1');
    const live = fakeLive();
    live.answers.set('WorkOrderLastChange', () => assignedByAna(2));
    const { feedback } = renderLive(live);
    act(() => live.send(assigned('7')));
    await vi.waitFor(() => expect(feedback.toast).toHaveBeenCalled());
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'WO-000001 was assigned to Pat Lee by Luis Ortega',
      tone: 'info',
    });
    expect(feedback.announce).not.toHaveBeenCalled();
  });

  it('stays quiet about a change this tab made itself', async () => {
    window.history.replaceState(null, '', '/dispatch?selected=wo-1');
    const live = fakeLive();
    live.answers.set('WorkOrderLastChange', () => assignedByAna(2));
    const { feedback } = renderLive(live);
    act(() => live.send(assigned('7')));
    // The mutation's answer comes a moment after its event: still in time.
    noteOwnChange('wo-1', 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(feedback.toast).not.toHaveBeenCalled();
    expect(feedback.announce).not.toHaveBeenCalled();
  });

  it('sums up other changes politely, at most every five seconds', () => {
    vi.useFakeTimers();
    const live = fakeLive();
    const { feedback } = renderLive(live);
    act(() => live.send(assigned('1', 2, 'a', 'WO-000010')));
    act(() => void vi.advanceTimersByTime(0));
    expect(feedback.announce).toHaveBeenCalledWith('Work order WO-000010 changed');
    act(() => live.send(assigned('2', 2, 'b', 'WO-000011')));
    act(() => live.send(assigned('3', 2, 'c', 'WO-000012')));
    act(() => void vi.advanceTimersByTime(4_999));
    expect(feedback.announce).toHaveBeenCalledTimes(1);
    act(() => void vi.advanceTimersByTime(1));
    expect(feedback.announce).toHaveBeenLastCalledWith(
      '2 work orders changed: WO-000011 and WO-000012',
    );
    expect(feedback.toast).not.toHaveBeenCalled();
  });

  it('says "Reconnected — caught up" after a drop someone could notice, not after a blink', () => {
    vi.useFakeTimers();
    const live = fakeLive();
    const { feedback } = renderLive(live);
    act(() => live.socket({ type: 'connected', wasRetry: false }));
    // A token renewal: closed and back within a moment; what it missed is replayed quietly.
    act(() => live.socket({ type: 'closed', code: 4401 }));
    act(() => void vi.advanceTimersByTime(200));
    act(() => live.socket({ type: 'connected', wasRetry: false }));
    act(() => live.send(assigned('5', 2, 'z', 'WO-000099')));
    act(() => void vi.advanceTimersByTime(1_000));
    expect(feedback.toast).not.toHaveBeenCalled();

    act(() => live.socket({ type: 'closed', code: 1006 }));
    act(() => void vi.advanceTimersByTime(8_000));
    act(() => live.socket({ type: 'connected', wasRetry: true }));
    act(() => void vi.advanceTimersByTime(1_000));
    expect(feedback.toast).toHaveBeenCalledWith({
      message: 'Reconnected — caught up',
      tone: 'success',
    });
  });

  it('provides nothing live without a session', () => {
    const live = fakeLive();
    const manager = testSessionManager({ payload: null });
    managers.push(manager);
    render(
      <ApolloProvider client={live.client}>
        <SessionProvider manager={manager}>
          <LiveProvider>
            <LiveStatusIndicator />
          </LiveProvider>
        </SessionProvider>
      </ApolloProvider>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(live.subscriptions).toEqual([]);
  });
});
