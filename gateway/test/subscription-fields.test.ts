import { readFileSync } from 'node:fs';
import { requestsSubgraph } from '@civicgraph/requests';
import { buildSchema, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_FIELDS } from '../src/realtime/subscription-fields';

// The gateway delivers the subscriptions the requests subgraph declares: the
// permission it checks at subscribe must be the one the subgraph declares on the
// field, and every field the API offers must be served.

const apiSchema = buildSchema(
  readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'),
);
// Built by Pothos with its own copy of graphql: read by shape, not with graphql's predicates.
const requestsSubscription = requestsSubgraph.buildSchema().getSubscriptionType()!;

type PothosExtensions = { pothosOptions?: { authScopes?: unknown } };

/** The field's `authScopes`, as declared in subgraphs/requests/src/schema/subscriptions.ts. */
function declaredScopes(field: GraphQLField<unknown, unknown>) {
  return (field.extensions as PothosExtensions | undefined)?.pothosOptions?.authScopes;
}

describe('SUBSCRIPTION_FIELDS', () => {
  it.each(Object.values(requestsSubscription.getFields()).map((field) => [field.name, field]))(
    '%s: the gateway checks the permission the requests subgraph declares',
    (name, field) => {
      const served = SUBSCRIPTION_FIELDS[name];
      expect(served, `the gateway serves Subscription.${name}`).toBeDefined();
      // One permission, nothing else: the gateway checks exactly that at subscribe.
      expect(declaredScopes(field)).toEqual({ permission: served!.permission });
    },
  );

  it('serves every Subscription field of the API, and none it does not have', () => {
    const offered = Object.keys(apiSchema.getSubscriptionType()!.getFields()).sort();
    expect(Object.keys(SUBSCRIPTION_FIELDS).sort()).toEqual(offered);
  });

  it.each(Object.entries(SUBSCRIPTION_FIELDS))(
    '%s: its entity field and the query that reads it by id exist',
    (name, served) => {
      const event = apiSchema.getSubscriptionType()!.getFields()[name]!.type;
      const eventType = ('ofType' in event ? event.ofType : event) as GraphQLObjectType;
      const entity = eventType.getFields()[served.entityField];
      expect(entity, `${eventType.name}.${served.entityField}`).toBeDefined();
      const query = apiSchema.getQueryType()!.getFields()[served.queryField];
      expect(query?.args.map((arg) => arg.name)).toContain('id');
      expect(String(query?.type).replace(/!$/, '')).toBe(String(entity!.type).replace(/!$/, ''));
    },
  );
});
