import {
  answerRouteError,
  assertRoutePermission,
  matchesIfNoneMatch,
  publicOriginOf,
  tileEtag,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { columnsByDataset, listPublicDatasets } from '../db/dataset.repository';
import { dataJsonCatalog } from './data-json';

export const DATA_JSON_PATH = '/data.json';

/**
 * Harvesters poll the catalog; a minute is short enough that a new dataset shows
 * soon, and long enough that a burst of them costs one build.
 */
const DATA_JSON_CACHE_CONTROL = 'public, max-age=60';

/**
 * The origin URLs are made absolute on: the one the gateway names, else (the
 * subgraph reached directly, in development) the one this request came in on.
 */
function originOf(request: FastifyRequest) {
  return publicOriginOf(request) ?? `${request.protocol}://${request.host}`;
}

/**
 * `/data.json`: the DCAT-US v1.1 catalog of every public dataset (the gateway routes it
 * here). Its ETag follows the newest `modified`, the number of datasets (a deletion
 * changes no `modified`) and the origin (the URLs in it differ by origin).
 */
export function dataJsonRoute(db: Kysely<DatasetsDatabase>) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerRouteError);
    scope.get(DATA_JSON_PATH, async (request, reply) => {
      assertRoutePermission(request.caller, 'datasets.read', 'the data catalog');
      const origin = originOf(request);
      const datasets = await listPublicDatasets(db);
      const newest = datasets.reduce((max, d) => Math.max(max, d.modified.getTime()), 0);
      const etag = tileEtag('data.json', newest, datasets.length, origin);
      reply
        .header('etag', etag)
        .header('cache-control', DATA_JSON_CACHE_CONTROL)
        .header('x-content-type-options', 'nosniff');
      if (newest > 0) reply.header('last-modified', new Date(newest).toUTCString());
      if (matchesIfNoneMatch(request, etag)) return reply.code(304).send();

      const columns = await columnsByDataset(
        db,
        datasets.map((d) => d.id),
      );
      const catalog = dataJsonCatalog(datasets, (id) => columns.get(id) ?? [], origin);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(catalog));
    });
  };
}
