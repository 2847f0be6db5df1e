import type {
  GeoJSONSource,
  LngLatBoundsLike,
  MapGeoJSONFeature,
  Map as MaplibreMap,
  MapMouseEvent,
} from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useI18n } from '../i18n';
import { CityMap } from './city-map';
import type { DispatchMapMessages } from './dispatch-map-messages';
import { statusColours, statusLetterExpression, WORK_ORDER_POINTS_LAYER } from './dispatch-style';
import { useCityMap } from './map-context';
import type { MapLibrary, MapRenderer } from './map-library';
import type { MyWorkMapItem, MyWorkMapProps } from './my-work-map';
import './dispatch-map.css';

const SOURCE = 'my-work';
const POINTS = 'my-work-points';
const SELECTED = 'my-work-selected';
const LETTERS = 'my-work-letters';
const HIT_SLOP = 10;
/** Data layers of the city style this map leaves out: it shows the given work only. */
const HIDDEN_SOURCE_LAYERS = new Set(['work-orders', 'requests', 'assets']);

/** The work orders as GeoJSON points (pure, for tests). */
export function myWorkGeoJson(workOrders: readonly MyWorkMapItem[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: workOrders.map((workOrder) => ({
      type: 'Feature',
      id: workOrder.id,
      properties: { id: workOrder.id, number: workOrder.number, status: workOrder.status },
      geometry: { type: 'Point', coordinates: [workOrder.lon, workOrder.lat] },
    })),
  };
}

/** The box around the work orders, or null for none. A single one gets a street-sized box. */
export function boundsOfWork(workOrders: readonly MyWorkMapItem[]): LngLatBoundsLike | null {
  if (workOrders.length === 0) return null;
  const lons = workOrders.map((w) => w.lon);
  const lats = workOrders.map((w) => w.lat);
  const pad = workOrders.length === 1 ? 0.002 : 0;
  return [
    [Math.min(...lons) - pad, Math.min(...lats) - pad],
    [Math.max(...lons) + pad, Math.max(...lats) + pad],
  ];
}

/** Hides the city style's data layers and adds the given work's source and layers. */
export function addMyWorkLayers(map: MaplibreMap, letters: DispatchMapMessages['statusLetter']) {
  const style = map.getStyle();
  // Take the city style's status colours before hiding its work-order layers.
  const colours = map.getLayer(WORK_ORDER_POINTS_LAYER)
    ? statusColours(map.getPaintProperty(WORK_ORDER_POINTS_LAYER, 'circle-color'))
    : {};
  const font = map.getLayer('work-order-cluster-counts')
    ? (map.getLayoutProperty('work-order-cluster-counts', 'text-font') as string[] | undefined)
    : undefined;
  for (const layer of style.layers ?? []) {
    const sourceLayer = 'source-layer' in layer ? layer['source-layer'] : undefined;
    if (sourceLayer && HIDDEN_SOURCE_LAYERS.has(sourceLayer)) {
      map.setLayoutProperty(layer.id, 'visibility', 'none');
    }
  }
  map.addSource(SOURCE, { type: 'geojson', data: myWorkGeoJson([]) });
  map.addLayer({
    id: SELECTED,
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-radius': 18,
      'circle-color': '#0b57d0',
      'circle-opacity': 0.3,
      'circle-stroke-color': '#0b57d0',
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: POINTS,
    type: 'circle',
    source: SOURCE,
    paint: {
      'circle-radius': 11,
      'circle-color': [
        'match',
        ['get', 'status'],
        ...Object.entries({
          NEW: '#1d4ed8',
          ASSIGNED: '#6d28d9',
          IN_PROGRESS: '#b45309',
          ON_HOLD: '#9d174d',
          ...colours,
        }).flat(),
        '#4b5563',
      ] as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: LETTERS,
    type: 'symbol',
    source: SOURCE,
    layout: {
      'text-field': statusLetterExpression(letters),
      ...(font ? { 'text-font': font } : {}),
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  });
}

/** The field worker's map (lazily loaded by LazyMyWorkMap). */
export default function MyWorkMapView({
  library,
  renderer,
  className,
  ...props
}: MyWorkMapProps & { library: MapLibrary; renderer: MapRenderer }) {
  const { messages } = useI18n();
  const text = messages.dispatchMap;
  return (
    <CityMap
      library={library}
      renderer={renderer}
      className={className ? `my-work-map ${className}` : 'my-work-map'}
      label={text.myWorkLabel}
      description={text.myWorkDescription}
      onStyleLoad={(map) => addMyWorkLayers(map, text.statusLetter)}
    >
      <MyWorkLayers {...props} />
    </CityMap>
  );
}

/** The points, their fit and selection, and taps (exported for tests). */
export function MyWorkLayers({
  workOrders,
  selectedId,
  onSelect,
}: Omit<MyWorkMapProps, 'className'>) {
  const map = useCityMap();
  const fitted = useRef<string | null>(null);

  useEffect(() => {
    map.getSource<GeoJSONSource>(SOURCE)?.setData(myWorkGeoJson(workOrders));
    const key = workOrders
      .map((w) => w.id)
      .sort()
      .join(',');
    if (key === fitted.current) return;
    fitted.current = key;
    const bounds = boundsOfWork(workOrders);
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 16, duration: 0 });
  }, [map, workOrders]);

  useEffect(() => {
    if (map.getLayer(SELECTED)) map.setFilter(SELECTED, ['==', ['get', 'id'], selectedId ?? '']);
    const selected = workOrders.find((w) => w.id === selectedId);
    if (selected && !map.getBounds().contains([selected.lon, selected.lat])) {
      map.easeTo({ center: [selected.lon, selected.lat] });
    }
  }, [map, selectedId, workOrders]);

  const select = useEffectEvent((id: string) => onSelect(id));
  useEffect(() => {
    const onClick = (event: MapMouseEvent) => {
      const { x, y } = event.point;
      const feature: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(
        [
          [x - HIT_SLOP, y - HIT_SLOP],
          [x + HIT_SLOP, y + HIT_SLOP],
        ],
        { layers: [POINTS] },
      )[0];
      const id = feature?.properties.id;
      if (typeof id === 'string') select(id);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);

  return null;
}
