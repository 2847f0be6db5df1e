import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIST_SIZE, operationCost } from '../src/limits/operation-cost';

const schema = buildSchema(`
  type Query {
    items(first: Int, last: Int): ItemConnection!
    tags: [Tag!]!
    pinned(first: Int = 3): [Tag!]!
    node: Node
  }
  interface Node { id: ID! }
  type Item implements Node { id: ID! tags: [Tag!]! }
  type Tag implements Node { id: ID! name: String! }
  type ItemConnection { totalCount: Int! edges: [ItemEdge!]! nodes: [Item!]! }
  type ItemEdge { cursor: String! node: Item! }
`);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return operationCost(schema, document, operation, variables);
}

describe('operationCost', () => {
  it('counts each field once outside lists', () => {
    expect(cost('{ node { id } }')).toBe(2);
  });

  it('multiplies a connection’s edges and nodes by its page, not its totalCount', () => {
    // items 1 + totalCount 1 + edges (1 + 10 × (cursor 1 + node (1 + id 1))) + nodes (1 + 10 × id 1)
    expect(
      cost('{ items(first: 10) { totalCount edges { cursor node { id } } nodes { id } } }'),
    ).toBe(1 + 1 + (1 + 10 * 3) + (1 + 10));
  });

  it('takes the larger of first and last, from variables or their defaults', () => {
    const query = 'query ($f: Int = 7, $l: Int) { items(first: $f, last: $l) { nodes { id } } }';
    expect(cost(query)).toBe(1 + 1 + 7);
    expect(cost(query, { l: 40 })).toBe(1 + 1 + 40);
  });

  it('gives a plain list the default size, or the page its schema default names', () => {
    expect(cost('{ tags { name } }')).toBe(1 + DEFAULT_LIST_SIZE);
    expect(cost('{ pinned { name } }')).toBe(1 + 3);
  });

  it('multiplies nested lists', () => {
    // items 1 + nodes (1 + 5 × (id 1 + tags (1 + 20 × name 1)))
    expect(cost('{ items(first: 5) { nodes { id tags { name } } } }')).toBe(
      1 + 1 + 5 * (1 + 1 + DEFAULT_LIST_SIZE),
    );
  });

  it('counts fragments where they are spread, on the type they name', () => {
    const query = `{ items(first: 2) { nodes { ...F } } node { ... on Tag { name } } }
      fragment F on Item { id tags { id } }`;
    expect(cost(query)).toBe(1 + 1 + 2 * (1 + 1 + DEFAULT_LIST_SIZE) + (1 + 1));
  });

  it('walks each fragment once however often it is spread (no 2^n walk)', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice …: 16 levels, 2^16 spreads of F16.
    const levels = 16;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ ...F0 } ${fragments} fragment F${levels} on Query { tags { name } }`;
    const getFields = vi.spyOn(schema.getQueryType()!, 'getFields');
    try {
      expect(cost(query)).toBe(2 ** levels * (1 + DEFAULT_LIST_SIZE));
      // The fields of F16 are looked up once, not once per spread.
      expect(getFields.mock.calls.length).toBeLessThan(10);
    } finally {
      getFields.mockRestore();
    }
  });
});
