import { badUserInput, checkedId, notFound, type PartnerScope } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import { newApiKey } from '../auth/api-key';
import {
  apiClientById,
  endWorkingKeys,
  insertApiClient,
  insertApiKey,
  revokeApiClient,
} from '../db/api-client.repository';
import type { ApiClient } from '../db/api-client.table';
import type { AccountsDatabase } from '../db/database';
import { checkedEmail, checkedText } from './checked-input';

type Db = Kysely<AccountsDatabase>;

/** How long a rotated-out key keeps working unless the admin says otherwise: a day to deploy. */
export const DEFAULT_GRACE_HOURS = 24;
/** A week: longer and "rotated" stops meaning the old key is going away. */
export const MAX_GRACE_HOURS = 168;
/** Far above any partner's need; the gateway's limiter keeps the count in memory or Redis. */
const MAX_RATE_LIMIT_PER_MINUTE = 100_000;

export interface NewApiClient {
  name: string;
  contactEmail: string;
  scopes: PartnerScope[];
  rateLimitPerMinute: number;
  persistedOperationsOnly?: boolean | null;
}

/** A client with a key that is shown this once and never again. */
export interface ClientWithKey {
  client: ApiClient;
  apiKey: string;
  /** When the keys it replaced stop working (rotation only). */
  previousKeysExpireAt?: Date;
}

export async function createApiClient(db: Db, input: NewApiClient): Promise<ClientWithKey> {
  const name = checkedText(input.name, 'input.name');
  const contactEmail = checkedEmail(input.contactEmail, 'input.contactEmail');
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) {
    throw badUserInput('input.scopes must name at least one scope', { argument: 'input.scopes' });
  }
  const limit = input.rateLimitPerMinute;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RATE_LIMIT_PER_MINUTE) {
    throw badUserInput(`input.rateLimitPerMinute must be 1 to ${MAX_RATE_LIMIT_PER_MINUTE}`, {
      argument: 'input.rateLimitPerMinute',
    });
  }
  const key = newApiKey();
  const client = await db.transaction().execute(async (trx) => {
    const created = await insertApiClient(trx, {
      name,
      contactEmail,
      scopes,
      rateLimitPerMinute: limit,
      persistedOperationsOnly: input.persistedOperationsOnly ?? false,
      revokedAt: null,
      lastUsedAt: null,
    });
    await insertApiKey(trx, { clientId: created.id, prefix: key.prefix, keyHash: key.hash });
    return created;
  });
  return { client, apiKey: key.key };
}

/**
 * Gives a client a new key; its working keys stop after the grace period (0: at
 * once). A revoked client gets no new key: create a new client instead.
 */
export async function rotateApiClientKey(
  db: Db,
  clientId: string,
  graceHours: number | null | undefined,
): Promise<ClientWithKey> {
  const id = checkedId(clientId, 'input.clientId');
  const grace = graceHours ?? DEFAULT_GRACE_HOURS;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_HOURS) {
    throw badUserInput(`input.graceHours must be 0 to ${MAX_GRACE_HOURS}`, {
      argument: 'input.graceHours',
    });
  }
  const key = newApiKey();
  return db.transaction().execute(async (trx) => {
    const client = await apiClientById(trx, id);
    if (!client) throw notFound('API client', id);
    if (client.revokedAt) {
      throw badUserInput('This API client is revoked; create a new one', {
        argument: 'input.clientId',
      });
    }
    const previousKeysExpireAt = await endWorkingKeys(trx, id, grace * 3600);
    await insertApiKey(trx, { clientId: id, prefix: key.prefix, keyHash: key.hash });
    return { client, apiKey: key.key, previousKeysExpireAt };
  });
}

/** Every key of the client stops working at once. */
export async function revokeApiClientById(db: Db, clientId: string): Promise<ApiClient> {
  const id = checkedId(clientId, 'input.clientId');
  const client = await revokeApiClient(db, id);
  if (!client) throw notFound('API client', id);
  return client;
}
