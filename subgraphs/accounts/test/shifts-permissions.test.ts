import { ANONYMOUS, PERMISSIONS, permissionsOfRoles } from '@civicgraph/platform';
import { dataOf, errorCodes, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOnShift, type WeeklyShift } from '../src/shifts/on-shift';
import { demoLogin, login, partnerCaller } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;
beforeAll(async () => {
  subgraph = await startAccountsHarness();
});
afterAll(() => subgraph?.close());

const PHOENIX = 'America/Phoenix'; // UTC−7 all year
const dayShift = (weekday: number): WeeklyShift => ({
  weekday,
  startsAt: '07:00:00',
  endsAt: '15:30:00',
  timeZone: PHOENIX,
});
// Wednesday 2026-11-25 in Phoenix.
const phoenix = (localDateTime: string) => new Date(`${localDateTime}-07:00`);

describe('isOnShift', () => {
  const weekdays = [1, 2, 3, 4, 5].map(dayShift);

  it('counts from the start (inclusive) to the end (exclusive), in the shift’s zone', () => {
    expect(isOnShift(weekdays, phoenix('2026-11-25T06:59:59'))).toBe(false);
    expect(isOnShift(weekdays, phoenix('2026-11-25T07:00:00'))).toBe(true);
    expect(isOnShift(weekdays, phoenix('2026-11-25T15:29:59'))).toBe(true);
    expect(isOnShift(weekdays, phoenix('2026-11-25T15:30:00'))).toBe(false);
    // Saturday: no shift that day.
    expect(isOnShift(weekdays, phoenix('2026-11-28T10:00:00'))).toBe(false);
    // 10:00 in Phoenix is 17:00 UTC: the zone decides, not the server's.
    expect(isOnShift(weekdays, new Date('2026-11-25T10:00:00Z'))).toBe(false);
  });

  it('runs a shift ending at or before its start into the next day, Sunday into Monday', () => {
    const sundayNight: WeeklyShift = {
      weekday: 7,
      startsAt: '22:00',
      endsAt: '06:30',
      timeZone: PHOENIX,
    };
    expect(isOnShift([sundayNight], phoenix('2026-11-29T23:00:00'))).toBe(true);
    expect(isOnShift([sundayNight], phoenix('2026-11-30T06:29:00'))).toBe(true);
    expect(isOnShift([sundayNight], phoenix('2026-11-30T06:30:00'))).toBe(false);
    expect(isOnShift([sundayNight], phoenix('2026-11-29T05:00:00'))).toBe(false);
    expect(isOnShift([sundayNight], phoenix('2026-11-30T23:00:00'))).toBe(false);
  });

  it('follows daylight saving time in zones that have it', () => {
    const newYork: WeeklyShift = { ...dayShift(3), timeZone: 'America/New_York' };
    // 07:30 local: 11:30 UTC in summer (EDT), 12:30 UTC in winter (EST).
    expect(isOnShift([newYork], new Date('2026-07-01T11:30:00Z'))).toBe(true);
    expect(isOnShift([newYork], new Date('2026-11-25T11:30:00Z'))).toBe(false);
    expect(isOnShift([newYork], new Date('2026-11-25T12:30:00Z'))).toBe(true);
  });

  it('is never on shift without a schedule', () => {
    expect(isOnShift([], phoenix('2026-11-25T10:00:00'))).toBe(false);
  });
});

describe('Staff.shifts and Staff.onShift', () => {
  const query = `query ($id: ID!, $at: DateTime) {
    staffMember(id: $id) { onShift(at: $at) shifts { weekday startsAt endsAt timeZone } }
  }`;

  it('gives the demo field worker office hours, and answers onShift at an instant', async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const as = staffCaller('DISPATCHER');
    const at = async (instant: string) =>
      dataOf(
        await subgraph.queryAs<{ staffMember: { onShift: boolean } }>(as, query, {
          id: worker.id,
          at: instant,
        }),
      ).staffMember.onShift;
    const answer = dataOf(
      await subgraph.queryAs<{ staffMember: { shifts: unknown[] } }>(as, query, {
        id: worker.id,
      }),
    );
    expect(answer.staffMember.shifts).toEqual(
      [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startsAt: '07:00',
        endsAt: '15:30',
        timeZone: PHOENIX,
      })),
    );
    expect(await at('2026-11-25T10:00:00-07:00')).toBe(true);
    expect(await at('2026-11-25T16:00:00-07:00')).toBe(false);
    expect(await at('2026-11-28T10:00:00-07:00')).toBe(false);
  });

  it('seeds shifts for every field worker only, and leaves some off shift at every hour', async () => {
    const { city } = subgraph;
    const workers = city.staff.filter((s) => s.role === 'FIELD_WORKER');
    const withShifts = new Set(city.shifts.map((s) => s.staffId));
    expect(workers.every((w) => withShifts.has(w.id))).toBe(true);
    expect(withShifts.size).toBe(workers.length);
    const byWorker = workers.map((w) => city.shifts.filter((s) => s.staffId === w.id));
    // Every hour of a week: someone off; and on weekday mornings, most on.
    for (let hour = 0; hour < 7 * 24; hour++) {
      const instant = new Date(phoenix('2026-11-23T00:30:00').getTime() + hour * 3_600_000);
      const on = byWorker.filter((shifts) => isOnShift(shifts, instant)).length;
      expect(on, instant.toISOString()).toBeLessThan(workers.length);
    }
    const tuesdayMorning = byWorker.filter((s) =>
      isOnShift(s, phoenix('2026-11-24T10:00:00')),
    ).length;
    expect(tuesdayMorning).toBeGreaterThan(workers.length / 2);
    const rows = await subgraph.db.selectFrom('staffShifts').select('staffId').execute();
    expect(rows).toHaveLength(city.shifts.length);
  });

  it('is refused to partners and to anyone not signed in', async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const partner = await subgraph.queryAs(partnerCaller(['catalog:read']), query, {
      id: worker.id,
    });
    expect(errorCodes(partner)).toContain('FORBIDDEN');
    const anonymous = await subgraph.queryAs(ANONYMOUS, query, { id: worker.id });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');
  });
});

