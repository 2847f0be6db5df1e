import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  answerRouteError,
  assertRoutePermission,
  BODY_SIGNATURE_TRAILER,
  BodyDigest,
  badArgument,
  CALLER_HEADER,
  isStreamedBodySigned,
  type QueryParams,
  RouteRefused,
  refuseUnknownParams,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { importColumnsOf, lockDatasetBySlug, rowCountOf } from './dataset-import.repository';
import {
  importCsvStream,
  MAX_UPLOAD_ERRORS,
  type UploadMode,
  UploadUnreadable,
} from './streamed-import';

type UploadRoute = { Params: { slug: string }; Querystring: QueryParams };

const MODES: readonly UploadMode[] = ['REPLACE', 'APPEND'];

function modeOf(query: QueryParams): UploadMode {
  refuseUnknownParams(query, ['mode']);
  const mode = MODES.find((m) => m === query.mode);
  if (!mode) throw badArgument('mode', 'mode must be REPLACE or APPEND', { allowed: MODES });
  return mode;
}

/** text/csv, in UTF-8 (the default): what a spreadsheet exports and curl sends as told. */
function checkContentType(request: FastifyRequest) {
  const type = request.headers['content-type'] ?? '';
  const [media, ...params] = type.split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  if (media !== 'text/csv' || (charset !== undefined && charset.replace(/"/g, '') !== 'utf-8')) {
    throw new RouteRefused(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the file as Content-Type: text/csv (UTF-8), not ${type.slice(0, 60) || 'nothing'}`,
    );
  }
}

/** Another import holds the dataset: PostgreSQL's lock_not_available. */
function isLockTaken(error: unknown) {
  return (error as { code?: string }).code === '55P03';
}

async function answerUpload(
  db: Kysely<DatasetsDatabase>,
  signingSecret: string,
  request: FastifyRequest<UploadRoute>,
) {
  assertRoutePermission(request.caller, 'datasets.manage', 'dataset uploads');
  const mode = modeOf(request.query);
  checkContentType(request);
  if (!(request.body instanceof Readable)) {
    throw new RouteRefused(400, 'EMPTY_FILE', 'The request has no body: send the CSV file');
  }
  // The gateway signs the bytes in a trailer once it has sent them all: they are
  // digested as they are read and checked before anything is kept.
  const digest = new BodyDigest();
  const body = request.body;
  // pipeline, not pipe: a client that goes away mid-file ends the import (and its
  // transaction) at once rather than leaving it waiting for bytes.
  pipeline(body, digest).catch(() => {});
  const slug = request.params.slug;
  try {
    return await db.transaction().execute(async (trx) => {
      const dataset = await lockDatasetBySlug(trx, slug);
      if (!dataset) throw new RouteRefused(404, 'NOT_FOUND', `No dataset ${slug.slice(0, 80)}`);
      if (dataset.source !== 'UPLOADED') {
        throw new RouteRefused(
          409,
          'NOT_UPLOADED',
          `${dataset.slug}'s rows come from its ${dataset.source} source, not uploads`,
        );
      }
      const columns = await importColumnsOf(trx, dataset.id);
      const outcome = await importCsvStream(trx, {
        datasetId: dataset.id,
        mode,
        columns,
        body: digest,
      });
      const signed = isStreamedBodySigned(
        request.headers[CALLER_HEADER] as string | undefined,
        request.raw.trailers[BODY_SIGNATURE_TRAILER],
        digest.digest(),
        signingSecret,
      );
      if (!signed) {
        throw new RouteRefused(401, 'UNAUTHENTICATED', 'The body was not signed by the gateway');
      }
      if (outcome.errorCount > 0) {
        const first = outcome.errors[0]!;
        throw new RouteRefused(
          422,
          'INVALID_ROWS',
          `The CSV has ${outcome.errorCount} bad row(s); nothing was imported. Line ${first.line}` +
            `${first.column ? `, column ${first.column}` : ''}: ${first.message}`,
          {
            errorCount: outcome.errorCount,
            rowErrors: outcome.errors,
            reported: MAX_UPLOAD_ERRORS,
          },
        );
      }
      return {
        dataset: dataset.slug,
        mode,
        rowsImported: outcome.rowsImported,
        rowCount: await rowCountOf(trx, dataset.id),
      };
    });
  } catch (error) {
    if (error instanceof UploadUnreadable) {
      throw new RouteRefused(
        400,
        error.code,
        error.message,
        error.line ? { line: error.line } : {},
      );
    }
    if (isLockTaken(error)) {
      throw new RouteRefused(
        409,
        'IMPORT_IN_PROGRESS',
        `${slug} is being imported: try again when it is done`,
      );
    }
    throw error;
  } finally {
    // A refusal before the end leaves the rest of the body unread: drain it, so the
    // connection can answer.
    body.unpipe(digest);
    if (!body.destroyed) body.resume();
  }
}

/**
 * `POST /datasets/{slug}/rows.csv?mode=REPLACE|APPEND` (admins: `datasets.manage`): an
 * uploaded dataset's rows from a CSV file of any size, read as it arrives and written
 * in batches in one transaction: any bad row imports nothing and the answer (422)
 * lists the first 100 by line and column with the count of all; success is 200
 * `{ dataset, mode, rowsImported, rowCount }`. The gateway relays the body unbuffered.
 */
export function uploadRoutes(db: Kysely<DatasetsDatabase>, signingSecret: string) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerRouteError);
    // The body goes on unread, as a stream: the route reads (and checks) it itself.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post<UploadRoute>('/datasets/:slug/rows.csv', (request) =>
      answerUpload(db, signingSecret, request),
    );
  };
}
