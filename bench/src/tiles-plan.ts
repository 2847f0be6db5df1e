import {
  type Bbox,
  bboxesIntersect,
  geometryBbox,
  type MultiPolygon,
  type Polygon,
  pointInPolygon,
  TILE_EXTENT,
  type TileAddress,
  tileBbox,
  tileUnitsSql,
} from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';

/** The city the tiles cover: its boundary (requests' copy) and that boundary's box. */
export interface City {
  name: string;
  boundary: Polygon | MultiPolygon;
  box: Bbox;
}

export async function readCity(db: Kysely<unknown>): Promise<City> {
  const { rows } = await sql<{
    name: string;
    boundary: Polygon | MultiPolygon;
  }>`select name, boundary from requests.city`.execute(db);
  const city = rows[0];
  if (!city) throw new Error('requests.city is empty: the database was never seeded');
  return { ...city, box: geometryBbox(city.boundary) };
}

/** The tile of the pyramid holding a point at zoom `z`. */
export function tileOf(z: number, lon: number, lat: number): TileAddress {
  const sinLat = Math.sin((lat * Math.PI) / 180);
  const worldX = (lon + 180) / 360;
  const worldY = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
  return { z, x: Math.floor(worldX * 2 ** z), y: Math.floor(worldY * 2 ** z) };
}

/** Every tile at zoom `z` whose box meets `box`, west to east, north to south. */
export function tilesCovering(box: Bbox, z: number): TileAddress[] {
  const northWest = tileOf(z, box.west, box.north);
  const southEast = tileOf(z, box.east, box.south);
  const tiles: TileAddress[] = [];
  for (let y = northWest.y; y <= southEast.y; y++) {
    for (let x = northWest.x; x <= southEast.x; x++) {
      if (bboxesIntersect(tileBbox({ z, x, y }), box)) tiles.push({ z, x, y });
    }
  }
  return tiles;
}

/**
 * The `count` tiles at zoom `z` holding the most requests: one grouping over the
 * requests table, with the projection the tiles themselves use.
 */
export async function densestTiles(
  db: Kysely<unknown>,
  z: number,
  count: number,
): Promise<Array<TileAddress & { requests: number }>> {
  const world = tileUnitsSql({ z, x: 0, y: 0 }, sql.ref('lon'), sql.ref('lat'));
  const { rows } = await sql<{ x: number; y: number; requests: number }>`
    select floor(${world.x} / ${TILE_EXTENT})::int as x,
           floor(${world.y} / ${TILE_EXTENT})::int as y,
           count(*)::int as requests
    from requests.service_requests
    group by 1, 2
    order by requests desc, x, y
    limit ${count}`.execute(db);
  return rows.map((row) => ({ z, x: row.x, y: row.y, requests: row.requests }));
}

/** A small seeded generator (mulberry32): the same "random" tiles on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` distinct tiles at zoom `z` around random points inside the city's boundary. */
export function randomTilesInside(city: City, z: number, count: number, seed = 311): TileAddress[] {
  const random = seeded(seed);
  const found = new Map<string, TileAddress>();
  for (let tries = 0; found.size < count && tries < count * 1000; tries++) {
    const lon = city.box.west + random() * (city.box.east - city.box.west);
    const lat = city.box.south + random() * (city.box.north - city.box.south);
    if (!pointInPolygon(city.boundary, lon, lat)) continue;
    const tile = tileOf(z, lon, lat);
    found.set(`${tile.x}/${tile.y}`, tile);
  }
  return [...found.values()];
}

export const address = (tile: TileAddress) => `${tile.z}/${tile.x}/${tile.y}`;
