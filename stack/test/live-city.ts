// Test helper for the real-time tests: a seeded city whose work is changed over HTTP,
// as staff change it, and whose outbox is read straight from the database, to compare
// what subscribers received with what was written.

import type { RunningSubgraph } from '@civicgraph/platform';
import { graphData } from '@civicgraph/platform/testing';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { type SeededStackOptions, signInAs, startSeededStack } from '../src/testing';

/** The requests tables the tests read or lock. */
interface RequestsTables {
  workOrders: { id: string };
  /** PostgreSQL's view of its sessions (pg_catalog is on every search path). */
  pgStatActivity: { datname: string; waitEventType: string | null };
  outboxEvents: {
    id: string;
    entityType: 'WORK_ORDER' | 'SERVICE_REQUEST';
    entityId: string;
    serviceRequestId: string;
    type: string;
  };
}

type OutboxRow = RequestsTables['outboxEvents'];

/** How long a test waits for the gateway to reach a state before it fails. */
const SETTLE_TIMEOUT_MS = 20_000;

/** A seeded stack, a supervisor who changes work, a dispatcher who watches it. */
export class LiveCity {
  private readonly connections: LiveConnection[] = [];

  private constructor(
    readonly stack: RunningStack,
    /** May assign, start, note and re-prioritise any work, and file requests. */
    readonly supervisor: Record<string, string>,
    /** The subscribers' principal. */
    readonly dispatcher: Record<string, string>,
  ) {}

  static async start(options: Partial<SeededStackOptions> = {}): Promise<LiveCity> {
    const stack = await startSeededStack({
      city: { seed: 8, requests: 120, now: new Date('2026-11-20T15:00:00Z') },
      ...options,
    });
    try {
      const supervisor = await signInAs(stack.url, 'SUPERVISOR');
      const dispatcher = await signInAs(stack.url, 'DISPATCHER');
      return new LiveCity(stack, supervisor, dispatcher);
    } catch (error) {
      await stack.close();
      throw error;
    }
  }

  /** A GraphQL request over HTTP; its data, or a thrown error naming what went wrong. */
  async query<T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    return graphData<T>(`${this.stack.url}/graphql`, query, variables, headers);
  }

  /**
   * A graphql-ws connection as the dispatcher, resuming from `lastEventId` if given;
   * `closeConnections()` closes it if the test does not.
   */
  connect(lastEventId?: string): LiveConnection {
    const connection = new LiveConnection({
      origin: this.stack.url,
      connectionParams: {
        authorization: this.dispatcher.authorization,
        ...(lastEventId ? { lastEventId } : {}),
      },
    });
    this.connections.push(connection);
    return connection;
  }

  /** Closes every connection opened, and waits until the gateway has let them all go. */
  async closeConnections() {
    await Promise.all(this.connections.splice(0).map((c) => c.close()));
    await this.until(() => this.realtime.stats().groups === 0, 'the subscriptions to end');
  }

  /** The newest id in the outbox (a resume position that delivers only what follows). */
  async newestEventId(): Promise<string> {
    const row = await this.database()
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.max('id').as('newest'))
      .executeTakeFirst();
    return String(row?.newest ?? '0');
  }

  /** The ids of the outbox's events after `after`, in order, of the kind asked for. */
  async eventIdsAfter(
    after: string,
    where: Partial<Omit<OutboxRow, 'id'>> = {},
  ): Promise<string[]> {
    let select = this.database()
      .selectFrom('outboxEvents')
      .select('id')
      .where('id', '>', after)
      .orderBy('id');
    for (const [column, value] of Object.entries(where)) {
      select = select.where(column as keyof OutboxRow, '=', value);
    }
    return (await select.execute()).map((row) => String(row.id));
  }

  /**
   * Waits until the gateway holds `count` subscriptions and its feed has read all the
   * outbox holds: every change made from then on reaches them.
   */
  async untilSubscribed(count: number): Promise<void> {
    await this.until(async () => {
      const stats = this.realtime.stats();
      return stats.subscribers === count && stats.feed.newest === (await this.newestEventId());
    }, `${count} subscriptions`);
  }

  /** Polls a condition of the gateway's state; fails after a generous deadline. */
  async until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The gateway's subscriptions: counters, the feed's, the LISTEN backend. */
  get realtime() {
    const { realtime } = this.stack.gateway;
    if (!realtime) throw new Error('the stack runs without real time');
    return realtime;
  }

  /** Ends the gateway's LISTEN connection from the server side, as a restart would. */
  async terminateListener(): Promise<number> {
    const pid = this.realtime.listenerPid();
    if (pid === null) throw new Error('the gateway is not listening');
    await this.database()
      .selectNoFrom((eb) => eb.fn<boolean>('pg_terminate_backend', [eb.val(pid)]).as('ended'))
      .execute();
    return pid;
  }

  /**
   * Starts `change` of a work order while the test holds its row locked, runs `meanwhile`
   * once the change waits for the row, then lets it commit: what `meanwhile` does
   * happens before the change commits, and the commit follows within milliseconds.
   */
  async whileChangeWaits<T>(
    work: WorkHandle,
    change: (work: WorkHandle) => Promise<T>,
    meanwhile: () => Promise<unknown>,
  ): Promise<T> {
    let changing!: Promise<T>;
    await this.database()
      .transaction()
      .execute(async (trx) => {
        await trx
          .selectFrom('workOrders')
          .select('id')
          .where('id', '=', work.id)
          .forUpdate()
          .execute();
        changing = change(work);
        // Awaited below, after the lock is released; rejections are not lost meanwhile.
        changing.catch(() => {});
        await this.until(
          async () => (await this.sessionsWaitingForLocks()) > 0,
          'the change to wait',
        );
        await meanwhile();
      });
    return await changing;
  }

  private async sessionsWaitingForLocks(): Promise<number> {
    const waiting = await this.database()
      .selectFrom('pgStatActivity')
      .select((eb) => eb.fn.countAll<string>().as('sessions'))
      .where((eb) => eb('datname', '=', eb.fn<string>('current_database')))
      .where('waitEventType', '=', 'Lock')
      .executeTakeFirstOrThrow();
    return Number(waiting.sessions);
  }

  /** Open work orders (up to 100), as handles the supervisor changes them through. */
  async openWork(filter: Record<string, unknown> = {}): Promise<WorkHandle[]> {
    const { workOrders } = await this.query<{
      workOrders: { edges: Array<{ node: WorkState }> };
    }>(
      this.supervisor,
      `query ($filter: WorkOrderFilter) {
        workOrders(first: 100, filter: $filter) {
          edges { node { id version status priority assetId serviceRequest { id } } }
        }
      }`,
      { filter: { open: true, ...filter } },
    );
    return workOrders.edges.map((edge) => new WorkHandle(this, edge.node));
  }

  /**
   * Files a request by phone, as the supervisor, at `location` (which decides its
   * district), for a service that asks no required questions; its id and its work.
   */
  async fileRequest(location: { lon: number; lat: number }) {
    const { services } = await this.query<{
      services: Array<{ code: string; attributes: Array<{ required: boolean }> }>;
    }>(this.supervisor, '{ services { code attributes { required } } }');
    const service = services.find((s) => s.attributes.every((a) => !a.required));
    if (!service) throw new Error('every service asks a required question');
    const { createServiceRequest: filed } = await this.query<{
      createServiceRequest: { id: string; workOrder: WorkState };
    }>(
      this.supervisor,
      `mutation ($input: CreateServiceRequestInput!) {
        createServiceRequest(input: $input) {
          id workOrder { id version status priority assetId serviceRequest { id } }
        }
      }`,
      {
        input: {
          serviceCode: service.code,
          location,
          address: '200 W Washington St',
          description: 'Taken by phone for the real-time tests',
          channel: 'PHONE',
        },
      },
    );
    return { id: filed.id, work: new WorkHandle(this, filed.workOrder) };
  }

  /** Places in the city with their council districts, from the seeded requests. */
  async places(): Promise<Array<{ district: number; location: { lon: number; lat: number } }>> {
    const { serviceRequests } = await this.query<{
      serviceRequests: {
        edges: Array<{ node: { district: number | null; location: { lon: number; lat: number } } }>;
      };
    }>(
      this.supervisor,
      '{ serviceRequests(first: 50) { edges { node { district location { lon lat } } } } }',
    );
    return serviceRequests.edges.flatMap(({ node }) =>
      node.district === null ? [] : [{ district: node.district, location: node.location }],
    );
  }

  async close() {
    await this.stack.close();
  }

  private database() {
    const requests = this.stack.subgraphs.find((s) => s.name === 'requests');
    return (requests as unknown as RunningSubgraph<RequestsTables>).db;
  }
}

