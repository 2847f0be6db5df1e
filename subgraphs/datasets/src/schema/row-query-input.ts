import { badUserInput, bboxInputRef } from '@civicgraph/platform';
import { builder } from '../builder';
import { type ColumnCondition, filterOperators, type RowQueryInput } from '../rows/row-query';
import { RowQueryError } from '../rows/row-query-error';

export const BBoxInput = bboxInputRef(builder);

export const SortDirectionEnum = builder.enumType('SortDirection', {
  values: ['ASC', 'DESC'] as const,
});

interface ColumnFilterShape {
  column: string;
  eq?: string | null;
  in?: string[] | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
  contains?: string | null;
}

export const DatasetColumnFilterInput = builder
  .inputRef<ColumnFilterShape>('DatasetColumnFilter')
  .implement({
    description:
      'Conditions on one column, ANDed with each other and with the other filters. Values ' +
      "are written as text and read as the column's type: integer and number as digits " +
      '(12, -3.5), boolean as true/false, date as 2026-11-29, datetime as ISO 8601 with an ' +
      'offset. A value that is not of the type is BAD_USER_INPUT naming the column.',
    fields: (t) => ({
      column: t.string({ required: true, description: 'The column, by name.' }),
      eq: t.string({ description: 'Equal to.' }),
      in: t.stringList({ description: 'Equal to one of these (1 to 500 values).' }),
      gt: t.string({ description: 'Greater than (not boolean).' }),
      gte: t.string({ description: 'Greater than or equal (not boolean).' }),
      lt: t.string({ description: 'Less than (not boolean).' }),
      lte: t.string({ description: 'Less than or equal (not boolean).' }),
      contains: t.string({
        description: 'Text columns: contains this text, case-insensitively.',
      }),
    }),
  });

export const DatasetRowOrderInput = builder
  .inputRef<{ column: string; direction?: 'ASC' | 'DESC' | null }>('DatasetRowOrder')
  .implement({
    description: 'Sort by a column (empty values last), then by row key.',
    fields: (t) => ({
      column: t.string({ required: true }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
    }),
  });

/** The column conditions of a `where` argument, one per operator given. */
export function conditionsOf(where: readonly ColumnFilterShape[] | null | undefined) {
  const conditions: ColumnCondition[] = [];
  for (const filter of where ?? []) {
    let operators = 0;
    for (const operator of filterOperators) {
      const value = filter[operator];
      if (value == null) continue;
      operators++;
      conditions.push({ column: filter.column, operator, value });
    }
    if (operators === 0) {
      throw badUserInput(`where: the filter on ${filter.column.slice(0, 63)} has no operator`, {
        argument: filter.column.slice(0, 63),
      });
    }
  }
  return conditions;
}

export type RowQueryArgs = Omit<RowQueryInput, 'conditions'> & {
  where?: readonly ColumnFilterShape[] | null;
};

/** Runs `work`, answering a row query the client must change as BAD_USER_INPUT naming it. */
export async function asUserInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RowQueryError) {
      throw badUserInput(error.message, { argument: error.argument });
    }
    throw error;
  }
}
