import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  type ReactNode,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { SELECTED_PARAM } from '../dispatch/dispatch-context';
import { useFeedback } from '../feedback/feedback-context';
import { useI18n } from '../i18n';
import { pagesFor } from '../routing/pages';
import { useLocation } from '../routing/use-location';
import { useSession } from '../session/session-context';
import { type LiveConnection, liveConnectionOf } from './live-connection';
import { LiveContext, type LiveState } from './live-context';
import { LiveFeed, type LiveNotice, type LiveWorkOrder } from './live-feed';
import { isOwnChange } from './own-changes';
import { WorkOrderLastChangeDocument } from './work-order-changed.graphql';

/**
 * A drop shorter than this is not worth telling anyone about: the gateway closes the
 * socket when the access token expires, and the reconnect with a fresh one is a blink
 * every quarter hour (whatever it missed meanwhile is replayed all the same).
 */
const NOTICEABLE_DROP_MS = 1_500;
/** Changes to work that is not selected are summed up at most this often. */
const SUMMARY_EVERY_MS = 5_000;
/** How many work order numbers a summary names. */
const SUMMARY_NAMES = 3;
/**
 * An event can arrive before the response of the mutation that caused it: give this
 * tab's own mutation that long to note its version (noteOwnChange) before toasting.
 */
const OWN_CHANGE_GRACE_MS = 300;

/**
 * Keeps the signed-in person's view live: one `workOrderChanged` subscription whose
 * payloads Apollo writes into the normalised cache (rows, points and the detail update
 * in place), the connection state for the header, the recently changed work orders for
 * highlights, a toast when someone else changes the selected work order, and a polite
 * summary of other changes. Without a session or a live connection (component tests
 * on a mocked client) it provides the quiet default; so it does for a role the console
 * has no page for (billing staff), whose feed the graph would refuse anyway.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const connection = liveConnectionOf(client);
  const { session } = useSession();
  if (!connection || !session || pagesFor(session.staff.role).length === 0) {
    return <>{children}</>;
  }
  return (
    // Another person signing in at this screen starts from a fresh feed.
    <LiveFeedProvider key={session.staff.id} client={client} connection={connection}>
      {children}
    </LiveFeedProvider>
  );
}

function LiveFeedProvider({
  client,
  connection,
  children,
}: {
  client: ApolloClient;
  connection: LiveConnection;
  children: ReactNode;
}) {
  const feed = useMemo(() => new LiveFeed({ client, connection }), [client, connection]);
  useEffect(() => feed.start(), [feed]);
  useEffect(() => {
    const update = () => feed.setOnline(navigator.onLine !== false);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [feed]);

  const notices = useLiveNotices(client);
  const onNotice = useEffectEvent(notices);
  useEffect(() => feed.onNotice((notice) => onNotice(notice)), [feed]);

  const { status, recentlyChanged } = useSyncExternalStore(feed.subscribeState, feed.getState);
  const value = useMemo<LiveState>(
    () => ({ available: true, status, recentlyChanged, subscribe: feed.subscribe }),
    [status, recentlyChanged, feed],
  );
  return <LiveContext value={value}>{children}</LiveContext>;
}

/** What the person is told about live changes: the toasts and the polite summaries. */
function useLiveNotices(client: ApolloClient): (notice: LiveNotice) => void {
  const { messages } = useI18n();
  const live = messages.live;
  const { toast, announce } = useFeedback();
  const selectedId = useLocation().search.get(SELECTED_PARAM);
  const pending = useRef<{ numbers: string[]; count: number }>({ numbers: [], count: 0 });
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSummary = useRef(0);
  const flush = useEffectEvent(() => {
    flushTimer.current = undefined;
    const { count, numbers } = pending.current;
    pending.current = { numbers: [], count: 0 };
    if (count === 0) return;
    lastSummary.current = Date.now();
    announce(live.summary(count, numbers));
  });
  useEffect(() => () => clearTimeout(flushTimer.current), []);

  const toastChange = useEffectEvent(async (action: string, workOrder: LiveWorkOrder) => {
    const [by] = await Promise.all([
      whoChanged(client, workOrder),
      new Promise((resolve) => setTimeout(resolve, OWN_CHANGE_GRACE_MS)),
    ]);
    if (isOwnChange(workOrder.id, workOrder.version)) return;
    toast({
      message: messages.live.changed({
        number: workOrder.number,
        action,
        by,
        assignee: workOrder.assignee?.name ?? workOrder.crew?.name ?? null,
      }),
      tone: 'info',
    });
  });

  return (notice) => {
    switch (notice.kind) {
      case 'caughtUp':
        if (notice.downMs >= NOTICEABLE_DROP_MS) {
          toast({ message: live.caughtUp(notice.missed), tone: 'success' });
        }
        return;
      case 'resynced':
        toast({ message: live.resynced, tone: 'info' });
        return;
      case 'change': {
        const { workOrder, event } = notice;
        if (isOwnChange(workOrder.id, workOrder.version)) return;
        if (workOrder.id === selectedId) {
          void toastChange(event.action, workOrder);
          return;
        }
        const batch = pending.current;
        batch.count += 1;
        if (batch.numbers.length < SUMMARY_NAMES && !batch.numbers.includes(workOrder.number)) {
          batch.numbers.push(workOrder.number);
        }
        if (flushTimer.current === undefined) {
          const wait = Math.max(0, lastSummary.current + SUMMARY_EVERY_MS - Date.now());
          flushTimer.current = setTimeout(() => flush(), wait);
        }
        return;
      }
    }
  };
}

/** The name of whoever brought the work order to this version; null when unknown. */
async function whoChanged(client: ApolloClient, workOrder: LiveWorkOrder): Promise<string | null> {
  try {
    const { data } = await client.query({
      query: WorkOrderLastChangeDocument,
      variables: { id: workOrder.id },
      // The detail's history selects more of each entry: do not overwrite it with less.
      fetchPolicy: 'no-cache',
    });
    const history = data?.workOrder?.history ?? [];
    const entry =
      history.find((change) => change.version === workOrder.version) ?? history.at(-1) ?? null;
    return entry?.actor.staff?.name ?? null;
  } catch {
    return null;
  }
}
