import {
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
} from 'graphql';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A value as an inline GraphQL literal of the type. Hostile values stay hostile: a
 * wrong enum value becomes a string, NUL an escape, a lone surrogate an escape the
 * parser refuses.
 */
export function printLiteral(value: unknown, type?: GraphQLInputType): string {
  const nullable = type && getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? nullable.ofType : undefined;
    return `[${value.map((v) => printLiteral(v, item)).join(', ')}]`;
  }
  if (nullable && isListType(nullable)) return printLiteral(value, nullable.ofType);
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).map(
      ([key, v]) => `${key}: ${printLiteral(v, fields[key]?.type)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  if (nullable && isEnumType(nullable) && typeof value === 'string' && NAME.test(value)) {
    return value;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
