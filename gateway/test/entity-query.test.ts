import type { Caller } from '@civicgraph/platform';
import { buildSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_ID_VARIABLE, entityQuery } from '../src/realtime/entity-query';
import { groupKey } from '../src/realtime/subscription-group';

// The query a subscription's entity selection becomes must be a valid query of the
// same graph (the gateway plans it like any other), keep the subscriber's response
// keys, and carry only the fragments and variables it uses.

const schema = buildSchema(`
  type Query { workOrder(id: ID): WorkOrder }
  type Subscription { workOrderChanged(filter: Filter, after: ID): WorkOrderEvent! }
  input Filter { status: String }
  type WorkOrderEvent { eventId: ID! changed: [String!]! workOrder: WorkOrder }
  type WorkOrder { id: ID! number: String! notes(first: Int): [Note!]! assignee: Staff }
  type Staff { name: String! email(masked: Boolean): String }
  union Note = PublicNote | InternalNote
  type PublicNote { body: String! }
  type InternalNote { body: String! author: String! }
`);

function build(source: string) {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return { document, operation, query: entityQuery(document, operation, 'workOrder', 'workOrder') };
}

function validQuery(text: string) {
  const errors = validate(schema, parse(text));
  expect(errors.map((e) => e.message)).toEqual([]);
  return text;
}

describe('entityQuery', () => {
  it('reads the entity by the event id under the same response key', () => {
    const { query } = build(
      'subscription { workOrderChanged { eventId wo: workOrder { number assignee { name } } } }',
    );
    const text = validQuery(query!.text);
    expect(text).toContain(`wo: workOrder(id: $${ENTITY_ID_VARIABLE})`);
    expect(text).toContain('assignee {');
    expect(query!.variableNames).toEqual([]);
  });

  it('needs no query when the subscription selects nothing of the entity', () => {
    expect(build('subscription { workOrderChanged { eventId changed } }').query).toBeNull();
  });

  it('finds the entity through fragments and keeps the fragments and variables it uses', () => {
    const { query } = build(`
      subscription Live($filter: Filter, $after: ID, $masked: Boolean!, $n: Int) {
        workOrderChanged(filter: $filter, after: $after) { ...Event }
      }
      fragment Event on WorkOrderEvent { eventId ... on WorkOrderEvent { workOrder { ...Work } } }
      fragment Work on WorkOrder { number assignee { email(masked: $masked) } notes(first: $n) { ...Note } }
      fragment Note on Note { ... on PublicNote { body } ... on InternalNote { author } }
    `);
    const text = validQuery(query!.text);
    expect(query!.variableNames.sort()).toEqual(['masked', 'n']);
    expect(text).toContain('fragment Work on WorkOrder');
    expect(text).toContain('fragment Note on Note');
    expect(text).not.toContain('fragment Event');
    expect(text).not.toContain('$filter');
    expect(text).not.toContain('$after');
    // A union is typed from the data: every selection set asks for __typename.
    expect(text.match(/__typename/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps directives and both places an entity is selected', () => {
    const { query } = build(`
      subscription ($full: Boolean!) {
        workOrderChanged { workOrder { number } full: workOrder @include(if: $full) { assignee { name } } }
      }
    `);
    const text = validQuery(query!.text);
    expect(text).toContain('workOrder: workOrder(');
    expect(text).toContain('full: workOrder(id: $civicgraphEntityId) @include(if: $full)');
    expect(query!.variableNames).toEqual(['full']);
  });
});

describe('groupKey', () => {
  const caller: Caller = { kind: 'staff', id: 's1', roles: ['DISPATCHER'] };
  const key = (source: string, variables: Record<string, unknown>, who = caller) => {
    const { document, operation } = build(source);
    return groupKey(document, operation, variables, who);
  };
  const withAfter =
    'subscription ($after: ID, $f: Filter) { workOrderChanged(after: $after, filter: $f) { eventId } }';

  it('puts subscribers that differ only in their resume position in one group', () => {
    expect(key(withAfter, { after: '1', f: { status: 'NEW' } })).toBe(
      key(withAfter, { after: '99', f: { status: 'NEW' } }),
    );
  });

  it('separates other variables, other documents and other callers', () => {
    const base = key(withAfter, { f: { status: 'NEW' } });
    expect(key(withAfter, { f: { status: 'ASSIGNED' } })).not.toBe(base);
    expect(key('subscription { workOrderChanged { eventId changed } }', {})).not.toBe(
      key('subscription { workOrderChanged { eventId } }', {}),
    );
    expect(key(withAfter, { f: { status: 'NEW' } }, { ...caller, id: 's2' })).not.toBe(base);
    expect(
      key(withAfter, { f: { status: 'NEW' } }, { ...caller, roles: ['DISPATCHER', 'ADMIN'] }),
    ).not.toBe(base);
  });
});
