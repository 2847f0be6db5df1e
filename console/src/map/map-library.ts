import type * as MaplibreModule from 'maplibre-gl';

/**
 * What the console asks of a map library: maplibre-gl's API, which mapbox-gl 3 shares for
 * everything used here (Map, the three controls, sources, layers, events).
 */
export type MapLibrary = Pick<
  typeof MaplibreModule,
  'Map' | 'NavigationControl' | 'ScaleControl' | 'AttributionControl'
>;

/** The Mapbox base style the map draws under our own work-order layers. */
export const MAPBOX_STYLE = 'mapbox://styles/mapbox/light-v11';

/**
 * Which library draws the map: mapbox-gl (with a Mapbox base style) when the build has
 * a Mapbox access token, maplibre-gl (with the city's own style) otherwise. mapbox-gl
 * blanks its map without a valid token, so it is never the default.
 */
export type MapRenderer = { kind: 'maplibre' } | { kind: 'mapbox'; accessToken: string };

export function chooseRenderer(env: { VITE_MAPBOX_TOKEN?: string | undefined }): MapRenderer {
  const token = env.VITE_MAPBOX_TOKEN?.trim();
  return token ? { kind: 'mapbox', accessToken: token } : { kind: 'maplibre' };
}

/** The renderer this build uses. */
export const buildRenderer: MapRenderer = chooseRenderer(import.meta.env);

/** Loads the chosen library only: each is a chunk of its own, the other never fetched. */
export async function loadMapLibrary(renderer: MapRenderer): Promise<MapLibrary> {
  if (renderer.kind === 'mapbox') {
    const { mapboxgl } = await import('./mapbox');
    mapboxgl.accessToken = renderer.accessToken;
    return mapboxgl as unknown as MapLibrary;
  }
  const { maplibregl } = await import('./maplibre');
  return maplibregl;
}
