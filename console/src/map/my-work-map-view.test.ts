import { describe, expect, it } from 'vitest';
import { boundsOfWork, myWorkGeoJson } from './my-work-map-view';

const work = [
  { id: 'a', number: 'WO-1', status: 'ASSIGNED' as const, lon: -112.1, lat: 33.4 },
  { id: 'b', number: 'WO-2', status: 'IN_PROGRESS' as const, lon: -112.0, lat: 33.5 },
];

describe('the field worker’s map', () => {
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
