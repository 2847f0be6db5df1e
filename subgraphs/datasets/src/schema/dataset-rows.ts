import { checkPageArgs, DEFAULT_PAGE_SIZE } from '@civicgraph/platform';
import { builder } from '../builder';
import type { DatasetColumn } from '../db/dataset-row.table';
import { countRows, loadRowSource, type ReadRow, readRowPage } from '../rows/row.repository';
import { decodeRowCursor, encodeRowCursor } from '../rows/row-cursor';
import { checkRowQuery, type RowQuery } from '../rows/row-query';
import { DatasetColumnRef } from './catalog-types';
import { JSONObjectRef } from './json-object';
import {
  asUserInput,
  BBoxInput,
  conditionsOf,
  DatasetColumnFilterInput,
  DatasetRowOrderInput,
} from './row-query-input';

/** A row as read, with the columns the query selected. */
interface RowShape {
  row: ReadRow;
  select: readonly DatasetColumn[];
}

/** The selected columns' values, every one present (null when the row lacks it). */
export function selectedValues(row: ReadRow, select: readonly DatasetColumn[]) {
  return Object.fromEntries(select.map((column) => [column.name, row.values[column.name] ?? null]));
}

const DatasetRowRef = builder.objectRef<RowShape>('DatasetRow').implement({
  description: 'One row of a dataset.',
  authScopes: { permission: 'datasets.rows.read' },
  fields: (t) => ({
    key: t.string({
      description: 'Its identity within the dataset (a line number, a request number…).',
      resolve: ({ row }) => row.rowKey,
    }),
    values: t.field({
      type: JSONObjectRef,
      description:
        "The selected columns' values by column name, each of its column's JSON type: " +
        'text and dates as strings, integer and number as numbers, boolean as true/false; ' +
        'null when empty.',
      resolve: ({ row, select }) => selectedValues(row, select),
    }),
  }),
});

interface RowConnectionShape {
  query: RowQuery;
  edges: { cursor: string; node: RowShape }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

// The one PageInfo of the subgraph: the relay plugin's, which the catalog's connection uses.
const PageInfoRef = builder.pageInfoRef();

const DatasetRowEdgeRef = builder
  .objectRef<RowConnectionShape['edges'][number]>('DatasetRowEdge')
  .implement({
    authScopes: { permission: 'datasets.rows.read' },
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: DatasetRowRef, resolve: (edge) => edge.node }),
    }),
  });

const DatasetRowConnectionRef = builder
  .objectRef<RowConnectionShape>('DatasetRowConnection')
  .implement({
    description: "A page of a dataset's rows matching the filters.",
    authScopes: { permission: 'datasets.rows.read' },
    fields: (t) => ({
      totalCount: t.int({
        description: 'Rows matching the filters, on all pages.',
        resolve: (connection, _args, ctx) => countRows(ctx.db, connection.query),
      }),
      columns: t.field({
        type: [DatasetColumnRef],
        description: 'The selected columns, in the order of `select` (all, in order, without).',
        resolve: (connection) => [...connection.query.select],
      }),
      edges: t.field({ type: [DatasetRowEdgeRef], resolve: (connection) => connection.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (connection) => connection.pageInfo }),
    }),
  });

builder.queryFields((t) => ({
  datasetRows: t.field({
    type: DatasetRowConnectionRef,
    nullable: true,
    description:
      "A dataset's rows, filtered, in keyset pages (forward: first/after). Null when no " +
      'dataset has the slug.',
    authScopes: { permission: 'datasets.rows.read' },
    args: {
      dataset: t.arg.string({ required: true, description: "The dataset's slug." }),
      where: t.arg({ type: [DatasetColumnFilterInput] }),
      bbox: t.arg({
        type: BBoxInput,
        description: 'Only rows whose point lies in the box (datasets with a geometry).',
      }),
      select: t.arg.stringList({ description: 'The columns to answer with (all by default).' }),
      orderBy: t.arg({ type: DatasetRowOrderInput }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      asUserInput(async () => {
        checkPageArgs({ first: args.first });
        const source = await loadRowSource(ctx.db, args.dataset);
        if (!source) return null;
        const query = checkRowQuery(source, {
          conditions: conditionsOf(args.where),
          bbox: args.bbox,
          select: args.select,
          orderBy: args.orderBy
            ? { column: args.orderBy.column, direction: args.orderBy.direction ?? 'ASC' }
            : null,
        });
        const after = args.after ? decodeRowCursor(query, args.after) : null;
        const limit = args.first ?? DEFAULT_PAGE_SIZE;
        // One row more than asked says whether there is a next page.
        const rows = await readRowPage(ctx.db, query, { after, limit: limit + 1 });
        const edges = rows.slice(0, limit).map((row) => ({
          cursor: encodeRowCursor(query, row),
          node: { row, select: query.select },
        }));
        return {
          query,
          edges,
          pageInfo: {
            hasNextPage: rows.length > limit,
            hasPreviousPage: after !== null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      }),
  }),
}));
