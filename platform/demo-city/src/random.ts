/**
 * Seeded randomness for the demo city. The generator never calls `Math.random`: every
 * record draws from a stream derived from (seed, label, index), so record i can be made
 * on its own — without generating records 0..i-1 — and the same seed always gives the
 * same city.
 */

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijection with good avalanche. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const labelHashes = new Map<string, number>();

/** FNV-1a, finalised; memoised because a handful of labels are hashed millions of times. */
function hashLabel(label: string): number {
  let h = labelHashes.get(label);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < label.length; i++) {
      h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    }
    h = fmix32(h);
    labelHashes.set(label, h);
  }
  return h;
}

// Four lanes with different starting constants give a 128-bit state: with a single
// 32-bit hash, a million derived streams would already collide (birthday bound) and
// hand two records the same UUID.
const LANE_SEEDS = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] as const;

/** Hashes the five words of a stream key into one lane of the 128-bit state. */
function absorb(lane: number, a: number, b: number, c: number, d: number, e: number): number {
  let h = fmix32((lane ^ a) + 0x9e3779b9);
  h = fmix32((h ^ b) + 0x9e3779b9);
  h = fmix32((h ^ c) + 0x9e3779b9);
  h = fmix32((h ^ d) + 0x9e3779b9);
  return fmix32((h ^ e) + 0x9e3779b9);
}

/**
 * A small fast PRNG (sfc32, Chris Doty-Humphrey's Small Fast Chaotic generator) with
 * the helpers the generator needs.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
    // A few rounds so closely related states have diverged before the first output.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A stream for a whole seed. */
  static fromSeed(seed: number): Random {
    return Random.derive(seed, '', 0);
  }

  /**
   * An independent stream for record `index` of kind `label` under `seed`: a pure
   * function of its arguments, so records can be generated in any order.
   */
  static derive(seed: number, label: string, index: number): Random {
    // Both 32-bit halves, so seeds and indexes above 2^32 still give distinct streams.
    const seedLo = seed >>> 0;
    const seedHi = Math.floor(seed / TWO_POW_32) >>> 0;
    const indexLo = index >>> 0;
    const indexHi = Math.floor(index / TWO_POW_32) >>> 0;
    const labelHash = hashLabel(label);
    const lane = (start: number) => absorb(start, seedLo, seedHi, labelHash, indexLo, indexHi);
    return new Random(
      lane(LANE_SEEDS[0]),
      lane(LANE_SEEDS[1]),
      lane(LANE_SEEDS[2]),
      lane(LANE_SEEDS[3]),
    );
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty array');
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Picks an item with probability proportional to `weight(item)` (weights ≥ 0). */
  weightedPick<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += Math.max(0, weight(item));
    if (!(total > 0)) throw new Error('Random.weightedPick: no item has a positive weight');
    let target = this.float() * total;
    for (const item of items) {
      target -= Math.max(0, weight(item));
      if (target < 0) return item;
    }
    // Floating-point rounding can leave a sliver; the last weighted item takes it.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] as T;
      if (weight(item) > 0) return item;
    }
    throw new Error('unreachable');
  }

  /** An RFC 4122 version-4-shaped UUID drawn from this stream. */
  uuid(): string {
    const w0 = this.nextUint32();
    const w1 = ((this.nextUint32() & 0xffff0fff) | 0x00004000) >>> 0;
    const w2 = ((this.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const w3 = this.nextUint32();
    return `${hex8(w0)}-${hex4(w1 >>> 16)}-${hex4(w1)}-${hex4(w2 >>> 16)}-${hex4(w2)}${hex8(w3)}`;
  }
}

// Byte-to-hex table: a million requests need a few million UUIDs, and Number#toString(16)
// with padding was the generator's single largest cost.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex4(word: number): string {
  return (HEX[(word >>> 8) & 0xff] as string) + (HEX[word & 0xff] as string);
}

function hex8(word: number): string {
  return hex4(word >>> 16) + hex4(word);
}

/**
 * A precomputed cumulative table for weighted picks that happen millions of times
 * (service types, channels): O(log n) per pick instead of summing weights each time.
 */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(items: readonly T[], weight: (item: T) => number) {
    this.items = items;
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      total += Math.max(0, weight(item));
      this.cumulative[i] = total;
    });
    if (!(total > 0)) throw new Error('WeightedTable: no item has a positive weight');
  }

  pick(random: Random): T {
    const cumulative = this.cumulative;
    const target = random.float() * (cumulative[cumulative.length - 1] as number);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
