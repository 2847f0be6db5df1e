import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

/** A decoded feature: its geometry type, properties and geometry in tile units. */
export interface DecodedFeature {
  type: 'Point' | 'LineString' | 'Polygon' | 'Unknown';
  properties: Record<string, string | number | boolean>;
  geometry: Array<Array<{ x: number; y: number }>>;
}

const TYPES = ['Unknown', 'Point', 'LineString', 'Polygon'] as const;

/**
 * A tile's layers as plain objects, decoded with `@mapbox/vector-tile` (the decoder
 * the renderers use), so tests read what a map would draw.
 */
export function decodeTile(bytes: Uint8Array | ArrayBuffer): Record<string, DecodedFeature[]> {
  const tile = new VectorTile(
    new PbfReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)),
  );
  const layers: Record<string, DecodedFeature[]> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      features.push({
        type: TYPES[feature.type] ?? 'Unknown',
        properties: { ...feature.properties } as Record<string, string | number | boolean>,
        geometry: feature.loadGeometry().map((ring) => ring.map(({ x, y }) => ({ x, y }))),
      });
    }
    layers[name] = features;
  }
  return layers;
}
