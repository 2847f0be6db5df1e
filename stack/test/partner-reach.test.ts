import { generateDemoCity } from '@civicgraph/demo-city';
import { postGraphQL } from '@civicgraph/platform/testing';
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';
import { harvestPlausibleValues, type PlausibleValues } from './fuzz/plausible-values';
import { printLiteral } from './fuzz/print-literal';

// A partner key, holding every scope there is, walks the whole composed graph: every
// query field, every field below it to a few levels, with real ids for required
// arguments. Whatever it is allowed to read, no staff member's personal data
// (names, emails) may come back, anywhere.
const cityOptions = { seed: 21, requests: 60, now: new Date('2026-11-01T15:00:00Z') };
const city = generateDemoCity(cityOptions);
const SELECTION_DEPTH = 3;

let stack: RunningStack;
let schema: GraphQLSchema;
let plausible: PlausibleValues;
let partner: Record<string, string>;

type Field = GraphQLField<unknown, unknown>;

/** Optional list sizes kept small: the walk is about reach, not volume. */
function pageArguments(field: Field) {
  return field.args.some((a) => a.name === 'first') ? '(first: 5)' : '';
}

/** Every field below `type` to `depth` levels, `__typename` on every object. */
function deepSelection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields()) as Field[]) {
    if (field.args.some(isRequiredArgument)) continue;
    if (isLeafType(getNamedType(field.type))) {
      parts.push(field.name);
    } else if (depth > 0) {
      parts.push(`${field.name}${pageArguments(field)} ${deepSelection(field.type, depth - 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** The root field with its required arguments filled from values the graph returned. */
function rootRequest(field: Field): string | null {
  const args: string[] = [];
  for (const arg of field.args.filter(isRequiredArgument)) {
    const value = plausible.of(getNamedType(arg.type).name, arg.name)[0];
    if (value === undefined) return null;
    args.push(`${arg.name}: ${printLiteral(value)}`);
  }
  if (field.args.some((a) => a.name === 'first')) args.push('first: 5');
  const list = args.length > 0 ? `(${args.join(', ')})` : '';
  return `{ ${field.name}${list} ${deepSelection(field.type, SELECTION_DEPTH)} }`;
}

/** Every object in a response with its `__typename`, and every string in it. */
function walk(value: unknown, seen: { typenames: Set<string>; strings: Set<string> }) {
  if (typeof value === 'string') seen.strings.add(value);
  if (Array.isArray(value)) for (const item of value) walk(item, seen);
  else if (value && typeof value === 'object') {
    const typename = (value as { __typename?: unknown }).__typename;
    if (typeof typename === 'string') seen.typenames.add(typename);
    for (const child of Object.values(value)) walk(child, seen);
  }
}

beforeAll(async () => {
  // The walk is about reach, not size: its deep selections pass the operation limits
  // (the gateway's own tests cover those).
  stack = await startSeededStack({
    city: cityOptions,
    access: { limits: { maxTokens: 100_000, maxCost: 10_000_000, maxDepth: 20 } },
  });
  const admin = await signInAs(stack.url, 'ADMIN');
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(`${stack.url}/graphql`, query, variables, { headers: admin });
  const introspection = await asAdmin(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data as never);
  plausible = await harvestPlausibleValues(schema, (query) => asAdmin(query));
  const created = await asAdmin(
    `mutation Create($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }`,
    {
      input: {
        name: 'Walk test',
        contactEmail: 'walk@example.org',
        scopes: ['CATALOG_READ', 'REQUESTS_READ', 'REQUESTS_WRITE', 'DATA_READ', 'RESIDENTS_ACT'],
        rateLimitPerMinute: 10_000,
      },
    },
  );
  const key = (created.data as { createApiClient?: { apiKey?: string } } | undefined)
    ?.createApiClient?.apiKey;
  if (!key) throw new Error(`creating the API client failed: ${JSON.stringify(created.errors)}`);
  partner = { 'x-api-key': key };
});

afterAll(async () => {
  await stack?.close();
});

describe('a partner key with every scope', () => {
  it('reads no staff personal data anywhere in the graph', async () => {
    const seen = { typenames: new Set<string>(), strings: new Set<string>() };
    const fields = Object.values(schema.getQueryType()!.getFields()) as Field[];
    let walked = 0;
    for (const field of fields) {
      const query = rootRequest(field);
      if (!query) continue;
      const response = await postGraphQL(`${stack.url}/graphql`, query, {}, { headers: partner });
      expect(response.status, `${field.name}: ${JSON.stringify(response.errors)}`).toBeLessThan(
        500,
      );
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code, `${field.name}: ${error.message}`).not.toBe(
          'INTERNAL_SERVER_ERROR',
        );
      }
      walk(response.data, seen);
      walked++;
    }
    expect(walked).toBeGreaterThan(10);
    // The walk did reach what partners may read (the control) ...
    expect([...seen.typenames]).toEqual(
      expect.arrayContaining(['Service', 'ServiceRequest', 'Asset', 'City', 'Dataset']),
    );
    // ... and nothing about a person on staff: no Staff object, no name, no email.
    expect([...seen.typenames]).not.toContain('Staff');
    const personal = city.staff.flatMap((s) => [s.email, `${s.givenName} ${s.familyName}`]);
    expect(personal.filter((value) => seen.strings.has(value))).toEqual([]);
  });
});
