import { accountsSubgraph } from '@civicgraph/accounts';
import { accountsDemoSeed } from '@civicgraph/accounts/demo-seed';
import type { CrewSeed, ServiceSeed, StaffSeed } from '@civicgraph/demo-city';
import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import { type Caller, peerGraph } from '@civicgraph/platform';
import { type GraphQLResponse, TEST_SECRETS } from '@civicgraph/platform/testing';
import type { RequestsDatabase } from '../src/db/database';
import { requestsDemoSeed } from '../src/db/demo-seed';
import type { WorkOrder } from '../src/db/work-order.table';
import { requestsSubgraph } from '../src/index';
import { systemActor } from '../src/lifecycle/actor';
import { createWorkOrder, insertServiceRequest } from '../src/lifecycle/create';
import { writeRequests } from '../src/lifecycle/requests-write';
import type { LifecycleContext } from '../src/lifecycle/work-order-commands';
import { NOW } from './harness';

/**
 * Requests with accounts beside it, both seeded from the same demo city (same seed,
 * clock and size), so the staff, crews and departments requests points at exist there:
 * assignments and the field worker's crew rule read them through the graph.
 */
export interface LifecycleHarness {
  requests: DemoSubgraph<RequestsDatabase>;
  accounts: Awaited<ReturnType<typeof startAccounts>>;
  /** Who's who in one department with two crews, and in another department. */
  people: People;
  /** What the lifecycle functions need, as `caller`, for driving them directly. */
  contextFor(caller: Caller): LifecycleContext;
  /** A NEW work order on a new request of the people's service. */
  newWorkOrder(): Promise<WorkOrder>;
  /** `count` of them, written in one transaction. */
  newWorkOrders(count: number): Promise<WorkOrder[]>;
  /** Sends `name(input: $input) { workOrder { id status version } }` as `caller`. */
  mutate(
    name: string,
    input: Record<string, unknown>,
    caller: Caller,
  ): Promise<
    GraphQLResponse<Record<string, { workOrder: { id: string; status: string; version: number } }>>
  >;
  /** What was written about a work order: audit entries (action:version), events, notes. */
  writtenFor(workOrderId: string): Promise<{ entries: string[]; events: number; notes: number }>;
  close(): Promise<void>;
}

export interface People {
  service: ServiceSeed;
  resolutionCode: string;
  crew: CrewSeed;
  otherCrew: CrewSeed;
  /** Field workers: two of `crew`, one of `otherCrew`, one of another department. */
  worker: StaffSeed;
  crewMate: StaffSeed;
  otherCrewWorker: StaffSeed;
  foreignWorker: StaffSeed;
  foreignCrew: CrewSeed;
  supervisor: StaffSeed;
  dispatcher: StaffSeed;
}

export function asStaff(person: StaffSeed): Caller {
  return { kind: 'staff', id: person.id, roles: [person.role] };
}

function startAccounts(city: { seed: number; now: Date; requests: number }) {
  return startDemoSubgraph(accountsSubgraph, accountsDemoSeed, city);
}

export async function startLifecycleHarness(requests = 40): Promise<LifecycleHarness> {
  const city = { seed: 20261129, now: NOW, requests };
  const accounts = await startAccounts(city);
  const peerUrls = { accounts: accounts.running.url };
  const requestsHarness = await startDemoSubgraph(requestsSubgraph, requestsDemoSeed, city, {
    peerUrls,
  });
  const generated = requestsHarness.city;
  const service = generated.services.find((s) => s.code === 'POTHOLE')!;
  const crews = generated.crews.filter((c) => c.departmentId === service.departmentId);
  const inCrew = (crew: CrewSeed) =>
    generated.staff.filter((s) => s.crewId === crew.id && s.role === 'FIELD_WORKER');
  const foreignCrew = generated.crews.find((c) => c.departmentId !== service.departmentId)!;
  const ofDepartment = (role: StaffSeed['role']) =>
    generated.staff.find((s) => s.departmentId === service.departmentId && s.role === role)!;
  const people: People = {
    service,
    resolutionCode: service.resolutionCodes[0]!.code,
    crew: crews[0]!,
    otherCrew: crews[1]!,
    worker: inCrew(crews[0]!)[0]!,
    crewMate: inCrew(crews[0]!)[1]!,
    otherCrewWorker: inCrew(crews[1]!)[0]!,
    foreignWorker: inCrew(foreignCrew)[0]!,
    foreignCrew,
    supervisor: ofDepartment('SUPERVISOR'),
    dispatcher: ofDepartment('DISPATCHER'),
  };
  const peers = peerGraph(peerUrls, TEST_SECRETS.callerSigning);
  const { db } = requestsHarness;
  const newWorkOrders = async (count: number) => {
    const serviceRow = await db
      .selectFrom('services')
      .selectAll()
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow();
    return writeRequests(db, systemActor('test-fixture'), async (write) => {
      const created: WorkOrder[] = [];
      for (let i = 0; i < count; i++) {
        const request = await insertServiceRequest(write, {
          serviceId: service.id,
          channel: 'PHONE',
          description: 'Pothole in the right lane',
          locale: 'en',
          lon: -112.07,
          lat: 33.45,
          address: '100 W Washington St',
          district: 7,
        });
        created.push(await createWorkOrder(write, { request, service: serviceRow }));
      }
      return created;
    });
  };
  return {
    requests: requestsHarness,
    accounts,
    people,
    contextFor: (caller) => ({ db, caller, peers }),
    newWorkOrder: async () => (await newWorkOrders(1))[0]!,
    newWorkOrders,
    mutate: (name, input, caller) =>
      requestsHarness.queryAs(
        caller,
        `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) {
          ${name}(input: $input) { workOrder { id status version } }
        }`,
        { input },
      ),
    writtenFor: async (workOrderId) => {
      const entries = await db
        .selectFrom('changeLog')
        .select(['action', 'version'])
        .where('entityId', '=', workOrderId)
        .orderBy('version')
        .execute();
      const events = await db
        .selectFrom('outboxEvents')
        .select('entityVersion')
        .where('entityId', '=', workOrderId)
        .execute();
      const notes = await db
        .selectFrom('notes')
        .select('id')
        .where('workOrderId', '=', workOrderId)
        .execute();
      return {
        entries: entries.map((e) => `${e.action}:${e.version}`),
        events: events.length,
        notes: notes.length,
      };
    },
    close: async () => {
      await requestsHarness.close();
      await accounts.close();
    },
  };
}
