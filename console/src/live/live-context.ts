import { createContext, use, useEffect, useEffectEvent } from 'react';

/** One change to a work order, as the console learns it live (after the cache has it). */
export interface LiveWorkOrderEvent {
  /** The outbox position: the console resumes after the last one it saw. */
  eventId: string;
  workOrderId: string;
  /** CREATE, ASSIGN, START, … as the graph's `WorkOrderEvent.action` says. */
  action: string;
  changed: readonly string[];
  occurredAt: string;
}

/** The subscription's state, for the header to say whether the view is live. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveState {
  /** False without a live connection (signed out, component tests): nothing to show. */
  available: boolean;
  status: LiveStatus;
  /** Calls `listener` with every change from now on; returns the unsubscribe. */
  subscribe: (listener: (event: LiveWorkOrderEvent) => void) => () => void;
  /** Work orders changed in the last few seconds: rows and points highlight them. */
  recentlyChanged: ReadonlySet<string>;
}

// Nothing live without a provider (component tests, the sign-in page): quiet, not broken.
export const LiveContext = createContext<LiveState>({
  available: false,
  status: 'connecting',
  subscribe: () => () => {},
  recentlyChanged: new Set(),
});

export function useLive(): LiveState {
  return use(LiveContext);
}

/** Runs `onEvent` for every live change while the component is mounted. */
export function useLiveEvents(onEvent: (event: LiveWorkOrderEvent) => void): void {
  const { subscribe } = useLive();
  const handle = useEffectEvent(onEvent);
  useEffect(() => subscribe((event) => handle(event)), [subscribe]);
}

/** True for a few seconds after a work order changed: a brief highlight. */
export function useRecentlyChanged(workOrderId: string): boolean {
  return useLive().recentlyChanged.has(workOrderId);
}
