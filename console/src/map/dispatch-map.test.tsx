import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo-client';
import { DispatchProvider, useDispatch } from '../dispatch/dispatch-context';
import { I18nContext, i18nFor } from '../i18n';
import { LiveContext, type LiveWorkOrderEvent } from '../live/live-context';
import { DispatchMapContent } from './dispatch-map';
import { AreaWorkOrdersDocument, WorkOrderLocationDocument } from './dispatch-map.graphql';
import { dispatchMapMessages } from './dispatch-map-messages';
import { HIGHLIGHT_LAYERS, prepareDispatchStyle } from './dispatch-style';
import { MapContext } from './map-context';

// jsdom has no WebGL: a stand-in map that records what the dispatcher map asks of it
// and lets a test fire its events. maplibre-gl itself is exercised by map.e2e.test.ts.
type Listener = (event: Record<string, unknown>) => void;

function fakeMap() {
  const listeners = new Map<string, Set<Listener>>();
  const layers = new Map<string, { id: string; filter?: unknown }>([
    ['work-order-clusters', { id: 'work-order-clusters' }],
    ['work-order-cluster-counts', { id: 'work-order-cluster-counts' }],
    ['work-orders', { id: 'work-orders' }],
  ]);
  const setTiles = vi.fn();
  const setData = vi.fn();
  let bounds = { west: -112.2, south: 33.3, east: -111.9, north: 33.6 };
  const map = {
    rendered: [] as { properties: Record<string, unknown>; geometry: unknown }[],
    zoom: 11,
    on: (type: string, fn: Listener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    off: (type: string, fn: Listener) => listeners.get(type)?.delete(fn),
    fire: (type: string, event: Record<string, unknown> = {}) => {
      for (const fn of [...(listeners.get(type) ?? [])])
        fn({ type, preventDefault() {}, ...event });
    },
    moveTo(next: typeof bounds) {
      bounds = next;
    },
    getBounds: () => ({
      getWest: () => bounds.west,
      getSouth: () => bounds.south,
      getEast: () => bounds.east,
      getNorth: () => bounds.north,
      contains: ([lon, lat]: [number, number]) =>
        lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north,
    }),
    getStyle: () => ({
      layers: [...layers.values()].map((l) => ({ ...l, 'source-layer': 'work-orders' })),
      sources: { 'work-orders': { type: 'vector', tiles: ['/tiles/work-orders/{z}/{x}/{y}.mvt'] } },
    }),
    getSource: (id: string) => (id === 'work-orders' ? { setTiles } : { setData }),
    getLayer: (id: string) => layers.get(id),
    addLayer: (layer: { id: string; filter?: unknown }) => void layers.set(layer.id, layer),
    removeLayer: (id: string) => void layers.delete(id),
    addSource: vi.fn(),
    removeSource: vi.fn(),
    setFilter: (id: string, filter: unknown) => {
      layers.get(id)!.filter = filter;
    },
    filterOf: (id: string) => layers.get(id)?.filter,
    setLayoutProperty: vi.fn(),
    setPaintProperty: vi.fn(),
    getLayoutProperty: () => undefined,
    getPaintProperty: () => ['match', ['get', 'status'], 'NEW', '#111111', '#000000'],
    queryRenderedFeatures: () => map.rendered,
    getZoom: () => map.zoom,
    getMaxZoom: () => 22,
    getCanvas: () => document.createElement('canvas'),
    easeTo: vi.fn(),
    refreshTiles: vi.fn(),
    doubleClickZoom: { enable: vi.fn(), disable: vi.fn() },
  };
  return { map, setTiles, setData };
}

function live() {
  const listeners = new Set<(event: LiveWorkOrderEvent) => void>();
  return {
    value: {
      available: true,
      status: 'live' as const,
      subscribe: (fn: (event: LiveWorkOrderEvent) => void) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
      recentlyChanged: new Set<string>(['wo-9']),
    },
    emit: (workOrderId: string) => {
      for (const fn of listeners) {
        fn({ eventId: '1', workOrderId, action: 'ASSIGN', changed: [], occurredAt: '' });
      }
    },
  };
}

/** What the list would read: the viewport the map reported. */
function ViewportProbe() {
  const { viewport } = useDispatch();
  return <output data-testid="viewport">{JSON.stringify(viewport)}</output>;
}

const idsIn = (filter: unknown) =>
  (filter as [string, unknown, [string, unknown, [string, string[]]]])[2][2][1];

function renderContent(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'] = []) {
  const { map, setTiles, setData } = fakeMap();
  const liveState = live();
  prepareDispatchStyle(
    map as unknown as MaplibreMap,
    new URLSearchParams('open=true'),
    dispatchMapMessages.en.statusLetter,
  );
  setTiles.mockClear();
  render(
    <I18nContext value={i18nFor('en')}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <LiveContext value={liveState.value}>
          <DispatchProvider>
            <MapContext value={map as unknown as MaplibreMap}>
              <DispatchMapContent />
            </MapContext>
            <ViewportProbe />
          </DispatchProvider>
        </LiveContext>
      </MockedProvider>
    </I18nContext>,
  );
  return { map, setTiles, setData, liveState };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/dispatch');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the dispatcher map', () => {
  it('selects a clicked work order, zooms into a clicked group, and rings the selection', async () => {
    const { map } = renderContent();
    map.rendered = [
      {
        properties: { id: 'wo-1', number: 'WO-1', status: 'NEW' },
        geometry: { type: 'Point', coordinates: [-112, 33.4] },
      },
    ];
    act(() => map.fire('click', { point: { x: 10, y: 10 }, lngLat: { lng: -112, lat: 33.4 } }));
    expect(new URL(window.location.href).searchParams.get('selected')).toBe('wo-1');
    expect(idsIn(map.filterOf(HIGHLIGHT_LAYERS.selected))).toEqual(['wo-1']);
    // Selected on the map: the map does not move.
    expect(map.easeTo).not.toHaveBeenCalled();

    map.rendered = [
      {
        properties: { cluster: true, count: 40 },
        geometry: { type: 'Point', coordinates: [-112.1, 33.5] },
      },
    ];
    act(() => map.fire('click', { point: { x: 10, y: 10 }, lngLat: { lng: -112, lat: 33.4 } }));
    expect(map.easeTo).toHaveBeenCalledWith({ center: [-112.1, 33.5], zoom: 13 });
    expect(new URL(window.location.href).searchParams.get('selected')).toBe('wo-1');
  });

  it('reports its viewport once settled, and highlights recent changes', async () => {
    vi.useFakeTimers();
    const { map } = renderContent();
    expect(idsIn(map.filterOf(HIGHLIGHT_LAYERS.recent))).toEqual(['wo-9']);
    const viewport = () => JSON.parse(screen.getByTestId('viewport').textContent!);
    // At once: the view it opened on.
    expect(viewport()).toEqual({ west: -112.2, south: 33.3, east: -111.9, north: 33.6 });
    map.moveTo({ west: -112.05, south: 33.4, east: -112, north: 33.45 });
    act(() => map.fire('moveend'));
    await act(async () => vi.advanceTimersByTime(100));
    expect(viewport().west).toBe(-112.2);
    act(() => map.fire('moveend'));
    await act(async () => vi.advanceTimersByTime(300));
    expect(viewport()).toEqual({ west: -112.05, south: 33.4, east: -112, north: 33.45 });
  });

  it('refreshes the work-order tiles once for a burst of live changes', async () => {
    vi.useFakeTimers();
    const { map, liveState } = renderContent();
    act(() => {
      liveState.emit('wo-1');
      liveState.emit('wo-2');
      liveState.emit('wo-3');
    });
    expect(map.refreshTiles).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(350));
    expect(map.refreshTiles).toHaveBeenCalledExactlyOnceWith('work-orders');
  });

  it('changes the tiles’ filters when the address’s filters change', async () => {
    const { setTiles } = renderContent();
    expect(setTiles).not.toHaveBeenCalled();
    act(() => {
      window.history.pushState(null, '', '/dispatch?status=ON_HOLD&district=2');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(setTiles).toHaveBeenCalledExactlyOnceWith([
      '/tiles/work-orders/{z}/{x}/{y}.mvt?status=ON_HOLD&district=2',
    ]);
  });

  it('eases to a work order selected elsewhere when it is out of view', async () => {
    window.history.replaceState(null, '', '/dispatch?selected=wo-7');
    const { map } = renderContent([
      {
        request: { query: WorkOrderLocationDocument, variables: { id: 'wo-7' } },
        result: {
          data: {
            workOrder: {
              __typename: 'WorkOrder',
              id: 'wo-7',
              location: { __typename: 'GeoPoint', lon: -111.5, lat: 33.9 },
            },
          },
        },
      },
    ]);
    await vi.waitFor(() => expect(map.easeTo).toHaveBeenCalledWith({ center: [-111.5, 33.9] }));
  });

  it('selects the open work inside a drawn area, not just its box', async () => {
    const user = userEvent.setup();
    const area = [
      [-112.1, 33.4],
      [-112.0, 33.4],
      [-112.0, 33.5],
    ] as const; // a triangle: its box's north-west half is outside
    const { map } = renderContent([
      {
        request: {
          query: AreaWorkOrdersDocument,
          variables: {
            filter: { open: true, bbox: { west: -112.1, south: 33.4, east: -112.0, north: 33.5 } },
            first: 500,
          },
        },
        result: {
          data: {
            workOrders: {
              __typename: 'WorkOrderConnection',
              edges: [
                ['in-1', -112.01, 33.41],
                ['out-1', -112.09, 33.49],
                ['in-2', -112.02, 33.45],
              ].map(([id, lon, lat]) => ({
                __typename: 'WorkOrderEdge',
                node: {
                  __typename: 'WorkOrder',
                  id,
                  location: { __typename: 'GeoPoint', lon, lat },
                },
              })),
              pageInfo: { __typename: 'PageInfo', hasNextPage: false },
            },
          },
        },
      },
    ]);
    const draw = screen.getByRole('button', { name: 'Draw area' });
    expect(screen.getByText(/Select all in view/).id).toBe(draw.getAttribute('aria-describedby'));
    await user.click(draw);
    expect(draw.getAttribute('aria-pressed')).toBe('true');
    expect(map.doubleClickZoom.disable).toHaveBeenCalled();
    // Clicks add corners; a click on a work order does not select it while drawing.
    map.rendered = [
      {
        properties: { id: 'wo-1', number: 'WO-1', status: 'NEW' },
        geometry: { type: 'Point', coordinates: [-112, 33.4] },
      },
    ];
    for (const [lng, lat] of area) {
      act(() => map.fire('click', { point: { x: 0, y: 0 }, lngLat: { lng, lat } }));
    }
    expect(new URL(window.location.href).searchParams.get('selected')).toBeNull();
    // In a browser the clicks moved the focus to the map's canvas; here, off the button.
    act(() => draw.blur());
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('draw-area-result')).toHaveProperty(
      'textContent',
      '2 work orders in the area selected.',
    );
    expect(idsIn(map.filterOf(HIGHLIGHT_LAYERS.bulk))).toEqual(['in-1', 'in-2']);
    expect(draw.getAttribute('aria-pressed')).toBe('false');

    // Escape cancels a drawing without touching the selection.
    await user.click(draw);
    act(() => map.fire('click', { point: { x: 0, y: 0 }, lngLat: { lng: -112, lat: 33 } }));
    await user.keyboard('{Escape}');
    expect(draw.getAttribute('aria-pressed')).toBe('false');
    expect(idsIn(map.filterOf(HIGHLIGHT_LAYERS.bulk))).toEqual(['in-1', 'in-2']);
  });
});
