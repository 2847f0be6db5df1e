import { sendOpen311Refusal } from './open311-refusals';
import type { SubgraphRoute } from './subgraph-routes';

const MIB = 1024 * 1024;

/**
 * Tiles are counted apart from the graph, at ten times the caller's limit: one map
 * view asks for a dozen tiles of each layer it shows, so the anonymous 300 a minute
 * would last a public map about eight pans, and a busy map would starve the caller's
 * GraphQL calls.
 */
const TILE_RATE_SHARE = { bucket: 'tiles', factor: 10 };

/** A tile route: GET only, no body, tiles are small (a dense one is a few hundred KiB). */
function tiles(layer: string, subgraph: string): SubgraphRoute {
  return {
    rateShare: TILE_RATE_SHARE,
    prefix: `/tiles/${layer}`,
    subgraph,
    methods: ['GET'],
    maxBodyBytes: 1024,
    maxResponseBytes: 4 * MIB,
  };
}

/**
 * The subgraphs' HTTP routes this origin serves besides /graphql. Photos: uploads of
 * at most 8 MiB, as the requests subgraph accepts (a larger body stops here). Map
 * tiles: each layer from the subgraph that owns its data; the style from assets,
 * which owns the city's geography.
 */
export const PUBLIC_SUBGRAPH_ROUTES: readonly SubgraphRoute[] = [
  {
    prefix: '/photos',
    subgraph: 'requests',
    methods: ['GET', 'POST'],
    maxBodyBytes: 8 * MIB,
    maxResponseBytes: 16 * MIB,
  },
  // GeoReport v2 clients send their key as `api_key` and read errors as the spec's
  // list. No rateShare: Open311 counts against the caller's one budget, as /graphql
  // does. A key's limit is what the city granted that partner, whichever protocol it
  // speaks (a share apart would double it), and each Open311 call is one page of the
  // same reads a GraphQL query makes, not the dozens of small tiles a map view asks for.
  {
    prefix: '/open311/v2',
    subgraph: 'requests',
    methods: ['GET', 'POST'],
    maxBodyBytes: 64 * 1024,
    maxResponseBytes: 16 * MIB,
    apiKeyParameter: 'api_key',
    sendRefusal: sendOpen311Refusal,
  },
  // The DCAT-US catalog: one small JSON document harvesters poll (GET only).
  {
    prefix: '/data.json',
    subgraph: 'datasets',
    methods: ['GET'],
    maxBodyBytes: 1024,
    maxResponseBytes: 16 * MIB,
  },
  // Open data exports, streamed: a whole dataset may be a file of a few hundred MiB.
  // No rateShare: one export is one request of the caller's budget, however large.
  {
    prefix: '/datasets',
    subgraph: 'datasets',
    methods: ['GET'],
    maxBodyBytes: 1024,
    maxResponseBytes: 2048 * MIB,
    streamed: true,
  },
  // Admins' CSV uploads into a dataset (POST /datasets/{slug}/rows.csv): the body is
  // relayed as it arrives, up to MAX_UPLOAD_BYTES (this limit is its default).
  {
    prefix: '/datasets',
    subgraph: 'datasets',
    methods: ['POST'],
    maxBodyBytes: 256 * MIB,
    maxResponseBytes: MIB,
    streamedBody: true,
    // Replacing a large dataset first deletes its rows, and a busy database may take
    // longer than the default to read the next chunk: a pause this long means a stall.
    timeoutMs: 120_000,
  },
  tiles('work-orders', 'requests'),
  tiles('requests', 'requests'),
  tiles('assets', 'assets'),
  tiles('streets', 'assets'),
  tiles('districts', 'assets'),
  { ...tiles('style.json', 'assets'), maxResponseBytes: MIB },
];
