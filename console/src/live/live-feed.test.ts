import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveWorkOrderEvent } from './live-context';
import { LiveFeed, type LiveNotice } from './live-feed';
import { eventPayload, type FakeLive, fakeLive, workOrderPayload } from './live-mock';

interface RowData {
  workOrder: {
    __typename: 'WorkOrder';
    id: string;
    number: string;
    status: string;
    version: number;
    assignee: { __typename: 'Staff'; id: string; name: string } | null;
  } | null;
}

// parse, not gql: a test's document stays out of the generated (shipped) documents.
const ROW: TypedDocumentNode<RowData, { id: string }> = parse(`
  query FeedTestRow($id: ID!) {
    workOrder(id: $id) {
      id
      number
      status
      version
      assignee {
        id
        name
      }
    }
  }
`);

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

function started(live: FakeLive = fakeLive()) {
  const feed = new LiveFeed({
    client: live.client,
    connection: live.connection,
    retryDelay: () => 1_000,
  });
  const events: LiveWorkOrderEvent[] = [];
  const notices: LiveNotice[] = [];
  feed.subscribe((event) => events.push(event));
  feed.onNotice((notice) => notices.push(notice));
  stops.push(feed.start());
  return { live, feed, events, notices };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveFeed', () => {
  it('writes each payload into the normalised cache, where a query already reading the work order sees it', async () => {
    const { live, events } = started();
    live.client.writeQuery({
      query: ROW,
      variables: { id: 'wo-1' },
      data: {
        workOrder: {
          __typename: 'WorkOrder',
          id: 'wo-1',
          number: 'WO-000001',
          status: 'NEW',
          version: 1,
          assignee: null,
        },
      },
    });
    const seen: string[] = [];
    const watched = live.client
      .watchQuery({ query: ROW, variables: { id: 'wo-1' }, fetchPolicy: 'cache-only' })
      .subscribe(({ data }) => {
        if (data?.workOrder) seen.push(`${data.workOrder.status}@${data.workOrder.version}`);
      });
    live.socket({ type: 'connected', wasRetry: false });
    live.send({
      data: {
        workOrderChanged: eventPayload(
          '101',
          workOrderPayload({
            status: 'ASSIGNED',
            version: 2,
            assignee: { __typename: 'Staff', id: 'staff-9', name: 'Pat Lee' },
          }),
        ),
      },
    });
    await flush();
    watched.unsubscribe();

    expect(seen).toEqual(['NEW@1', 'ASSIGNED@2']);
    expect(
      live.client.readQuery({ query: ROW, variables: { id: 'wo-1' } })?.workOrder,
    ).toMatchObject({ assignee: { id: 'staff-9', name: 'Pat Lee' } });
    expect(events).toEqual([
      {
        eventId: '101',
        workOrderId: 'wo-1',
        action: 'ASSIGN',
        changed: ['status'],
        occurredAt: '2026-11-01T12:00:00.000Z',
      },
    ]);
    expect(live.connection.cursor.get()).toBe('101');
    // Without `after`: the connection's lastEventId says where to resume.
    expect(live.subscriptions).toEqual([{ after: null }]);
  });

  it('highlights a changed work order for four seconds, each from its own change', () => {
    vi.useFakeTimers();
    const { live, feed } = started();
    live.send({ data: { workOrderChanged: eventPayload('1', workOrderPayload({ id: 'a' })) } });
    vi.advanceTimersByTime(3_000);
    live.send({ data: { workOrderChanged: eventPayload('2', workOrderPayload({ id: 'b' })) } });
    expect([...feed.getState().recentlyChanged]).toEqual(['a', 'b']);
    vi.advanceTimersByTime(999);
    expect(feed.getState().recentlyChanged.has('a')).toBe(true);
    vi.advanceTimersByTime(1);
    expect([...feed.getState().recentlyChanged]).toEqual(['b']);
    // A new change to `b` starts its four seconds again.
    live.send({ data: { workOrderChanged: eventPayload('3', workOrderPayload({ id: 'b' })) } });
    vi.advanceTimersByTime(3_999);
    expect(feed.getState().recentlyChanged.has('b')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(feed.getState().recentlyChanged.size).toBe(0);
  });

  it('applies an event once: a replay of ids it has seen moves nothing', () => {
    const { live, events } = started();
    live.send({ data: { workOrderChanged: eventPayload('9', workOrderPayload()) } });
    live.send({ data: { workOrderChanged: eventPayload('10', workOrderPayload()) } });
    live.send({ data: { workOrderChanged: eventPayload('9', workOrderPayload()) } });
    // Compared as numbers, not text ("10" < "9" as text).
    expect(events.map((e) => e.eventId)).toEqual(['9', '10']);
    expect(live.connection.cursor.get()).toBe('10');
  });

  it('moves the cursor for a work order it may not read, without telling anyone', () => {
    const { live, events } = started();
    live.send({
      data: { workOrderChanged: eventPayload('12', null) },
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(events).toEqual([]);
    expect(live.connection.cursor.get()).toBe('12');
  });

  it('after a drop, says it caught up once the replay goes quiet, with how many it missed', () => {
    vi.useFakeTimers();
    const { live, feed, notices } = started();
    live.socket({ type: 'connected', wasRetry: false });
    expect(feed.getState().status).toBe('live');
    live.socket({ type: 'closed', code: 1006 });
    expect(feed.getState().status).toBe('reconnecting');
    vi.advanceTimersByTime(5_000);
    live.socket({ type: 'connected', wasRetry: true });
    expect(feed.getState().status).toBe('live');
    live.send({ data: { workOrderChanged: eventPayload('20', workOrderPayload()) } });
    vi.advanceTimersByTime(300);
    live.send({ data: { workOrderChanged: eventPayload('21', workOrderPayload()) } });
    vi.advanceTimersByTime(599);
    expect(notices.filter((n) => n.kind === 'caughtUp')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(notices.filter((n) => n.kind === 'caughtUp')).toEqual([
      { kind: 'caughtUp', missed: 2, downMs: 5_000 },
    ]);
  });

  it('on RESYNC_REQUIRED reloads the active queries, says so, and resumes after the position given', async () => {
    const { live, notices } = started();
    let fetched = 0;
    live.answers.set('FeedTestRow', () => {
      fetched += 1;
      return {
        data: {
          workOrder: {
            __typename: 'WorkOrder',
            id: 'wo-1',
            number: 'WO-000001',
            status: fetched === 1 ? 'NEW' : 'CLOSED',
            version: fetched,
            assignee: null,
          },
        },
      };
    });
    const statuses: string[] = [];
    const watched = live.client
      .watchQuery({ query: ROW, variables: { id: 'wo-1' } })
      .subscribe(({ data }) => {
        if (data?.workOrder?.status) statuses.push(data.workOrder.status);
      });
    await vi.waitFor(() => expect(statuses).toEqual(['NEW']));

    live.connection.cursor.set('5');
    live.send({
      data: null,
      errors: [
        {
          message: 'Event 5 is not in this city’s outbox',
          extensions: { code: 'RESYNC_REQUIRED', after: '5', resumeAfter: '42' },
        },
      ],
    });
    live.complete();
    await vi.waitFor(() => expect(notices).toContainEqual({ kind: 'resynced' }));
    watched.unsubscribe();

    expect(statuses).toEqual(['NEW', 'CLOSED']);
    expect(live.connection.cursor.get()).toBe('42');
    expect(live.subscriptions).toEqual([{ after: null }, { after: '42' }]);
  });

  it('subscribes again, after a pause, when the server ends the subscription', () => {
    vi.useFakeTimers();
    const { live } = started();
    live.complete();
    expect(live.subscriptions).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(live.subscriptions).toHaveLength(2);
  });

  it.each([
    [true, 2],
    [false, 1],
  ])(
    'after a 4401 close renews the session and, if it could (%s), subscribes again',
    async (renewed, subscriptions) => {
      const live = fakeLive();
      let renewals = 0;
      live.connection.reauthenticate = async () => {
        renewals += 1;
        return renewed;
      };
      const { feed } = started(live);
      live.socket({ type: 'connected', wasRetry: false });
      live.socket({ type: 'closed', code: 4401 });
      live.fail(new Error('Socket closed with event 4401 The access token has expired'));
      await vi.waitFor(() => expect(renewals).toBe(1));
      await flush();
      expect(live.subscriptions).toHaveLength(subscriptions);
      expect(feed.getState().status).toBe('reconnecting');
    },
  );

  it('is offline while the browser is, and drops the socket it cannot trust', () => {
    const { live, feed } = started();
    live.socket({ type: 'connected', wasRetry: false });
    feed.setOnline(false);
    expect(feed.getState().status).toBe('offline');
    expect(live.dropped).toBe(1);
    live.socket({ type: 'closed', code: 4499 });
    feed.setOnline(true);
    expect(feed.getState().status).toBe('reconnecting');
  });

  it('stops for good: no more subscriptions, no listeners called', () => {
    vi.useFakeTimers();
    const { live, events } = started();
    stops.pop()?.();
    live.complete();
    vi.advanceTimersByTime(60_000);
    expect(live.subscriptions).toHaveLength(1);
    expect(events).toEqual([]);
  });
});
