import { degreesPerMeter, isUuid } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import { openWorkOrder } from './work-order.repository';

/** What the work orders say of one person or crew: their load, and where they are. */
export interface Whereabouts {
  /** Open work assigned to them now. */
  open: number;
  /** Whether they have IN_PROGRESS work now. */
  busy: boolean;
  /** Where they are working now (see `whereaboutsOf`); null when unknown. */
  lon: number | null;
  lat: number | null;
}

export interface WhereaboutsQuery {
  staffIds: readonly string[];
  crewIds: readonly string[];
  /** The work to be assigned: a crew's whereabouts are its nearest work now. */
  near: { lon: number; lat: number };
  /** Local midnight of today in the city: work finished before then says nothing. */
  todayStart: Date;
}

const NONE: Whereabouts = { open: 0, busy: false, lon: null, lat: null };

/**
 * Open work and whereabouts of many people and crews, in one statement over work orders.
 * Where someone works now: their IN_PROGRESS work (the latest started, for a person; the
 * nearest to `near`, for a crew), else the work they last finished or put on hold today.
 */
export async function whereaboutsOf(
  db: Kysely<RequestsDatabase>,
  query: WhereaboutsQuery,
): Promise<{ staff: Map<string, Whereabouts>; crews: Map<string, Whereabouts> }> {
  const staffIds = query.staffIds.filter(isUuid);
  const crewIds = query.crewIds.filter(isUuid);
  const staff = new Map<string, Whereabouts>(staffIds.map((id) => [id, NONE]));
  const crews = new Map<string, Whereabouts>(crewIds.map((id) => [id, NONE]));
  if (staffIds.length + crewIds.length === 0) return { staff, crews };

  const { todayStart, near } = query;
  const perMeter = degreesPerMeter(near.lat);
  const inProgress = sql<boolean>`status = 'IN_PROGRESS'`;
  // Finished or held today: where they were last, when nothing is in progress.
  const workedToday = sql<boolean>`(coalesce(completed_at, case when status = 'ON_HOLD' then updated_at end) >= ${todayStart})`;
  const lastWorkedAt = sql`coalesce(completed_at, updated_at)`;
  const distance = sql`((lon - ${near.lon}) / ${perMeter.lon}::float8) ^ 2 + ((lat - ${near.lat}) / ${perMeter.lat}::float8) ^ 2`;
  const placed = sql<boolean>`(${inProgress} or ${workedToday})`;
  const whereFirst = {
    staff: sql`${inProgress} desc, ${lastWorkedAt} desc`,
    crew: sql`${inProgress} desc, ${distance}, ${lastWorkedAt} desc`,
  };
  const summary = (kind: 'staff' | 'crew') =>
    [
      sql<number>`(count(*) filter (where ${openWorkOrder}))::int`.as('open'),
      sql<boolean>`coalesce(bool_or(${inProgress}), false)`.as('busy'),
      sql<
        number | null
      >`(array_agg(lon order by ${whereFirst[kind]}) filter (where ${placed}))[1]`.as('lon'),
      sql<
        number | null
      >`(array_agg(lat order by ${whereFirst[kind]}) filter (where ${placed}))[1]`.as('lat'),
    ] as const;

  // Open work, or work touched today: the rest cannot count or place anyone.
  const relevant = db
    .selectFrom('workOrders')
    .where((eb) => eb.or([openWorkOrder, eb('updatedAt', '>=', todayStart)]));
  const byStaff = () =>
    relevant
      .where('assigneeId', 'in', staffIds)
      .select([
        sql<string>`'staff'`.as('kind'),
        sql<string>`assignee_id`.as('id'),
        ...summary('staff'),
      ])
      .groupBy('assigneeId');
  const byCrew = () =>
    relevant
      .where('crewId', 'in', crewIds)
      .select([sql<string>`'crew'`.as('kind'), sql<string>`crew_id`.as('id'), ...summary('crew')])
      .groupBy('crewId');
  // `in ()` is a syntax error: a side with no ids is left out of the union.
  const statement =
    staffIds.length === 0
      ? byCrew()
      : crewIds.length === 0
        ? byStaff()
        : byStaff().unionAll(byCrew());
  const rows = await statement.execute();
  for (const row of rows) {
    const found: Whereabouts = {
      open: row.open,
      busy: row.busy,
      lon: row.lon == null ? null : Number(row.lon),
      lat: row.lat == null ? null : Number(row.lat),
    };
    (row.kind === 'staff' ? staff : crews).set(row.id, found);
  }
  return { staff, crews };
}
