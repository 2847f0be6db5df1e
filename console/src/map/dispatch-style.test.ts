import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS, toTileSearch } from '../dispatch/work-order-filters';
import { dispatchMapMessages } from './dispatch-map-messages';
import {
  currentWorkOrderTiles,
  HIGHLIGHT_LAYERS,
  idsFilter,
  prepareDispatchStyle,
  setWorkOrderFilters,
  statusColours,
  workOrderTiles,
} from './dispatch-style';

/** The bits of a map the style preparation touches. */
function fakeMap() {
  const layers = [
    { id: 'streets', type: 'line', source: 'streets', 'source-layer': 'streets' },
    { id: 'requests', type: 'circle', source: 'requests', 'source-layer': 'requests' },
    {
      id: 'work-order-clusters',
      type: 'circle',
      source: 'work-orders',
      'source-layer': 'work-orders',
    },
    { id: 'work-orders', type: 'circle', source: 'work-orders', 'source-layer': 'work-orders' },
  ];
  const setTiles = vi.fn();
  const added: { id: string; before?: string }[] = [];
  const map = {
    getStyle: () => ({
      layers,
      sources: { 'work-orders': { type: 'vector', tiles: ['/tiles/work-orders/{z}/{x}/{y}.mvt'] } },
    }),
    getSource: (id: string) => (id === 'work-orders' ? { setTiles } : undefined),
    getLayer: (id: string) => layers.find((l) => l.id === id) ?? added.find((l) => l.id === id),
    setLayoutProperty: vi.fn(),
    setPaintProperty: vi.fn(),
    getLayoutProperty: () => ['Noto Sans Bold'],
    addLayer: (layer: { id: string }, before?: string) => added.push({ id: layer.id, before }),
    setFilter: vi.fn(),
  };
  return { map: map as unknown as MaplibreMap, fake: map, setTiles, added };
}

describe('the dispatcher map’s style', () => {
  it('asks for tiles filtered as the list is, from the first tile', () => {
    const { map, fake, setTiles, added } = fakeMap();
    const search = toTileSearch({ ...NO_FILTERS, statuses: ['NEW'], overdue: true });
    prepareDispatchStyle(map, search, dispatchMapMessages.en.statusLetter);
    expect(setTiles).toHaveBeenCalledExactlyOnceWith([
      '/tiles/work-orders/{z}/{x}/{y}.mvt?status=NEW&overdue=true',
    ]);
    // Requests hidden (so never fetched); streets and work orders stay.
    expect(fake.setLayoutProperty).toHaveBeenCalledExactlyOnceWith(
      'requests',
      'visibility',
      'none',
    );
    // Highlights under the points, letters over them.
    expect(added).toEqual([
      { id: HIGHLIGHT_LAYERS.bulk, before: 'work-orders' },
      { id: HIGHLIGHT_LAYERS.recent, before: 'work-orders' },
      { id: HIGHLIGHT_LAYERS.selected, before: 'work-orders' },
      { id: 'dispatch-status-letters', before: undefined },
    ]);
  });

  it('changes the tile URLs when the filters change, and only then', () => {
    const { map, setTiles } = fakeMap();
    prepareDispatchStyle(map, toTileSearch(NO_FILTERS), dispatchMapMessages.en.statusLetter);
    setTiles.mockClear();
    expect(setWorkOrderFilters(map, toTileSearch(NO_FILTERS))).toBe(false);
    expect(setTiles).not.toHaveBeenCalled();
    const text = toTileSearch({ ...NO_FILTERS, text: 'pothole', district: 3 });
    expect(setWorkOrderFilters(map, text)).toBe(true);
    expect(setTiles).toHaveBeenCalledExactlyOnceWith([
      '/tiles/work-orders/{z}/{x}/{y}.mvt?open=true&district=3&text=pothole',
    ]);
    expect(currentWorkOrderTiles(map)).toEqual([
      '/tiles/work-orders/{z}/{x}/{y}.mvt?open=true&district=3&text=pothole',
    ]);
  });

  it('appends to a template that has a query already', () => {
    expect(workOrderTiles(['/t/{z}.mvt?v=2'], new URLSearchParams({ open: 'true' }))).toEqual([
      '/t/{z}.mvt?v=2&open=true',
    ]);
  });

  it('reads the status colours from the style’s match expression', () => {
    expect(
      statusColours(['match', ['get', 'status'], 'NEW', '#1d4ed8', 'ASSIGNED', '#6d28d9', '#000']),
    ).toEqual({ NEW: '#1d4ed8', ASSIGNED: '#6d28d9' });
    expect(statusColours('#123456')).toEqual({});
  });

  it('highlights only individual work orders with the given ids', () => {
    expect(idsFilter(['a', 'b'])).toEqual([
      'all',
      ['!=', ['get', 'cluster'], true],
      ['in', ['get', 'id'], ['literal', ['a', 'b']]],
    ]);
  });
});
