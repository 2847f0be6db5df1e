import {
  badUserInput,
  checkedId,
  decodeCursor,
  encodeCursor,
  exactlyOneKey,
  type KeysetCodec,
  resolveKeysetConnection,
  unstorableCharacter,
} from '@civicgraph/platform';
import { builder } from '../builder';
import {
  countDatasets,
  type DatasetCursor,
  type DatasetFilter,
  datasetBySlug,
  pageOfDatasets,
} from '../db/dataset.repository';
import { DatasetRef } from './refs';

/** Longer than any title words or keyword; a longer search is not a search. */
const MAX_SEARCH_LENGTH = 200;

const datasetCodec: KeysetCodec<DatasetCursor, DatasetCursor> = {
  toCursor: (dataset) => encodeCursor([dataset.title, dataset.slug]),
  fromCursor: (cursor) => {
    const [title, slug] = decodeCursor(cursor, ['string', 'string']);
    return { title, slug };
  },
};

/** A text argument as the filter takes it: trimmed, not blank, storable, of sane length. */
function checkedText(value: string | null | undefined, argument: string) {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') throw badUserInput(`${argument} must not be blank`, { argument });
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`${argument} must be at most ${MAX_SEARCH_LENGTH} characters`, {
      argument,
    });
  }
  const bad = unstorableCharacter(text);
  if (bad) throw badUserInput(`${argument} contains ${bad}, which no dataset holds`, { argument });
  return text;
}

builder.queryFields((t) => ({
  datasets: t.connection(
    {
      type: DatasetRef,
      description: 'The catalog by title, optionally narrowed by a search or a keyword.',
      authScopes: { permission: 'datasets.read' },
      args: {
        search: t.arg.string({
          description: 'Text found, ignoring case, in the title, description or a keyword.',
        }),
        keyword: t.arg.string({ description: 'A whole keyword, ignoring case.' }),
      },
      resolve: async (_root, args, { db }) => {
        const filter: DatasetFilter = {};
        const search = checkedText(args.search, 'search');
        const keyword = checkedText(args.keyword, 'keyword');
        if (search !== undefined) filter.search = search;
        if (keyword !== undefined) filter.keyword = keyword;
        const connection = await resolveKeysetConnection(args, datasetCodec, (page) =>
          pageOfDatasets(db, filter, page),
        );
        // Counted only when totalCount is asked for.
        return { ...connection, count: () => countDatasets(db, filter) };
      },
    },
    {
      name: 'DatasetConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Datasets matching the search and keyword, on all pages.',
          resolve: (connection) => connection.count(),
        }),
      }),
    },
    { name: 'DatasetEdge' },
  ),
  dataset: t.field({
    type: DatasetRef,
    nullable: true,
    args: { id: t.arg.id(), slug: t.arg.string() },
    description: 'A dataset by id or by slug (give exactly one).',
    authScopes: { permission: 'datasets.read' },
    resolve: async (_root, { id, slug }, ctx) => {
      exactlyOneKey({ id, slug });
      if (id != null) return checkedId(id, 'id');
      return (await datasetBySlug(ctx.db, slug!)) ?? null;
    },
  }),
}));
