import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../db/database';

/** The catalog as tiles need it: codes for properties and filters, and who is snapped. */
export interface TileServices {
  codeOf: ReadonlyMap<string, string>;
  /** Services whose places are published at their block (`services.location_sensitive`). */
  sensitiveIds: ReadonlySet<string>;
  /**
   * The ids of the services with one of `codes` and of one of `departments` (either
   * may be absent); undefined when neither narrows, an empty list when none match.
   */
  idsMatching(codes?: readonly string[], departments?: readonly string[]): string[] | undefined;
}

/** Reads the catalog (a few hundred rows at most) for one tile. */
export async function tileServices(db: Kysely<RequestsDatabase>): Promise<TileServices> {
  const rows = await db
    .selectFrom('services')
    .select(['id', 'code', 'departmentId', 'locationSensitive'])
    .orderBy('id')
    .execute();
  return {
    codeOf: new Map(rows.map((row) => [row.id, row.code])),
    sensitiveIds: new Set(rows.filter((row) => row.locationSensitive).map((row) => row.id)),
    idsMatching(codes, departments) {
      if (!codes && !departments) return undefined;
      return rows
        .filter((row) => !codes || codes.includes(row.code))
        .filter((row) => !departments || departments.includes(row.departmentId))
        .map((row) => row.id);
    },
  };
}
