import { GeoPointRef } from './refs';

// The requests subgraph defines the identical type: shareable lets both resolve it.
GeoPointRef.implement({
  description: 'A position in WGS84 degrees.',
  shareable: true,
  fields: (t) => ({
    lon: t.exposeFloat('lon', { description: 'Longitude, -180 to 180.' }),
    lat: t.exposeFloat('lat', { description: 'Latitude, -90 to 90.' }),
  }),
});
