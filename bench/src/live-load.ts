import { LiveConnection } from '@civicgraph/stack/live-client';
import type {
  ChangePhase,
  ChangeTarget,
  Commit,
  FromLoad,
  LiveConnectionPlan,
  PhaseResult,
  ToLoad,
} from './live-load-protocol';

// The load generator of `bench:subscriptions`, forked by subscriptions.ts so that the
// subscribers' parsing does not share the gateway's event loop: it opens the
// graphql-ws connections and subscriptions it is told to, makes the changes through
// the gateway's HTTP API, and notes when each change was answered and when each
// subscriber received its event.

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
/** A phase ends when every delivery came, or when none came for this long. */
const QUIET_MILLISECONDS = 15_000;

const CHANGE_PRIORITY = `mutation Bench($input: ChangeWorkOrderPriorityInput!) {
  changeWorkOrderPriority(input: $input) { workOrder { id version priority } } }`;

let origin = '';
const connections: LiveConnection[] = [];
let subscriptions = 0;
let phase: {
  deliveries: Map<string, number[]>;
  received: number;
  payloadsWithErrors: number;
  lastDeliveryAt: number;
  wake: () => void;
} | null = null;

function send(message: FromLoad) {
  process.send!(message);
}

function open(plans: LiveConnectionPlan[]) {
  for (const plan of plans) {
    const connection = new LiveConnection({
      origin,
      connectionParams: { authorization: plan.authorization },
    });
    connections.push(connection);
    for (const { query, variables } of plan.subscriptions) {
      subscriptions++;
      connection.client.subscribe(
        { query, variables },
        {
          next: (payload) => {
            const at = performance.now();
            if (!phase) return;
            const root = Object.values(payload.data ?? {})[0] as { eventId?: string } | null;
            const eventId = root?.eventId ?? 'none';
            const times = phase.deliveries.get(eventId);
            if (times) times.push(at);
            else phase.deliveries.set(eventId, [at]);
            if (payload.errors?.length) phase.payloadsWithErrors++;
            phase.received++;
            phase.lastDeliveryAt = at;
            phase.wake();
          },
          error: (error) => send({ type: 'failed', message: `subscription ended: ${error}` }),
          complete: () => {},
        },
      );
    }
  }
}

/** One change through the gateway, as a dispatcher makes it from the console. */
async function change(target: ChangeTarget, mutator: string): Promise<Commit> {
  const priority = PRIORITIES[(PRIORITIES.indexOf(target.priority) + 1) % PRIORITIES.length]!;
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: mutator },
    body: JSON.stringify({
      query: CHANGE_PRIORITY,
      variables: { input: { id: target.id, expectedVersion: target.version, priority } },
    }),
  });
  const answeredAt = performance.now();
  const body = (await response.json()) as {
    data?: { changeWorkOrderPriority: { workOrder: Omit<Commit, 'answeredAt'> } } | null;
    errors?: unknown[];
  };
  const changed = body.data?.changeWorkOrderPriority.workOrder;
  if (!changed) throw new Error(`${target.id}: ${JSON.stringify(body.errors)}`);
  return { ...changed, answeredAt };
}

async function runPhase({ targets, intervalMilliseconds }: ChangePhase, mutator: string) {
  const expected = targets.length * subscriptions;
  let wake = () => {};
  phase = {
    deliveries: new Map(),
    received: 0,
    payloadsWithErrors: 0,
    lastDeliveryAt: 0,
    wake: () => wake(),
  };
  const current = phase;
  const firstSentAt = performance.now();
  // Open loop: each change leaves at its time whether or not the one before was answered.
  const outcomes = await Promise.allSettled(
    targets.map(async (target, index) => {
      const due = firstSentAt + index * intervalMilliseconds;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return change(target, mutator);
    }),
  );
  const commits = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failedChanges = outcomes.flatMap((o) =>
    o.status === 'rejected' ? [String(o.reason)] : [],
  );
  const wanted = commits.length * subscriptions;
  let quietSince = performance.now();
  let seen = current.received;
  while (current.received < wanted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1000);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (current.received !== seen) {
      seen = current.received;
      quietSince = performance.now();
    } else if (performance.now() - quietSince > QUIET_MILLISECONDS) break;
  }
  phase = null;
  const result: PhaseResult = {
    commits,
    failedChanges,
    deliveries: Object.fromEntries(current.deliveries),
    payloadsWithErrors: current.payloadsWithErrors,
    firstSentAt,
    lastDeliveryAt: current.lastDeliveryAt,
    expected,
    received: current.received,
  };
  return result;
}

process.on('message', async (message: ToLoad) => {
  try {
    if (message.type === 'open') {
      origin = message.origin;
      open(message.connections);
      send({ type: 'opened' });
    } else if (message.type === 'change') {
      send({ type: 'changed', result: await runPhase(message.phase, message.mutator) });
    } else {
      await Promise.all(connections.map((c) => c.close()));
      process.disconnect();
    }
  } catch (error) {
    send({ type: 'failed', message: String((error as Error).stack ?? error) });
  }
});
