import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { OperationLimits } from '../access-options';
import { type LimitCode, limitError } from './limit-error';

type Measured = (context: ValidationContext | null, details: { n: number }) => void;

/**
 * graphql-armor measures (its counting handles fragments, shared ones once), we
 * judge: with an infinite `n` its rule never refuses and hands every operation's value
 * to `onAccept`, where we refuse with our own code and the limit and value as
 * numbers. Armor's own refusal carries them only in its message, under Apollo's
 * generic validation code.
 */
function judged(code: LimitCode, what: string, limit: number) {
  const onAccept: Measured = (context, { n }) => {
    if (context && n > limit) context.reportError(limitError(code, what, limit, n));
  };
  return { n: Number.POSITIVE_INFINITY, onAccept: [onAccept] };
}

/** Top-level fields of an operation, through its fragments; `__typename` is free. */
function countRootFields(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seen = new Set<string>(),
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, seen);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A cycle is refused by GraphQL's own rules, which run beside this one.
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

/** Not in graphql-armor: each root field can be a call to another subgraph. */
function maxRootFieldsRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context);
      if (count > limit) {
        context.reportError(
          limitError('MAX_ROOT_FIELDS_EXCEEDED', 'root field count', limit, count),
        );
      }
    },
  });
}

/**
 * The limits on an operation's shape, which its text alone decides: depth, aliases,
 * directives (graphql-armor's rules) and root fields. They are validation rules, so
 * Apollo Server runs them once per distinct document, before anything is planned.
 * The cost depends on variables too (`first: $n`): see operation-cost.ts.
 *
 * Not taken from graphql-armor: its cost rule, which sees literals only and gives a
 * list without `first` the size 1; and its token limit, which Apollo Server 5 turns
 * into a 500 (it throws from `parsingDidStart`): tokens are counted at the door.
 * Its field-suggestion masking is taken in production, where the schema is not
 * public and "Did you mean …?" would spell it out field by field.
 */
export function shapeLimits<Context extends BaseContext>(
  limits: OperationLimits,
  production: boolean,
) {
  const armor = new ApolloArmor({
    maxDepth: {
      ...judged('MAX_DEPTH_EXCEEDED', 'depth', limits.maxDepth),
      // Depth is how far fields nest; a fragment is not a level of its own.
      flattenFragments: true,
    },
    maxAliases: judged('MAX_ALIASES_EXCEEDED', 'alias count', limits.maxAliases),
    maxDirectives: judged('MAX_DIRECTIVES_EXCEEDED', 'directive count', limits.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: [...validationRules, maxRootFieldsRule(limits.maxRootFields)],
    // Armor's plugins read no context.
    plugins: plugins as ApolloServerPlugin<Context>[],
  };
}
