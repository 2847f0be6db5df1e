import {
  answerRouteError,
  assertRoutePermission,
  bboxesIntersect,
  encodeTile,
  matchesIfNoneMatch,
  type Permission,
  parseTileAddress,
  publicOriginOf,
  type QueryParams,
  sendTile,
  TILE_CACHE_CONTROL,
  type TileAddress,
  tileBbox,
  tileEtag,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AssetsDatabase } from '../db/database';
import { ASSETS_LAYER, renderAssetTile } from './asset-tile';
import { assetTileFilter } from './asset-tile-filter';
import {
  type GeographyLayer,
  type GeographySnapshot,
  type GeographyTiles,
  geographyFeatures,
} from './geography-tiles';
import { assetsLayerVersion } from './layer-versions';
import { buildStyle } from './style-builder';

/** Tile units of buffer the city test allows: a tile whose buffer reaches the city may draw it. */
const EDGE_BUFFER = 64;

type TileRequest = FastifyRequest<{
  Params: { z?: string; x?: string; file?: string };
  Querystring: QueryParams;
}>;

/** Whether the tile (with its buffer) touches the city's box; no city: nothing does. */
function inCity(snapshot: GeographySnapshot, tile: TileAddress): boolean {
  return snapshot.city !== null && bboxesIntersect(tileBbox(tile, EDGE_BUFFER), snapshot.city.bbox);
}

const EMPTY_TILE = async () => encodeTile({});

/**
 * A tile of the in-memory geography: `streets`, or `districts` (with its label points
 * and the city limits as two more MVT layers).
 */
function geographyRoute(
  geography: GeographyTiles,
  name: string,
  layers: readonly GeographyLayer[],
  permission: Permission,
) {
  return async (request: TileRequest, reply: FastifyReply) => {
    assertRoutePermission(request.caller, permission, `${name} tiles`);
    const tile = parseTileAddress(request.params);
    const snapshot = await geography.current();
    return sendTile(request, reply, {
      etag: tileEtag(name, tile, snapshot.hash),
      cacheControl: TILE_CACHE_CONTROL.publicSlow,
      render: inCity(snapshot, tile)
        ? async () =>
            encodeTile(
              Object.fromEntries(
                layers.map((layer) => [layer, geographyFeatures(snapshot.layers[layer], tile)]),
              ),
            )
        : EMPTY_TILE,
    });
  };
}

/**
 * `/tiles/assets|streets|districts/{z}/{x}/{y}.mvt` and `/tiles/style.json`, behind the
 * gateway's signed caller like every route of the subgraph (the gateway serves them at
 * the same paths on the public origin). Refusals are JSON; nothing a client sends makes
 * a 500.
 */
export function tileRoutes(db: Kysely<AssetsDatabase>, geography: GeographyTiles) {
  return async (scope: FastifyInstance) => {
    scope.setErrorHandler(answerRouteError);

    scope.get('/tiles/assets/:z/:x/:file', async (request: TileRequest, reply) => {
      assertRoutePermission(request.caller, 'assets.read', 'asset tiles');
      const tile = parseTileAddress(request.params);
      const filter = assetTileFilter(request.query);
      const snapshot = await geography.current();
      const answer = { cacheControl: TILE_CACHE_CONTROL.privateSlow };
      if (!inCity(snapshot, tile)) {
        return sendTile(request, reply, {
          ...answer,
          etag: tileEtag(ASSETS_LAYER, tile, filter, 'outside the city', snapshot.hash),
          render: EMPTY_TILE,
        });
      }
      // Read before the tile: a change committing in between gives newer bytes under the
      // older ETag (fetched again next time), never older bytes under a current one.
      const version = await assetsLayerVersion(db);
      return sendTile(request, reply, {
        ...answer,
        etag: tileEtag(ASSETS_LAYER, tile, filter, version, snapshot.hash),
        render: () => renderAssetTile(db, tile, filter),
      });
    });

    scope.get(
      '/tiles/streets/:z/:x/:file',
      geographyRoute(geography, 'streets', ['streets'], 'geography.read'),
    );
    scope.get(
      '/tiles/districts/:z/:x/:file',
      geographyRoute(
        geography,
        'districts',
        ['districts', 'district-labels', 'city'],
        'geography.read',
      ),
    );

    // The style differs by caller (which sources) and origin: private, revalidated each use.
    scope.get('/tiles/style.json', async (request, reply) => {
      const snapshot = await geography.current();
      const body = JSON.stringify(
        buildStyle({
          city: snapshot.city,
          caller: request.caller,
          origin: publicOriginOf(request),
        }),
      );
      const etag = tileEtag(body);
      reply
        .header('etag', etag)
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff');
      if (matchesIfNoneMatch(request, etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(body);
    });
  };
}
