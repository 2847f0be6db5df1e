import {
  type Bbox,
  type Feature,
  type Geometry,
  TILE_EXTENT,
  type TileAddress,
  type TileFeature,
} from '@civicgraph/platform';
import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import type { Kysely } from 'kysely';
import type { AssetsDatabase } from '../db/database';
import { labelPoint } from './district-label-point';
import { geographyContentHash } from './layer-versions';

/** Deepest zoom the indexes keep detail for; deeper tiles are cut from this one's (overzoom). */
export const GEOGRAPHY_INDEX_MAX_ZOOM = 16;
/** Tile units drawn beyond each edge, so lines and labels are not cut at tile borders. */
const TILE_BUFFER = 64;
/** How often, at most, the tables are asked whether the geography changed. */
const DEFAULT_RECHECK_MS = 60_000;

/** The city as the map frames it. */
export interface CityFrame {
  id: string;
  name: string;
  bbox: Bbox;
}

/**
 * The city's streets, districts and boundary, sliced into tiles: one `GeoJSONVT` index
 * per MVT layer, built once per content hash.
 */
export interface GeographySnapshot {
  /** `geographyContentHash` of the rows the indexes were built from. */
  hash: string;
  /** Null until the city profile is seeded: then every tile is empty. */
  city: CityFrame | null;
  layers: {
    streets: GeoJSONVT;
    districts: GeoJSONVT;
    'district-labels': GeoJSONVT;
    city: GeoJSONVT;
  };
}

export type GeographyLayer = keyof GeographySnapshot['layers'];

function sliced(features: Feature<Geometry, Record<string, string | number>>[]): GeoJSONVT {
  return new GeoJSONVT(
    { type: 'FeatureCollection', features } as ConstructorParameters<typeof GeoJSONVT>[0],
    {
      maxZoom: GEOGRAPHY_INDEX_MAX_ZOOM,
      extent: TILE_EXTENT,
      buffer: TILE_BUFFER,
    },
  );
}

function feature<G extends Geometry>(geometry: G, properties: Record<string, string | number>) {
  return { type: 'Feature' as const, geometry, properties };
}

async function buildSnapshot(db: Kysely<AssetsDatabase>): Promise<GeographySnapshot> {
  // One snapshot of the three tables: the hash names exactly the rows indexed.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const hash = await geographyContentHash(trx);
      const streets = await trx
        .selectFrom('streets')
        .select(['id', 'name', 'axis', 'geometry'])
        .orderBy('id')
        .execute();
      const districts = await trx
        .selectFrom('districts')
        .select(['number', 'name', 'boundary'])
        .orderBy('number')
        .execute();
      const city = await trx.selectFrom('city').selectAll().executeTakeFirst();
      const labels = districts.flatMap((district) => {
        const at = labelPoint(district.boundary);
        return at
          ? [
              feature(
                { type: 'Point', coordinates: at },
                { number: district.number, name: district.name },
              ),
            ]
          : [];
      });
      return {
        hash,
        city: city
          ? {
              id: city.id,
              name: city.name,
              bbox: { west: city.west, south: city.south, east: city.east, north: city.north },
            }
          : null,
        layers: {
          streets: sliced(
            streets.map((s) => feature(s.geometry, { id: s.id, name: s.name, axis: s.axis })),
          ),
          districts: sliced(
            districts.map((d) => feature(d.boundary, { number: d.number, name: d.name })),
          ),
          'district-labels': sliced(labels),
          city: sliced(city ? [feature(city.boundary, { name: city.name })] : []),
        },
      };
    });
}

/** Whether a feature in tile units reaches into the tile or its buffer. */
function reachesTile(geometry: Array<[number, number]> | Array<Array<[number, number]>>): boolean {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const visit = ([x, y]: [number, number]) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (const part of geometry) {
    if (typeof part[0] === 'number') visit(part as [number, number]);
    else for (const point of part as Array<[number, number]>) visit(point);
  }
  return (
    maxX >= -TILE_BUFFER &&
    minX <= TILE_EXTENT + TILE_BUFFER &&
    maxY >= -TILE_BUFFER &&
    minY <= TILE_EXTENT + TILE_BUFFER
  );
}

/**
 * The features of one layer in `tile`. Past the indexes' deepest zoom, the tile is cut
 * from its ancestor at that zoom: coordinates scaled up and shifted (exact: the factor
 * is a power of two), features that miss the tile and its buffer left out. Renderers
 * clip what reaches beyond.
 */
export function geographyFeatures(index: GeoJSONVT, tile: TileAddress): TileFeature[] {
  if (tile.z <= GEOGRAPHY_INDEX_MAX_ZOOM) {
    return (index.getTile(tile.z, tile.x, tile.y)?.features ?? []) as TileFeature[];
  }
  const factor = 2 ** (tile.z - GEOGRAPHY_INDEX_MAX_ZOOM);
  const parentX = Math.floor(tile.x / factor);
  const parentY = Math.floor(tile.y / factor);
  const parent = index.getTile(GEOGRAPHY_INDEX_MAX_ZOOM, parentX, parentY);
  if (!parent) return [];
  const offsetX = (tile.x - parentX * factor) * TILE_EXTENT;
  const offsetY = (tile.y - parentY * factor) * TILE_EXTENT;
  const scale = ([x, y]: [number, number]): [number, number] => [
    x * factor - offsetX,
    y * factor - offsetY,
  ];
  const features: TileFeature[] = [];
  for (const source of parent.features as GeoJSONVTFeature[]) {
    const scaled: GeoJSONVTFeature =
      source.type === 1
        ? { type: 1, tags: source.tags, geometry: source.geometry.map(scale) }
        : {
            type: source.type,
            tags: source.tags,
            geometry: source.geometry.map((ring) => ring.map(scale)),
          };
    if (reachesTile(scaled.geometry)) features.push(scaled as TileFeature);
  }
  return features;
}

/**
 * The `streets` and `districts` layers' source: small, slow-changing tables, kept in
 * memory as tile indexes. At most every `recheckMs` a request asks the database for the
 * tables' content hash (one small query); the indexes are rebuilt only when it changed.
 * Concurrent requests share one check.
 */
export class GeographyTiles {
  private snapshot: GeographySnapshot | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<GeographySnapshot> | undefined;
  private readonly recheckMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<AssetsDatabase>,
    options: { recheckMs?: number; now?: () => number } = {},
  ) {
    this.recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
    this.now = options.now ?? Date.now;
  }

  /** The current snapshot, rebuilt first if the tables changed since the last check. */
  current(): Promise<GeographySnapshot> {
    if (this.snapshot && this.now() - this.checkedAt < this.recheckMs) {
      return Promise.resolve(this.snapshot);
    }
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<GeographySnapshot> {
    const started = this.now();
    const hash = await geographyContentHash(this.db);
    if (this.snapshot?.hash !== hash) this.snapshot = await buildSnapshot(this.db);
    this.checkedAt = started;
    return this.snapshot;
  }
}
