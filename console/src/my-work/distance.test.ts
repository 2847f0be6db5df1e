import { describe, expect, it } from 'vitest';
import { formatDistance } from '../format';
import { distanceMeters, EARTH_RADIUS_METERS } from './distance';

describe('distanceMeters', () => {
  it('is zero from a point to itself', () => {
    expect(distanceMeters({ lon: -112.07, lat: 33.45 }, { lon: -112.07, lat: 33.45 })).toBe(0);
  });

  it('measures a degree of latitude, and of longitude on the equator, as R·π/180', () => {
    const degree = (EARTH_RADIUS_METERS * Math.PI) / 180; // ≈ 111,195 m
    expect(distanceMeters({ lon: 0, lat: 0 }, { lon: 0, lat: 1 })).toBeCloseTo(degree, 3);
    expect(distanceMeters({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(degree, 3);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atPhoenix = distanceMeters({ lon: -112, lat: 33.45 }, { lon: -111, lat: 33.45 });
    // Along a parallel the great circle is slightly shorter than the parallel itself.
    expect(atPhoenix).toBeGreaterThan(92_700);
    expect(atPhoenix).toBeLessThan(92_900);
  });

  it('matches the textbook example: Nashville (BNA) to Los Angeles (LAX), 2,887.26 km at R = 6,372.8 km', () => {
    const bna = { lon: -86.67, lat: 36.12 };
    const lax = { lon: -118.4, lat: 33.94 };
    // Same central angle, our (mean) radius.
    const expected = (2_887_259.95 * EARTH_RADIUS_METERS) / 6_372_800;
    expect(distanceMeters(bna, lax)).toBeCloseTo(expected, -1);
  });

  it('is symmetric and finite for antipodes (half the circumference)', () => {
    const a = { lon: -112.07, lat: 33.45 };
    const b = { lon: 67.93, lat: -33.45 };
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
    expect(distanceMeters(a, b)).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 0);
  });
});

describe('formatDistance', () => {
  it('says metres under a kilometre, to 10 m', () => {
    expect(formatDistance(0, 'en')).toBe('0 m');
    expect(formatDistance(847, 'en')).toBe('850 m');
    expect(formatDistance(994, 'en')).toBe('990 m');
  });

  it('says kilometres with one decimal from 1 km, none from 100 km', () => {
    expect(formatDistance(995, 'en')).toBe('1 km');
    expect(formatDistance(1_234, 'en')).toBe('1.2 km');
    expect(formatDistance(12_345, 'en')).toBe('12.3 km');
    expect(formatDistance(140_400, 'en')).toBe('140 km');
    expect(formatDistance(1_234_567, 'en')).toBe('1,235 km');
  });

  it('uses the Spanish decimal comma', () => {
    expect(formatDistance(1_234, 'es')).toBe('1,2 km');
    expect(formatDistance(850, 'es')).toBe('850 m');
  });
});
