import { type Feature, fromGeojsonVt } from '@maplibre/vt-pbf';
import { TILE_EXTENT } from './tile-address';

/** What an MVT feature property may hold; null and undefined are left out. */
export type TilePropertyValue = string | number | boolean | null | undefined;
export type TileProperties = Record<string, TilePropertyValue>;

/** A feature in tile units (see `projectToTile`), ready to encode. */
export type TileFeature = Feature;

function present(properties: TileProperties): Record<string, string | number | boolean> {
  const kept: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== null && value !== undefined) kept[key] = value;
  }
  return kept;
}

/**
 * A point feature. Ids are properties (`id`), not MVT feature ids: ours are UUIDs and
 * MVT ids are integers; styles use `promoteId: "id"`.
 */
export function pointFeature(x: number, y: number, properties: TileProperties): TileFeature {
  return { type: 1, geometry: [[x, y]], tags: present(properties) };
}

/** A line (one or more parts) in tile units. */
export function lineFeature(
  parts: Array<Array<[number, number]>>,
  properties: TileProperties,
): TileFeature {
  return { type: 2, geometry: parts, tags: present(properties) };
}

/**
 * The tile's bytes: one MVT layer per entry, empty layers left out (an empty tile is
 * zero bytes, still a valid tile).
 */
export function encodeTile(layers: Record<string, readonly TileFeature[]>): Uint8Array {
  const kept: Parameters<typeof fromGeojsonVt>[0] = {};
  for (const [name, features] of Object.entries(layers)) {
    if (features.length > 0) {
      kept[name] = { features: [...features] } as unknown as (typeof kept)[string];
    }
  }
  return fromGeojsonVt(kept, { version: 2, extent: TILE_EXTENT });
}