describe('Staff.permissions', () => {
  const ME = '{ me { id permissions } }';
  const OF = 'query ($id: ID!) { staffMember(id: $id) { id permissions } }';

  it('tells each role on `me` exactly what it may do', async () => {
    for (const role of ['FIELD_WORKER', 'DISPATCHER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] as const) {
      const self = demoLogin(subgraph.city, role);
      const answer = await subgraph.queryAs<{ me: { permissions: string[] } }>(
        staffCaller(role, self.id),
        ME,
      );
      expect(dataOf(answer).me.permissions, role).toEqual(permissionsOfRoles([role]));
    }
    const worker = permissionsOfRoles(['FIELD_WORKER']);
    expect(worker).toContain('work-orders.work');
    expect(worker).toContain('catalog.read');
    expect(worker).not.toContain('work-orders.assign');
    expect(worker).not.toContain('work-orders.supervise');
    expect(permissionsOfRoles(['SUPERVISOR'])).toContain('work-orders.supervise');
    expect(permissionsOfRoles(['ADMIN'])).toContain('staff.manage');
    // In the table's order, each once.
    const order = Object.keys(PERMISSIONS);
    expect(worker).toEqual([...worker].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('comes with a sign-in, for the person who just signed in', async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const answer = await subgraph.queryAs<{ login: { staff: { permissions: string[] } } }>(
      ANONYMOUS,
      `mutation ($input: LoginInput!) { login(input: $input) { staff { permissions } } }`,
      { input: { email: worker.email, password: 'civicgraph-demo' } },
    );
    expect(dataOf(answer).login.staff.permissions).toEqual(permissionsOfRoles(['FIELD_WORKER']));
    // The helper's own sign-in still works beside it.
    expect((await login(subgraph, worker.email, 'civicgraph-demo')).errors).toBeUndefined();
  });

  it("is another person's to read only for staff.manage holders", async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const admin = await subgraph.queryAs<{ staffMember: { permissions: string[] } }>(
      staffCaller('ADMIN'),
      OF,
      { id: worker.id },
    );
    expect(dataOf(admin).staffMember.permissions).toEqual(permissionsOfRoles(['FIELD_WORKER']));
    for (const role of ['SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER', 'ANALYST'] as const) {
      const other = demoLogin(subgraph.city, role === 'FIELD_WORKER' ? 'ANALYST' : 'FIELD_WORKER');
      const refused = await subgraph.queryAs<{ staffMember: unknown }>(
        staffCaller(role, demoLogin(subgraph.city, role).id),
        OF,
        { id: other.id },
      );
      expect(refused.errors?.[0]?.extensions, role).toMatchObject({
        code: 'FORBIDDEN',
        field: 'Staff.permissions',
      });
      expect(refused.data?.staffMember ?? null).toBeNull();
    }
    const partner = await subgraph.queryAs(partnerCaller(['requests:read']), OF, { id: worker.id });
    expect(errorCodes(partner)).toContain('FORBIDDEN');
    const anonymous = await subgraph.queryAs<{ me: unknown }>(ANONYMOUS, ME);
    expect(dataOf(anonymous).me).toBeNull();
  });

  it('is empty for a deactivated person', async () => {
    const target = subgraph.city.staff.find(
      (s) => s.role === 'DISPATCHER' && s.demoPassword === null,
    )!;
    dataOf(
      await subgraph.query(
        'mutation ($input: DeactivateStaffInput!) { deactivateStaff(input: $input) { staff { id } } }',
        { input: { staffId: target.id } },
      ),
    );
    const answer = await subgraph.queryAs<{ staffMember: { permissions: string[] } }>(
      staffCaller('ADMIN'),
      OF,
      { id: target.id },
    );
    expect(dataOf(answer).staffMember.permissions).toEqual([]);
  });
});
