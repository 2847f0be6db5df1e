import { act, cleanup, render } from '@testing-library/react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchMapMessages } from './dispatch-map-messages';
import { MapContext } from './map-context';
import { addMyWorkLayers, boundsOfWork, MyWorkLayers, myWorkGeoJson } from './my-work-map-view';

// jsdom has no WebGL: a stand-in map recording what the field worker's map asks of it.
function fakeMap() {
  const listeners = new Map<string, (event: unknown) => void>();
  const layers = new Map<string, { id: string; filter?: unknown; 'source-layer'?: string }>([
    ['streets', { id: 'streets', 'source-layer': 'streets' }],
    ['work-orders', { id: 'work-orders', 'source-layer': 'work-orders' }],
    ['requests', { id: 'requests', 'source-layer': 'requests' }],
  ]);
  const setData = vi.fn();
  const map = {
    rendered: [] as { properties: Record<string, unknown> }[],
    on: (type: string, fn: (event: unknown) => void) => void listeners.set(type, fn),
    off: (type: string) => void listeners.delete(type),
    fire: (type: string, event: unknown) => listeners.get(type)?.(event),
    getStyle: () => ({ layers: [...layers.values()], sources: {} }),
    getLayer: (id: string) => layers.get(id),
    addLayer: (layer: { id: string }) => void layers.set(layer.id, layer),
    addSource: vi.fn(),
    getSource: () => ({ setData }),
    setLayoutProperty: vi.fn(),
    getLayoutProperty: () => undefined,
    getPaintProperty: () => ['match', ['get', 'status'], 'NEW', '#111111', '#000000'],
    setFilter: (id: string, filter: unknown) => {
      layers.get(id)!.filter = filter;
    },
    layers,
    fitBounds: vi.fn(),
    easeTo: vi.fn(),
    getBounds: () => ({ contains: () => true }),
    queryRenderedFeatures: () => map.rendered,
  };
  return { map, setData };
}

const work = [
  { id: 'a', number: 'WO-1', status: 'ASSIGNED' as const, lon: -112.1, lat: 33.4 },
  { id: 'b', number: 'WO-2', status: 'IN_PROGRESS' as const, lon: -112.0, lat: 33.5 },
];

afterEach(cleanup);

describe('the field worker’s map', () => {
  it('shows only the given work: the city style’s data layers hidden, its own added', () => {
    const { map } = fakeMap();
    addMyWorkLayers(map as unknown as MaplibreMap, dispatchMapMessages.en.statusLetter);
    expect(map.setLayoutProperty.mock.calls).toEqual([
      ['work-orders', 'visibility', 'none'],
      ['requests', 'visibility', 'none'],
    ]);
    expect([...map.layers.keys()].slice(3)).toEqual([
      'my-work-selected',
      'my-work-points',
      'my-work-letters',
    ]);
  });

  it('draws the work, fits it once per set, rings the selected one, and tells a tap', () => {
    const { map, setData } = fakeMap();
    addMyWorkLayers(map as unknown as MaplibreMap, dispatchMapMessages.en.statusLetter);
    const onSelect = vi.fn();
    const view = (workOrders: typeof work, selectedId: string | null) => (
      <MapContext value={map as unknown as MaplibreMap}>
        <MyWorkLayers workOrders={workOrders} selectedId={selectedId} onSelect={onSelect} />
      </MapContext>
    );
    const { rerender } = render(view(work, null));
    expect(setData.mock.lastCall![0].features).toHaveLength(2);
    expect(map.fitBounds).toHaveBeenCalledExactlyOnceWith(
      [
        [-112.1, 33.4],
        [-112.0, 33.5],
      ],
      { padding: 40, maxZoom: 16, duration: 0 },
    );
    // The same work, newly fetched: not fitted again (the worker may have moved the map).
    rerender(view([...work].reverse(), 'b'));
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    expect(map.layers.get('my-work-selected')!.filter).toEqual(['==', ['get', 'id'], 'b']);

    map.rendered = [{ properties: { id: 'a' } }];
    act(() => map.fire('click', { point: { x: 5, y: 5 } }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('a');
  });

  it('makes each work order a point with its id, number and status', () => {
    const geojson = myWorkGeoJson(work);
    expect(geojson.features).toHaveLength(2);
    expect(geojson.features[1]).toMatchObject({
      properties: { id: 'b', number: 'WO-2', status: 'IN_PROGRESS' },
      geometry: { type: 'Point', coordinates: [-112.0, 33.5] },
    });
  });

  it('fits the box around them, a street’s worth around a single one, nothing for none', () => {
    expect(boundsOfWork(work)).toEqual([
      [-112.1, 33.4],
      [-112.0, 33.5],
    ]);
    const [[w, s], [e, n]] = boundsOfWork(work.slice(0, 1)) as [[number, number], [number, number]];
    expect(e - w).toBeCloseTo(0.004);
    expect(n - s).toBeCloseTo(0.004);
    expect(boundsOfWork([])).toBeNull();
  });
});
