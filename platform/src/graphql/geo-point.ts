import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { AnySubgraphTypes } from './subgraph-builder';

export interface GeoPoint {
  lon: number;
  lat: number;
}

/**
 * The `GeoPoint` type, defined once for every subgraph that returns positions:
 * shareable, so that each of them may resolve it, with one description.
 */
export function geoPointRef<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
) {
  const shared = builder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const ref = shared.objectRef<GeoPoint>('GeoPoint').implement({
    description: 'A position in WGS84 degrees.',
    shareable: true,
    // A value, not a record: who may read a position is up to the field that returns it.
    authScopes: { public: true },
    fields: (t) => ({
      lon: t.exposeFloat('lon', { description: 'Longitude, -180 to 180, east positive.' }),
      lat: t.exposeFloat('lat', { description: 'Latitude, -90 to 90, north positive.' }),
    }),
  });
  return ref as unknown as ObjectRef<Types, GeoPoint>;
}
