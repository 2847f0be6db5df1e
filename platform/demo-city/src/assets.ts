/**
 * Assets along the city's arterials. Asset i is a pure function of (seed, i) so that
 * requests can refer to "the k-th streetlight" and a million-request seed never holds
 * the inventory in memory. Types occupy contiguous index ranges in profile order.
 */

import type { LineString } from '@civicgraph/platform/geo';
import type { DistrictIndex } from './districts';
import { Random } from './random';
import type { NetworkSpan, StreetGrid } from './street-grid';
import type { AssetSeed, AssetStatus, AssetTypeSeed, CityProfile } from './types';

type ProfileAssetType = CityProfile['assetTypes'][number];

export interface AssetTypePlan {
  type: AssetTypeSeed;
  source: ProfileAssetType;
  /** Index of the first asset of this type. */
  start: number;
  count: number;
  tagPrefix: string;
}

export interface AssetContext {
  profile: CityProfile;
  seed: number;
  now: Date;
  grid: StreetGrid;
  districts: DistrictIndex;
  /** Total assets; by default city street miles × the sum of `perMile`. */
  total?: number;
}

const DAY_MS = 86_400_000;
/** Point assets stand this far from the centreline: on the kerb or behind the sidewalk. */
const SIDE_OFFSET_M = { min: 6, max: 18 } as const;

export function buildAssetTypes(profile: CityProfile, seed: number): AssetTypeSeed[] {
  return profile.assetTypes.map((t, i) => ({
    id: Random.derive(seed, 'asset-type', i).uuid(),
    code: t.code,
    name: { ...t.name },
    geometry: t.geometry,
  }));
}

export class AssetGenerator {
  readonly count: number;
  readonly plans: AssetTypePlan[];
  private readonly byCode: Map<string, AssetTypePlan>;
  private readonly context: AssetContext;
  private readonly firstInstall: number;
  private readonly installDays: number;
  /** Line assets are cut from fixed slots along the network so no two overlap. */
  private readonly slots: SegmentSlots | null;

  constructor(context: AssetContext, assetTypes: AssetTypeSeed[]) {
    this.context = context;
    const { profile, grid } = context;
    const weights = profile.assetTypes.map((t) => t.perMile);
    const total =
      context.total ?? Math.round(grid.cityMiles * weights.reduce((sum, w) => sum + w, 0));
    const counts = apportion(total, weights);
    let start = 0;
    this.plans = profile.assetTypes.map((source, i) => {
      const count = counts[i] as number;
      const plan = {
        type: assetTypes[i] as AssetTypeSeed,
        source,
        start,
        count,
        tagPrefix: source.tagPrefix ?? source.code.slice(0, 3).toUpperCase(),
      };
      start += count;
      return plan;
    });
    this.count = start;
    if (this.count > 0 && !(grid.cityMiles > 0)) {
      throw new Error(`${profile.id}: no arterial of the street grid crosses the city boundary`);
    }
    this.byCode = new Map(this.plans.map((plan) => [plan.source.code, plan]));
    const lineAssets = this.plans
      .filter((plan) => plan.source.geometry === 'LINE')
      .reduce((sum, plan) => Math.max(sum, plan.count), 0);
    this.slots = lineAssets > 0 ? new SegmentSlots(grid, lineAssets, context.seed) : null;
    // Installed between 1 January 1970 and 31 December of last year.
    this.firstInstall = Date.UTC(1970, 0, 1);
    const lastInstall = Date.UTC(context.now.getUTCFullYear() - 1, 11, 31);
    this.installDays = Math.max(0, Math.round((lastInstall - this.firstInstall) / DAY_MS));
  }

  /** The plan of an asset type by code, or undefined when the profile has no such type. */
  plan(code: string): AssetTypePlan | undefined {
    return this.byCode.get(code);
  }

