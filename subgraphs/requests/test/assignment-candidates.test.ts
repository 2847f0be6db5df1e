import { ANONYMOUS, type Caller, distanceMeters } from '@civicgraph/platform';
import { dataOf, errorCodes, partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AssignmentCandidate,
  rankCandidates,
  type StaffAvailability,
} from '../src/dispatch/assignment-candidates';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

interface Candidate {
  crew: { id: string };
  staff: { id: string } | null;
  availability: StaffAvailability;
  openWorkOrders: number;
  distanceMeters: number | null;
}

const CANDIDATES = `query ($id: ID!, $first: Int) {
  workOrder(id: $id) {
    assignmentCandidates(first: $first) {
      crew { id } staff { id } availability openWorkOrders distanceMeters
    }
  }
}`;

/** Phoenix keeps UTC−7 all year. Wednesday 2 December 2026. */
const phoenix = (local: string) => new Date(`${local}-07:00`);
const WEDNESDAY_10 = phoenix('2026-12-02T10:00:00');
const WEDNESDAY_16 = phoenix('2026-12-02T16:00:00');
const THURSDAY_10 = phoenix('2026-12-03T10:00:00');

// No generated requests: every work order here is the test's own.
let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness(0);
});
afterAll(() => h?.close());
afterEach(() => {
  vi.useRealTimers();
});

