import {
  answerRouteError,
  assertRoutePermission,
  badArgument,
  matchesIfNoneMatch,
  type QueryParams,
  RouteRefused,
  tileEtag,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { loadRowSource } from '../rows/row.repository';
import { checkRowQuery, hasGeometry, type RowQuery } from '../rows/row-query';
import { RowQueryError } from '../rows/row-query-error';
import { type ExportFormat, exportFormats, exportWriter } from './export-formats';
import { exportQueryOf } from './export-params';
import { type ExportStreamOptions, exportStream } from './export-stream';

/** Anyone may cache an export briefly; the ETag makes asking again cheap. */
const EXPORT_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

type ExportRoute = { Params: { slug: string; file: string }; Querystring: QueryParams };

function formatOf(file: string): ExportFormat {
  const format = exportFormats.find((candidate) => file === `rows.${candidate}`);
  if (!format) {
    throw new RouteRefused(
      404,
      'NOT_FOUND',
      `No export ${file.slice(0, 40)}: try rows.csv, rows.json or rows.geojson`,
    );
  }
  return format;
}

/** The client's copy is current: its ETag matches or, without one, it is not older. */
function isCurrent(request: FastifyRequest, etag: string, lastModified: Date) {
  if (request.headers['if-none-match'] !== undefined) return matchesIfNoneMatch(request, etag);
  const since = request.headers['if-modified-since'];
  if (typeof since !== 'string') return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && Math.floor(lastModified.getTime() / 1000) * 1000 <= time;
}

/** What the export's bytes depend on: the dataset's rows' version and the query. */
function etagOf(query: RowQuery, format: ExportFormat, version: Date) {
  return tileEtag('dataset-rows', query.source.dataset.id, version.toISOString(), format, {
    conditions: query.conditions.map((c) => [c.column.name, c.operator, c.values]),
    bbox: query.bbox,
    select: query.select.map((column) => column.name),
    orderBy: query.orderBy && [query.orderBy.column.name, query.orderBy.direction],
  });
}

async function answerExport(
  db: Kysely<DatasetsDatabase>,
  request: FastifyRequest<ExportRoute>,
  reply: FastifyReply,
  streamOptions: ExportStreamOptions,
) {
  assertRoutePermission(request.caller, 'datasets.rows.read', 'dataset rows');
  const format = formatOf(request.params.file);
  const source = await loadRowSource(db, request.params.slug);
  if (!source) {
    throw new RouteRefused(404, 'NOT_FOUND', `No dataset ${request.params.slug.slice(0, 63)}`);
  }
  if (format === 'geojson' && !hasGeometry(source.columns)) {
    throw new RouteRefused(
      404,
      'NOT_FOUND',
      `${source.dataset.slug} has no geometry (number columns longitude and latitude): ` +
        'export it as rows.csv or rows.json',
    );
  }
  let query: RowQuery;
  try {
    query = checkRowQuery(source, exportQueryOf(request.query));
  } catch (error) {
    if (error instanceof RowQueryError) throw badArgument(error.argument, error.message);
    throw error;
  }
  const version = source.dataset.rowsModified ?? source.dataset.modified;
  const etag = etagOf(query, format, version);
  const writer = exportWriter(format, query.select);
  reply
    .header('etag', etag)
    .header('last-modified', version.toUTCString())
    .header('cache-control', EXPORT_CACHE_CONTROL)
    .header('x-content-type-options', 'nosniff');
  if (isCurrent(request, etag, version)) return reply.code(304).send();
  return reply
    .header(
      'content-disposition',
      `attachment; filename="${source.dataset.slug}.${writer.extension}"`,
    )
    .type(writer.contentType)
    .send(exportStream(db, query, writer, streamOptions));
}

/**
 * `GET /datasets/{slug}/rows.csv|rows.json|rows.geojson` (public: `datasets.rows.read`),
 * filtered by query parameters (export-params.ts), streamed; the gateway serves them
 * at the same paths.
 */
export function exportRoutes(
  db: Kysely<DatasetsDatabase>,
  streamOptions: ExportStreamOptions = {},
) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerRouteError);
    scope.get<ExportRoute>('/datasets/:slug/:file', (request, reply) =>
      answerExport(db, request, reply, streamOptions),
    );
  };
}
