import { distanceMeters } from '@civicgraph/platform';
import type { ChangeTarget, Commit } from './live-load-protocol';
import type { Near } from './subscription-plans';

interface OpenWorkOrder extends ChangeTarget {
  location: { lon: number; lat: number };
}

const OPEN_WORK = `query Open($after: String) {
  workOrders(first: 100, after: $after, filter: { open: true }) {
    edges { node { id version priority location { lon lat } } }
    pageInfo { hasNextPage endCursor } } }`;

/** Widest radius the grouping comparison may start from: each subscriber adds a metre. */
const BASE_RADIUS_LIMIT = 49_000;

/**
 * The open work orders the benchmark changes, taken in turn so that the changes of a
 * phase are on distinct work orders (none waits on another's row), each with the
 * version and priority it was last left at.
 */
export class ChangeTargets {
  private next = 0;

  private constructor(private readonly pool: OpenWorkOrder[]) {}

  /** Reads up to `count` open work orders through the gateway as `authorization`. */
  static async read(origin: string, authorization: string, count: number) {
    const pool: OpenWorkOrder[] = [];
    let after: string | null = null;
    while (pool.length < count) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: OPEN_WORK, variables: { after } }),
      });
      const body = (await response.json()) as {
        data?: {
          workOrders: {
            edges: Array<{ node: OpenWorkOrder }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`reading open work failed: ${JSON.stringify(body.errors)}`);
      pool.push(...body.data.workOrders.edges.map((edge) => edge.node));
      if (!body.data.workOrders.pageInfo.hasNextPage) break;
      after = body.data.workOrders.pageInfo.endCursor;
    }
    return new ChangeTargets(pool.slice(0, count));
  }

  get size() {
    return this.pool.length;
  }

  /** The next `count` work orders, in turn (at most the pool: distinct). */
  take(count: number): ChangeTarget[] {
    if (count > this.pool.length) {
      throw new Error(
        `${count} changes at once need as many open work orders (${this.pool.length})`,
      );
    }
    return Array.from({ length: count }, () => {
      const { id, version, priority } = this.pool[this.next++ % this.pool.length]!;
      return { id, version, priority };
    });
  }

  /** What the changes left: the next change names the new version. */
  update(commits: Commit[]) {
    const byId = new Map(commits.map((commit) => [commit.id, commit]));
    for (const target of this.pool) {
      const commit = byId.get(target.id);
      if (commit) Object.assign(target, { version: commit.version, priority: commit.priority });
    }
  }

  /**
   * A circle around the pool's work (its centre of mass) that holds all of it, and
   * keeps only the work inside it when the city is wider than a `near` filter may be.
   */
  circle(): Near {
    const lon = mean(this.pool.map((t) => t.location.lon));
    const lat = mean(this.pool.map((t) => t.location.lat));
    const distance = (t: OpenWorkOrder) => distanceMeters(lon, lat, t.location.lon, t.location.lat);
    const inside = this.pool.filter((t) => distance(t) < BASE_RADIUS_LIMIT - 10);
    this.pool.splice(0, this.pool.length, ...inside);
    const farthest = Math.max(...inside.map(distance));
    return { lon, lat, radiusMeters: Math.min(BASE_RADIUS_LIMIT, Math.ceil(farthest) + 10) };
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
