import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  accessDenied,
  assertEveryFieldHasRule,
  type CallerContext,
  createLogger,
  createSubgraphBuilder,
  fieldsWithoutRule,
  startSubgraph,
} from '../src';
import { staffCaller, TEST_SECRETS } from '../src/testing';
import { notesSubgraph } from './fixtures/signed-subgraph';

interface Thing {
  id: string;
}

/**
 * A tiny subgraph: `Thing` has a type rule, `Loose` none; some fields skip their
 * type's rule, with or without one of their own; a connection brings its plumbing.
 */
function tinySchema({ ruleEverything = false } = {}) {
  const { builder } = createSubgraphBuilder<CallerContext>();
  const own = ruleEverything ? { authScopes: { public: true } } : {};
  const ThingRef = builder.objectRef<Thing>('Thing').implement({
    authScopes: { permission: 'catalog.read' },
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.string({ resolve: () => 'a thing' }),
      skipsWithOwnRule: t.string({
        skipTypeScopes: true,
        authScopes: { permission: 'staff.read' },
        resolve: () => 'own rule',
      }),
      skipsWithoutRule: t.string({ skipTypeScopes: true, ...own, resolve: () => 'nothing' }),
    }),
  });
  builder.asEntity(ThingRef, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: (reference) => reference,
  });
  const LooseRef = builder.objectRef<Thing>('Loose').implement({
    fields: (t) => ({
      ruled: t.string({ authScopes: { public: true }, resolve: () => 'ruled' }),
      unruled: t.string({ ...own, resolve: () => 'unruled' }),
    }),
  });
  builder.queryFields((t) => ({
    thing: t.field({ type: ThingRef, authScopes: { public: true }, resolve: () => ({ id: '1' }) }),
    loose: t.field({ type: LooseRef, ...own, resolve: () => ({ id: '2' }) }),
    things: t.connection({
      type: ThingRef,
      authScopes: { public: true },
      resolve: () => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } }),
    }),
  }));
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}

describe('fieldsWithoutRule', () => {
  it('reports each field with no rule on itself or its type, and only those', () => {
    const schema = tinySchema();
    // The schema does have the exempt plumbing, so its absence below means something.
    expect(Object.keys(schema.getTypeMap())).toEqual(
      expect.arrayContaining([
        'QueryThingsConnection',
        'QueryThingsConnectionEdge',
        'PageInfo',
        '_Service',
      ]),
    );
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['_service', '_entities']),
    );
    expect(fieldsWithoutRule(schema).sort()).toEqual([
      'Loose.unruled',
      'Query.loose',
      'Thing.skipsWithoutRule',
    ]);
  });

  it('reports nothing once those fields have rules', () => {
    expect(fieldsWithoutRule(tinySchema({ ruleEverything: true }))).toEqual([]);
  });

  it('assertEveryFieldHasRule names the service and every unruled field', () => {
    expect(() => assertEveryFieldHasRule('tiny', tinySchema())).toThrow(
      /^tiny: every field needs an access rule .* missing on Loose\.unruled, Query\.loose, Thing\.skipsWithoutRule$/,
    );
    expect(() =>
      assertEveryFieldHasRule('tiny', tinySchema({ ruleEverything: true })),
    ).not.toThrow();
  });

  it('keeps startSubgraph from serving a schema with an unruled field', async () => {
    const start = startSubgraph(
      { ...notesSubgraph, buildSchema: () => tinySchema() },
      {
        // Refused before the database is opened: this URL is never dialled.
        databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
        host: '127.0.0.1',
        port: 0,
        logger: createLogger('test', 'silent'),
        secrets: TEST_SECRETS,
      },
    );
    await expect(start).rejects.toThrow(/notes: every field needs an access rule/);
  });
});

describe('accessDenied', () => {
  it('tells the anonymous caller to sign in, and others that they may not', () => {
    const anonymous = accessDenied(ANONYMOUS, 'WorkOrder', 'asset');
    expect(anonymous.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(anonymous.message).toBe('Sign in to read WorkOrder.asset');
    const staff = accessDenied(staffCaller('ANALYST'), 'Staff', 'email');
    expect(staff.extensions).toEqual({ code: 'FORBIDDEN', field: 'Staff.email' });
    expect(staff.message).toBe('You are not allowed to read Staff.email');
  });

  it('says "use" of a mutation, which is done rather than read', () => {
    expect(accessDenied(ANONYMOUS, 'Mutation', 'assignWorkOrder').message).toBe(
      'Sign in to use Mutation.assignWorkOrder',
    );
    expect(accessDenied(staffCaller('ANALYST'), 'Mutation', 'assignWorkOrder').message).toBe(
      'You are not allowed to use Mutation.assignWorkOrder',
    );
  });
});
