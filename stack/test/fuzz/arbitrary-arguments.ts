import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import {
  hostileCursor,
  hostileDateTime,
  hostileFloat,
  hostileId,
  hostileInt,
  hostileString,
  nearlyValid,
  plausibleDateTime,
  wrongKindOfValue,
} from './hostile-values';
import type { PlausibleValues } from './plausible-values';
import { printLiteral } from './print-literal';
import { selectionOf } from './selection';

/** An argument or input field left out of the request. */
const OMITTED = Symbol('omitted');

/** Input objects nest at most this deep (a recursive input type would be endless). */
const MAX_INPUT_DEPTH = 3;

export interface RootField {
  operation: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
}

export interface FuzzRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Every root field of the schema: queries, mutations and subscriptions. */
export function rootFieldsOf(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field })),
  );
}

/** What values are drawn from: the graph's own values, for arguments of this root field. */
interface Source {
  plausible: PlausibleValues;
  rootField: string;
  /** false: only values a well-behaved client sends, so that requests reach deep paths too. */
  hostile: boolean;
}

/**
 * Values the graph returned, or new ones of the right kind; with `hostile`, often
 * hostile ones, real values made nearly valid among them.
 */
function mixed(
  source: Source,
  plausible: unknown[],
  fresh: fc.Arbitrary<unknown>,
  hostile: fc.Arbitrary<unknown>,
) {
  const wellBehaved = [
    { arbitrary: plausible.length > 0 ? fc.constantFrom(...plausible) : fresh, weight: 4 },
    { arbitrary: fresh, weight: 2 },
  ];
  if (!source.hostile) return fc.oneof(...wellBehaved);
  const texts = plausible.filter((value): value is string => typeof value === 'string');
  const spoiled = texts.length > 0 ? fc.constantFrom(...texts).chain(nearlyValid) : hostile;
  return fc.oneof(
    ...wellBehaved,
    { arbitrary: hostile, weight: 3 },
    { arbitrary: spoiled, weight: 2 },
    { arbitrary: wrongKindOfValue, weight: 1 },
  );
}

function scalarValue(typeName: string, name: string, source: Source) {
  const seen = source.plausible.of(typeName, name);
  switch (typeName) {
    case 'String': {
      if (name !== 'after' && name !== 'before') {
        return mixed(source, seen, fc.string(), hostileString);
      }
      const cursors = source.plausible.cursorsOf(source.rootField);
      return mixed(source, cursors, hostileCursor([]), hostileCursor(cursors));
    }
    case 'ID':
      return mixed(source, seen, fc.uuid(), hostileId);
    case 'Int':
      return mixed(source, seen, fc.integer({ min: 0, max: 60 }), hostileInt);
    case 'Float':
      return mixed(source, seen, fc.double({ min: -180, max: 180, noNaN: true }), hostileFloat);
    case 'Boolean':
      return mixed(source, seen, fc.boolean(), wrongKindOfValue);
    case 'DateTime':
      return mixed(source, seen, plausibleDateTime, hostileDateTime);
    default:
      // A custom scalar this fuzzer does not know: any JSON at all.
      return mixed(source, seen, fc.jsonValue(), hostileString);
  }
}

function namedValue(
  type: GraphQLNamedType,
  name: string,
  source: Source,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    const wrong = [`${names[0]!.toLowerCase()}`, 'NOT_A_VALUE', '', `${names[0]}\u0000`];
    return mixed(source, names, fc.constantFrom(...names), fc.constantFrom(...wrong));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.tuple(...fields.map((field) => presentOrNot(field, source, depth + 1)));
    return fc
      .tuple(record, source.hostile ? fc.boolean() : fc.constant(false))
      .map(([values, withUnknownField]): unknown => ({
        ...Object.fromEntries(
          fields.map((field, i) => [field.name, values[i]]).filter(([, v]) => v !== OMITTED),
        ),
        ...(withUnknownField ? { notAField: 1 } : {}),
      }));
  }
  return scalarValue(type.name, name, source);
}

/** A value of the type, null included where the type allows it. */
function valueOfType(
  type: GraphQLInputType,
  name: string,
  source: Source,
  depth: number,
): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const value = isListType(nullable)
    ? fc.oneof(
        fc.array(valueOfType(nullable.ofType, name, source, depth), { maxLength: 4 }),
        valueOfType(nullable.ofType, name, source, depth), // a single value stands for a list of one
      )
    : namedValue(nullable, name, source, depth);
  return isNonNullType(type) ? value : fc.oneof({ arbitrary: value, weight: 9 }, fc.constant(null));
}

/**
 * An argument or input field: often left out when optional; a required one is
 * left out or null only in hostile requests.
 */
function presentOrNot(
  input: Pick<GraphQLArgument, 'name' | 'type'>,
  source: Source,
  depth: number,
) {
  if (depth > MAX_INPUT_DEPTH) return fc.constant(OMITTED);
  const value = valueOfType(input.type, input.name, source, depth);
  const omitted = fc.constant<typeof OMITTED>(OMITTED);
  if (!isNonNullType(input.type)) return fc.oneof(value, omitted);
  if (!source.hostile) return value;
  return fc.oneof({ arbitrary: value, weight: 18 }, omitted, fc.constant(null));
}

/** One operation calling the root field, each argument inline or (mostly) as a variable. */
function requestOf({ operation, field }: RootField, source: Source): fc.Arbitrary<FuzzRequest> {
  const args = field.args.map((arg) =>
    fc.record({
      value: presentOrNot(arg, source, 0),
      asVariable: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, fc.constant(false)),
    }),
  );
  const selection = selectionOf(field.type, { nodes: false });
  return fc.tuple(...args).map((choices) => {
    const definitions: string[] = [];
    const argumentList: string[] = [];
    const variables: Record<string, unknown> = {};
    choices.forEach(({ value, asVariable }, i) => {
      const arg = field.args[i]!;
      if (value === OMITTED) return;
      if (asVariable) {
        definitions.push(`$${arg.name}: ${String(arg.type)}`);
        argumentList.push(`${arg.name}: $${arg.name}`);
        variables[arg.name] = value;
      } else {
        argumentList.push(`${arg.name}: ${printLiteral(value, arg.type)}`);
      }
    });
    const signature = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    const call = argumentList.length > 0 ? `(${argumentList.join(', ')})` : '';
    return {
      query: `${operation} Fuzz${signature} { ${field.name}${call} ${selection} }`,
      variables,
    };
  });
}

/**
 * A request for one root field with arbitrary arguments, each sent as a variable
 * (mostly) or as an inline literal; the selection is the field's leaves. One request
 * in four is well-behaved throughout, so that lists with many arguments are also
 * read past their argument checks, with real ids, codes and cursors.
 */
export function arbitraryRequest(
  root: RootField,
  plausible: PlausibleValues,
): fc.Arbitrary<FuzzRequest> {
  const source = { plausible, rootField: root.field.name };
  return fc.oneof(
    { arbitrary: requestOf(root, { ...source, hostile: true }), weight: 3 },
    { arbitrary: requestOf(root, { ...source, hostile: false }), weight: 1 },
  );
}
