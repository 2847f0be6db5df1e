import type { KeysetPage } from '@civicgraph/platform';
import { type Insertable, type Kysely, sql } from 'kysely';
import type { ApiClientTable } from './api-client.table';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

export interface ApiClientFilter {
  revoked?: boolean | null;
}

/** Sort key of the client list, also the cursor of its pages. */
export interface ApiClientCursor {
  name: string;
  id: string;
}

export function insertApiClient(db: Db, row: Insertable<ApiClientTable>) {
  return db.insertInto('apiClients').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertApiKey(db: Db, key: { clientId: string; prefix: string; keyHash: string }) {
  return db.insertInto('apiKeys').values(key).execute();
}

/**
 * Makes a client's working keys stop `graceSeconds` from now (sooner if they already
 * had an earlier end): a rotation leaves the old key working while the partner
 * deploys the new one. The new end, as the database reckons it.
 */
export async function endWorkingKeys(db: Db, clientId: string, graceSeconds: number) {
  const end = sql<Date>`now() + make_interval(secs => ${graceSeconds})`;
  await db
    .updateTable('apiKeys')
    .set({ expiresAt: sql<Date>`least(coalesce(expires_at, 'infinity'), ${end})` })
    .where('clientId', '=', clientId)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', sql<Date>`now()`)]))
    .execute();
  const row = await db.selectNoFrom(end.as('end')).executeTakeFirstOrThrow();
  return row.end;
}

/** Revokes a client: every key stops at once. Revoking again keeps the first time. */
export function revokeApiClient(db: Db, id: string) {
  return db
    .updateTable('apiClients')
    .set({ revokedAt: sql<Date>`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function apiClientById(db: Db, id: string) {
  return db.selectFrom('apiClients').selectAll().where('id', '=', id).executeTakeFirst();
}

function filtered(db: Db, filter: ApiClientFilter) {
  let query = db.selectFrom('apiClients');
  if (filter.revoked === true) query = query.where('revokedAt', 'is not', null);
  if (filter.revoked === false) query = query.where('revokedAt', 'is', null);
  return query;
}

/** One page of clients in name order (keyset pagination). */
export function pageOfApiClients(
  db: Db,
  filter: ApiClientFilter,
  page: KeysetPage<ApiClientCursor>,
) {
  const direction = page.inverted ? 'desc' : 'asc';
  let query = filtered(db, filter).selectAll();
  if (page.after) {
    const { name, id } = page.after;
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(name, id)));
  }
  if (page.before) {
    const { name, id } = page.before;
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '<', eb.tuple(name, id)));
  }
  return query.orderBy('name', direction).orderBy('id', direction).limit(page.limit).execute();
}

export async function countApiClients(db: Db, filter: ApiClientFilter) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Keys of several clients at once, newest first, for batching `ApiClient.keys`. */
export function keysByClientIds(db: Db, clientIds: readonly string[]) {
  return db
    .selectFrom('apiKeys')
    .selectAll()
    .where('clientId', 'in', clientIds)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

/**
 * The client a key belongs to, when the key still works (client not revoked, key not
 * past its grace period), recording its use on key and client in the same statement.
 */
export async function clientForKey(db: Db, keyHash: string) {
  const row = await db
    .with('used', (qb) =>
      qb
        .updateTable('apiKeys')
        .from('apiClients')
        .set({ lastUsedAt: sql<Date>`now()` })
        .whereRef('apiClients.id', '=', 'apiKeys.clientId')
        .where('apiKeys.keyHash', '=', keyHash)
        .where('apiClients.revokedAt', 'is', null)
        .where((eb) =>
          eb.or([
            eb('apiKeys.expiresAt', 'is', null),
            eb('apiKeys.expiresAt', '>', sql<Date>`now()`),
          ]),
        )
        .returning('apiKeys.clientId'),
    )
    .updateTable('apiClients')
    .from('used')
    .set({ lastUsedAt: sql<Date>`now()` })
    .whereRef('apiClients.id', '=', 'used.clientId')
    .returning([
      'apiClients.id',
      'apiClients.scopes',
      'apiClients.rateLimitPerMinute',
      'apiClients.persistedOperationsOnly',
    ])
    .executeTakeFirst();
  return row;
}
