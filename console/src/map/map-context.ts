import type { Map as MaplibreMap } from 'maplibre-gl';
import { createContext, use } from 'react';

/** The map a <CityMap> shows, once its style has loaded; null before then. */
export const MapContext = createContext<MaplibreMap | null>(null);

/**
 * The map of the <CityMap> around this component. Its children render only once the
 * style has loaded, so they can read the style's layers and add their own.
 */
export function useCityMap(): MaplibreMap {
  const map = use(MapContext);
  if (!map) throw new Error('useCityMap() needs a <CityMap> above it');
  return map;
}
