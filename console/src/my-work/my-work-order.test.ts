import { describe, expect, it } from 'vitest';
import type { MyWorkOrder } from './my-work.graphql';
import { byDue, mergeMyWork, orderWork, withDistances } from './my-work-order';

function workOrder(number: string, overrides: Partial<MyWorkOrder> = {}): MyWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: `id-${number}`,
    number,
    summary: `Summary ${number}`,
    status: 'ASSIGNED',
    priority: 'NORMAL',
    dueAt: '2026-11-05T17:00:00Z',
    overdue: false,
    updatedAt: '2026-11-01T10:00:00Z',
    location: { __typename: 'GeoPoint', lon: -112.07, lat: 33.45 },
    service: { __typename: 'Service', id: 'svc', name: 'Pothole repair' },
    serviceRequest: { __typename: 'ServiceRequest', id: `sr-${number}`, address: '1 Main St' },
    assignee: null,
    crew: { __typename: 'Crew', id: 'crew-1', name: 'Streets North' },
    ...overrides,
  };
}

const me = { __typename: 'Staff' as const, id: 'me', name: 'Rosa Díaz' };
const colleague = { __typename: 'Staff' as const, id: 'other', name: 'Luis Ortega' };

describe('mergeMyWork', () => {
  it('keeps each work order once and says whose it is by its assignee', () => {
    const mineAndCrew = workOrder('WO-1', { assignee: me });
    const colleagues = workOrder('WO-2', { assignee: colleague });
    const unassigned = workOrder('WO-3');
    const merged = mergeMyWork('me', [mineAndCrew], [colleagues, mineAndCrew, unassigned]);
    expect(merged.map((item) => [item.workOrder.number, item.relation])).toEqual([
      ['WO-1', 'mine'],
      ['WO-2', 'crew'],
      ['WO-3', 'crew'],
    ]);
    expect(merged.every((item) => item.distanceMeters === null)).toBe(true);
  });

  it('leaves out work finished since the lists were fetched', () => {
    const merged = mergeMyWork(
      'me',
      [
        workOrder('WO-5', { assignee: me, status: 'COMPLETED' }),
        workOrder('WO-6', { assignee: me }),
      ],
      [workOrder('WO-7', { status: 'CANCELLED' }), workOrder('WO-8', { status: 'ON_HOLD' })],
    );
    expect(merged.map((item) => item.workOrder.number)).toEqual(['WO-6', 'WO-8']);
  });

  it('calls work in the "mine" list that has since gone to a colleague crew work', () => {
    // A refetch of one list can run ahead of the other: the assignee is the truth.
    const reassigned = workOrder('WO-4', { assignee: colleague });
    expect(mergeMyWork('me', [reassigned], [])[0]?.relation).toBe('crew');
  });
});

describe('orderWork', () => {
  const items = mergeMyWork(
    'me',
    [],
    [
      workOrder('WO-10', { dueAt: '2026-11-03T17:00:00Z' }),
      workOrder('WO-11', { dueAt: '2026-10-30T17:00:00Z', overdue: true }),
      workOrder('WO-12', { dueAt: '2026-11-02T17:00:00Z' }),
      workOrder('WO-13', { dueAt: '2026-10-31T17:00:00Z', overdue: true }),
      // Same due time as WO-12: the number decides, so the order never flickers.
      workOrder('WO-09', { dueAt: '2026-11-02T17:00:00Z' }),
    ],
  );

  it('puts overdue work first, then what is due soonest', () => {
    expect(orderWork(items, 'due').map((item) => item.workOrder.number)).toEqual([
      'WO-11',
      'WO-13',
      'WO-09',
      'WO-12',
      'WO-10',
    ]);
  });

  it('does not reorder what it is given', () => {
    const before = items.map((item) => item.workOrder.number);
    orderWork(items, 'due');
    expect(items.map((item) => item.workOrder.number)).toEqual(before);
  });

  it('sorts nearest first from a position, ties in the due order', () => {
    const here = { lon: -112.0, lat: 33.45 };
    const at = (lon: number) => ({ __typename: 'GeoPoint' as const, lon, lat: 33.45 });
    const placed = mergeMyWork(
      'me',
      [],
      [
        workOrder('WO-20', { location: at(-112.03) }),
        workOrder('WO-21', { location: at(-112.01) }),
        workOrder('WO-22', { location: at(-112.02), dueAt: '2026-11-09T17:00:00Z' }),
        workOrder('WO-23', { location: at(-112.02), dueAt: '2026-11-02T17:00:00Z' }),
      ],
    );
    const ordered = orderWork(withDistances(placed, here), 'distance');
    expect(ordered.map((item) => item.workOrder.number)).toEqual([
      'WO-21',
      'WO-23',
      'WO-22',
      'WO-20',
    ]);
    // 0.01° of longitude at 33.45° N is about 928 m.
    expect(ordered[0]?.distanceMeters).toBeGreaterThan(920);
    expect(ordered[0]?.distanceMeters).toBeLessThan(935);
  });

  it('without a position keeps no distances, and the distance order falls back to due', () => {
    const none = withDistances(items, null);
    expect(none.every((item) => item.distanceMeters === null)).toBe(true);
    expect(orderWork(none, 'distance').map((i) => i.workOrder.number)).toEqual(
      [...none].sort(byDue).map((i) => i.workOrder.number),
    );
  });
});
