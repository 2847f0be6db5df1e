import type { LngLatLike, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useEffectEvent, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n';
import { PriorityBadge } from '../work-orders/priority-badge';
import { StatusBadge } from '../work-orders/status-badge';
import { useCityMap } from './map-context';
import { maplibregl } from './maplibre';
import {
  readWorkOrderFeature,
  WORK_ORDERS_SOURCE_LAYER,
  type WorkOrderFeature,
  zoomIntoCluster,
} from './work-order-feature';

type WorkOrder = Extract<WorkOrderFeature, { kind: 'workOrder' }>;

/** Pixels around the pointer that still count as on a point: small dots, big fingers. */
const HIT_SLOP = 6;

function pointOf(feature: MapGeoJSONFeature): LngLatLike | null {
  return feature.geometry.type === 'Point'
    ? (feature.geometry.coordinates as [number, number])
    : null;
}

/**
 * Makes the style's work-order layers answer clicks: a work order opens a small popup
 * with its number, status and priority; a cluster (a grid cell of the low-zoom tiles)
 * zooms the map in on it. The style decides how they look; this only reads the features'
 * properties, whatever the style's layers are called.
 */
export function WorkOrderPoints() {
  const map = useCityMap();
  const [selected, setSelected] = useState<{ workOrder: WorkOrder; at: LngLatLike } | null>(null);

  useEffect(() => {
    const layers = (map.getStyle().layers ?? [])
      .filter(
        (layer) => 'source-layer' in layer && layer['source-layer'] === WORK_ORDERS_SOURCE_LAYER,
      )
      .map((layer) => layer.id);
    if (layers.length === 0) return;

    function featureAt(event: MapMouseEvent): MapGeoJSONFeature | undefined {
      const { x, y } = event.point;
      return map.queryRenderedFeatures(
        [
          [x - HIT_SLOP, y - HIT_SLOP],
          [x + HIT_SLOP, y + HIT_SLOP],
        ],
        { layers },
      )[0];
    }

    function onClick(event: MapMouseEvent) {
      const feature = featureAt(event);
      const read = feature ? readWorkOrderFeature(feature.properties) : null;
      if (!feature || !read) {
        // A click beside the points closes the popup (the popup's own closeOnClick would
        // also close the one a click on another point has just opened).
        setSelected(null);
        return;
      }
      const at = pointOf(feature) ?? event.lngLat;
      if (read.kind === 'cluster') {
        map.easeTo({ center: at, zoom: zoomIntoCluster(map.getZoom(), map.getMaxZoom()) });
      } else {
        setSelected({ workOrder: read, at });
      }
    }

    function onMove(event: MapMouseEvent) {
      map.getCanvas().style.cursor = featureAt(event) ? 'pointer' : '';
    }

    map.on('click', onClick);
    map.on('mousemove', onMove);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
    };
  }, [map]);

  return selected ? (
    <WorkOrderPopup
      workOrder={selected.workOrder}
      at={selected.at}
      onClose={() => setSelected(null)}
    />
  ) : null;
}

function WorkOrderPopup({
  workOrder,
  at,
  onClose,
}: {
  workOrder: WorkOrder;
  at: LngLatLike;
  onClose: () => void;
}) {
  const map = useCityMap();
  const { messages } = useI18n();
  const [content] = useState(() => document.createElement('div'));
  const closed = useEffectEvent(() => onClose());

  useEffect(() => {
    const popup = new maplibregl.Popup({
      maxWidth: '18rem',
      className: 'work-order-popup',
      closeOnClick: false,
    })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(map);
    // The close button and Escape; not our own removal below, when another one replaces it.
    popup.on('close', closed);
    return () => {
      popup.off('close', closed);
      popup.remove();
    };
  }, [map, at, content]);

  return createPortal(
    <div className="work-order-popup__body" data-testid="work-order-popup">
      <p className="work-order-popup__title">{messages.map.workOrder(workOrder.number)}</p>
      <p className="work-order-popup__badges">
        <StatusBadge status={workOrder.status} />
        {workOrder.priority ? <PriorityBadge priority={workOrder.priority} /> : null}
        {workOrder.overdue ? (
          <span className="badge badge--overdue">{messages.openWorkOrders.overdue}</span>
        ) : null}
      </p>
    </div>,
    content,
  );
}
