import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  firstError,
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

// Small limits, so that the refused operations stay readable.
const limits = {
  maxDepth: 4,
  maxAliases: 2,
  maxRootFields: 2,
  maxDirectives: 2,
  maxTokens: 60,
  maxCost: 1000,
  maxBodyBytes: 2048,
};

let stubs: StubSubgraphs;
let gateway: RunningServer;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  gateway = await startTestGateway(stubs.urls, { limits });
});

afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

beforeEach(() => stubs.reset());

describe('operation limits, each refused before any subgraph is called', () => {
  const cases: Array<[string, string, Record<string, unknown>, string, number, number]> = [
    [
      'too deep',
      '{ services { department { crews { members { name } } } } }',
      {},
      'MAX_DEPTH_EXCEEDED',
      limits.maxDepth,
      5,
    ],
    [
      'too deep through a fragment',
      '{ services { ...S } } fragment S on Service { department { crews { members { name } } } }',
      {},
      'MAX_DEPTH_EXCEEDED',
      limits.maxDepth,
      5,
    ],
    [
      'too many aliases',
      '{ services { a: code b: code c: code } }',
      {},
      'MAX_ALIASES_EXCEEDED',
      limits.maxAliases,
      3,
    ],
    [
      'too many root fields',
      '{ services { code } departments { name } datasets { totalCount } }',
      {},
      'MAX_ROOT_FIELDS_EXCEEDED',
      limits.maxRootFields,
      3,
    ],
    [
      'too many directives',
      '{ services { code @include(if: true) name @include(if: true) slaHours @skip(if: false) } }',
      {},
      'MAX_DIRECTIVES_EXCEEDED',
      limits.maxDirectives,
      3,
    ],
    [
      // serviceRequests 1 + edges (1 + 500 × node (1 + 2 fields)) = 1502
      'too costly by its literal page size',
      '{ serviceRequests(first: 500) { edges { node { id number } } } }',
      {},
      'MAX_COST_EXCEEDED',
      limits.maxCost,
      1502,
    ],
    [
      'too costly by its variable page size',
      'query ($n: Int) { serviceRequests(first: $n) { edges { node { id number } } } }',
      { n: 500 },
      'MAX_COST_EXCEEDED',
      limits.maxCost,
      1502,
    ],
    [
      // departments 1 + 20 × (name 1 + crews (1 + 20 × (name 1 + members (1 + 20 × name 1))))
      'too costly by nested lists of the default size',
      '{ departments { name crews { name members { name } } } }',
      {},
      'MAX_COST_EXCEEDED',
      limits.maxCost,
      1 + 20 * (1 + 1 + 20 * (1 + 1 + 20)),
    ],
  ];

  it.each(cases)('refuses an operation %s', async (_name, query, variables, code, limit, value) => {
    const response = await post(gateway.url, { query, variables });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(firstError(response.body)).toEqual({ code, limit, value });
    expect(response.body.errors![0]!.message).toBe(
      `The operation's ${
        {
          MAX_DEPTH_EXCEEDED: 'depth',
          MAX_ALIASES_EXCEEDED: 'alias count',
          MAX_ROOT_FIELDS_EXCEEDED: 'root field count',
          MAX_DIRECTIVES_EXCEEDED: 'directive count',
          MAX_COST_EXCEEDED: 'estimated cost',
        }[code]
      } is ${value}; the limit is ${limit}`,
    );
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('counts a connection without `first` at the default page size', async () => {
    // serviceRequests 1 + totalCount 1 + edges (1 + 50 × node (1 + 20 fields)) = 1053
    const fields = Array.from({ length: 20 }, () => 'id').join(' ');
    const response = await post(gateway.url, {
      query: `{ serviceRequests { totalCount edges { node { ${fields} } } } }`,
    });
    expect(firstError(response.body)).toMatchObject({ code: 'MAX_COST_EXCEEDED', value: 1053 });
  });

  it('refuses a document over the token limit before it is parsed', async () => {
    const query = `{ services { ${Array.from({ length: 60 }, () => 'code').join(' ')} } }`;
    const response = await post(gateway.url, { query });
    expect(response.status).toBe(400);
    expect(firstError(response.body)).toEqual({
      code: 'MAX_TOKENS_EXCEEDED',
      limit: limits.maxTokens,
      value: 65,
    });
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('serves an operation within every limit', async () => {
    const response = await post(gateway.url, {
      query: 'query ($n: Int) { serviceRequests(first: $n) { totalCount } services { code } }',
      variables: { n: 10 },
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(stubs.subgraphCalls).toBeGreaterThan(0);
  });
});

describe('requests refused over HTTP', () => {
  it('refuses a body over the limit with 413 and a JSON GraphQL error', async () => {
    const query = `{ services { code } } # ${'x'.repeat(limits.maxBodyBytes)}`;
    const response = await post(gateway.url, { query });
    expect(response.status).toBe(413);
    expect(firstError(response.body)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      limit: limits.maxBodyBytes,
    });
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('refuses a batch (a JSON array of operations) with 400', async () => {
    const response = await post(gateway.url, [
      { query: '{ services { code } }' },
      { query: '{ departments { name } }' },
    ]);
    expect(response.status).toBe(400);
    expect(firstError(response.body)).toEqual({ code: 'BATCHED_REQUESTS_NOT_SUPPORTED' });
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('refuses a body that is not JSON with 400 and a JSON GraphQL error', async () => {
    const response = await post(gateway.url, '{ "query": ');
    expect(response.status).toBe(400);
    expect(firstError(response.body)).toEqual({ code: 'BAD_REQUEST' });
  });
});
