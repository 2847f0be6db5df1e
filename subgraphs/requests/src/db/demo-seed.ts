import type {
  DemoCity,
  DemoSeed,
  SeedProgress,
  ServiceRequestSeed,
  WorkOrderSeed,
} from '@civicgraph/demo-city';
import { chunks, hasRows, rowsPerInsert } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import { systemActor } from '../lifecycle/actor';
import { rebuildWorkOrderCounts } from '../lifecycle/counters';
import { serviceRequestFacts, workOrderFacts } from '../lifecycle/facts';
import { appendEvents, type NewEvent } from '../lifecycle/outbox';
import { EVENT_TYPES } from '../lifecycle/requests-write';
import { type CityCalendar, slaDueAt } from '../sla/due-at';
import type { RequestsDatabase } from './database';
import { finishedWorkOrderStatuses } from './work-order.table';

// Sized for the wider table (work orders, 19 columns); requests have fewer.
const ROWS_PER_INSERT = rowsPerInsert(23);

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

function workOrderRow(
  w: WorkOrderSeed,
  district: number | null,
  sla: { hours: number; businessHours: boolean },
  calendar: CityCalendar,
  now: number,
) {
  const open = !(finishedWorkOrderStatuses as readonly string[]).includes(w.status);
  // A business-hours SLA falls due on the city's calendar, as new work does.
  const dueAt = sla.businessHours ? slaDueAt(calendar, sla, w.createdAt) : w.dueAt;
  return {
    district,
    slaHours: sla.hours,
    slaBusinessHours: sla.businessHours,
    overdue: open && dueAt.getTime() < now,
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
    dueAt,
    completedAt: w.completedAt,
    closedAt: w.closedAt,
    resolution: w.resolution,
  };
}

// Who the seeded rows' events are recorded against: the platform, under the job's name.
const SEED_ACTOR = systemActor('demo-seed');

/** The CREATE event of a seeded row, as a write records one (requests-write.ts). */
function creationEvent(
  entityType: 'SERVICE_REQUEST' | 'WORK_ORDER',
  serviceRequestId: string,
  entity: { id: string; version: number },
  facts: Record<string, unknown>,
): NewEvent {
  return {
    type: EVENT_TYPES[entityType].created,
    action: 'CREATE',
    entityType,
    entityId: entity.id,
    entityVersion: entity.version,
    serviceRequestId,
    changed: ['status'],
    facts,
    actorKind: SEED_ACTOR.kind,
    actorId: SEED_ACTOR.id,
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
  const { profile } = city;
  const calendar: CityCalendar = {
    timeZone: profile.timeZone,
    businessHours: profile.businessHours,
    holidays: profile.holidays.map((h) => h.date),
  };
  const slas = new Map(
    city.services.map((s) => [s.id, { hours: s.slaHours, businessHours: s.slaBusinessHours }]),
  );
  // Overdue as the scheduler would find it now: it keeps the flag current from here on.
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    await seedCity(trx, city);
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
            locationSensitive: s.locationSensitive,
            slaBusinessHours: s.slaBusinessHours,
            defaultPriority: s.defaultPriority,
          })),
        )
        .execute();
      await seedCatalogRules(trx, city);
    }
    let done = 0;
    for (const batch of city.requestBatches()) {
      // Each seeded row is announced as intake announces a new one (the requests
      // README, "Outbox events"), with facts of the row as stored: the live open data
      // and any other subscriber learn the demo city through the same path as later
      // changes. Appended batch by batch, so a million requests stream through.
      const events: NewEvent[] = [];
      for (const rows of chunks(batch.serviceRequests, ROWS_PER_INSERT)) {
        const stored = await trx
          .insertInto('serviceRequests')
          .values(rows.map(requestRow))
          .returningAll()
          .execute();
        for (const request of stored) {
          events.push(
            creationEvent('SERVICE_REQUEST', request.id, request, serviceRequestFacts(request)),
          );
        }
      }
      const districts = new Map(batch.serviceRequests.map((r) => [r.id, r.district]));
      for (const rows of chunks(batch.workOrders, ROWS_PER_INSERT)) {
        const stored = await trx
          .insertInto('workOrders')
          .values(
            rows.map((w) =>
              workOrderRow(
                w,
                districts.get(w.serviceRequestId) ?? null,
                slas.get(w.serviceId)!,
                calendar,
                now,
              ),
            ),
          )
          .returningAll()
          .execute();
        for (const workOrder of stored) {
          events.push(
            creationEvent(
              'WORK_ORDER',
              workOrder.serviceRequestId,
              workOrder,
              workOrderFacts(workOrder),
            ),
          );
        }
      }
      await appendEvents(trx, events);
      done += batch.serviceRequests.length;
      progress?.('requests.service_requests', done, city.requestCount);
    }
    await rebuildWorkOrderCounts(trx);
    // New numbers continue after the demo's (one work order per demo request).
    if (city.requestCount > 0) {
      await sql`select setval('service_request_numbers', ${city.requestCount}), setval('work_order_numbers', ${city.requestCount})`.execute(
        trx,
      );
    }
  });
}

