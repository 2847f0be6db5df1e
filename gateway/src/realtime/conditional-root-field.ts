import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { graphql } from './graphql-runtime';

const CONDITIONS = new Set(['skip', 'include']);

/**
 * A subscription whose root field is skipped or included on a condition (`@skip`,
 * `@include` at the root, on the field, a fragment or a spread), or null. The spec
 * forbids them there (a subscription has exactly one root field); graphql-js 16 does
 * not check it and then fails: with a literal it throws a TypeError from
 * `createSourceEventStream`, with a variable its own validation throws. Checked
 * before validation, on the document as sent: fragments it cannot find are left to
 * validation.
 */
export function conditionalRootField(document: DocumentNode) {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const conditional = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.directives?.some((d) => CONDITIONS.has(d.name.value))) return true;
      if (selection.kind === Kind.INLINE_FRAGMENT) return conditional(selection.selectionSet);
      if (selection.kind !== Kind.FRAGMENT_SPREAD || seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      return fragment ? conditional(fragment.selectionSet) : false;
    });
  const found = document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.operation === 'subscription' &&
      conditional(d.selectionSet),
  );
  return found
    ? new graphql.GraphQLError(
        "A subscription's root field cannot be skipped or included on a condition (@skip, @include)",
        { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      )
    : null;
}
