import type { EnumRef, FieldRef, SchemaTypes } from '@pothos/core';
import type { AnySubgraphTypes } from './subgraph-builder';

/** The languages residents read the city in, as resolvers and the catalog see them. */
export const LOCALES = ['en', 'es'] as const;

export type Locale = (typeof LOCALES)[number];

/** The keys of `Row` whose values are strings. */
type TextColumn<Row> = { [K in keyof Row]: Row[K] extends string ? K : never }[keyof Row];

/**
 * The `Locale` enum (defined identically in every subgraph, which federation merges)
 * and `bilingualText`: a String field over a row's English and Spanish columns that
 * takes `locale: Locale = EN`, as every text residents read does.
 */
export function localeTypes<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
) {
  const shared = builder as unknown as PothosSchemaTypes.SchemaBuilder<AnySubgraphTypes>;
  const localeEnum = shared.enumType('Locale', {
    description: 'A language residents read the city in.',
    values: { EN: { value: 'en' }, ES: { value: 'es' } } as const,
  });
  const LocaleEnum = localeEnum as unknown as EnumRef<Types, Locale, Locale>;

  function bilingualText<Row>(
    t: PothosSchemaTypes.ObjectFieldBuilder<Types, Row>,
    columns: { en: TextColumn<Row>; es: TextColumn<Row> },
    options: { description?: string } = {},
  ) {
    const fields = t as unknown as PothosSchemaTypes.ObjectFieldBuilder<AnySubgraphTypes, Row>;
    const field = fields.string({
      ...options,
      args: { locale: fields.arg({ type: localeEnum, defaultValue: 'en' }) },
      resolve: (row, { locale }) => row[locale === 'es' ? columns.es : columns.en] as string,
    });
    return field as unknown as FieldRef<Types, string, 'Object'>;
  }

  return { LocaleEnum, bilingualText };
}
