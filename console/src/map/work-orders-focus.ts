import type { Map as MaplibreMap, VectorTileSource } from 'maplibre-gl';
import { WORK_ORDERS_SOURCE_LAYER } from './work-order-feature';

/** Sources the city's style may carry that the work-orders page leaves out. */
const OTHER_DATA_SOURCE_LAYERS = new Set(['requests', 'assets']);

/** Adds query parameters to a tile URL template, whose `{z}` must stay as written. */
export function withTileQuery(template: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  if (!query) return template;
  return `${template}${template.includes('?') ? '&' : '?'}${query}`;
}

/**
 * Readies the city's style for the open-work-orders page, before any tile is asked for:
 * the work-order tiles filtered as the list is (`open=true`), so that the clusters' counts
 * add up to the list's total; the other data layers (requests, assets) hidden, which also
 * spares their tiles (maplibre-gl loads no source that no visible layer uses). Streets and
 * districts stay.
 */
export function focusOnOpenWorkOrders(map: MaplibreMap) {
  const style = map.getStyle();
  const workOrderSources = new Set<string>();
  for (const layer of style.layers ?? []) {
    if (!('source-layer' in layer) || typeof layer.source !== 'string') continue;
    const sourceLayer = layer['source-layer'];
    if (sourceLayer === WORK_ORDERS_SOURCE_LAYER) workOrderSources.add(layer.source);
    if (sourceLayer && OTHER_DATA_SOURCE_LAYERS.has(sourceLayer)) {
      map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  }
  for (const id of workOrderSources) {
    // From the style: the source itself learns its tile URLs only once it has loaded.
    const spec = style.sources[id];
    const tiles = spec && 'tiles' in spec ? spec.tiles : undefined;
    if (!tiles) continue;
    map
      .getSource<VectorTileSource>(id)
      ?.setTiles(tiles.map((url) => withTileQuery(url, { open: 'true' })));
  }
}
