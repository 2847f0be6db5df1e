import {
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { selectionOf } from './selection';

/** How many values of one kind are kept: enough variety, a small arbitrary. */
const KEPT_PER_KIND = 40;

/**
 * Values the graph itself returned (ids, codes, tags, numbers, cursors), by scalar
 * type and by the field they came from: arguments named like a field get that
 * field's values, so `dataset(slug:)` gets real slugs and `after:` real cursors.
 */
export class PlausibleValues {
  private readonly byKind = new Map<string, Set<unknown>>();
  private readonly cursorsByList = new Map<string, string[]>();

  add(typeName: string, fieldName: string, value: unknown) {
    for (const kind of [typeName, `${typeName} ${fieldName}`]) {
      const values = this.byKind.get(kind) ?? new Set();
      if (values.size < KEPT_PER_KIND) values.add(value);
      this.byKind.set(kind, values);
    }
  }

  /** Values seen of this type under this name, else of this type under any name. */
  of(typeName: string, name: string): unknown[] {
    const values = this.byKind.get(`${typeName} ${name}`) ?? this.byKind.get(typeName);
    return [...(values ?? [])];
  }

  /** Cursors the list returned by this root field issued. */
  cursorsOf(rootField: string): string[] {
    return this.cursorsByList.get(rootField) ?? [];
  }

  /** Takes in a root field's value: its leaves by type and name, its cursors by list. */
  collect(value: unknown, type: GraphQLOutputType, fieldName: string, rootField: string) {
    if (value == null) return;
    if (Array.isArray(value)) {
      for (const item of value) this.collect(item, type, fieldName, rootField);
      return;
    }
    const named = getNamedType(type);
    if (isLeafType(named)) {
      if (fieldName === 'cursor' && typeof value === 'string') {
        this.cursorsByList.set(rootField, [...this.cursorsOf(rootField), value]);
      } else {
        this.add(named.name, fieldName, value);
      }
      return;
    }
    if (!isObjectType(named) || typeof value !== 'object') return;
    const fields = named.getFields();
    for (const [key, child] of Object.entries(value)) {
      const field = fields[key];
      if (field) this.collect(child, field.type, key, rootField);
    }
  }
}

type Send = (query: string) => Promise<{ data?: Record<string, unknown> | null }>;

/** Reads the first page of every query field that needs no argument. */
export async function harvestPlausibleValues(schema: GraphQLSchema, send: Send) {
  const plausible = new PlausibleValues();
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  for (const field of fields.filter((f) => !f.args.some(isRequiredArgument))) {
    const response = await send(`{ ${field.name} ${selectionOf(field.type, { nodes: true })} }`);
    plausible.collect(response.data?.[field.name], field.type, field.name, field.name);
  }
  return plausible;
}
