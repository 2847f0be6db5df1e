import type { KeysetPage } from '@civicgraph/platform';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';

export type { RequestsDatabase };

import type { SortKey } from './keyset';
import {
  pageOfWorkOrdersQuery,
  type WorkOrderFilter,
  type WorkOrderOrdering,
  type WorkOrderSortField,
} from './work-order.repository';

// The dispatcher's list (open work, or a set of statuses) with any one filter and any
// ordering, and the indexes that should serve it: the test on a small database and
// the bench note at a million requests both EXPLAIN these.

export interface ListPlanCase {
  name: string;
  filter: WorkOrderFilter;
  /** Indexes that serve the filter itself. */
  filterIndexes: string[];
}

/** Indexes that serve each ordering of open work (partial) and of all work. */
export const orderingIndexes: Record<WorkOrderSortField, { open: string; all: string[] }> = {
  CREATED_AT: { open: 'work_orders_open_newest', all: ['work_orders_created_at_id'] },
  DUE_AT: { open: 'work_orders_open_due', all: ['work_orders_due'] },
  PRIORITY: { open: 'work_orders_open_rank', all: ['work_orders_rank'] },
  UPDATED_AT: { open: 'work_orders_open_updated', all: ['work_orders_updated'] },
};

export const listOrderings: WorkOrderOrdering[] = [
  { field: 'CREATED_AT', direction: 'DESC' },
  { field: 'DUE_AT', direction: 'ASC' },
  { field: 'PRIORITY', direction: 'DESC' },
  { field: 'UPDATED_AT', direction: 'DESC' },
];

/** Fresh statistics, the number of requests, and an open work order to take ids from. */
export async function planSample(db: Kysely<RequestsDatabase>) {
  await sql`analyze work_orders`.execute(db);
  await sql`analyze service_requests`.execute(db);
  const requests = await db
    .selectFrom('serviceRequests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const workOrder = await db
    .selectFrom('workOrders')
    .selectAll()
    .where('crewId', 'is not', null)
    .where('assigneeId', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return {
    requests: Number(requests.n),
    sample: {
      departmentId: workOrder.departmentId,
      crewId: workOrder.crewId!,
      assigneeId: workOrder.assigneeId!,
      serviceId: workOrder.serviceId,
      lon: workOrder.lon,
      lat: workOrder.lat,
    },
  };
}

/** One filter at a time beside `open: true`; ids and places come from the data. */
export function listPlanCases(sample: {
  departmentId: string;
  crewId: string;
  assigneeId: string;
  serviceId: string;
  lon: number;
  lat: number;
  now: Date;
}): ListPlanCase[] {
  const day = 86_400_000;
  const open = { open: true } as const;
  return [
    { name: 'open', filter: open, filterIndexes: [] },
    {
      name: 'statuses NEW, ASSIGNED',
      filter: { statuses: ['NEW', 'ASSIGNED'] },
      filterIndexes: ['work_orders_status_created_at_id'],
    },
    {
      name: 'department',
      filter: { ...open, departmentId: sample.departmentId },
      filterIndexes: ['work_orders_department_id'],
    },
    {
      name: 'crew',
      filter: { ...open, crewId: sample.crewId },
      filterIndexes: ['work_orders_crew_id'],
    },
    {
      name: 'assignee',
      filter: { ...open, assigneeId: sample.assigneeId },
      filterIndexes: ['work_orders_assignee_id'],
    },
    {
      name: 'service',
      filter: { ...open, serviceId: sample.serviceId },
      filterIndexes: ['work_orders_service_id'],
    },
    {
      name: 'district 3',
      filter: { ...open, district: 3 },
      filterIndexes: ['work_orders_district'],
    },
    {
      name: 'overdue',
      filter: { ...open, overdue: true },
      filterIndexes: ['work_orders_open_overdue'],
    },
    {
      name: 'priorities URGENT, HIGH',
      filter: { ...open, priorities: ['URGENT', 'HIGH'] },
      filterIndexes: ['work_orders_open_rank', 'work_orders_rank'],
    },
    {
      name: 'bbox',
      filter: {
        ...open,
        bbox: {
          west: sample.lon - 0.01,
          south: sample.lat - 0.01,
          east: sample.lon + 0.01,
          north: sample.lat + 0.01,
        },
      },
      filterIndexes: ['work_orders_location'],
    },
    {
      name: 'near 500 m',
      filter: { ...open, near: { lon: sample.lon, lat: sample.lat, radiusMeters: 500 } },
      filterIndexes: ['work_orders_location'],
    },
    {
      name: 'created in a week',
      filter: {
        ...open,
        createdAfter: new Date(sample.now.getTime() - 14 * day),
        createdBefore: new Date(sample.now.getTime() - 7 * day),
      },
      filterIndexes: ['work_orders_created_at_id', 'work_orders_open_newest'],
    },
    {
      name: 'updated in the last day',
      filter: { ...open, updatedAfter: new Date(sample.now.getTime() - day) },
      filterIndexes: ['work_orders_updated', 'work_orders_open_updated'],
    },
    {
      name: 'text "pothole"',
      filter: { ...open, text: 'pothole' },
      filterIndexes: ['work_orders_summary_trgm', 'service_requests_text_trgm'],
    },
  ];
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

export interface ListPlan {
  /** The scans of the plan, e.g. `Index Scan work_orders_open_due`, `Seq Scan work_orders`. */
  scans: string[];
  indexes: string[];
  seqScans: string[];
  text: string;
}

function walk(node: PlanNode, into: PlanNode[]) {
  into.push(node);
  for (const child of node.Plans ?? []) walk(child, into);
  return into;
}

/** EXPLAIN of the first page of the list, as the list itself would read it. */
export async function explainWorkOrderPage(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
  ordering: WorkOrderOrdering,
  page: KeysetPage<SortKey> = { limit: 51, inverted: false },
): Promise<ListPlan> {
  const compiled = pageOfWorkOrdersQuery(db, filter, ordering, page).compile();
  const json = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
    CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
  );
  const text = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
  );
  const nodes = walk(json.rows[0]!['QUERY PLAN'][0]!.Plan, []);
  const scans = nodes
    .filter((node) => node['Node Type'].endsWith('Scan'))
    .map((node) =>
      `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim(),
    );
  return {
    scans,
    indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])),
    seqScans: nodes
      .filter((node) => node['Node Type'] === 'Seq Scan')
      .map((node) => node['Relation Name'] ?? '?'),
    text: text.rows.map((row) => row['QUERY PLAN']).join('\n'),
  };
}
