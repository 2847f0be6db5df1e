/**
 * Where two of the city's streets cross, from a reporter's words ("Central Ave & Van
 * Buren St", "central avenue and van buren street", "Central Ave at Van Buren St").
 * Pure: the streets are given (assets owns them; address-location.ts asks it).
 */

export interface StreetLine {
  name: string;
  /** A GeoJSON LineString's coordinates, [lon, lat] pairs. */
  coordinates: ReadonlyArray<readonly [number, number]>;
}

/** The separators people write between two street names. */
const BETWEEN = /\s*(?:&|\/|@|\+|\band\b|\bat\b)\s*/i;

/** Suffixes as people write them, to the short form street names are kept in. */
const SUFFIXES: Readonly<Record<string, string>> = {
  avenue: 'ave',
  av: 'ave',
  street: 'st',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  parkway: 'pkwy',
  highway: 'hwy',
  place: 'pl',
  way: 'way',
};

/** A street name compared without case, dots, repeated spaces or long suffixes. */
export function streetKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => SUFFIXES[word] ?? word)
    .join(' ');
}

/** The two street names of an intersection, or null when the text names no two. */
export function intersectionNames(text: string): [string, string] | null {
  const parts = text.trim().split(BETWEEN);
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  if (first.trim() === '' || second.trim() === '') return null;
  return [first.trim(), second.trim()];
}

type Point = readonly [number, number];

/** Where segments p1-p2 and q1-q2 meet (ends included), or null. */
function segmentCrossing(p1: Point, p2: Point, q1: Point, q2: Point): [number, number] | null {
  const r = [p2[0] - p1[0], p2[1] - p1[1]] as const;
  const s = [q2[0] - q1[0], q2[1] - q1[1]] as const;
  const denominator = r[0] * s[1] - r[1] * s[0];
  // Parallel streets never cross (collinear ones overlap: no single point to give).
  if (denominator === 0) return null;
  const qp = [q1[0] - p1[0], q1[1] - p1[1]] as const;
  const t = (qp[0] * s[1] - qp[1] * s[0]) / denominator;
  const u = (qp[0] * r[1] - qp[1] * r[0]) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [p1[0] + t * r[0], p1[1] + t * r[1]];
}

/** The first point where two lines cross, or null when they do not. */
export function linesCrossing(a: StreetLine, b: StreetLine): { lon: number; lat: number } | null {
  for (let i = 1; i < a.coordinates.length; i++) {
    for (let j = 1; j < b.coordinates.length; j++) {
      const point = segmentCrossing(
        a.coordinates[i - 1]!,
        a.coordinates[i]!,
        b.coordinates[j - 1]!,
        b.coordinates[j]!,
      );
      if (point) return { lon: point[0], lat: point[1] };
    }
  }
  return null;
}

/** The point where the two streets an address names cross, or null. */
export function streetCrossing(
  address: string,
  streets: readonly StreetLine[],
): { lon: number; lat: number } | null {
  const names = intersectionNames(address);
  if (!names) return null;
  const [first, second] = names.map(streetKey) as [string, string];
  if (first === second) return null;
  const lines = (key: string) => streets.filter((street) => streetKey(street.name) === key);
  for (const a of lines(first)) {
    for (const b of lines(second)) {
      const crossing = linesCrossing(a, b);
      if (crossing) return crossing;
    }
  }
  return null;
}
