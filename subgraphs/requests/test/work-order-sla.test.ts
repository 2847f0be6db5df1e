import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  type EntityCase,
  entitiesOutcome,
  expectedEntitiesOutcome,
  expectedRootOutcome,
  type RootFieldCase,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;
beforeAll(async () => {
  h = await startRequestsHarness(40);
});
afterAll(() => h?.close());

const SLA_QUERY = `query ($id: ID) { workOrder(id: $id) { dueAt sla { hours businessHours } } }`;

async function serviceOf(code: string) {
  return h.db.selectFrom('services').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
}

async function workOrderOf(serviceId: string) {
  return h.db
    .selectFrom('workOrders')
    .selectAll()
    .where('serviceId', '=', serviceId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('WorkOrder.sla', () => {
  it('shows the SLA the work order was created under, business hours or not', async () => {
    for (const code of ['SIDEWALK_DAMAGE', 'POTHOLE']) {
      const service = await serviceOf(code);
      const workOrder = await workOrderOf(service.id);
      const result = await h.query<{
        workOrder: { dueAt: string; sla: { hours: number; businessHours: boolean } };
      }>(SLA_QUERY, { id: workOrder.id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.workOrder.sla).toEqual({
        hours: workOrder.slaHours,
        businessHours: workOrder.slaBusinessHours,
      });
      expect(result.data!.workOrder.sla).toEqual({
        hours: service.slaHours,
        businessHours: service.slaBusinessHours,
      });
    }
  });

  it("keeps the work order's own SLA when the service's changes, and falls back to the service's when it has none", async () => {
    const service = await serviceOf('GRAFFITI');
    const [kept, unset] = await h.db
      .selectFrom('workOrders')
      .select('id')
      .where('serviceId', '=', service.id)
      .orderBy('id')
      .limit(2)
      .execute();
    await h.db
      .updateTable('services')
      .set({ slaHours: 96, slaBusinessHours: true })
      .where('id', '=', service.id)
      .execute();
    await h.db
      .updateTable('workOrders')
      .set({ slaHours: null })
      .where('id', '=', unset!.id)
      .execute();
    const read = async (id: string) =>
      (
        await h.query<{ workOrder: { sla: { hours: number; businessHours: boolean } } }>(
          SLA_QUERY,
          { id },
        )
      ).data!.workOrder.sla;
    expect(await read(kept!.id)).toEqual({ hours: service.slaHours, businessHours: false });
    expect(await read(unset!.id)).toEqual({ hours: 96, businessHours: true });
  });
});

describe('cityCalendar', () => {
  it("gives the city's time zone, business hours and holidays as the SLA clock counts them", async () => {
    const result = await h.query<{
      cityCalendar: {
        timeZone: string;
        businessHours: { days: number[]; start: string; end: string };
        holidays: string[];
      };
    }>('{ cityCalendar { timeZone businessHours { days start end } holidays } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.cityCalendar).toMatchObject({
      timeZone: 'America/Phoenix',
      businessHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
    });
    expect(result.data!.cityCalendar.holidays).toContain('2026-11-26');
  });
});

const CALENDAR: RootFieldCase = {
  field: 'cityCalendar',
  permission: 'catalog.read',
  document: '{ cityCalendar { timeZone businessHours { days } holidays } }',
};

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it('reads cityCalendar with catalog.read', async () => {
    const outcome = await rootFieldOutcome(h, caller, CALENDAR);
    const expected = expectedRootOutcome(caller, CALENDAR);
    // The city is cached per pool, so an allowed read may run no SQL; a refused one never does.
    expect({ ...outcome, ranSql: outcome.ranSql && !expected.ranSql }).toEqual({
      ...expected,
      ranSql: false,
    });
  });

  it('reads WorkOrder.sla only with work-orders.read', async () => {
    const workOrder = await workOrderOf((await serviceOf('POTHOLE')).id);
    const cases: EntityCase[] = [
      {
        representation: { __typename: 'WorkOrder', id: workOrder.id },
        selection: 'sla { hours businessHours }',
        permission: 'work-orders.read',
      },
    ];
    expect(await entitiesOutcome(h, caller, cases)).toEqual(expectedEntitiesOutcome(caller, cases));
    if (caller.kind === 'anonymous' || caller.kind === 'partner') {
      expect(permits(caller, 'work-orders.read')).toBe(false);
    }
  });
});
