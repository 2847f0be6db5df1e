// What the subscriptions benchmark (subscriptions.ts, the process that runs the stack)
// and its load generator (live-load.ts, a process of its own) tell each other over
// the fork's IPC channel. Both clocks of a latency (the mutation's answer, each
// delivery) are read in the load generator, so they are one clock.

export interface LiveSubscriptionPlan {
  query: string;
  variables: Record<string, unknown>;
}

export interface LiveConnectionPlan {
  /** `Bearer …` of the principal this connection signs in as. */
  authorization: string;
  subscriptions: LiveSubscriptionPlan[];
}

/** One work order to change, as last read. */
export interface ChangeTarget {
  id: string;
  version: number;
  priority: string;
}

export interface ChangePhase {
  name: string;
  /** Each is changed once (distinct work orders, so no change waits on another). */
  targets: ChangeTarget[];
  /** Milliseconds between two changes sent; 0 sends them all at once (a burst). */
  intervalMilliseconds: number;
}

export type ToLoad =
  | { type: 'open'; origin: string; connections: LiveConnectionPlan[] }
  | { type: 'change'; phase: ChangePhase; mutator: string }
  | { type: 'close' };

/** A change committed: the work order as it now is, and when the answer arrived. */
export interface Commit {
  id: string;
  version: number;
  priority: string;
  answeredAt: number;
}

export interface PhaseResult {
  commits: Commit[];
  /** Changes the API refused or failed (their events never come). */
  failedChanges: string[];
  /** Receive times (performance.now() of the load process) by event id. */
  deliveries: Record<string, number[]>;
  /** Payloads that carried GraphQL errors (still deliveries). */
  payloadsWithErrors: number;
  firstSentAt: number;
  lastDeliveryAt: number;
  expected: number;
  received: number;
}

export type FromLoad =
  | { type: 'opened' }
  | { type: 'changed'; result: PhaseResult }
  | { type: 'failed'; message: string };
