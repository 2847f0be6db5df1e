import type {
  DemoCity,
  DemoSeed,
  SeedProgress,
  ServiceRequestSeed,
  WorkOrderSeed,
} from '@civicgraph/demo-city';
import { chunks, hasRows, rowsPerInsert } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './database';

// Sized for the wider table (work orders, 19 columns); requests have fewer.
const ROWS_PER_INSERT = rowsPerInsert(19);

// Columns are listed one by one: Kysely inserts every property it is given, and a
// seed record may carry more than the table holds.
function requestRow(r: ServiceRequestSeed) {
  return {
    id: r.id,
    number: r.number,
    serviceId: r.serviceId,
    status: r.status,
    channel: r.channel,
    description: r.description,
    locale: r.locale,
    lon: r.lon,
    lat: r.lat,
    address: r.address,
    district: r.district,
    requestedAt: r.requestedAt,
    updatedAt: r.updatedAt,
    closedAt: r.closedAt,
  };
}

function workOrderRow(w: WorkOrderSeed) {
  return {
    id: w.id,
    number: w.number,
    serviceRequestId: w.serviceRequestId,
    serviceId: w.serviceId,
    departmentId: w.departmentId,
    crewId: w.crewId,
    assigneeId: w.assigneeId,
    assetId: w.assetId,
    status: w.status,
    priority: w.priority,
    summary: w.summary,
    lon: w.lon,
    lat: w.lat,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    dueAt: w.dueAt,
    completedAt: w.completedAt,
    closedAt: w.closedAt,
    resolution: w.resolution,
  };
}

/**
 * Inserts the demo city's service catalog, then its requests and work orders batch
 * by batch as the generator streams them (a million requests never sit in memory).
 */
export async function seedRequests(
  db: Kysely<RequestsDatabase>,
  city: DemoCity,
  progress?: SeedProgress,
) {
  await db.transaction().execute(async (trx) => {
    if (city.services.length > 0) {
      await trx
        .insertInto('services')
        .values(
          city.services.map((s) => ({
            id: s.id,
            code: s.code,
            departmentId: s.departmentId,
            groupEn: s.group.en,
            groupEs: s.group.es,
            nameEn: s.name.en,
            nameEs: s.name.es,
            descriptionEn: s.description.en,
            descriptionEs: s.description.es,
            keywords: s.keywords,
            slaHours: s.slaHours,
            assetTypeCode: s.assetTypeCode,
          })),
        )
        .execute();
    }
    let done = 0;
    for (const batch of city.requestBatches()) {
      for (const rows of chunks(batch.serviceRequests, ROWS_PER_INSERT)) {
        await trx.insertInto('serviceRequests').values(rows.map(requestRow)).execute();
      }
      for (const rows of chunks(batch.workOrders, ROWS_PER_INSERT)) {
        await trx.insertInto('workOrders').values(rows.map(workOrderRow)).execute();
      }
      done += batch.serviceRequests.length;
      progress?.('requests.service_requests', done, city.requestCount);
    }
  });
}

/** The requests subgraph's share of the demo city. */
export const requestsDemoSeed: DemoSeed<RequestsDatabase> = {
  hasData: (db) => hasRows(db, 'services'),
  seed: seedRequests,
};