/** Runs the rest of the test with the clock (Date only; timers keep running) at `at`. */
function clockAt(at: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

async function candidatesOf(workOrderId: string, caller: Caller, first?: number) {
  const answer = await h.requests.queryAs<{
    workOrder: { assignmentCandidates: Candidate[] };
  }>(caller, CANDIDATES, { id: workOrderId, first });
  return dataOf(answer).workOrder.assignmentCandidates;
}

/** Moves a work order (written by the harness at one point) to another place. */
async function placeAt(id: string, lon: number, lat: number) {
  await h.requests.db.updateTable('workOrders').set({ lon, lat }).where('id', '=', id).execute();
}

describe('rankCandidates', () => {
  const candidate = (
    name: string,
    availability: StaffAvailability,
    openWorkOrders: number,
    distance: number | null,
  ): AssignmentCandidate => ({
    crewId: 'c',
    staffId: name,
    name,
    availability,
    openWorkOrders,
    distanceMeters: distance,
  });

  it('puts AVAILABLE before BUSY before OFF_SHIFT, then fewer open, then nearer, unknown last', () => {
    const ranked = rankCandidates([
      candidate('off-near-idle', 'OFF_SHIFT', 0, 10),
      candidate('busy-idle', 'BUSY', 0, 10),
      candidate('free-loaded-near', 'AVAILABLE', 3, 10),
      candidate('free-idle-unknown', 'AVAILABLE', 0, null),
      candidate('free-idle-far', 'AVAILABLE', 0, 5000),
      candidate('free-idle-near', 'AVAILABLE', 0, 200),
      candidate('busy-loaded', 'BUSY', 2, 1),
    ]);
    expect(ranked.map((c) => c.name)).toEqual([
      'free-idle-near',
      'free-idle-far',
      'free-idle-unknown',
      'free-loaded-near',
      'busy-idle',
      'busy-loaded',
      'off-near-idle',
    ]);
  });

  it('breaks a full tie by name, so the order is stable', () => {
    const names = ['Chen', 'Abara', 'Baker'];
    const ranked = rankCandidates(names.map((n) => candidate(n, 'BUSY', 1, 100)));
    expect(ranked.map((c) => c.name)).toEqual(['Abara', 'Baker', 'Chen']);
  });
});

describe('WorkOrder.assignmentCandidates', () => {
  const WORK = { lon: -112.07, lat: 33.45 };
  const ELSEWHERE = { lon: -112.03, lat: 33.47 };
  let departmentWorkers: string[];
  let eveningWorker: string;

  beforeAll(async () => {
    const { city } = h.requests;
    const { people } = h;
    departmentWorkers = city.staff
      .filter((s) => s.departmentId === people.service.departmentId && s.role === 'FIELD_WORKER')
      .map((s) => s.id);
    eveningWorker = city.staff.find(
      (s) => s.crewId === people.otherCrew.id && s.id !== people.otherCrewWorker.id,
    )!.id;
    // The department's schedule, set here (accounts' own table, as an admin would):
    // three on days, one on evenings, everyone else without a schedule (off shift).
    await h.accounts.db
      .deleteFrom('staffShifts')
      .where('staffId', 'in', departmentWorkers)
      .execute();
    const weekdays = (staffId: string, startsAt: string, endsAt: string) =>
      [1, 2, 3, 4, 5].map((weekday) => ({
        staffId,
        weekday,
        startsAt,
        endsAt,
        timeZone: 'America/Phoenix',
      }));
    await h.accounts.db
      .insertInto('staffShifts')
      .values([
        ...weekdays(people.worker.id, '07:00', '15:30'),
        ...weekdays(people.crewMate.id, '07:00', '15:30'),
        ...weekdays(people.otherCrewWorker.id, '07:00', '15:30'),
        ...weekdays(eveningWorker, '15:00', '23:30'),
      ])
      .execute();
  });

  it('ranks the department’s crews and field workers by availability, workload and distance', async () => {
    const { people } = h;
    const dispatcher = asStaff(people.dispatcher);
    clockAt(WEDNESDAY_10);
    const [target, inProgress, queuedA, queuedB, done] = await h.newWorkOrders(5);
    const ids = { target: target!.id, inProgress: inProgress!.id, done: done!.id };
    await placeAt(ids.inProgress, ELSEWHERE.lon, ELSEWHERE.lat);
    await placeAt(ids.done, WORK.lon + 0.01, WORK.lat);
    // The worker is busy on work elsewhere; the other crew's worker has two queued and
    // finished one today, near the target.
    for (const [id, assigneeId] of [
      [ids.inProgress, people.worker.id],
      [queuedA!.id, people.otherCrewWorker.id],
      [queuedB!.id, people.otherCrewWorker.id],
      [ids.done, people.otherCrewWorker.id],
    ] as const) {
      dataOf(await h.mutate('assignWorkOrder', { id, expectedVersion: 1, assigneeId }, dispatcher));
    }
    const supervisor = asStaff(people.supervisor);
    dataOf(
      await h.mutate('startWorkOrder', { id: ids.inProgress, expectedVersion: 2 }, supervisor),
    );
    dataOf(await h.mutate('startWorkOrder', { id: ids.done, expectedVersion: 2 }, supervisor));
    dataOf(
      await h.mutate(
        'completeWorkOrder',
        { id: ids.done, expectedVersion: 3, resolutionCode: people.resolutionCode, note: 'ok' },
        supervisor,
      ),
    );

    const candidates = await candidatesOf(ids.target, dispatcher, 100);
    const crews = h.requests.city.crews.filter(
      (c) => c.departmentId === people.service.departmentId,
    );
    // Every crew once as a whole, every field worker of the department once.
    expect(
      candidates
        .filter((c) => c.staff === null)
        .map((c) => c.crew.id)
        .sort(),
    ).toEqual(crews.map((c) => c.id).sort());
    expect(candidates.flatMap((c) => (c.staff ? [c.staff.id] : [])).sort()).toEqual(
      [...departmentWorkers].sort(),
    );
    const of = (staffId: string | null, crewId?: string) =>
      candidates.find((c) =>
        staffId ? c.staff?.id === staffId : c.crew.id === crewId && !c.staff,
      );

    const nearDone = Math.round(distanceMeters(WORK.lon, WORK.lat, WORK.lon + 0.01, WORK.lat));
    const farInProgress = Math.round(
      distanceMeters(WORK.lon, WORK.lat, ELSEWHERE.lon, ELSEWHERE.lat),
    );
    expect(of(people.crewMate.id)).toEqual({
      crew: { id: people.crew.id },
      staff: { id: people.crewMate.id },
      availability: 'AVAILABLE',
      openWorkOrders: 0,
      distanceMeters: null,
    });
    expect(of(people.worker.id)).toMatchObject({
      availability: 'BUSY',
      openWorkOrders: 1,
      distanceMeters: farInProgress,
    });
    expect(of(people.otherCrewWorker.id)).toMatchObject({
      availability: 'AVAILABLE',
      openWorkOrders: 2,
      distanceMeters: nearDone,
    });
    expect(of(eveningWorker)).toMatchObject({ availability: 'OFF_SHIFT', openWorkOrders: 0 });
    // A crew is as available as its best person; its workload is the crew's open work.
    expect(of(null, people.crew.id)).toMatchObject({
      availability: 'AVAILABLE',
      openWorkOrders: 1,
      distanceMeters: farInProgress,
    });
    expect(of(null, people.otherCrew.id)).toMatchObject({
      availability: 'AVAILABLE',
      openWorkOrders: 2,
      distanceMeters: nearDone,
    });
    // Best first: the idle crew mate, then the two crews' loads, then the busy worker,
    // then everyone off shift.
    const order = candidates.map((c) => c.staff?.id ?? c.crew.id);
    expect(order.slice(0, 5)).toEqual([
      people.crewMate.id,
      people.crew.id,
      // Two open work orders each, at the same distance: by name.
      ...[
        { id: people.otherCrew.id, name: people.otherCrew.name },
        {
          id: people.otherCrewWorker.id,
          name: `${people.otherCrewWorker.givenName} ${people.otherCrewWorker.familyName}`,
        },
      ]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => c.id),
      people.worker.id,
    ]);
    expect(candidates.slice(5).every((c) => c.availability === 'OFF_SHIFT')).toBe(true);
    // `first` keeps the best.
    expect(await candidatesOf(ids.target, dispatcher, 2)).toEqual(candidates.slice(0, 2));

    // At 16:00 the day shift has gone home, busy or not, and the evening shift is on.
    clockAt(WEDNESDAY_16);
    const evening = await candidatesOf(ids.target, dispatcher, 100);
    expect(evening[0]).toMatchObject({ staff: { id: eveningWorker }, availability: 'AVAILABLE' });
    expect(evening.find((c) => c.staff?.id === people.worker.id)).toMatchObject({
      availability: 'OFF_SHIFT',
      openWorkOrders: 1,
    });
    expect(evening.find((c) => c.staff?.id === people.crewMate.id)?.availability).toBe('OFF_SHIFT');

    // The next morning, yesterday's finished work no longer says where anyone is.
    clockAt(THURSDAY_10);
    const thursday = await candidatesOf(ids.target, dispatcher, 100);
    expect(thursday.find((c) => c.staff?.id === people.otherCrewWorker.id)).toMatchObject({
      availability: 'AVAILABLE',
      openWorkOrders: 2,
      distanceMeters: null,
    });
    // Work in progress still does.
    expect(thursday.find((c) => c.staff?.id === people.worker.id)).toMatchObject({
      availability: 'BUSY',
      distanceMeters: farInProgress,
    });
  });

  it('reads the workload and whereabouts of every candidate in one statement', async () => {
    const wo = await h.newWorkOrder();
    h.requests.resetStatements();
    await candidatesOf(wo.id, asStaff(h.people.dispatcher), 100);
    const overWorkOrders = h.requests.statements.filter((s) => /"work_orders"/.test(s));
    // The work order itself, then the candidates' workload and whereabouts.
    expect(overWorkOrders).toHaveLength(2);
  });

  it('has none for finished work, and refuses a `first` out of range', async () => {
    const { people } = h;
    const dispatcher = asStaff(people.dispatcher);
    const wo = await h.newWorkOrder();
    dataOf(
      await h.mutate(
        'cancelWorkOrder',
        { id: wo.id, expectedVersion: 1, reason: 'dup' },
        asStaff(people.supervisor),
      ),
    );
    expect(await candidatesOf(wo.id, dispatcher)).toEqual([]);
    for (const first of [-1, 101]) {
      const answer = await h.requests.queryAs(dispatcher, CANDIDATES, { id: wo.id, first });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
  });

  it('is for those who assign: supervisors and dispatchers', async () => {
    const wo = await h.newWorkOrder();
    const query = `query ($id: ID!) { workOrder(id: $id) { id assignmentCandidates { availability } } }`;
    for (const role of ['SUPERVISOR', 'DISPATCHER'] as const) {
      const answer = await h.requests.queryAs<{
        workOrder: { assignmentCandidates: unknown[] };
      }>(staffCaller(role), query, { id: wo.id });
      expect(dataOf(answer).workOrder.assignmentCandidates.length, role).toBeGreaterThan(0);
    }
    for (const caller of [staffCaller('ANALYST'), asStaff(h.people.worker), staffCaller('ADMIN')]) {
      const refused = await h.requests.queryAs<{ workOrder: unknown }>(caller, query, {
        id: wo.id,
      });
      expect(refused.errors?.[0]?.extensions, JSON.stringify(caller)).toMatchObject({
        code: 'FORBIDDEN',
        field: 'WorkOrder.assignmentCandidates',
      });
      // The list is non-null: the refusal takes the work order with it, never a partial list.
      expect(refused.data?.workOrder ?? null).toBeNull();
    }
    // Partners and the anonymous do not see work orders at all.
    const partner = await h.requests.queryAs(partnerCaller(['requests:read']), query, {
      id: wo.id,
    });
    expect(errorCodes(partner)).toContain('FORBIDDEN');
    const anonymous = await h.requests.queryAs(ANONYMOUS, query, { id: wo.id });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');
  });
});