interface WorkState {
  id: string;
  version: number;
  status: string;
  priority: string;
  assetId: string | null;
  serviceRequest: { id: string };
}

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;

/** One work order, changed by the supervisor; it keeps the version each change returns. */
export class WorkHandle {
  constructor(
    private readonly city: LiveCity,
    private state: WorkState,
  ) {}

  get id() {
    return this.state.id;
  }

  get assetId() {
    return this.state.assetId;
  }

  get serviceRequestId() {
    return this.state.serviceRequest.id;
  }

  /** Moves the priority to the next one (an event with action PRIORITY). */
  changePriority() {
    const next = PRIORITIES[(PRIORITIES.indexOf(this.state.priority as never) + 1) % 4]!;
    return this.change('changeWorkOrderPriority', { priority: next });
  }

  addNote(body: string) {
    return this.change('addWorkOrderNote', { body, visibility: 'INTERNAL' });
  }

  /** To a member of one of its department's crews (their crew comes along): ASSIGNED. */
  async assign() {
    const { workOrder } = await this.city.query<{
      workOrder: {
        department: { crews: Array<{ members: Array<{ id: string; active: boolean }> }> };
      };
    }>(
      this.city.supervisor,
      'query ($id: ID) { workOrder(id: $id) { department { crews { members { id active } } } } }',
      { id: this.id },
    );
    const member = workOrder.department.crews.flatMap((crew) => crew.members).find((m) => m.active);
    if (!member) throw new Error(`no active crew member for work order ${this.id}`);
    return this.change('assignWorkOrder', { assigneeId: member.id });
  }

  start() {
    return this.change('startWorkOrder', {});
  }

  private async change(mutation: string, input: Record<string, unknown>) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const data = await this.city.query<Record<string, { workOrder: Omit<WorkState, 'id'> }>>(
      this.city.supervisor,
      `mutation ($input: ${inputType}!) {
        ${mutation}(input: $input) {
          workOrder { version status priority assetId serviceRequest { id } }
        }
      }`,
      { input: { id: this.id, expectedVersion: this.state.version, ...input } },
    );
    this.state = { id: this.id, ...data[mutation]!.workOrder };
    return this.state;
  }
}
