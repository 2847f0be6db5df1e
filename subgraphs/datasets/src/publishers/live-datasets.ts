import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { performanceColumns } from './performance';
import { type LiveColumn, serviceRequestColumns } from './service-request-row';

export const SERVICE_REQUESTS_SLUG = '311-service-requests';
export const PERFORMANCE_SLUG = '311-performance';

export interface LiveDatasetIds {
  serviceRequests: string;
  performance: string;
}

const PERFORMANCE_METADATA = {
  title: '311 performance',
  description:
    'Median and 90th-percentile hours to close, SLA compliance and volume of 311 requests, ' +
    'by month and by service, department or council district; recomputed from the published ' +
    '311 service requests as they change.',
  keywords: ['311', 'performance', 'service level'],
};

/**
 * The two live datasets, made ready to publish: marked LIVE, their data dictionary
 * written. The catalog (metadata) is seeded apart; "311 performance" is created from
 * the requests dataset's metadata when the catalog lacks it. Null while the catalog has
 * no "311 service requests" (nothing to publish into yet).
 */
export async function prepareLiveDatasets(
  db: Kysely<DatasetsDatabase>,
): Promise<LiveDatasetIds | null> {
  return db.transaction().execute(async (trx) => {
    const requests = await trx
      .selectFrom('datasets')
      .selectAll()
      .where('slug', '=', SERVICE_REQUESTS_SLUG)
      .executeTakeFirst();
    if (!requests) return null;
    let performance = await trx
      .selectFrom('datasets')
      .select('id')
      .where('slug', '=', PERFORMANCE_SLUG)
      .executeTakeFirst();
    if (!performance) {
      performance = await trx
        .insertInto('datasets')
        .values({
          id: crypto.randomUUID(),
          slug: PERFORMANCE_SLUG,
          ...PERFORMANCE_METADATA,
          themes: requests.themes,
          accrualPeriodicity: requests.accrualPeriodicity,
          publisherDepartmentId: requests.publisherDepartmentId,
          contactName: requests.contactName,
          contactEmail: requests.contactEmail,
          issued: new Date(),
          modified: new Date(),
          source: 'LIVE',
        })
        .onConflict((c) => c.column('slug').doNothing())
        .returning('id')
        .executeTakeFirst();
      performance ??= await trx
        .selectFrom('datasets')
        .select('id')
        .where('slug', '=', PERFORMANCE_SLUG)
        .executeTakeFirstOrThrow();
    }
    const ids = { serviceRequests: requests.id, performance: performance.id };
    await trx
      .updateTable('datasets')
      .set({ source: 'LIVE' })
      .where('id', 'in', [ids.serviceRequests, ids.performance])
      .execute();
    await writeDictionary(trx, ids.serviceRequests, serviceRequestColumns);
    await writeDictionary(trx, ids.performance, performanceColumns);
    return ids;
  });
}

async function writeDictionary(
  db: Kysely<DatasetsDatabase>,
  datasetId: string,
  columns: readonly LiveColumn[],
) {
  await db.deleteFrom('datasetColumns').where('datasetId', '=', datasetId).execute();
  await db
    .insertInto('datasetColumns')
    .values(columns.map((c, i) => ({ datasetId, position: i + 1, ...c })))
    .execute();
}
