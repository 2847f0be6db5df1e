import type { FieldRef, InputObjectRef, ObjectRef, SchemaTypes } from '@pothos/core';
import type { AuthScopeMap } from '@pothos/plugin-scope-auth';
import { type KeysetCodec, type KeysetPage, resolveKeysetConnection } from './keyset-connection';
import type { AnySubgraphTypes } from './subgraph-builder';

/** A count that may be the planner's estimate rather than exact. */
export interface ConnectionCount {
  count: number;
  isEstimate: boolean;
}

/**
 * An `orderBy` argument: its input type, how it turns into the repository's ordering
 * (the default when absent), and the cursors of each ordering, which must refuse a
 * cursor issued for another ordering.
 */
export interface ConnectionOrdering<
  Types extends SchemaTypes,
  OrderInput,
  Ordering,
  CursorRow,
  Key,
> {
  type: InputObjectRef<Types, OrderInput>;
  toOrdering(input: OrderInput | null | undefined): Ordering;
  codec(ordering: Ordering): KeysetCodec<CursorRow, Key>;
}

/**
 * A root list field: a Relay connection over keyset pages, with a `filter` argument,
 * an optional `orderBy`, and a `totalCount` that runs its count query only when it is
 * selected (once, however many count fields are). A count that may be an estimate
 * adds `totalCountIsEstimate`.
 */
export function filteredConnection<
  Types extends SchemaTypes,
  Row,
  CursorRow,
  Key,
  FilterInput,
  Filter,
  OrderInput = never,
  Ordering = undefined,
>(
  t: PothosSchemaTypes.QueryFieldBuilder<Types, Types['Root']>,
  options: {
    /** The node type; the connection and edge types are named `${name}Connection`, `${name}Edge`. */
    type: ObjectRef<Types, unknown, Row>;
    name: string;
    description: string;
    /**
     * Who may list (scope-auth `authScopes`): checked before the page or the count is
     * read, so a refused caller costs no SQL. A root field needs one to be served.
     */
    authScopes?: AuthScopeMap<AnySubgraphTypes>;
    /** The input type of the optional `filter` argument. */
    filter: InputObjectRef<Types, FilterInput>;
    /** Checks the argument (ids, ranges) and turns it into the repository's filter. */
    toFilter(input: FilterInput | null | undefined): Filter;
    /** Cursors of the list (of its one ordering): a row's sort key, encoded. */
    codec?: KeysetCodec<CursorRow, Key>;
    /** The `orderBy` argument, for a list with several orderings (replaces `codec`). */
    orderBy?: ConnectionOrdering<Types, OrderInput, Ordering, CursorRow, Key>;
    /** One page of rows matching the filter, read by keyset, with their sort keys. */
    page(
      context: Types['Context'],
      filter: Filter,
      page: KeysetPage<Key>,
      ordering: Ordering,
    ): Promise<Array<Row & CursorRow>>;
    /** How many rows match the filter, on all pages; exact unless it says otherwise. */
    count(context: Types['Context'], filter: Filter): Promise<number | ConnectionCount>;
    totalCountDescription?: string;
    /** Adds `totalCountIsEstimate: Boolean!`, for a count that may be an estimate. */
    countMayEstimate?: boolean;
  },
) {
  const fields = t as unknown as PothosSchemaTypes.QueryFieldBuilder<
    AnySubgraphTypes,
    AnySubgraphTypes['Root']
  >;
  const field = fields.connection(
    {
      type: options.type as unknown as ObjectRef<AnySubgraphTypes, Row>,
      description: options.description,
      ...(options.authScopes ? { authScopes: options.authScopes } : {}),
      args: {
        filter: fields.arg({
          type: options.filter as unknown as InputObjectRef<AnySubgraphTypes, FilterInput>,
        }),
        ...(options.orderBy
          ? {
              orderBy: fields.arg({
                type: options.orderBy.type as unknown as InputObjectRef<
                  AnySubgraphTypes,
                  OrderInput
                >,
              }),
            }
          : {}),
      },
      resolve: async (_root, args, context) => {
        const given = args as { filter?: FilterInput | null; orderBy?: OrderInput | null };
        const filter = options.toFilter(given.filter);
        const ordering = options.orderBy
          ? options.orderBy.toOrdering(given.orderBy)
          : (undefined as Ordering);
        const codec = options.orderBy ? options.orderBy.codec(ordering) : options.codec;
        if (!codec) throw new Error(`${options.name}: a connection needs a codec or an orderBy`);
        const connection = await resolveKeysetConnection(args, codec, (page) =>
          options.page(context, filter, page, ordering),
        );
        // Kept on the connection for the count fields, which run only when asked for,
        // and then once for both.
        let counted: Promise<ConnectionCount> | undefined;
        const count = () => {
          counted ??= options
            .count(context, filter)
            .then((n) => (typeof n === 'number' ? { count: n, isEstimate: false } : n));
          return counted;
        };
        return { ...connection, count };
      },
    },
    {
      name: `${options.name}Connection`,
      fields: (c) => ({
        totalCount: c.int({
          ...(options.totalCountDescription ? { description: options.totalCountDescription } : {}),
          resolve: async (connection) => (await connection.count()).count,
        }),
        ...(options.countMayEstimate
          ? {
              totalCountIsEstimate: c.boolean({
                description:
                  "true when totalCount is the database planner's estimate: exact counting " +
                  'of this filter would cost more than the page.',
                resolve: async (connection) => (await connection.count()).isEstimate,
              }),
            }
          : {}),
      }),
    },
    { name: `${options.name}Edge` },
  );
  return field as unknown as FieldRef<Types, unknown, 'Query'>;
}
