import { useApolloClient } from '@apollo/client/react';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useDispatch } from '../dispatch/dispatch-context';
import { toWorkOrderFilter } from '../dispatch/work-order-filters';
import { useFeedback } from '../feedback/feedback-context';
import { useI18n } from '../i18n';
import { AreaServiceDocument, AreaWorkOrdersDocument } from './dispatch-map.graphql';
import { useCityMap } from './map-context';
import { addCorner, bboxOf, drawingGeoJson, type LngLat, pointInPolygon } from './polygon';

const DRAW_SOURCE = 'dispatch-draw-area';
/** The graph's largest page, and the bulk assignment's limit. */
export const AREA_LIMIT = 500;
/** Two clicks closer than this (a double-click) make one corner. */
const SAME_CORNER_PX = 4;

/**
 * "Draw area": clicks on the map add corners (shown as a line, then a shaded area);
 * a double-click or Enter closes the area, Escape cancels. The open work orders inside
 * it, as the filters narrow them, become the bulk selection. The list's "Select all in
 * view" is the keyboard alternative (the button's description says so).
 */
export function DrawArea({
  drawing,
  onDrawingChange,
}: {
  drawing: boolean;
  onDrawingChange: (drawing: boolean) => void;
}) {
  const map = useCityMap();
  const client = useApolloClient();
  const { messages } = useI18n();
  const text = messages.dispatchMap;
  const { filters, setBulkSelection } = useDispatch();
  const { announce } = useFeedback();
  const [corners, setCorners] = useState<LngLat[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const descriptionId = useId();

  // The overlay the area is drawn in: over everything, for as long as the map lives.
  useEffect(() => {
    map.addSource(DRAW_SOURCE, { type: 'geojson', data: drawingGeoJson([]) });
    map.addLayer({
      id: `${DRAW_SOURCE}-fill`,
      type: 'fill',
      source: DRAW_SOURCE,
      filter: ['==', ['get', 'kind'], 'area'],
      paint: { 'fill-color': '#0b57d0', 'fill-opacity': 0.12 },
    });
    map.addLayer({
      id: `${DRAW_SOURCE}-line`,
      type: 'line',
      source: DRAW_SOURCE,
      filter: ['==', ['get', 'kind'], 'edge'],
      paint: { 'line-color': '#0b57d0', 'line-width': 2, 'line-dasharray': [2, 1] },
    });
    map.addLayer({
      id: `${DRAW_SOURCE}-corners`,
      type: 'circle',
      source: DRAW_SOURCE,
      filter: ['==', ['get', 'kind'], 'corner'],
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#0b57d0',
        'circle-stroke-width': 2,
      },
    });
    return () => {
      // The map may be gone already (it is removed before its children's effects end).
      try {
        for (const suffix of ['corners', 'line', 'fill'])
          map.removeLayer(`${DRAW_SOURCE}-${suffix}`);
        map.removeSource(DRAW_SOURCE);
      } catch {}
    };
  }, [map]);

  useEffect(() => {
    map.getSource<GeoJSONSource>(DRAW_SOURCE)?.setData(drawingGeoJson(corners));
  }, [map, corners]);

  const stop = useEffectEvent(() => {
    setCorners([]);
    onDrawingChange(false);
  });

  const finish = useEffectEvent(async (area: LngLat[]) => {
    const bbox = bboxOf(area);
    if (!bbox) return;
    stop();
    setBusy(true);
    setError(null);
    try {
      let serviceId: string | null = null;
      if (filters.serviceCode) {
        const service = await client.query({
          query: AreaServiceDocument,
          variables: { code: filters.serviceCode },
        });
        serviceId = service.data?.service?.id ?? null;
      }
      const filter = toWorkOrderFilter(filters, { serviceId, bbox });
      let ids: string[] = [];
      let more = false;
      if (filter) {
        const result = await client.query({
          query: AreaWorkOrdersDocument,
          variables: { filter, first: AREA_LIMIT },
          fetchPolicy: 'network-only',
        });
        const connection = result.data?.workOrders;
        ids = (connection?.edges ?? [])
          .map((edge) => edge.node)
          .filter((node) => pointInPolygon([node.location.lon, node.location.lat], area))
          .map((node) => node.id);
        more = connection?.pageInfo.hasNextPage ?? false;
      }
      setBulkSelection(ids);
      const said = more
        ? `${text.areaSelected(ids.length)} ${text.areaTooLarge(AREA_LIMIT)}`
        : text.areaSelected(ids.length);
      setResult(said);
      announce(said);
    } catch {
      setError(text.areaFailed);
    } finally {
      setBusy(false);
    }
  });

  const addAt = useEffectEvent((event: MapMouseEvent) => {
    const degreesPerPixel = 360 / (512 * 2 ** map.getZoom());
    setCorners((current) =>
      addCorner(current, [event.lngLat.lng, event.lngLat.lat], SAME_CORNER_PX * degreesPerPixel),
    );
  });
  const closeArea = useEffectEvent(() => {
    if (corners.length >= 3) void finish(corners);
  });

  useEffect(() => {
    if (!drawing) return;
    const canvas = map.getCanvas();
    map.doubleClickZoom.disable();
    canvas.style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) => addAt(event);
    const onDoubleClick = (event: MapMouseEvent) => {
      event.preventDefault();
      closeArea();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        stop();
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        closeArea();
      }
    };
    map.on('click', onClick);
    map.on('dblclick', onDoubleClick);
    window.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      map.off('dblclick', onDoubleClick);
      window.removeEventListener('keydown', onKey);
      map.doubleClickZoom.enable();
      canvas.style.cursor = '';
    };
  }, [map, drawing]);

  return (
    <div className="draw-area">
      <button
        type="button"
        className="button draw-area__toggle"
        aria-pressed={drawing}
        aria-describedby={descriptionId}
        disabled={busy}
        onClick={() => {
          if (drawing) {
            stop();
          } else {
            setError(null);
            setResult(null);
            onDrawingChange(true);
          }
        }}
      >
        {text.drawArea}
      </button>
      <span id={descriptionId} className="visually-hidden">
        {text.drawAreaDescription}
      </span>
      {drawing ? (
        <div className="draw-area__panel">
          <p className="draw-area__hint" role="status">
            {text.drawing}
          </p>
          <button
            type="button"
            className="button"
            disabled={corners.length < 3}
            onClick={() => closeArea()}
          >
            {text.finishArea}
          </button>
          <button type="button" className="button" onClick={() => stop()}>
            {text.cancelArea}
          </button>
        </div>
      ) : null}
      {busy ? (
        <p className="draw-area__hint" role="status">
          {text.selectingArea}
        </p>
      ) : null}
      {result && !drawing && !busy ? (
        <p className="draw-area__hint" data-testid="draw-area-result">
          {result}
        </p>
      ) : null}
      {error ? (
        <p className="draw-area__hint draw-area__hint--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
