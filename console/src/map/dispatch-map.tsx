import { useState } from 'react';
import { useDispatch } from '../dispatch/dispatch-context';
import { toTileSearch } from '../dispatch/work-order-filters';
import { useI18n } from '../i18n';
import { CityMap } from './city-map';
import { prepareDispatchStyle, WORK_ORDERS_SOURCE } from './dispatch-style';
import { DrawArea } from './draw-area';
import { MapLegend } from './map-legend';
import type { MapLibrary, MapRenderer } from './map-library';
import { reportRenderedWorkOrders } from './rendered-work-orders';
import { useDispatchMapSync } from './use-dispatch-map-sync';
import './dispatch-map.css';

const OVERLAY_SOURCES = [WORK_ORDERS_SOURCE];

/**
 * The dispatcher's map: the open work orders as the filters narrow them (the tiles
 * carry the filters), grouped at city zoom and one by one at street zoom, coloured and
 * lettered by status, overdue ones ringed. It reports its viewport (the list follows),
 * selects both ways, highlights the bulk selection and recent changes, refreshes live,
 * and selects the work orders inside an area drawn on it.
 */
export default function DispatchMap({
  className,
  library,
  renderer,
}: {
  className?: string;
  library: MapLibrary;
  renderer: MapRenderer;
}) {
  const { messages } = useI18n();
  const text = messages.dispatchMap;
  const { filters } = useDispatch();
  return (
    <CityMap
      library={library}
      renderer={renderer}
      overlaySources={OVERLAY_SOURCES}
      className={className ? `dispatch-map ${className}` : 'dispatch-map'}
      label={text.label}
      description={text.description}
      onStyleLoad={(map) => {
        prepareDispatchStyle(map, toTileSearch(filters), text.statusLetter);
        reportRenderedWorkOrders(map);
      }}
    >
      <DispatchMapContent />
    </CityMap>
  );
}

/** The map's interactions and overlays, once its style has loaded (exported for tests). */
export function DispatchMapContent() {
  const [drawing, setDrawing] = useState(false);
  const map = useDispatchMapSync({ drawing });
  return (
    <>
      <DrawArea drawing={drawing} onDrawingChange={setDrawing} />
      <MapLegend map={map} />
    </>
  );
}
