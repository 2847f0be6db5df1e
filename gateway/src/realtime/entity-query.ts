import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';

/** The variable that carries the event's entity id into the query. */
export const ENTITY_ID_VARIABLE = 'civicgraphEntityId';

/** A subscriber's entity selection as a query the gateway plans like any other. */
export interface EntityQuery {
  /** `query($civicgraphEntityId: ID!, …) { <key>: workOrder(id: $civicgraphEntityId) { … } }` */
  text: string;
  /** The subscriber's variables the query uses. */
  variableNames: string[];
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function fragmentsOf(document: DocumentNode) {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** The fields named `name` in a selection set, through inline fragments and spreads. */
function fieldsNamed(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(selection.selectionSet, name, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      found.push(...fieldsNamed(fragment?.selectionSet, name, fragments, seen));
    }
  }
  return found;
}

/** The operation's one root field (subscriptions have exactly one). */
export function rootFieldOf(
  operation: OperationDefinitionNode,
  document: DocumentNode,
): FieldNode | undefined {
  const fragments = fragmentsOf(document);
  const walk = (set: SelectionSetNode | undefined): FieldNode | undefined => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) return selection;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragments.get(selection.name.value)?.selectionSet;
      const field = walk(inner);
      if (field) return field;
    }
    return undefined;
  };
  return walk(operation.selectionSet);
}

/** Asks for `__typename` in every selection set: the payload is typed from the data. */
function withTypenames<T extends SelectionSetNode | FragmentDefinitionNode>(node: T): T {
  return visit(node, {
    SelectionSet: (set) => ({ ...set, selections: [TYPENAME, ...set.selections] }),
  });
}

/** Names of the fragments a node spreads, transitively. */
function spreadFragments(
  nodes: readonly SelectionNode[],
  fragments: Map<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const names = new Set<string>();
  const pending = [...nodes];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread: (spread) => {
        if (names.has(spread.name.value)) return;
        names.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) pending.push(...fragment.selectionSet.selections);
      },
    });
  }
  return [...names].flatMap((name) => fragments.get(name) ?? []);
}

/**
 * The query that reads what a subscription selects on the event's entity: each place
 * the event's `entityField` is selected becomes the query field `queryField(id:)`
 * under the same response key, with its directives and selections; the fragments and
 * variables those use come along. Null when the subscription selects no entity field:
 * its events need no fetch at all.
 */
export function entityQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  entityField: string,
  queryField: string,
): EntityQuery | null {
  const fragments = fragmentsOf(document);
  const root = rootFieldOf(operation, document);
  const occurrences = fieldsNamed(root?.selectionSet, entityField, fragments);
  if (occurrences.length === 0) return null;
  const idArgument = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'id' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } },
  } as const;
  const selections: FieldNode[] = occurrences.map((field) => ({
    ...field,
    alias: field.alias ?? field.name,
    name: { kind: Kind.NAME, value: queryField },
    arguments: [idArgument],
    ...(field.selectionSet ? { selectionSet: withTypenames(field.selectionSet) } : {}),
  }));
  const used = spreadFragments(selections, fragments).map(withTypenames);
  const variableNames = new Set<string>();
  for (const node of [...selections, ...used]) {
    visit(node, { Variable: (variable) => void variableNames.add(variable.name.value) });
  }
  variableNames.delete(ENTITY_ID_VARIABLE);
  const definitions: VariableDefinitionNode[] = [
    {
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } },
      type: {
        kind: Kind.NON_NULL_TYPE,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
      },
    },
    ...(operation.variableDefinitions ?? []).filter((d) =>
      variableNames.has(d.variable.name.value),
    ),
  ];
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as OperationDefinitionNode['operation'],
        name: { kind: Kind.NAME, value: 'LiveEntity' },
        variableDefinitions: definitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
      ...used,
    ],
  };
  return { text: print(query), variableNames: [...variableNames] };
}