  /** Asset number `index` (0 ≤ index < count). */
  at(index: number): AssetSeed {
    const plan = this.planOf(index);
    const local = index - plan.start;
    const { grid, districts, seed } = this.context;
    const random = Random.derive(seed, 'asset', index);
    const id = random.uuid();

    let lon: number;
    let lat: number;
    let line: LineString | null = null;
    let streetName: string;
    if (plan.source.geometry === 'LINE' && this.slots) {
      const segment = this.slots.segment(local);
      const a = grid.pointOn(segment.span.arterial, segment.from);
      const b = grid.pointOn(segment.span.arterial, segment.to);
      line = {
        type: 'LineString',
        coordinates: [
          [round6(a.lon), round6(a.lat)],
          [round6(b.lon), round6(b.lat)],
        ],
      };
      lon = round6((a.lon + b.lon) / 2);
      lat = round6((a.lat + b.lat) / 2);
      streetName = segment.span.arterial.name;
    } else {
      const point = grid.pointAlong(random.float() * grid.cityMiles);
      const side = random.chance(0.5) ? 1 : -1;
      const offset = side * random.range(SIDE_OFFSET_M.min, SIDE_OFFSET_M.max);
      const [x, y] = grid.besideArterial(point, offset);
      lon = round6(x);
      lat = round6(y);
      streetName = point.arterial.name;
    }

    const roll = random.float();
    const status: AssetStatus = roll < 0.9 ? 'ACTIVE' : roll < 0.97 ? 'OUT_OF_SERVICE' : 'RETIRED';
    const installedOn = new Date(this.firstInstall + random.int(0, this.installDays) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    return {
      id,
      assetTypeId: plan.type.id,
      tag: `${plan.tagPrefix}-${String(local + 1).padStart(6, '0')}`,
      status,
      lon,
      lat,
      line,
      streetName,
      district: districts.districtAt(lon, lat),
      installedOn,
    };
  }

  private planOf(index: number): AssetTypePlan {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) {
      throw new RangeError(`asset index ${index} is outside 0..${this.count - 1}`);
    }
    for (const plan of this.plans) {
      if (index < plan.start + plan.count) return plan;
    }
    throw new Error('unreachable');
  }
}

/**
 * Equal-length slots along the in-city network, handed out through a seeded affine
 * permutation: segment k gets a distinct slot without any table of used slots.
 */
class SegmentSlots {
  private readonly grid: StreetGrid;
  private readonly slotMiles: number;
  /** Cumulative slot count at the end of each span. */
  private readonly spanEnds: Float64Array;
  private readonly total: number;
  private readonly multiplier: number;
  private readonly shift: number;

  constructor(grid: StreetGrid, needed: number, seed: number) {
    this.grid = grid;
    // A quarter mile at demo scale; shorter when more segments are asked for than fit.
    let perMile = Math.max(4, Math.ceil(needed / Math.max(grid.cityMiles, 1e-9)));
    let total = 0;
    let ends = new Float64Array(grid.spans.length);
    for (;;) {
      total = 0;
      ends = new Float64Array(grid.spans.length);
      grid.spans.forEach((span, i) => {
        total += Math.floor(span.miles * perMile);
        ends[i] = total;
      });
      if (total >= needed) break;
      perMile += 1;
    }
    this.slotMiles = 1 / perMile;
    this.spanEnds = ends;
    this.total = total;
    const random = Random.derive(seed, 'segment-slots', 0);
    let multiplier = random.int(1, Math.max(1, total - 1));
    while (gcd(multiplier, total) !== 1) multiplier += 1;
    this.multiplier = multiplier;
    this.shift = random.int(0, total - 1);
  }

  segment(k: number): { span: NetworkSpan; from: number; to: number } {
    const slot = (this.multiplier * k + this.shift) % this.total;
    const ends = this.spanEnds;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) > slot) hi = mid;
      else lo = mid + 1;
    }
    const span = this.grid.spans[lo] as NetworkSpan;
    const first = lo === 0 ? 0 : (ends[lo - 1] as number);
    const step = this.slotMiles * this.grid.perMileAlong(span.arterial.axis);
    const from = span.from + (slot - first) * step;
    return { span, from, to: from + step };
  }
}

/** Splits `total` in proportion to `weights` (largest remainder), summing exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((acc, c) => acc + c, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left -= 1;
  }
  return counts;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
