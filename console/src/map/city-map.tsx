import type { ErrorEvent, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { type ReactNode, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useCity } from '../city/use-city';
import { useI18n } from '../i18n';
import { useSession } from '../session/session-context';
import { cityBoundsOf } from './city-bounds';
import { MapContext } from './map-context';
import { MapFailed, MapFrame, MapLoading } from './map-frame';
import { MAPBOX_STYLE, type MapLibrary, type MapRenderer } from './map-library';
import { addCityOverlay } from './mapbox-overlay';
import { scaleUnitFor } from './scale-unit';
import {
  CITY_STYLE_PATH,
  refreshSource,
  signTileRequests,
  signTileRequestsNow,
} from './tile-requests';

export interface CityMapProps {
  /** maplibre-gl or mapbox-gl, as `loadMapLibrary` loaded it. */
  library: MapLibrary;
  /**
   * Which library `library` is: with mapbox-gl the map draws a Mapbox base style and
   * adds the city style's data sources and layers (`overlaySources`) on top.
   */
  renderer?: MapRenderer;
  /** With mapbox-gl: the city style's sources to add over the Mapbox style. */
  overlaySources?: readonly string[];
  /** The region's accessible name; "City map" by default. */
  label?: string;
  /** What else the region's screen-reader users should know (its keyboard, the list). */
  description?: string;
  /** The style to show, on this origin; the city's own (`/tiles/style.json`) by default. */
  styleUrl?: string;
  className?: string;
  /**
   * Adjusts the style once it has loaded, before any tile is asked for: hide layers,
   * filter a source's tiles. Read when the style loads (changing it later does nothing).
   */
  onStyleLoad?: (map: MaplibreMap) => void;
  /** Layers, popups and interactions: rendered once the style has loaded (`useCityMap`). */
  children?: ReactNode;
}

type MapState =
  | { kind: 'loading' }
  | { kind: 'ready'; map: MaplibreMap }
  | { kind: 'failed'; message: string }
  | { kind: 'unsupported' };

/** maplibre-gl's HTTP errors carry the status; others (a style that fails validation) none. */
function statusOf(event: ErrorEvent): number | undefined {
  const status = (event.error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The city's map: maplibre-gl showing the gateway's `/tiles/style.json` (streets,
 * districts and the data layers the signed-in person may read), framed on the city by
 * the style's own centre and zoom. Tile and style requests to this origin carry the
 * session's access token. While the style loads it says so; when it cannot be loaded,
 * or the browser has no WebGL, it says that instead of showing an empty box.
 *
 * Keyboard: the canvas takes focus in the tab order (arrows pan, + and − zoom), then the
 * zoom buttons; Tab moves on past the map as anywhere else.
 */
export function CityMap({
  library,
  renderer = { kind: 'maplibre' },
  overlaySources = [],
  label,
  description,
  styleUrl = CITY_STYLE_PATH,
  className,
  onStyleLoad,
  children,
}: CityMapProps) {
  const { messages } = useI18n();
  const text = messages.map;
  const city = useCity();
  const { manager } = useSession();
  const containerRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<MapState>({ kind: 'loading' });
  // Retry builds a new map: the failed one may hold half a style.
  const [attempt, setAttempt] = useState(0);

  // Read when the map asks, so that the map is not rebuilt when the token is refreshed.
  const accessToken = useEffectEvent(async (): Promise<string | null> => {
    try {
      return await manager.accessToken();
    } catch {
      // The refresh could not reach accounts: the token we have may still be good.
      return manager.currentAccessToken();
    }
  });
  const refreshAfterRejection = useEffectEvent((token: string) =>
    manager.refreshAfterRejection(token),
  );
  const styleLoaded = useEffectEvent((map: MaplibreMap) => onStyleLoad?.(map));
  const mapOptions = useEffectEvent(() => ({
    locale: text.controls,
    attribution: escapeHtml(text.attribution(city.name)),
  }));
  const currentToken = useEffectEvent(() => manager.currentAccessToken());
  const overlaySourceList = useEffectEvent(() => overlaySources);
  const mapbox = renderer.kind === 'mapbox';

  useEffect(() => {
    // Each Retry (a new `attempt`) builds the map anew.
    void attempt;
    const container = containerRef.current;
    if (!container) return;
    const { locale, attribution } = mapOptions();
    const origin = window.location.origin;
    // The token each tile request went out with, to refresh it once if it is refused.
    let lastToken: string | null = null;
    const retriedTokens = new Set<string>();

    // maplibre-gl 6 draws with WebGL 2 only; without it (an old browser, or WebGL
    // turned off by policy) say so rather than let it fail.
    if (typeof WebGL2RenderingContext === 'undefined') {
      setState({ kind: 'unsupported' });
      return;
    }
    const cityStyleUrl = new URL(styleUrl, window.location.href).href;
    let map: MaplibreMap;
    try {
      map = new library.Map({
        container,
        // mapbox-gl: Mapbox's streets under our layers, which are added once it has loaded.
        style: mapbox ? MAPBOX_STYLE : cityStyleUrl,
        // mapbox-gl wants the request at once; maplibre-gl waits for a fresh token.
        transformRequest: mapbox
          ? (signTileRequestsNow(origin, () => {
              lastToken = currentToken();
              return lastToken;
            }) as never)
          : signTileRequests(origin, async () => {
              lastToken = await accessToken();
              return lastToken;
            }),
        locale,
        attributionControl: false,
        // A dispatcher's map stays flat and north-up: rotation only disorients.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // On a phone the map spans the page: one finger scrolls the page, two move the map.
        cooperativeGestures: window.matchMedia?.('(pointer: coarse)').matches ?? false,
      });
    } catch {
      // maplibre-gl throws when it cannot get a WebGL context.
      setState({ kind: 'unsupported' });
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new library.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(
      new library.ScaleControl({ unit: scaleUnitFor(navigator.languages) }),
      'bottom-left',
    );
    map.addControl(
      new library.AttributionControl({ compact: true, customAttribution: attribution }),
      'bottom-right',
    );

    // Ready once the first view is drawn and (with mapbox-gl) our layers are on it.
    let styleReady = false;
    let drawn = false;
    let removed = false;
    const readyWhenBoth = () => {
      if (styleReady && drawn && !removed) setState({ kind: 'ready', map });
    };
    // Before the first tiles are asked for: frame the whole city in this map's own size.
    const frame = (style: Pick<StyleSpecification, 'sources'>) => {
      const bounds = cityBoundsOf(style);
      if (bounds) map.fitBounds(bounds, { padding: 8, animate: false });
      styleLoaded(map);
      styleReady = true;
      readyWhenBoth();
    };
    map.once('style.load', () => {
      if (!mapbox) {
        frame(map.getStyle());
        return;
      }
      addCityOverlay(map, cityStyleUrl, overlaySourceList(), currentToken())
        .then((style) => {
          if (!removed) frame(style);
        })
        .catch((error: unknown) => {
          if (!removed) setState({ kind: 'failed', message: String(error) });
        });
    });
    map.on('load', () => {
      drawn = true;
      readyWhenBoth();
    });
    map.on('error', (event) => {
      if (!styleReady && !('sourceId' in event)) {
        setState({ kind: 'failed', message: event.error.message });
        return;
      }
      // A tile refused with a token the gateway no longer takes: renew it once, then
      // ask for that source's tiles again. Other tile failures leave a gap, not an error.
      const sourceId = (event as { sourceId?: unknown }).sourceId;
      if (statusOf(event) !== 401 || typeof sourceId !== 'string' || !lastToken) return;
      const rejected = lastToken;
      if (retriedTokens.has(rejected)) return;
      retriedTokens.add(rejected);
      refreshAfterRejection(rejected)
        .then((token) => {
          if (token && token !== rejected) refreshSource(map, sourceId);
        })
        .catch(() => {});
    });
    return () => {
      removed = true;
      map.remove();
      setState({ kind: 'loading' });
    };
  }, [styleUrl, attempt, library, mapbox]);

  let notice: ReactNode = null;
  if (state.kind === 'loading') {
    notice = <MapLoading />;
  } else if (state.kind === 'failed') {
    notice = (
      <MapFailed title={text.errorTitle} detail={state.message} alert>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {text.retry}
        </button>
      </MapFailed>
    );
  } else if (state.kind === 'unsupported') {
    notice = <MapFailed title={text.unsupportedTitle} detail={text.unsupportedDetail} />;
  }

  return (
    <MapFrame label={label} description={description} className={className}>
      <div ref={containerRef} className="city-map__map" data-testid="city-map-canvas" />
      {notice}
      {state.kind === 'ready' ? <MapContext value={state.map}>{children}</MapContext> : null}
    </MapFrame>
  );
}
