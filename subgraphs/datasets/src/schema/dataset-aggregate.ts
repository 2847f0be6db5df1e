import { builder } from '../builder';
import { loadRowSource } from '../rows/row.repository';
import { type AggregateGroup, aggregateFunctions, aggregateRows } from '../rows/row-aggregate';
import { checkRowQuery } from '../rows/row-query';
import { JSONObjectRef } from './json-object';
import { asUserInput, BBoxInput, conditionsOf, DatasetColumnFilterInput } from './row-query-input';

const AggregateFunctionEnum = builder.enumType('DatasetAggregateFunction', {
  description:
    'COUNT rows (or a column’s non-empty values); SUM, AVG, MEDIAN of integer or number ' +
    'columns; MIN, MAX of any column but boolean.',
  values: aggregateFunctions,
});

const DatasetMeasureInput = builder
  .inputRef<{ function: (typeof aggregateFunctions)[number]; column?: string | null }>(
    'DatasetMeasure',
  )
  .implement({
    description:
      'A measure of each group, answered under the label `count` (COUNT of rows) or ' +
      '`<function>_<column>` in lower case (e.g. `sum_amount_usd`).',
    fields: (t) => ({
      function: t.field({ type: AggregateFunctionEnum, required: true }),
      column: t.string({ description: 'The column measured; COUNT without one counts rows.' }),
    }),
  });

const DatasetAggregateGroupRef = builder
  .objectRef<AggregateGroup>('DatasetAggregateGroup')
  .implement({
    description: 'One group of an aggregate.',
    authScopes: { permission: 'datasets.rows.read' },
    fields: (t) => ({
      key: t.field({
        type: JSONObjectRef,
        description: "The group-by columns' values, by column name.",
        resolve: (group) => group.key,
      }),
      measures: t.field({
        type: JSONObjectRef,
        description: 'The measures by label (null for a SUM/AVG/MEDIAN/MIN/MAX of no values).',
        resolve: (group) => group.values,
      }),
    }),
  });

builder.queryFields((t) => ({
  datasetAggregate: t.field({
    type: [DatasetAggregateGroupRef],
    nullable: true,
    description:
      "Counts, sums, averages, medians, minima and maxima of a dataset's rows matching the " +
      'filters, grouped by up to 5 columns (one group without), in the order of their keys; ' +
      'at most 1000 groups. Null when no dataset has the slug.',
    authScopes: { permission: 'datasets.rows.read' },
    args: {
      dataset: t.arg.string({ required: true, description: "The dataset's slug." }),
      where: t.arg({ type: [DatasetColumnFilterInput] }),
      bbox: t.arg({ type: BBoxInput }),
      groupBy: t.arg.stringList({ description: 'Columns to group by.' }),
      measures: t.arg({ type: [DatasetMeasureInput], required: true }),
    },
    resolve: (_root, args, ctx) =>
      asUserInput(async () => {
        const source = await loadRowSource(ctx.db, args.dataset);
        if (!source) return null;
        const query = checkRowQuery(source, {
          conditions: conditionsOf(args.where),
          bbox: args.bbox,
        });
        return aggregateRows(ctx.db, query, args.groupBy ?? [], args.measures);
      }),
  }),
}));
