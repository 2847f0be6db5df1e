import type { Kysely } from 'kysely';
import type { DemoCity } from './types';

/** Progress of a long seed, for the scale option's progress display. */
export type SeedProgress = (table: string, rowsDone: number, rowsTotal: number) => void;

/**
 * How one subgraph takes its share of the demo city. Kept apart from the subgraph's
 * serving definition, so that a subgraph serving real data never loads the generator.
 */
export interface DemoSeed<DB> {
  /** True when the subgraph's tables already hold data (the demo seed then skips it). */
  hasData(db: Kysely<DB>): Promise<boolean>;
  /** Inserts this subgraph's slice of the demo city, in one transaction. */
  seed(db: Kysely<DB>, city: DemoCity, progress?: SeedProgress): Promise<void>;
  /**
   * Fills in what a newer version of the subgraph keeps beside data an older version
   * seeded (a data folder kept across an upgrade); does nothing when it is all there.
   */
  complete?(db: Kysely<DB>, city: DemoCity): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of seeds for different databases
export type AnyDemoSeed = DemoSeed<any>;
