import {
  checkedId,
  decodeCursor,
  encodeCursor,
  filteredConnection,
  type KeysetCodec,
  PARTNER_SCOPES,
  type PartnerScope,
} from '@civicgraph/platform';
import { builder } from '../builder';
import {
  type ApiClientCursor,
  apiClientById,
  countApiClients,
  keysByClientIds,
  pageOfApiClients,
} from '../db/api-client.repository';
import type { ApiClient, ApiKey } from '../db/api-client.table';
import {
  type ClientWithKey,
  createApiClient,
  DEFAULT_GRACE_HOURS,
  MAX_GRACE_HOURS,
  revokeApiClientById,
  rotateApiClientKey,
} from '../manage/api-clients';

// Partner API clients: ADMIN only (permission partners.manage). A key is returned by
// the mutation that makes it, once; afterwards only its prefix is ever shown.

const MANAGE = { permission: 'partners.manage' } as const;

/** What each scope lets a partner do, as the schema documents it. */
const SCOPE_DESCRIPTIONS: Record<PartnerScope, string> = {
  'catalog:read': 'Read the service catalog and the asset inventory.',
  'requests:read': "Read service requests' public fields.",
  'requests:write': 'Submit service requests.',
  'data:read': 'Read open datasets.',
  'residents:act': 'Act for the residents who authorised the partner.',
};

export const PartnerScopeEnum = builder.enumType('PartnerScope', {
  description: 'What a partner API client may do (in tokens and logs: catalog:read, …).',
  values: Object.fromEntries(
    PARTNER_SCOPES.map((scope) => [
      scope.toUpperCase().replace(':', '_'),
      { value: scope, description: SCOPE_DESCRIPTIONS[scope] },
    ]),
  ) as Record<string, { value: PartnerScope; description: string }>,
});

const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'One key of a client, by its public prefix; the secret part is never shown again.',
  authScopes: MANAGE,
  fields: (t) => ({
    id: t.exposeID('id'),
    prefix: t.exposeString('prefix', { description: 'The key starts cgk_<prefix>_.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a rotated-out key stops working; null for the current key.',
    }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ApiClientRef = builder.objectRef<ApiClient>('ApiClient').implement({
  description: "A partner application's access: scopes, rate limit, keys and their use.",
  authScopes: MANAGE,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    contactEmail: t.exposeString('contactEmail'),
    scopes: t.expose('scopes', { type: [PartnerScopeEnum] }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute'),
    persistedOperationsOnly: t.exposeBoolean('persistedOperationsOnly', {
      description: 'Whether the gateway serves this client only allowlisted operations.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    keys: t.loadableGroup({
      type: ApiKeyRef,
      description: 'Its keys, newest first, with those past their grace period.',
      load: (clientIds: string[], { db }) => keysByClientIds(db, clientIds),
      group: (key) => key.clientId,
      resolve: (client) => client.id,
    }),
  }),
});

const CreateApiClientPayload = builder
  .objectRef<ClientWithKey>('CreateApiClientPayload')
  .implement({
    authScopes: MANAGE,
    fields: (t) => ({
      apiClient: t.field({ type: ApiClientRef, resolve: (result) => result.client }),
      apiKey: t.exposeString('apiKey', {
        description:
          'The key, shown this once: give it to the partner now. It goes in the X-API-Key header.',
      }),
    }),
  });

const RotateApiClientKeyPayload = builder
  .objectRef<ClientWithKey>('RotateApiClientKeyPayload')
  .implement({
    authScopes: MANAGE,
    fields: (t) => ({
      apiClient: t.field({ type: ApiClientRef, resolve: (result) => result.client }),
      apiKey: t.exposeString('apiKey', { description: 'The new key, shown this once.' }),
      previousKeysExpireAt: t.field({
        type: 'DateTime',
        description: 'When the keys it replaces stop working.',
        resolve: (result) => result.previousKeysExpireAt!,
      }),
    }),
  });

const RevokeApiClientPayload = builder.objectRef<ApiClient>('RevokeApiClientPayload').implement({
  authScopes: MANAGE,
  fields: (t) => ({ apiClient: t.field({ type: ApiClientRef, resolve: (client) => client }) }),
});

const CreateApiClientInput = builder.inputType('CreateApiClientInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    contactEmail: t.string({ required: true }),
    scopes: t.field({ type: [PartnerScopeEnum], required: true }),
    rateLimitPerMinute: t.int({ required: true }),
    persistedOperationsOnly: t.boolean({ description: 'Default false.' }),
  }),
});

const RotateApiClientKeyInput = builder.inputType('RotateApiClientKeyInput', {
  fields: (t) => ({
    clientId: t.id({ required: true }),
    graceHours: t.int({
      description: `How long the old keys keep working: 0 to ${MAX_GRACE_HOURS}, default ${DEFAULT_GRACE_HOURS}.`,
    }),
  }),
});

const RevokeApiClientInput = builder.inputType('RevokeApiClientInput', {
  fields: (t) => ({ clientId: t.id({ required: true }) }),
});

const ApiClientFilterInput = builder.inputType('ApiClientFilter', {
  fields: (t) => ({
    revoked: t.boolean({ description: 'Only revoked (true) or only working (false) clients.' }),
  }),
});

const apiClientCodec: KeysetCodec<ApiClientCursor, ApiClientCursor> = {
  toCursor: (client) => encodeCursor([client.name, client.id]),
  fromCursor: (cursor) => {
    const [name, id] = decodeCursor(cursor, ['string', 'uuid']);
    return { name, id };
  },
};

builder.queryFields((t) => ({
  apiClients: filteredConnection(t, {
    type: ApiClientRef,
    name: 'ApiClient',
    description: 'Partner API clients in name order.',
    authScopes: MANAGE,
    filter: ApiClientFilterInput,
    toFilter: (given) => given ?? {},
    codec: apiClientCodec,
    page: ({ db }, filter, page) => pageOfApiClients(db, filter, page),
    count: ({ db }, filter) => countApiClients(db, filter),
  }),
  apiClient: t.field({
    type: ApiClientRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    authScopes: MANAGE,
    resolve: async (_root, { id }, { db }) =>
      (await apiClientById(db, checkedId(id, 'id'))) ?? null,
  }),
}));

builder.mutationFields((t) => ({
  createApiClient: t.field({
    type: CreateApiClientPayload,
    description: 'Registers a partner application and returns its first key, once.',
    args: { input: t.arg({ type: CreateApiClientInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => createApiClient(db, input),
  }),
  rotateApiClientKey: t.field({
    type: RotateApiClientKeyPayload,
    description: 'Issues a new key, shown once; the old ones work until the grace period ends.',
    args: { input: t.arg({ type: RotateApiClientKeyInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => rotateApiClientKey(db, input.clientId, input.graceHours),
  }),
  revokeApiClient: t.field({
    type: RevokeApiClientPayload,
    description: "Stops every key of the client at once. It can't be undone.",
    args: { input: t.arg({ type: RevokeApiClientInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => revokeApiClientById(db, input.clientId),
  }),
}));
