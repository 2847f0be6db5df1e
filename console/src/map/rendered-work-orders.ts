import type { MapGeoJSONFeature, Map as MaplibreMap } from 'maplibre-gl';
import {
  HIGHLIGHT_LAYERS,
  WORK_ORDER_CLUSTERS_LAYER,
  WORK_ORDER_POINTS_LAYER,
} from './dispatch-style';
import { readWorkOrderFeature } from './work-order-feature';

/** The performance mark set when the first work orders are drawn (the bench reads it). */
export const FIRST_WORK_ORDERS_MARK = 'civicgraph:first-work-orders';

/** At most this many features are listed on the map's element. */
const MAX_LISTED = 300;

export interface RenderedWorkOrder {
  id: string | null;
  number: string | null;
  status: string | null;
  cluster: boolean;
  count: number;
  /** Drawn with the selected, bulk-selected or recently-changed highlight. */
  selected: boolean;
  bulk: boolean;
  recent: boolean;
  /** Position in CSS pixels from the canvas' top-left corner. */
  x: number;
  y: number;
}

function workOrderLayers(map: MaplibreMap): string[] {
  return [WORK_ORDER_POINTS_LAYER, WORK_ORDER_CLUSTERS_LAYER].filter((id) => map.getLayer(id));
}

/** The work orders and groups the map has drawn, one entry each (tiles repeat edge points). */
export function renderedWorkOrders(map: MaplibreMap): RenderedWorkOrder[] {
  const layers = workOrderLayers(map);
  if (layers.length === 0) return [];
  const highlighted = (layer: string) =>
    new Set(
      map.getLayer(layer)
        ? map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))
        : [],
    );
  const selected = highlighted(HIGHLIGHT_LAYERS.selected);
  const bulk = highlighted(HIGHLIGHT_LAYERS.bulk);
  const recent = highlighted(HIGHLIGHT_LAYERS.recent);
  const seen = new Set<string>();
  const listed: RenderedWorkOrder[] = [];
  for (const feature of map.queryRenderedFeatures({ layers }) as MapGeoJSONFeature[]) {
    if (feature.geometry.type !== 'Point') continue;
    const read = readWorkOrderFeature(feature.properties);
    if (!read) continue;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const key = read.kind === 'workOrder' ? `w:${read.id}` : `c:${lon},${lat}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { x, y } = map.project([lon, lat]);
    listed.push({
      id: read.kind === 'workOrder' ? read.id : null,
      number: read.kind === 'workOrder' ? read.number : null,
      status: read.kind === 'workOrder' ? read.status : null,
      cluster: read.kind === 'cluster',
      count: read.kind === 'cluster' ? read.count : 1,
      selected: read.kind === 'workOrder' && selected.has(String(read.id)),
      bulk: read.kind === 'workOrder' && bulk.has(String(read.id)),
      recent: read.kind === 'workOrder' && recent.has(String(read.id)),
      x: Math.round(x),
      y: Math.round(y),
    });
  }
  return listed;
}

/**
 * What the map has drawn, for tests and measurements, without a global: when the map
 * goes idle its element's `data-work-orders` lists the drawn work orders and groups
 * (JSON, at most 300); the first drawing of any sets the `civicgraph:first-work-orders`
 * performance mark (time since navigation) and `data-first-work-orders-ms`.
 */
export function reportRenderedWorkOrders(map: MaplibreMap): void {
  const element = map.getContainer();
  const onRender = () => {
    if (workOrderLayers(map).length === 0) return;
    if (map.queryRenderedFeatures({ layers: workOrderLayers(map) }).length === 0) return;
    map.off('render', onRender);
    const mark = performance.mark(FIRST_WORK_ORDERS_MARK);
    element.dataset.firstWorkOrdersMs = String(Math.round(mark.startTime));
  };
  map.on('render', onRender);
  map.on('idle', () => {
    element.dataset.workOrders = JSON.stringify(renderedWorkOrders(map).slice(0, MAX_LISTED));
  });
}