/** The city as intake and the SLA clock see it: boundary, districts, calendar. */
async function seedCity(trx: Kysely<RequestsDatabase>, city: DemoCity) {
  const { profile } = city;
  await trx
    .insertInto('city')
    .values({
      id: true,
      name: profile.name,
      jurisdictionId: profile.jurisdictionId,
      numberPrefix: profile.numberPrefix ?? profile.id.slice(0, 3).toUpperCase(),
      timeZone: profile.timeZone,
      boundary: JSON.stringify(profile.boundary.geometry) as never,
      businessHours: JSON.stringify(profile.businessHours) as never,
      holidays: profile.holidays.map((h) => h.date),
    })
    .execute();
  await trx
    .insertInto('districts')
    .values(
      profile.districts.features.map((f) => ({
        number: f.properties.number,
        name: f.properties.name,
        geometry: JSON.stringify(f.geometry) as never,
      })),
    )
    .execute();
}

/** Each service's attributes and resolution codes, and the profile's reply templates. */
async function seedCatalogRules(trx: Kysely<RequestsDatabase>, city: DemoCity) {
  const attributes = city.services.flatMap((s) =>
    s.attributes.map((a, order) => ({
      serviceId: s.id,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      variable: a.variable,
      order: order + 1,
      descriptionEn: a.description.en,
      descriptionEs: a.description.es,
      values: JSON.stringify(a.values) as never,
    })),
  );
  if (attributes.length > 0) await trx.insertInto('serviceAttributes').values(attributes).execute();
  const codes = city.services.flatMap((s) =>
    s.resolutionCodes.map((r) => ({
      serviceId: s.id,
      code: r.code,
      nameEn: r.name.en,
      nameEs: r.name.es,
    })),
  );
  if (codes.length > 0) await trx.insertInto('resolutionCodes').values(codes).execute();
  const serviceIds = new Map(city.services.map((s) => [s.code, s.id]));
  const templates = city.profile.replyTemplates
    // A template for a service the catalog does not hold is not made city-wide.
    .filter((t) => t.service === undefined || serviceIds.has(t.service))
    .map((t) => ({
      id: crypto.randomUUID(),
      serviceId: t.service === undefined ? null : serviceIds.get(t.service)!,
      status: t.status,
      bodyEn: t.body.en,
      bodyEs: t.body.es,
    }));
  if (templates.length > 0) await trx.insertInto('replyTemplates').values(templates).execute();
}

/**
 * Requests seeded before the city, catalog rules and counters existed (a data folder
 * kept across an upgrade): adds them, so that intake and the SLA clock work on it.
 */
export async function completeRequests(db: Kysely<RequestsDatabase>, city: DemoCity) {
  if (await hasRows(db, 'city')) return;
  await db.transaction().execute(async (trx) => {
    await seedCity(trx, city);
    const kept = new Set(
      (await trx.selectFrom('services').select('id').execute()).map((s) => s.id),
    );
    await seedCatalogRules(trx, {
      ...city,
      services: city.services.filter((s) => kept.has(s.id)),
    });
    await rebuildWorkOrderCounts(trx);
    await sql`
      select setval('service_request_numbers', greatest(1, (select count(*) from service_requests))),
             setval('work_order_numbers', greatest(1, (select count(*) from work_orders)))
    `.execute(trx);
  });
}

/** The requests subgraph's share of the demo city. */
export const requestsDemoSeed: DemoSeed<RequestsDatabase> = {
  hasData: (db) => hasRows(db, 'services'),
  seed: seedRequests,
  complete: completeRequests,
};
