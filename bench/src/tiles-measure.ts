import type { TileAddress } from '@civicgraph/platform';
import { decodeTile } from '@civicgraph/platform/testing';
import { percentile } from './load';
import { address } from './tiles-plan';

/** One tile as the client got it through the gateway. */
export interface TileFetch {
  address: string;
  status: number;
  /** From sending the request to the last byte of the answer. */
  ms: number;
  bytes: number;
  etag: string | null;
  body: Uint8Array;
}

/** GETs one tile (or any path) and reads it to the end; times the whole exchange. */
export async function fetchTile(
  origin: string,
  path: string,
  headers: Record<string, string>,
): Promise<Omit<TileFetch, 'address'>> {
  const sent = performance.now();
  const response = await fetch(`${origin}${path}`, {
    headers,
    signal: AbortSignal.timeout(120_000),
  });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - sent;
  return {
    status: response.status,
    ms,
    bytes: body.byteLength,
    etag: response.headers.get('etag'),
    body,
  };
}

/** What a tile holds: features, how many of them are grid cells, the points they stand for. */
export interface TileContent {
  features: number;
  clusters: number;
  /** Individual features plus the `count` of each grid cell. */
  points: number;
}

export function contentOf(body: Uint8Array): TileContent {
  const content = { features: 0, clusters: 0, points: 0 };
  for (const features of Object.values(decodeTile(body))) {
    for (const feature of features) {
      content.features++;
      if (feature.properties.cluster === true) {
        content.clusters++;
        content.points += Number(feature.properties.count ?? 0);
      } else {
        content.points++;
      }
    }
  }
  return content;
}

/** One layer, one filter, one set of tiles: timings and sizes, and the slowest tile. */
export interface GroupResult {
  layer: string;
  filter: string;
  /** `10`, `13`, `16 densest`, `16 random`. */
  set: string;
  zoom: number;
  tiles: number;
  ms: { p50: number; p95: number; max: number; mean: number };
  bytes: { mean: number; max: number; total: number };
  features: { mean: number; max: number };
  /** Tiles drawn as a grid of aggregates (some cell with `cluster: true`). */
  gridTiles: number;
  emptyTiles: number;
  slowest: { address: string; ms: number; bytes: number } & TileContent;
  failures: Array<{ address: string; status: number; body: string }>;
}

/**
 * Fetches `tiles` of `layer` one after another (the time of one tile, not throughput:
 * two cores serve the gateway, the subgraph and PostgreSQL here) and sums them up.
 */
export async function measureGroup(options: {
  origin: string;
  headers: () => Promise<Record<string, string>>;
  layer: string;
  filter: string;
  query: string;
  set: string;
  tiles: TileAddress[];
}): Promise<GroupResult> {
  const headers = await options.headers();
  const fetched: Array<TileFetch & TileContent> = [];
  const failures: GroupResult['failures'] = [];
  for (const tile of options.tiles) {
    const path = `/tiles/${options.layer}/${address(tile)}.mvt${options.query}`;
    const answer = await fetchTile(options.origin, path, headers);
    if (answer.status !== 200) {
      failures.push({
        address: address(tile),
        status: answer.status,
        body: Buffer.from(answer.body).toString('utf8').slice(0, 300),
      });
      continue;
    }
    fetched.push({ ...answer, address: address(tile), ...contentOf(answer.body) });
  }
  const times = fetched.map((f) => f.ms).sort((a, b) => a - b);
  const slowest = fetched.reduce<(typeof fetched)[number] | null>(
    (worst, f) => (worst === null || f.ms > worst.ms ? f : worst),
    null,
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const mean = (values: number[]) => (values.length ? sum(values) / values.length : 0);
  const bytes = fetched.map((f) => f.bytes);
  const features = fetched.map((f) => f.features);
  return {
    layer: options.layer,
    filter: options.filter,
    set: options.set,
    zoom: options.tiles[0]?.z ?? 0,
    tiles: fetched.length,
    ms: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? 0,
      mean: mean(times),
    },
    bytes: { mean: mean(bytes), max: Math.max(0, ...bytes), total: sum(bytes) },
    features: { mean: mean(features), max: Math.max(0, ...features) },
    gridTiles: fetched.filter((f) => f.clusters > 0).length,
    emptyTiles: fetched.filter((f) => f.features === 0).length,
    slowest: slowest
      ? {
          address: slowest.address,
          ms: slowest.ms,
          bytes: slowest.bytes,
          features: slowest.features,
          clusters: slowest.clusters,
          points: slowest.points,
        }
      : { address: '–', ms: 0, bytes: 0, features: 0, clusters: 0, points: 0 },
    failures,
  };
}

/** A 304 answer's time: the tile fetched once for its ETag, then asked again `times` times. */
export interface RevalidationResult {
  layer: string;
  address: string;
  fullMs: number;
  bytes: number;
  notModified: number;
  asked: number;
  ms: { p50: number; max: number };
}

export async function measureRevalidation(options: {
  origin: string;
  headers: Record<string, string>;
  layer: string;
  tile: TileAddress;
  times: number;
}): Promise<RevalidationResult> {
  const path = `/tiles/${options.layer}/${address(options.tile)}.mvt`;
  const first = await fetchTile(options.origin, path, options.headers);
  const times: number[] = [];
  let notModified = 0;
  for (let i = 0; i < options.times; i++) {
    const again = await fetchTile(options.origin, path, {
      ...options.headers,
      ...(first.etag ? { 'if-none-match': first.etag } : {}),
    });
    if (again.status === 304) notModified++;
    times.push(again.ms);
  }
  times.sort((a, b) => a - b);
  return {
    layer: options.layer,
    address: address(options.tile),
    fullMs: first.ms,
    bytes: first.bytes,
    notModified,
    asked: options.times,
    ms: { p50: percentile(times, 50), max: times.at(-1) ?? 0 },
  };
}
