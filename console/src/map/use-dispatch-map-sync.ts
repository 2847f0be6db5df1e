import { useQuery } from '@apollo/client/react';
import type { LngLatLike, MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useDispatch } from '../dispatch/dispatch-context';
import { toTileSearch } from '../dispatch/work-order-filters';
import { useI18n } from '../i18n';
import { useLive, useLiveEvents } from '../live/live-context';
import { WorkOrderLocationDocument } from './dispatch-map.graphql';
import {
  HIGHLIGHT_LAYERS,
  highlight,
  setStatusLetters,
  setWorkOrderFilters,
  WORK_ORDER_CLUSTERS_LAYER,
  WORK_ORDER_POINTS_LAYER,
  WORK_ORDERS_SOURCE,
} from './dispatch-style';
import { useCityMap } from './map-context';
import { refreshSource } from './tile-requests';
import { readWorkOrderFeature, zoomIntoCluster } from './work-order-feature';

/** Pixels around the pointer that still count as on a point: small dots, big fingers. */
const HIT_SLOP = 6;
/** The list re-queries on each viewport: wait for the map to settle. */
const VIEWPORT_DEBOUNCE_MS = 250;
/** A burst of live changes (a bulk assignment) refreshes the tiles once. */
const LIVE_DEBOUNCE_MS = 300;

/** Calls `fn` once things have been quiet for `ms`; `cancel` on unmount. */
function debounce(fn: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: () => {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    },
    cancel: () => clearTimeout(timer),
  };
}

/**
 * Keeps the map and the dispatcher's shared state in step: the filters on the tiles,
 * the viewport for the list, the selection both ways (clicks select; a selection from
 * elsewhere is highlighted and brought into view), bulk selection and recent changes
 * highlighted, live changes refreshing the tiles. Clicks are left to the area drawing
 * while `drawing`.
 */
export function useDispatchMapSync({ drawing }: { drawing: boolean }): MaplibreMap {
  const map = useCityMap();
  const { messages } = useI18n();
  const { filters, setViewport, selectedId, selectionSource, select, bulkSelection } =
    useDispatch();
  const { recentlyChanged } = useLive();
  const search = toTileSearch(filters).toString();

  // The filters: new tile URLs, same map.
  useEffect(() => {
    setWorkOrderFilters(map, new URLSearchParams(search));
  }, [map, search]);

  useEffect(() => {
    setStatusLetters(map, messages.dispatchMap.statusLetter);
  }, [map, messages]);

  // The viewport, for the list: once now, then whenever the map settles.
  const reportViewport = useEffectEvent(() => {
    const bounds = map.getBounds();
    setViewport({
      west: bounds.getWest(),
      south: bounds.getSouth(),
      east: bounds.getEast(),
      north: bounds.getNorth(),
    });
  });
  useEffect(() => {
    reportViewport();
    const report = debounce(() => reportViewport(), VIEWPORT_DEBOUNCE_MS);
    map.on('moveend', report.call);
    return () => {
      map.off('moveend', report.call);
      report.cancel();
    };
  }, [map]);

  // Highlights.
  useEffect(() => {
    highlight(map, HIGHLIGHT_LAYERS.selected, selectedId ? [selectedId] : []);
  }, [map, selectedId]);
  useEffect(() => {
    highlight(map, HIGHLIGHT_LAYERS.bulk, bulkSelection);
  }, [map, bulkSelection]);
  useEffect(() => {
    highlight(map, HIGHLIGHT_LAYERS.recent, recentlyChanged);
  }, [map, recentlyChanged]);

  // Live: a change anywhere may move, recolour, add or remove a point: fresh tiles.
  const refresh = useRef<ReturnType<typeof debounce> | null>(null);
  useEffect(() => {
    const debounced = debounce(() => refreshSource(map, WORK_ORDERS_SOURCE), LIVE_DEBOUNCE_MS);
    refresh.current = debounced;
    return () => {
      debounced.cancel();
      refresh.current = null;
    };
  }, [map]);
  useLiveEvents(() => refresh.current?.call());

  // A selection from the list, a link or a live change: into view if it is not. (The
  // address may change without `select`, Back for one, leaving the source as it was: a
  // selection is the map's own only if it is the one the map made.)
  const selectedHere = useRef<string | null>(null);
  const follow =
    Boolean(selectedId) && (selectionSource !== 'map' || selectedId !== selectedHere.current);
  const { data } = useQuery(WorkOrderLocationDocument, {
    variables: { id: selectedId ?? '' },
    skip: !follow,
  });
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!follow) {
      shown.current = selectedId;
      return;
    }
    const workOrder = data?.workOrder;
    if (!workOrder || workOrder.id !== selectedId || shown.current === selectedId) return;
    shown.current = selectedId;
    const at: [number, number] = [workOrder.location.lon, workOrder.location.lat];
    // Only the centre moves: a zoom would narrow the list, which follows the map's view.
    if (!map.getBounds().contains(at)) map.easeTo({ center: at });
  }, [map, data, follow, selectedId]);

  // Clicks: a work order selects it, a group zooms in on it.
  const isDrawing = useRef(drawing);
  isDrawing.current = drawing;
  const onSelect = useEffectEvent((id: string) => {
    selectedHere.current = id;
    select(id, 'map');
  });
  useEffect(() => {
    const layers = () =>
      [WORK_ORDER_POINTS_LAYER, WORK_ORDER_CLUSTERS_LAYER].filter((id) => map.getLayer(id));
    function featureAt(event: MapMouseEvent): MapGeoJSONFeature | undefined {
      const { x, y } = event.point;
      return map.queryRenderedFeatures(
        [
          [x - HIT_SLOP, y - HIT_SLOP],
          [x + HIT_SLOP, y + HIT_SLOP],
        ],
        { layers: layers() },
      )[0];
    }
    function onClick(event: MapMouseEvent) {
      if (isDrawing.current) return;
      const feature = featureAt(event);
      const read = feature ? readWorkOrderFeature(feature.properties) : null;
      if (!feature || !read) return;
      const at: LngLatLike =
        feature.geometry.type === 'Point'
          ? (feature.geometry.coordinates as [number, number])
          : event.lngLat;
      if (read.kind === 'cluster') {
        map.easeTo({ center: at, zoom: zoomIntoCluster(map.getZoom(), map.getMaxZoom()) });
      } else if (read.id) {
        onSelect(read.id);
      }
    }
    function onMove(event: MapMouseEvent) {
      if (isDrawing.current) return;
      map.getCanvas().style.cursor = featureAt(event) ? 'pointer' : '';
    }
    map.on('click', onClick);
    map.on('mousemove', onMove);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
    };
  }, [map]);

  return map;
}
