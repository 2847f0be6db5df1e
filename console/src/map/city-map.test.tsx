import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo-client';
import { CityContext } from '../city/city-context';
import { phoenix } from '../city/city-mock';
import { I18nContext, i18nFor, type Language } from '../i18n';
import { SessionProvider } from '../session/session-context';
import type { SessionManager } from '../session/session-manager';
import { sessionPayload, testSessionManager } from '../session/session-mock';
import { CityMap, type CityMapProps } from './city-map';
import { MAPBOX_STYLE, type MapLibrary } from './map-library';

// jsdom has no WebGL: a stand-in for maplibre-gl that records what the component asks of
// it and lets a test fire the map's events.
const fake = vi.hoisted(() => {
  type Listener = (event: unknown) => void;

  class Evented {
    listeners = new Map<string, Set<Listener>>();
    on(type: string, listener: Listener) {
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type)!.add(listener);
      return this;
    }
    off(type: string, listener: Listener) {
      this.listeners.get(type)?.delete(listener);
      return this;
    }
    once(type: string, listener: Listener) {
      const once = (event: unknown) => {
        this.off(type, once);
        listener(event);
      };
      return this.on(type, once);
    }
    fire(type: string, event: object = {}) {
      for (const listener of [...(this.listeners.get(type) ?? [])]) listener({ type, ...event });
    }
  }

  class FakeMap extends Evented {
    static instances: FakeMap[] = [];
    static failToCreate = false;
    options: Record<string, unknown>;
    controls: { control: { options: unknown }; position: string }[] = [];
    removed = false;
    canvas = document.createElement('canvas');
    layers: { id: string; 'source-layer'?: string }[] = [
      { id: 'background' },
      { id: 'streets', 'source-layer': 'streets' },
      { id: 'work-order-clusters', 'source-layer': 'work-orders' },
      { id: 'work-order-points', 'source-layer': 'work-orders' },
    ];
    sources: Record<string, unknown> = {
      streets: { type: 'vector', bounds: [-112.32, 33.29, -111.92, 33.75] },
    };
    rendered: { properties: Record<string, unknown>; geometry: unknown }[] = [];
    queries: unknown[] = [];
    zoom = 11;
    easeTo = vi.fn();
    fitBounds = vi.fn();
    refreshTiles = vi.fn();
    touchZoomRotate = { disableRotation: vi.fn() };
    keyboard = { disableRotation: vi.fn() };
    constructor(options: Record<string, unknown>) {
      super();
      if (FakeMap.failToCreate) throw new Error('Failed to initialize WebGL');
      this.options = options;
      FakeMap.instances.push(this);
    }
    addControl(control: { options: unknown }, position: string) {
      this.controls.push({ control, position });
      return this;
    }
    remove() {
      this.removed = true;
    }
    getStyle() {
      return { layers: this.layers, sources: this.sources };
    }
    added: { sources: Record<string, unknown>; layers: unknown[] } = { sources: {}, layers: [] };
    addSource(id: string, spec: unknown) {
      this.added.sources[id] = spec;
    }
    addLayer(layer: unknown) {
      this.added.layers.push(layer);
    }
    queryRenderedFeatures(_box: unknown, options: unknown) {
      this.queries.push(options);
      return this.rendered;
    }
    getZoom() {
      return this.zoom;
    }
    getMaxZoom() {
      return 22;
    }
    getCanvas() {
      return this.canvas;
    }
    transformRequest(url: string) {
      return (this.options.transformRequest as (url: string) => Promise<unknown>)(url);
    }
  }

  class Control {
    constructor(public options: unknown) {}
  }
  class NavigationControl extends Control {}
  class ScaleControl extends Control {}
  class AttributionControl extends Control {}

  return { FakeMap, NavigationControl, ScaleControl, AttributionControl };
});

// The library is a prop (maplibre-gl or mapbox-gl, loaded on demand): here, the fake.
const fakeLibrary = {
  Map: fake.FakeMap,
  NavigationControl: fake.NavigationControl,
  ScaleControl: fake.ScaleControl,
  AttributionControl: fake.AttributionControl,
} as unknown as MapLibrary;

const managers: SessionManager[] = [];

beforeEach(() => {
  // jsdom has no WebGL 2, which the map checks for before it starts.
  vi.stubGlobal('WebGL2RenderingContext', class {});
  fake.FakeMap.instances = [];
  fake.FakeMap.failToCreate = false;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  for (const manager of managers.splice(0)) manager.dispose();
});

