import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  dataOf,
  expectedRefusals,
  expectedRootOutcome,
  refusalsOf,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(300);
});

afterAll(async () => {
  await h?.close();
});

const FINISHED = ['COMPLETED', 'CLOSED', 'CANCELLED'];

interface Stats {
  total: number;
  overdue: number;
  byStatus: Array<{ status: string; count: number }>;
  byDepartment: Array<{ department: { id: string }; count: number }>;
  byDistrict: Array<{ district: number | null; count: number }>;
  byService: Array<{ service: { id: string }; count: number }>;
  openAgeMedianHours: number | null;
  openAgeP90Hours: number | null;
}

const STATS = /* GraphQL */ `
  query Stats($filter: WorkOrderFilter) {
    workOrderStats(filter: $filter) {
      total overdue
      byStatus { status count }
      byDepartment { department { id } count }
      byDistrict { district count }
      byService { service { id } count }
      openAgeMedianHours openAgeP90Hours
    }
  }
`;

function tally<T>(rows: T[], key: (row: T) => string | number | null) {
  const counts = new Map<string | number | null, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

/** percentile_cont: linear interpolation between the two nearest ranks. */
function percentile(sorted: number[], p: number) {
  const at = p * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

describe('workOrderStats', () => {
  it.each([
    ['no filter (counters)', {}, () => true],
    [
      'open in district 3 (counters)',
      { open: true, district: 3 },
      (r: Row) => isOpen(r) && r.district === 3,
    ],
    ['a crew (from the table)', 'crew', null],
    ['text (from the table)', { text: 'street' }, null],
  ] as const)(
    '%s: counts by status, department, district and service, and open age',
    async (_name, given, keep) => {
      const rows = await h.db.selectFrom('workOrders').selectAll().execute();
      const crewId = rows.find((r) => r.crewId)!.crewId!;
      const filter = given === 'crew' ? { crewId } : given;
      const kept = await (async () => {
        if (given === 'crew') return rows.filter((r) => r.crewId === crewId);
        if (keep) return rows.filter(keep);
        // Text: whichever rows the list itself returns (its own test checks the matching).
        const listed = dataOf(
          await h.query<{ workOrders: { edges: Array<{ node: { id: string } }> } }>(
            'query ($filter: WorkOrderFilter) { workOrders(first: 500, filter: $filter) { edges { node { id } } } }',
            { filter },
          ),
        ).workOrders.edges.map((e) => e.node.id);
        return rows.filter((r) => listed.includes(r.id));
      })();
      expect(kept.length).toBeGreaterThan(0);
      const stats = dataOf(
        await h.query<{ workOrderStats: Stats }>(STATS, { filter }),
      ).workOrderStats;
      expect(stats.total).toBe(kept.length);
      expect(stats.overdue).toBe(kept.filter((r) => r.overdue).length);
      expect(new Map(stats.byStatus.map((s) => [s.status, s.count]))).toEqual(
        tally(kept, (r) => r.status),
      );
      expect(new Map(stats.byDepartment.map((s) => [s.department.id, s.count]))).toEqual(
        tally(kept, (r) => r.departmentId),
      );
      expect(new Map(stats.byDistrict.map((s) => [s.district, s.count]))).toEqual(
        tally(kept, (r) => r.district),
      );
      expect(new Map(stats.byService.map((s) => [s.service.id, s.count]))).toEqual(
        tally(kept, (r) => r.serviceId),
      );
      const now = Date.now();
      const ages = kept
        .filter(isOpen)
        .map((r) => (now - r.createdAt.getTime()) / 3_600_000)
        .sort((a, b) => a - b);
      if (ages.length === 0) {
        expect(stats.openAgeMedianHours).toBeNull();
        return;
      }
      // The database's now() is a moment earlier than this one.
      expect(stats.openAgeMedianHours!).toBeCloseTo(percentile(ages, 0.5), 1);
      expect(stats.openAgeP90Hours!).toBeCloseTo(percentile(ages, 0.9), 1);
    },
  );

  it('largest counts come first', async () => {
    const stats = dataOf(await h.query<{ workOrderStats: Stats }>(STATS, {})).workOrderStats;
    const counts = stats.byService.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('a bad filter is BAD_USER_INPUT naming the field', async () => {
    const result = await h.query(STATS, { filter: { text: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.text',
    });
  });
});

type Row = { status: string; district: number | null };
function isOpen(row: Row) {
  return !FINISHED.includes(row.status);
}

const STAFF = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Staff { id openWorkOrders(first: 2) { totalCount nodes { id status dueAt } } }
      ... on Crew { id workload { open overdue byStatus { status count } } }
    }
  }
`;

type Entity = {
  id: string;
  openWorkOrders?: {
    totalCount: number;
    nodes: Array<{ id: string; status: string; dueAt: string }>;
  } | null;
  workload?: {
    open: number;
    overdue: number;
    byStatus: Array<{ status: string; count: number }>;
  } | null;
};

describe('Staff.openWorkOrders and Crew.workload', () => {
  it('match the open work of each person and crew', async () => {
    const rows = await h.db.selectFrom('workOrders').selectAll().execute();
    const open = rows.filter(isOpen);
    const assignees = [...new Set(rows.map((r) => r.assigneeId).filter((id) => id !== null))];
    const crews = [...new Set(rows.map((r) => r.crewId).filter((id) => id !== null))];
    expect(open.some((r) => r.assigneeId)).toBe(true);
    const representations = [
      ...assignees.map((id) => ({ __typename: 'Staff', id })),
      ...crews.map((id) => ({ __typename: 'Crew', id })),
      // Unknown to this subgraph: no work, and no SQL error for an id that is no uuid.
      { __typename: 'Staff', id: 'not-a-uuid' },
    ];
    const entities = dataOf(
      await h.query<{ _entities: Entity[] }>(STAFF, { representations }),
    )._entities;
    for (const entity of entities) {
      if (entity.openWorkOrders) {
        const mine = open
          .filter((r) => r.assigneeId === entity.id)
          .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1));
        expect(entity.openWorkOrders.totalCount).toBe(mine.length);
        expect(entity.openWorkOrders.nodes.map((n) => n.id)).toEqual(
          mine.slice(0, 2).map((r) => r.id),
        );
      } else {
        const mine = open.filter((r) => r.crewId === entity.id);
        expect(entity.workload!.open).toBe(mine.length);
        expect(entity.workload!.overdue).toBe(mine.filter((r) => r.overdue).length);
        expect(new Map(entity.workload!.byStatus.map((s) => [s.status, s.count]))).toEqual(
          tally(mine, (r) => r.status),
        );
      }
    }
    expect(entities.at(-1)).toEqual({
      id: 'not-a-uuid',
      openWorkOrders: { totalCount: 0, nodes: [] },
    });
  });

  it('500 staff and 500 crews cost as many statements as 5 of each', async () => {
    const rows = await h.db.selectFrom('workOrders').select(['assigneeId', 'crewId']).execute();
    const staff = rows.map((r) => r.assigneeId).filter((id) => id !== null);
    const crews = rows.map((r) => r.crewId).filter((id) => id !== null);
    const representations = (n: number) => [
      ...Array.from({ length: n }, (_, i) => ({
        __typename: 'Staff',
        id: staff[i % staff.length],
      })),
      ...Array.from({ length: n }, (_, i) => ({ __typename: 'Crew', id: crews[i % crews.length] })),
    ];
    const five = await h.statementsFor(STAFF, { representations: representations(5) });
    const many = await h.statementsFor(STAFF, { representations: representations(500) });
    // One statement for all the staff, one for all the crews.
    expect(five).toBe(2);
    expect(many).toBe(five);
  });

  it('first above 100 is BAD_USER_INPUT', async () => {
    h.resetStatements();
    const result = await h.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { openWorkOrders(first: 101) { totalCount } } } }',
      { r: [{ __typename: 'Staff', id: '00000000-0000-4000-8000-000000000001' }] },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(h.statements).toEqual([]);
  });
});

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it('workOrderStats answers only with work-orders.read, before any SQL', async () => {
    const c = {
      field: 'workOrderStats',
      permission: 'work-orders.read' as const,
      document: '{ workOrderStats { total } }',
    };
    expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
  });

  it('Staff.openWorkOrders and Crew.workload are null and refused without work-orders.read', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const response = await h.queryAs<{ _entities: Entity[] }>(
      caller,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { openWorkOrders { totalCount } } ... on Crew { workload { open } } } }',
      {
        r: [
          { __typename: 'Staff', id },
          { __typename: 'Crew', id },
        ],
      },
    );
    const allowed = permits(caller, 'work-orders.read');
    expect(refusalsOf(response)).toEqual(
      expectedRefusals(caller, [
        ['_entities.0.openWorkOrders', allowed],
        ['_entities.1.workload', allowed],
      ]),
    );
    if (!allowed) {
      expect(response.data?._entities).toEqual([{ openWorkOrders: null }, { workload: null }]);
    }
  });
});
