import { describe, expect, it } from 'vitest';
import { addCorner, bboxOf, drawingGeoJson, type LngLat, pointInPolygon } from './polygon';

const square: LngLat[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];
// A "C" opening east: its notch (x 4..10, y 4..6) is outside.
const notched: LngLat[] = [
  [0, 0],
  [10, 0],
  [10, 4],
  [4, 4],
  [4, 6],
  [10, 6],
  [10, 10],
  [0, 10],
];

describe('pointInPolygon', () => {
  it('tells inside from outside a square', () => {
    expect(pointInPolygon([5, 5], square)).toBe(true);
    expect(pointInPolygon([0.01, 9.99], square)).toBe(true);
    expect(pointInPolygon([-1, 5], square)).toBe(false);
    expect(pointInPolygon([11, 5], square)).toBe(false);
    expect(pointInPolygon([5, 10.5], square)).toBe(false);
  });

  it('leaves out the notch of a concave polygon, which its box would include', () => {
    expect(pointInPolygon([7, 5], notched)).toBe(false);
    expect(pointInPolygon([2, 5], notched)).toBe(true);
    expect(pointInPolygon([7, 8], notched)).toBe(true);
    expect(pointInPolygon([7, 2], notched)).toBe(true);
  });

  it('counts a ray through a corner once', () => {
    const diamond: LngLat[] = [
      [5, 0],
      [10, 5],
      [5, 10],
      [0, 5],
    ];
    // The ray east from (2, 5) passes through the corner (10, 5).
    expect(pointInPolygon([2, 5], diamond)).toBe(true);
    expect(pointInPolygon([-2, 5], diamond)).toBe(false);
  });

  it('works with city coordinates, whatever the winding', () => {
    const phoenix: LngLat[] = [
      [-112.1, 33.4],
      [-112.0, 33.4],
      [-112.0, 33.5],
      [-112.1, 33.5],
    ];
    expect(pointInPolygon([-112.05, 33.45], phoenix)).toBe(true);
    expect(pointInPolygon([-112.05, 33.45], [...phoenix].reverse())).toBe(true);
    expect(pointInPolygon([-111.95, 33.45], phoenix)).toBe(false);
  });

  it('holds nothing with fewer than three corners', () => {
    expect(pointInPolygon([0, 0], [])).toBe(false);
    expect(
      pointInPolygon(
        [1, 0],
        [
          [0, 0],
          [2, 0],
        ],
      ),
    ).toBe(false);
  });
});

describe('bboxOf and addCorner', () => {
  it('boxes a polygon, and not a line', () => {
    expect(bboxOf(notched)).toEqual({ west: 0, south: 0, east: 10, north: 10 });
    expect(bboxOf(square.slice(0, 2))).toBeNull();
  });

  it('ignores a corner on top of the last one (a double-click)', () => {
    expect(addCorner([[0, 0]], [0.000001, 0], 0.0001)).toEqual([[0, 0]]);
    expect(addCorner([[0, 0]], [1, 0], 0.0001)).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('draws corners, then a line, then a closed area', () => {
    const kinds = (n: number) =>
      drawingGeoJson(square.slice(0, n)).features.map((f) => f.properties?.kind);
    expect(kinds(1)).toEqual(['corner']);
    expect(kinds(2)).toEqual(['corner', 'corner', 'edge']);
    expect(kinds(3)).toEqual(['corner', 'corner', 'corner', 'edge', 'area']);
    const ring = drawingGeoJson(square).features.find((f) => f.properties?.kind === 'area')!;
    expect((ring.geometry as GeoJSON.Polygon).coordinates[0]).toHaveLength(5);
  });
});