function renderMap(
  children?: ReactNode,
  {
    language = 'en',
    city = phoenix,
    manager = testSessionManager(),
    onStyleLoad,
    props = {},
  }: {
    props?: Partial<CityMapProps>;
    language?: Language;
    city?: typeof phoenix;
    manager?: SessionManager;
    onStyleLoad?: CityMapProps['onStyleLoad'];
  } = {},
) {
  managers.push(manager);
  const view = render(
    <I18nContext value={i18nFor(language)}>
      <MockedProvider mocks={[]} cache={createCache()}>
        <SessionProvider manager={manager}>
          <CityContext value={{ city, error: null, retry: () => {} }}>
            <CityMap library={fakeLibrary} onStyleLoad={onStyleLoad} {...props}>
              {children}
            </CityMap>
          </CityContext>
        </SessionProvider>
      </MockedProvider>
    </I18nContext>,
  );
  return { ...view, manager };
}

function theMap() {
  const map = fake.FakeMap.instances.at(-1);
  if (!map) throw new Error('no map was created');
  return map;
}

describe('CityMap', () => {
  it('is a named region that loads the city’s style from this origin, and says so while loading', () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'City map' });
    expect(within(region).getByRole('status').textContent).toBe('Loading the map…');
    const map = theMap();
    expect(map.options.style).toBe(`${window.location.origin}/tiles/style.json`);
    expect(map.options.container).toBe(screen.getByTestId('city-map-canvas'));

    // The style frames the city for some screen; the map frames it for its own size.
    act(() => map.fire('style.load'));
    expect(map.fitBounds).toHaveBeenCalledWith(
      [
        [-112.32, 33.29],
        [-111.92, 33.75],
      ],
      { padding: 8, animate: false },
    );
    act(() => map.fire('load'));
    expect(within(region).queryByRole('status')).toBeNull();
  });

  it('lets its user adjust the style once it has loaded, before the first view is drawn', () => {
    const onStyleLoad = vi.fn();
    renderMap(undefined, { onStyleLoad });
    const map = theMap();
    expect(onStyleLoad).not.toHaveBeenCalled();
    act(() => map.fire('style.load'));
    expect(onStyleLoad).toHaveBeenCalledExactlyOnceWith(map);
  });

  it('has zoom buttons, a scale bar and the city’s credit, in Spanish for a Spanish reader', () => {
    renderMap(undefined, { language: 'es', city: { ...phoenix, name: 'Springfield <&>' } });
    expect(screen.getByRole('region', { name: 'Mapa de la ciudad' })).toBeTruthy();
    const map = theMap();
    expect((map.options.locale as Record<string, string>)['NavigationControl.ZoomIn']).toBe(
      'Acercar',
    );
    const controls = Object.fromEntries(
      map.controls.map(({ control, position }) => [
        control.constructor.name,
        { control, position },
      ]),
    );
    expect(controls.NavigationControl!.control.options).toEqual({ showCompass: false });
    expect(controls.ScaleControl!.position).toBe('bottom-left');
    // The credit is HTML to maplibre: the city's name goes in escaped.
    expect(controls.AttributionControl!.control.options).toEqual({
      compact: true,
      customAttribution: 'Datos del mapa: Springfield &lt;&amp;&gt;',
    });
  });

  it('signs tile requests with the session’s current token, and nothing else', async () => {
    const { manager } = renderMap();
    const map = theMap();
    const tile = `${window.location.origin}/tiles/work-orders/12/738/1652.mvt`;
    await expect(map.transformRequest(tile)).resolves.toEqual({
      url: tile,
      headers: { Authorization: 'Bearer access-1' },
    });

    // The session renews its token: the next tile carries the new one, same map.
    act(() => manager.signIn(sessionPayload({ accessToken: 'access-2' })));
    await expect(map.transformRequest(tile)).resolves.toEqual({
      url: tile,
      headers: { Authorization: 'Bearer access-2' },
    });
    expect(fake.FakeMap.instances).toHaveLength(1);

    const elsewhere = 'https://tiles.example.com/tiles/streets/1/0/0.mvt';
    await expect(map.transformRequest(elsewhere)).resolves.toEqual({ url: elsewhere });
  });

  it('renews a refused token once and asks for that source’s tiles again', async () => {
    const refresh = vi.fn(async () => sessionPayload({ accessToken: 'access-2' }));
    renderMap(undefined, { manager: testSessionManager({ refresh }) });
    const map = theMap();
    act(() => map.fire('load'));
    await map.transformRequest(`${window.location.origin}/tiles/work-orders/1/0/0.mvt`);
    const refused = {
      sourceId: 'work-orders',
      error: Object.assign(new Error('401'), { status: 401 }),
    };
    await act(async () => {
      map.fire('error', refused);
      map.fire('error', refused);
    });
    await vi.waitFor(() => expect(map.refreshTiles).toHaveBeenCalledWith('work-orders'));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(map.refreshTiles).toHaveBeenCalledTimes(1);
    // A tile that failed for another reason leaves a gap, not an error on the page.
    act(() =>
      map.fire('error', {
        sourceId: 'streets',
        error: Object.assign(new Error('500'), { status: 500 }),
      }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the style cannot be loaded, and Retry builds the map again', async () => {
    const user = userEvent.setup();
    renderMap();
    const failed = theMap();
    act(() =>
      failed.fire('error', { error: Object.assign(new Error('Not Found'), { status: 404 }) }),
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The map could not be loaded.');
    expect(alert.textContent).toContain('Not Found');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(failed.removed).toBe(true);
    expect(fake.FakeMap.instances).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => theMap().fire('style.load'));
    act(() => theMap().fire('load'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each([
    ['has no WebGL 2', () => vi.stubGlobal('WebGL2RenderingContext', undefined)],
    [
      'cannot create a WebGL context',
      () => {
        fake.FakeMap.failToCreate = true;
      },
    ],
  ])('explains a browser that %s instead of showing an empty box', (_name, arrange) => {
    arrange();
    renderMap();
    const region = screen.getByRole('region', { name: 'City map' });
    expect(region.textContent).toContain('This browser cannot show the map.');
    expect(within(region).queryByRole('status')).toBeNull();
  });

  it('removes the map when it leaves the page', () => {
    const { unmount } = renderMap();
    const map = theMap();
    expect(map.removed).toBe(false);
    unmount();
    expect(map.removed).toBe(true);
  });

  it('with mapbox-gl: draws Mapbox’s style, signs at once, and adds the city’s work-order layers on top', async () => {
    const cityStyle = {
      version: 8,
      sources: {
        streets: { type: 'vector', tiles: ['/tiles/streets/{z}/{x}/{y}.mvt'] },
        'work-orders': {
          type: 'vector',
          tiles: ['/tiles/work-orders/{z}/{x}/{y}.mvt'],
          bounds: [-112.3, 33.3, -111.9, 33.7],
        },
      },
      layers: [
        { id: 'streets', type: 'line', source: 'streets', 'source-layer': 'streets' },
        {
          id: 'work-order-cluster-counts',
          type: 'symbol',
          source: 'work-orders',
          'source-layer': 'work-orders',
          layout: { 'text-font': ['Noto Sans Bold'] },
        },
      ],
    };
    const fetched: { url: string; auth: string | null }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetched.push({ url, auth: new Headers(init.headers).get('authorization') });
      return new Response(JSON.stringify(cityStyle));
    });
    const onStyleLoad = vi.fn();
    renderMap(undefined, {
      onStyleLoad,
      props: {
        renderer: { kind: 'mapbox', accessToken: 'pk.test' },
        overlaySources: ['work-orders'],
      },
    });
    const map = theMap();
    expect(map.options.style).toBe(MAPBOX_STYLE);
    const tile = `${window.location.origin}/tiles/work-orders/12/738/1652.mvt`;
    // Not a promise: mapbox-gl wants the request at once.
    expect(map.transformRequest(tile)).toEqual({
      url: tile,
      headers: { Authorization: 'Bearer access-1' },
    });
    const mapbox = 'https://api.mapbox.com/styles/v1/mapbox/light-v11';
    expect(map.transformRequest(mapbox)).toEqual({ url: mapbox });

    act(() => map.fire('style.load'));
    act(() => map.fire('load'));
    // Not ready (still loading) until the overlay is on.
    expect(screen.getByRole('status').textContent).toBe('Loading the map…');
    await vi.waitFor(() => expect(onStyleLoad).toHaveBeenCalledWith(map));
    expect(fetched).toEqual([
      { url: `${window.location.origin}/tiles/style.json`, auth: 'Bearer access-1' },
    ]);
    expect(Object.keys(map.added.sources)).toEqual(['work-orders']);
    expect(map.added.sources['work-orders']).toMatchObject({
      tiles: [`${window.location.origin}/tiles/work-orders/{z}/{x}/{y}.mvt`],
    });
    expect(map.added.layers).toEqual([
      expect.objectContaining({
        id: 'work-order-cluster-counts',
        layout: { 'text-font': ['DIN Pro Bold', 'Arial Unicode MS Bold'] },
      }),
    ]);
    expect(map.fitBounds).toHaveBeenCalledWith(
      [
        [-112.3, 33.3],
        [-111.9, 33.7],
      ],
      { padding: 8, animate: false },
    );
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});
