import { ApolloClient, ApolloLink } from '@apollo/client';
import type { FormattedExecutionResult } from 'graphql';
import { Observable, type Subscriber } from 'rxjs';
import { createCache } from '../apollo-client';
import { EventCursor } from './event-cursor';
import { type LiveConnection, registerLiveConnection, type SocketEvent } from './live-connection';
import type { WorkOrderChangedSubscription } from './work-order-changed.graphql';

// For tests only: an Apollo client whose subscriptions and queries the test answers,
// and a live connection whose socket the test opens and closes.

export type WorkOrderEventPayload = WorkOrderChangedSubscription['workOrderChanged'];
type ChangedWorkOrder = NonNullable<WorkOrderEventPayload['workOrder']>;

export function workOrderPayload(overrides: Partial<ChangedWorkOrder> = {}): ChangedWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: 'wo-1',
    number: 'WO-000001',
    status: 'NEW',
    priority: 'NORMAL',
    summary: 'Pothole on Main St',
    version: 1,
    createdAt: '2026-10-30T17:15:00.000Z',
    updatedAt: '2026-10-30T17:15:00.000Z',
    dueAt: '2026-11-02T17:15:00.000Z',
    completedAt: null,
    closedAt: null,
    overdue: false,
    district: 7,
    holdReason: null,
    resolution: null,
    resolutionCode: null,
    assetId: null,
    location: { __typename: 'GeoPoint', lon: -112.07, lat: 33.45 },
    assignee: null,
    crew: null,
    department: { __typename: 'Department', id: 'dept-streets' },
    service: { __typename: 'Service', id: 'svc-pothole' },
    ...overrides,
  };
}

export function eventPayload(
  eventId: string,
  workOrder: ChangedWorkOrder | null,
  action = 'ASSIGN',
): WorkOrderEventPayload {
  return {
    __typename: 'WorkOrderEvent',
    eventId,
    action,
    changed: ['status'],
    occurredAt: '2026-11-01T12:00:00.000Z',
    workOrder,
  };
}

export interface FakeLive {
  client: ApolloClient;
  connection: LiveConnection & { reauthenticate: () => Promise<boolean> };
  /** The variables of every subscription opened, in order. */
  subscriptions: Array<Record<string, unknown>>;
  /** Sends one payload to the open subscription. */
  send(result: FormattedExecutionResult): void;
  /** Ends the open subscription (the server completed it). */
  complete(): void;
  /** Ends the open subscription with an error, as GraphQLWsLink reports a close. */
  fail(error: Error): void;
  socket(event: SocketEvent): void;
  /** How the test answers queries: by operation name. */
  answers: Map<string, (variables: Record<string, unknown>) => FormattedExecutionResult>;
  dropped: number;
}

export function fakeLive(): FakeLive {
  const listeners = new Set<(event: SocketEvent) => void>();
  let open: Subscriber<FormattedExecutionResult> | null = null;
  const fake: FakeLive = {
    subscriptions: [],
    answers: new Map(),
    dropped: 0,
    send: (result: FormattedExecutionResult) => {
      if (!open) throw new Error('no subscription is open');
      open.next(result);
    },
    complete: () => {
      const ending = open;
      open = null;
      ending?.complete();
    },
    fail: (error: Error) => {
      const ending = open;
      open = null;
      ending?.error(error);
    },
    socket: (event: SocketEvent) => {
      for (const listener of listeners) listener(event);
    },
  } as unknown as FakeLive;
  const link = new ApolloLink(
    (operation) =>
      new Observable<FormattedExecutionResult>((subscriber) => {
        if (operation.operationType === 'subscription') {
          fake.subscriptions.push(operation.variables);
          open = subscriber;
          return () => {
            if (open === subscriber) open = null;
          };
        }
        const answer = fake.answers.get(operation.operationName ?? '');
        if (!answer) {
          subscriber.error(new Error(`no answer for ${operation.operationName}`));
          return;
        }
        subscriber.next(answer(operation.variables));
        subscriber.complete();
        return;
      }),
  );
  fake.client = new ApolloClient({ link, cache: createCache() });
  fake.connection = {
    link: undefined as never,
    cursor: new EventCursor(null),
    on: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastCloseCode: () => null,
    reauthenticate: async () => true,
    wake: () => {},
    drop: () => {
      fake.dropped += 1;
    },
    dispose: () => {},
  };
  registerLiveConnection(fake.client, fake.connection);
  return fake;
}
