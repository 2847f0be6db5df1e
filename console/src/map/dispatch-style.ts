import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MaplibreMap,
  VectorTileSource,
} from 'maplibre-gl';
import type { DispatchMapMessages } from './dispatch-map-messages';
import { WORK_ORDERS_SOURCE_LAYER } from './work-order-feature';

/** The city style's work-order source and layers (assets' style-layers.ts names them). */
export const WORK_ORDERS_SOURCE = 'work-orders';
export const WORK_ORDER_POINTS_LAYER = 'work-orders';
export const WORK_ORDER_CLUSTERS_LAYER = 'work-order-clusters';

/** Our own layers over the style's, bottom to top. */
export const HIGHLIGHT_LAYERS = {
  bulk: 'dispatch-bulk-selection',
  recent: 'dispatch-recently-changed',
  selected: 'dispatch-selected',
} as const;
export const STATUS_LETTERS_LAYER = 'dispatch-status-letters';

/** Data layers of the city style the dispatcher map leaves out (and so never fetches). */
const OTHER_DATA_SOURCE_LAYERS = new Set(['requests', 'assets']);

const isIndividual: ExpressionSpecification = ['!=', ['get', 'cluster'], true];

/** The style's tile URL templates of the work-order source, without any query. */
const templates = new WeakMap<MaplibreMap, { base: string[]; query: string }>();

/** Only these ids, among individual work orders (an empty list: none). */
export function idsFilter(ids: Iterable<string>): FilterSpecification {
  return ['all', isIndividual, ['in', ['get', 'id'], ['literal', [...ids]]]];
}

/** The work-order tile URLs for a filter query (`toTileSearch`), from the style's own. */
export function workOrderTiles(base: readonly string[], search: URLSearchParams): string[] {
  const query = search.toString();
  return base.map((url) => (query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url));
}

/**
 * Points the work-order source at the filtered tiles, without rebuilding the map (its
 * view, selection and other sources stay). Nothing happens when the query is the same.
 */
export function setWorkOrderFilters(map: MaplibreMap, search: URLSearchParams): boolean {
  const known = templates.get(map);
  const query = search.toString();
  if (!known || known.query === query) return false;
  known.query = query;
  map.getSource<VectorTileSource>(WORK_ORDERS_SOURCE)?.setTiles(workOrderTiles(known.base, search));
  return true;
}

/** The work-order source's current tile URLs (for tests and diagnostics). */
export function currentWorkOrderTiles(map: MaplibreMap): string[] {
  const known = templates.get(map);
  if (!known) return [];
  return workOrderTiles(known.base, new URLSearchParams(known.query));
}

/** The colour of each status, read from the style's point layer (its `match`). */
export function statusColours(expression: unknown): Record<string, string> {
  const colours: Record<string, string> = {};
  if (!Array.isArray(expression) || expression[0] !== 'match') return colours;
  for (let i = 2; i + 1 < expression.length; i += 2) {
    const [key, colour] = [expression[i], expression[i + 1]];
    if (typeof key === 'string' && typeof colour === 'string') colours[key] = colour;
  }
  return colours;
}

/**
 * Readies the style for the dispatcher, before any tile is asked for: the work-order
 * tiles filtered as the list is; requests and assets hidden (their tiles then never
 * load); each point big enough for its status letter, which it carries (status is never
 * told by colour alone); and our highlight layers (bulk selection, recent changes, the
 * selected work order) under the points, empty for now.
 */
export function prepareDispatchStyle(
  map: MaplibreMap,
  search: URLSearchParams,
  letters: DispatchMapMessages['statusLetter'],
) {
  const style = map.getStyle();
  for (const layer of style.layers ?? []) {
    if (!('source-layer' in layer)) continue;
    const sourceLayer = layer['source-layer'];
    if (sourceLayer && OTHER_DATA_SOURCE_LAYERS.has(sourceLayer)) {
      map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  }
  const spec = style.sources[WORK_ORDERS_SOURCE];
  const base =
    spec && 'tiles' in spec && spec.tiles ? spec.tiles.map((url) => url.split('?')[0]!) : [];
  templates.set(map, { base, query: '' });
  setWorkOrderFilters(map, search);
  if (!map.getLayer(WORK_ORDER_POINTS_LAYER)) return;

  map.setPaintProperty(WORK_ORDER_POINTS_LAYER, 'circle-radius', [
    'interpolate',
    ['linear'],
    ['zoom'],
    14,
    8,
    18,
    11,
  ]);
  const font = map.getLayoutProperty('work-order-cluster-counts', 'text-font') as
    | string[]
    | undefined;
  const ring = (id: string, colour: string, radius: number, width: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: WORK_ORDERS_SOURCE,
    'source-layer': WORK_ORDERS_SOURCE_LAYER,
    filter: idsFilter([]),
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 8 + radius, 18, 11 + radius],
      'circle-color': colour,
      'circle-opacity': 0.35,
      'circle-stroke-color': colour,
      'circle-stroke-width': width,
    },
  });
  map.addLayer(ring(HIGHLIGHT_LAYERS.bulk, '#0f766e', 5, 3), WORK_ORDER_POINTS_LAYER);
  map.addLayer(ring(HIGHLIGHT_LAYERS.recent, '#ca8a04', 9, 0), WORK_ORDER_POINTS_LAYER);
  map.addLayer(ring(HIGHLIGHT_LAYERS.selected, '#0b57d0', 6, 3), WORK_ORDER_POINTS_LAYER);
  const letter = statusLetterExpression(letters);
  map.addLayer({
    id: STATUS_LETTERS_LAYER,
    type: 'symbol',
    source: WORK_ORDERS_SOURCE,
    'source-layer': WORK_ORDERS_SOURCE_LAYER,
    filter: isIndividual,
    layout: {
      'text-field': letter,
      ...(font ? { 'text-font': font } : {}),
      'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 18, 13],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  });
}

/** Shows `ids` in one of our highlight layers. */
export function highlight(map: MaplibreMap, layer: string, ids: Iterable<string>) {
  if (map.getLayer(layer)) map.setFilter(layer, idsFilter(ids));
}

/** The status letters follow the language (P/H in English, C/E in Spanish). */
export function setStatusLetters(map: MaplibreMap, letters: DispatchMapMessages['statusLetter']) {
  if (!map.getLayer(STATUS_LETTERS_LAYER)) return;
  map.setLayoutProperty(STATUS_LETTERS_LAYER, 'text-field', statusLetterExpression(letters));
}

/** Each status's letter, as a style expression over a feature's `status`. */
export function statusLetterExpression(
  letters: DispatchMapMessages['statusLetter'],
): ExpressionSpecification {
  return [
    'match',
    ['get', 'status'],
    ...Object.entries(letters).flat(),
    '',
  ] as unknown as ExpressionSpecification;
}
