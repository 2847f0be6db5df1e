import { batchByKey, batchGroupsByKey, onlyUuids } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import { crewsByDepartmentIds, crewsByIds } from './db/crew.repository';
import type { AccountsDatabase } from './db/database';
import { departmentsByIds } from './db/department.repository';
import { staffByCrewIds, staffByIds } from './db/staff.repository';

/** Per-request state: loaders batch every entity lookup of one request into one query. */
export interface AccountsContext {
  db: Kysely<AccountsDatabase>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<AccountsDatabase>) {
  return {
    department: batchByKey(
      onlyUuids((ids) => departmentsByIds(db, ids)),
      (d) => d.id,
    ),
    crew: batchByKey(
      onlyUuids((ids) => crewsByIds(db, ids)),
      (c) => c.id,
    ),
    staff: batchByKey(
      onlyUuids((ids) => staffByIds(db, ids)),
      (s) => s.id,
    ),
    crewsOfDepartment: batchGroupsByKey(
      onlyUuids((ids) => crewsByDepartmentIds(db, ids)),
      (c) => c.departmentId,
    ),
    membersOfCrew: batchGroupsByKey(
      onlyUuids((ids) => staffByCrewIds(db, ids)),
      (s) => s.crewId,
    ),
  };
}

export function createAccountsContext(db: Kysely<AccountsDatabase>): AccountsContext {
  return { db, loaders: createLoaders(db) };
}
