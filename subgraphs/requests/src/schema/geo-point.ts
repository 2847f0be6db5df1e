import { GeoPointRef } from './refs';

GeoPointRef.implement({
  description: 'A WGS84 position.',
  // assets defines the identical type; both may resolve it.
  shareable: true,
  fields: (t) => ({
    lon: t.exposeFloat('lon', { description: 'Longitude in degrees, east positive.' }),
    lat: t.exposeFloat('lat', { description: 'Latitude in degrees, north positive.' }),
  }),
});
