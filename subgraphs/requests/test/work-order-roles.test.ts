import { ANONYMOUS, type Caller, type Permission, permits } from '@civicgraph/platform';
import { partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkOrderStatus } from '../src/db/work-order.table';
import {
  assignWorkOrder,
  completeWorkOrder,
  holdWorkOrder,
  startWorkOrder,
} from '../src/lifecycle/work-order-commands';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness();
});
afterAll(() => h?.close());

/** Who asks: each role, field workers by how the work is assigned, a partner, nobody. */
interface RoleCase {
  name: string;
  caller: () => Caller;
  /** A field worker's relation to the work: it is assigned to `worker` and `crew`. */
  fieldWork?: 'own' | 'crew' | 'other';
}

const CALLERS: RoleCase[] = [
  { name: 'ADMIN', caller: () => staffCaller('ADMIN') },
  { name: 'SUPERVISOR', caller: () => asStaff(h.people.supervisor) },
  { name: 'DISPATCHER', caller: () => asStaff(h.people.dispatcher) },
  { name: 'FIELD_WORKER (own)', caller: () => asStaff(h.people.worker), fieldWork: 'own' },
  { name: 'FIELD_WORKER (crew)', caller: () => asStaff(h.people.crewMate), fieldWork: 'crew' },
  {
    name: 'FIELD_WORKER (other crew)',
    caller: () => asStaff(h.people.otherCrewWorker),
    fieldWork: 'other',
  },
  { name: 'ANALYST', caller: () => staffCaller('ANALYST') },
  {
    name: 'partner with every scope',
    caller: () =>
      partnerCaller([
        'catalog:read',
        'requests:read',
        'requests:write',
        'data:read',
        'residents:act',
      ]),
  },
  { name: 'anonymous', caller: () => ANONYMOUS },
];

interface MutationCase {
  name: string;
  permission: Permission;
  /** The own/crew rule of field work applies. */
  fieldWork: boolean;
  /** The state it starts from, so that an allowed caller succeeds. */
  from: WorkOrderStatus;
  input: (id: string, expectedVersion: number) => Record<string, unknown>;
}

const code = () => h.people.resolutionCode;
const at = (id: string, expectedVersion: number) => ({ id, expectedVersion });

const MUTATIONS: MutationCase[] = [
  {
    name: 'assignWorkOrder',
    permission: 'work-orders.assign',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ ...at(id, v), crewId: h.people.otherCrew.id }),
  },
  {
    name: 'bulkAssignWorkOrders',
    permission: 'work-orders.assign',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ items: [at(id, v)], crewId: h.people.otherCrew.id }),
  },
  {
    name: 'changeWorkOrderPriority',
    permission: 'work-orders.assign',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ ...at(id, v), priority: 'URGENT' }),
  },
  {
    name: 'startWorkOrder',
    permission: 'work-orders.work',
    fieldWork: true,
    from: 'ASSIGNED',
    input: at,
  },
  {
    name: 'holdWorkOrder',
    permission: 'work-orders.work',
    fieldWork: true,
    from: 'IN_PROGRESS',
    input: (id, v) => ({ ...at(id, v), reason: 'Waiting for parts' }),
  },
  {
    name: 'resumeWorkOrder',
    permission: 'work-orders.work',
    fieldWork: true,
    from: 'ON_HOLD',
    input: at,
  },
  {
    name: 'completeWorkOrder',
    permission: 'work-orders.work',
    fieldWork: true,
    from: 'IN_PROGRESS',
    input: (id, v) => ({ ...at(id, v), resolutionCode: code(), note: 'Done' }),
  },
  {
    name: 'closeWorkOrder',
    permission: 'work-orders.supervise',
    fieldWork: false,
    from: 'COMPLETED',
    input: (id, v) => ({ ...at(id, v), resolutionCode: code(), note: 'Checked' }),
  },
  {
    name: 'cancelWorkOrder',
    permission: 'work-orders.supervise',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ ...at(id, v), reason: 'Reported twice' }),
  },
  {
    name: 'reopenWorkOrder',
    permission: 'work-orders.supervise',
    fieldWork: false,
    from: 'COMPLETED',
    input: (id, v) => ({ ...at(id, v), note: 'Not fixed' }),
  },
  {
    name: 'addWorkOrderNote',
    permission: 'requests.notes.write',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ ...at(id, v), body: 'Cones placed', visibility: 'INTERNAL' }),
  },
  {
    name: 'splitWorkOrder',
    permission: 'requests.triage',
    fieldWork: false,
    from: 'ASSIGNED',
    input: (id, v) => ({ ...at(id, v), summary: 'Repaint the markings' }),
  },
];

/** A work order assigned to `worker` of `crew`, moved on to `status`; its version. */
async function workOrderIn(status: WorkOrderStatus) {
  const { people } = h;
  const ctx = h.contextFor(asStaff(people.supervisor));
  const wo = await h.newWorkOrder();
  let version = 1;
  const next = () => ({ id: wo.id, expectedVersion: version++ });
  await assignWorkOrder(ctx, next(), { crewId: people.crew.id, assigneeId: people.worker.id });
  if (status !== 'ASSIGNED') await startWorkOrder(ctx, next());
  if (status === 'ON_HOLD') await holdWorkOrder(ctx, next(), 'Rain');
  if (status === 'COMPLETED') {
    await completeWorkOrder(ctx, next(), { resolutionCode: code(), note: 'Done' });
  }
  return { id: wo.id, version };
}

function expectedOutcome(role: RoleCase, mutation: MutationCase, caller: Caller) {
  if (caller.kind === 'anonymous') return 'UNAUTHENTICATED';
  if (!permits(caller, mutation.permission)) return 'FORBIDDEN';
  if (mutation.fieldWork && role.fieldWork === 'other') return 'FORBIDDEN';
  return 'APPLIED';
}

describe.each(CALLERS)('as $name', (role) => {
  it.each(MUTATIONS)('$name follows its rule ($permission)', async (mutation) => {
    const caller = role.caller();
    const { id, version } = await workOrderIn(mutation.from);
    const typeName = `${mutation.name[0]!.toUpperCase()}${mutation.name.slice(1)}Input`;
    const result = await h.requests.queryAs<Record<string, unknown>>(
      caller,
      `mutation ($input: ${typeName}!) { ${mutation.name}(input: $input) { __typename } }`,
      { input: mutation.input(id, version) },
    );
    const expected = expectedOutcome(role, mutation, caller);
    const after = await h.requests.db
      .selectFrom('workOrders')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (expected === 'APPLIED') {
      expect(result.errors).toBeUndefined();
      expect(after.version).toBe(version + 1);
      return;
    }
    expect(result.data?.[mutation.name] ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
    if (mutation.fieldWork && role.fieldWork === 'other') {
      expect(result.errors?.[0]?.message).toMatch(/neither to you nor to your crew/);
    }
    expect(after.version).toBe(version);
  });
});
