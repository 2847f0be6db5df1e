import type { Map as MaplibreMap } from 'maplibre-gl';
import { useState } from 'react';
import { FILTER_STATUSES } from '../dispatch/work-order-filters';
import { useI18n } from '../i18n';
import { statusColours, WORK_ORDER_POINTS_LAYER } from './dispatch-style';

/** As the city style colours them, should the style not say (a style from an older server). */
const FALLBACK_COLOURS: Record<string, string> = {
  NEW: '#1d4ed8',
  ASSIGNED: '#6d28d9',
  IN_PROGRESS: '#b45309',
  ON_HOLD: '#9d174d',
  COMPLETED: '#15803d',
};

/**
 * What the points mean: each status's colour and letter (the letter is on every
 * point, so colour is never the only sign), the red ring of overdue work, the groups.
 * Open on a wide screen, folded on a phone.
 */
export function MapLegend({ map }: { map: MaplibreMap }) {
  const { messages } = useI18n();
  const text = messages.dispatchMap;
  const [colours] = useState(() => ({
    ...FALLBACK_COLOURS,
    ...(map.getLayer(WORK_ORDER_POINTS_LAYER)
      ? statusColours(map.getPaintProperty(WORK_ORDER_POINTS_LAYER, 'circle-color'))
      : {}),
  }));
  const [open] = useState(() => window.matchMedia?.('(min-width: 48rem)').matches ?? true);
  return (
    <details className="map-legend" open={open}>
      <summary className="map-legend__title">{text.legendTitle}</summary>
      <ul className="map-legend__items">
        {FILTER_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="map-legend__swatch"
              style={{ backgroundColor: colours[status] }}
              aria-hidden="true"
            >
              {text.statusLetter[status as keyof typeof text.statusLetter]}
            </span>
            {messages.status[status]}
          </li>
        ))}
        <li>
          <span className="map-legend__swatch map-legend__swatch--overdue" aria-hidden="true" />
          {text.overdue}
        </li>
        <li>
          <span className="map-legend__swatch map-legend__swatch--cluster" aria-hidden="true">
            12
          </span>
          {text.cluster}
        </li>
      </ul>
    </details>
  );
}
