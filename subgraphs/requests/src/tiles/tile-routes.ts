import {
  answerRouteError,
  assertRoutePermission,
  encodeTile,
  parseTileAddress,
  type QueryParams,
  sendTile,
  TILE_CACHE_CONTROL,
  type TileAddress,
  tileEtag,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { tileDataVersion } from './layer-version';
import { tileMissesCity } from './point-tile';
import { REQUESTS_LAYER, requestTile, toRequestFilter } from './request-tile';
import { requestTileFilter, workOrderTileFilter } from './tile-filters';
import { type TileServices, tileServices } from './tile-services';
import { toWorkOrderFilter, WORK_ORDERS_LAYER, workOrderTile } from './work-order-tile';

interface TileRequest {
  layer: string;
  tile: TileAddress;
  /** The normalized filters: part of the ETag. */
  filter: unknown;
  cacheControl: string;
  build: (services: TileServices) => Promise<Uint8Array>;
}

/**
 * Answers one tile: empty without asking for points when it lies outside the city;
 * else an ETag from the layer's data version, and the tile built only when the
 * client's copy is not current. The version is read before the tile, so a change in
 * between gives newer bytes under the older tag (fetched again once), never the reverse.
 */
async function answerTile(
  db: Kysely<RequestsDatabase>,
  request: FastifyRequest,
  reply: FastifyReply,
  { layer, tile, filter, cacheControl, build }: TileRequest,
) {
  const address = [layer, tile.z, tile.x, tile.y, filter];
  if (await tileMissesCity(db, tile)) {
    return sendTile(request, reply, {
      etag: tileEtag(...address, 'outside-city'),
      cacheControl,
      render: async () => encodeTile({}),
    });
  }
  const version = await tileDataVersion(db);
  return sendTile(request, reply, {
    etag: tileEtag(...address, version),
    cacheControl,
    render: async () => build(await tileServices(db)),
  });
}

type TileRoute = { Params: { z?: string; x?: string; file?: string }; Querystring: QueryParams };

/**
 * `GET /tiles/work-orders/{z}/{x}/{y}.mvt` (staff: `work-orders.read`) and
 * `GET /tiles/requests/{z}/{x}/{y}.mvt` (public, no personal data), filtered by query
 * parameters as the lists are; the gateway serves them at the same paths.
 */
export function tileRoutes(db: Kysely<RequestsDatabase>) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerRouteError);

    scope.get<TileRoute>(`/tiles/${WORK_ORDERS_LAYER}/:z/:x/:file`, async (request, reply) => {
      assertRoutePermission(request.caller, 'work-orders.read', `the ${WORK_ORDERS_LAYER} map`);
      const tile = parseTileAddress(request.params);
      const given = workOrderTileFilter(request.query);
      return answerTile(db, request, reply, {
        layer: WORK_ORDERS_LAYER,
        tile,
        filter: given,
        cacheControl: TILE_CACHE_CONTROL.staffLive,
        build: (services) => workOrderTile(db, tile, toWorkOrderFilter(given, services), services),
      });
    });

    scope.get<TileRoute>(`/tiles/${REQUESTS_LAYER}/:z/:x/:file`, async (request, reply) => {
      assertRoutePermission(request.caller, 'requests.map.read', `the ${REQUESTS_LAYER} map`);
      const tile = parseTileAddress(request.params);
      const given = requestTileFilter(request.query);
      return answerTile(db, request, reply, {
        layer: REQUESTS_LAYER,
        tile,
        filter: given,
        cacheControl: TILE_CACHE_CONTROL.publicLive,
        build: (services) => requestTile(db, tile, toRequestFilter(given, services), services),
      });
    });
  };
}
