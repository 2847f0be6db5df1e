import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { focusOnOpenWorkOrders, withTileQuery } from './work-orders-focus';

describe('withTileQuery', () => {
  it('keeps the template’s placeholders and adds to an existing query', () => {
    expect(
      withTileQuery('https://a.example/tiles/work-orders/{z}/{x}/{y}.mvt', { open: 'true' }),
    ).toBe('https://a.example/tiles/work-orders/{z}/{x}/{y}.mvt?open=true');
    expect(withTileQuery('/tiles/work-orders/{z}/{x}/{y}.mvt?status=NEW', { open: 'true' })).toBe(
      '/tiles/work-orders/{z}/{x}/{y}.mvt?status=NEW&open=true',
    );
    expect(withTileQuery('/t/{z}/{x}/{y}.mvt', {})).toBe('/t/{z}/{x}/{y}.mvt');
  });
});

describe('focusOnOpenWorkOrders', () => {
  it('asks for open work orders only and hides requests and assets', () => {
    const workOrders = { setTiles: vi.fn() };
    const map = {
      getStyle: () => ({
        sources: {
          'work-orders': { type: 'vector', tiles: ['/tiles/work-orders/{z}/{x}/{y}.mvt'] },
        },
        layers: [
          { id: 'background', type: 'background' },
          { id: 'streets', type: 'line', source: 'streets', 'source-layer': 'streets' },
          {
            id: 'district-labels',
            type: 'symbol',
            source: 'districts',
            'source-layer': 'district-labels',
          },
          {
            id: 'request-clusters',
            type: 'circle',
            source: 'requests',
            'source-layer': 'requests',
          },
          { id: 'assets', type: 'circle', source: 'assets', 'source-layer': 'assets' },
          {
            id: 'wo-clusters',
            type: 'circle',
            source: 'work-orders',
            'source-layer': 'work-orders',
          },
          { id: 'wo-points', type: 'circle', source: 'work-orders', 'source-layer': 'work-orders' },
        ],
      }),
      setLayoutProperty: vi.fn(),
      getSource: (id: string) => (id === 'work-orders' ? workOrders : undefined),
    } as unknown as MaplibreMap;

    focusOnOpenWorkOrders(map);

    expect(workOrders.setTiles).toHaveBeenCalledOnce();
    expect(workOrders.setTiles).toHaveBeenCalledWith([
      '/tiles/work-orders/{z}/{x}/{y}.mvt?open=true',
    ]);
    expect(vi.mocked(map.setLayoutProperty).mock.calls).toEqual([
      ['request-clusters', 'visibility', 'none'],
      ['assets', 'visibility', 'none'],
    ]);
  });
});
