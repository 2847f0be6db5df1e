import type { FieldRef, InputObjectRef, ObjectRef, SchemaTypes } from '@pothos/core';
import type { AuthScopeMap } from '@pothos/plugin-scope-auth';
import { type KeysetCodec, type KeysetPage, resolveKeysetConnection } from './keyset-connection';
import type { AnySubgraphTypes } from './subgraph-builder';

/**
 * A root list field: a Relay connection over keyset pages, with a `filter` argument
 * and a `totalCount` that runs its count query only when it is selected.
 */
export function filteredConnection<
  Types extends SchemaTypes,
  Row,
  CursorRow,
  Key,
  FilterInput,
  Filter,
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
    /** Cursors of the list: a row's sort key, encoded. */
    codec: KeysetCodec<CursorRow, Key>;
    /** One page of rows matching the filter, read by keyset, with their sort keys. */
    page(
      context: Types['Context'],
      filter: Filter,
      page: KeysetPage<Key>,
    ): Promise<Array<Row & CursorRow>>;
    /** How many rows match the filter, on all pages. */
    count(context: Types['Context'], filter: Filter): Promise<number>;
    totalCountDescription?: string;
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
      },
      resolve: async (_root, args, context) => {
        const filter = options.toFilter((args as { filter?: FilterInput | null }).filter);
        const connection = await resolveKeysetConnection(args, options.codec, (page) =>
          options.page(context, filter, page),
        );
        // Kept on the connection for totalCount, which runs only when asked for.
        return { ...connection, filter };
      },
    },
    {
      name: `${options.name}Connection`,
      fields: (c) => ({
        totalCount: c.int({
          ...(options.totalCountDescription ? { description: options.totalCountDescription } : {}),
          resolve: (connection, _args, context) => options.count(context, connection.filter),
        }),
      }),
    },
    { name: `${options.name}Edge` },
  );
  return field as unknown as FieldRef<Types, unknown, 'Query'>;
}
