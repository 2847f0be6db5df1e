import { sql, type Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import { writeRows } from '../rows/row-writer';
import type { LiveColumn } from './service-request-row';

/** The columns of "311 performance", in order. */
export const performanceColumns: readonly LiveColumn[] = [
  {
    name: 'month',
    type: 'date',
    description:
      "First day of the month the requests were filed in, a calendar month in the city's " +
      'time zone (city.timeZone in the graph, e.g. America/Phoenix).',
  },
  {
    name: 'dimension',
    type: 'text',
    description: 'What the row is grouped by: SERVICE, DEPARTMENT or DISTRICT.',
  },
  {
    name: 'value',
    type: 'text',
    description: 'The service code, department name or council district; empty when unknown.',
  },
  { name: 'requests', type: 'integer', description: 'Requests filed in the month (volume).' },
  { name: 'closed', type: 'integer', description: 'Of those, how many are closed.' },
  {
    name: 'median_hours_to_close',
    type: 'number',
    description: 'Median hours from filed to closed, over the closed ones (2 decimals).',
  },
  {
    name: 'p90_hours_to_close',
    type: 'number',
    description: '90th percentile (interpolated) of hours from filed to closed (2 decimals).',
  },
  {
    name: 'sla_compliance',
    type: 'number',
    description:
      'Share of the closed requests with a due time that closed by it (0 to 1, 4 decimals); empty when none.',
  },
];

/**
 * "311 performance" recomputed from the published 311 rows (never the requests
 * tables) and written whole, in the caller's transaction: the figures always match
 * the rows published with them. Months are the city's calendar months (`timeZone`,
 * IANA) of the filing time: a request filed on the evening of October 31 in Phoenix
 * counts in October, though it is November in UTC.
 */
export async function recomputePerformance(
  trx: Transaction<DatasetsDatabase>,
  requestsDatasetId: string,
  performanceDatasetId: string,
  now: Date,
  timeZone: string,
) {
  const { rows } = await sql<{
    month: string;
    dimension: string;
    value: string | null;
    requests: number;
    closed: number;
    median: number | null;
    p90: number | null;
    sla: number | null;
  }>`
    with published as (
      select values->>'service_code' as service,
             values->>'department' as department,
             values->>'district' as district,
             to_char(date_trunc('month',
                                (values->>'requested_at')::timestamptz at time zone ${timeZone}),
                     'YYYY-MM-DD') as month,
             (values->>'closed_at')::timestamptz as closed_at,
             (values->>'due_at')::timestamptz as due_at,
             extract(epoch from (values->>'closed_at')::timestamptz
                                - (values->>'requested_at')::timestamptz) / 3600 as hours
      from dataset_rows
      where dataset_id = ${requestsDatasetId}
    )
    select month,
           case when grouping(service) = 0 then 'SERVICE'
                when grouping(department) = 0 then 'DEPARTMENT'
                else 'DISTRICT' end as dimension,
           case when grouping(service) = 0 then service
                when grouping(department) = 0 then department
                else district end as value,
           count(*)::int as requests,
           count(closed_at)::int as closed,
           round((percentile_cont(0.5) within group (order by hours))::numeric, 2)::float8 as median,
           round((percentile_cont(0.9) within group (order by hours))::numeric, 2)::float8 as p90,
           round((count(*) filter (where closed_at <= due_at))::numeric
                 / nullif(count(*) filter (where closed_at is not null and due_at is not null), 0),
                 4)::float8 as sla
    from published
    group by grouping sets ((month, service), (month, department), (month, district))
    order by 1, 2, 3
  `.execute(trx);
  const upsert = rows.map((r) => ({
    key: `${r.month}|${r.dimension}|${r.value ?? ''}`,
    values: {
      month: r.month,
      dimension: r.dimension,
      value: r.value,
      requests: r.requests,
      closed: r.closed,
      median_hours_to_close: r.median,
      p90_hours_to_close: r.p90,
      sla_compliance: r.sla,
    } satisfies RowValues,
  }));
  await writeRows(trx, performanceDatasetId, { upsert, replaceAll: true }, now);
}
