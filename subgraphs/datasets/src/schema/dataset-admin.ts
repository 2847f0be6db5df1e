import {
  badUserInput,
  type Caller,
  checkedId,
  notFound,
  type PeerGraph,
  PeerUnavailable,
} from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { CsvUnreadable } from '../import/csv-table';
import {
  appendUploadedRows,
  importColumnsOf,
  insertUploadedDataset,
  lockDataset,
  replaceUploadedRows,
  slugTaken,
} from '../import/dataset-import.repository';
import {
  type ColumnOverride,
  ImportArgumentRefused,
  type ImportColumn,
  type ImportError,
  type ImportPlan,
  planImport,
} from '../import/import-plan';
import { DatasetColumnTypeEnum } from './catalog-types';
import { DatasetRef } from './refs';

// Datasets admins upload as CSV: ADMIN only (datasets.manage). The CSV travels as a
// GraphQL String (a spreadsheet export of a few thousand rows), which keeps the one
// door, its access rules and typed errors; the gateway's body limit caps its size.
const MANAGE = { permission: 'datasets.manage' } as const;

const ImportModeEnum = builder.enumType('DatasetImportMode', {
  values: {
    REPLACE: { description: "The file's rows and columns replace the dataset's." },
    APPEND: {
      description: "The file's rows follow the dataset's; its header must name the same columns.",
    },
  } as const,
});

const DatasetColumnInput = builder.inputType('DatasetColumnInput', {
  description: 'What the admin says of a column, over what its cells suggest.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The column name, as the preview gives it.' }),
    type: t.field({ type: DatasetColumnTypeEnum }),
    description: t.string(),
  }),
});

const DatasetImportPreviewInput = builder.inputType('DatasetImportPreviewInput', {
  fields: (t) => ({
    csv: t.string({
      required: true,
      description: 'The file: a header row, then a row per record.',
    }),
    columns: t.field({ type: [DatasetColumnInput], description: 'Overrides of inferred types.' }),
    appendTo: t.id({
      description: 'A dataset to append to: the file is checked against its columns.',
    }),
  }),
});

const CreateDatasetInput = builder.inputType('CreateDatasetInput', {
  fields: (t) => ({
    slug: t.string({
      required: true,
      description: 'Its name in URLs: lower-case words and dashes.',
    }),
    title: t.string({ required: true }),
    description: t.string({ required: true }),
    keywords: t.stringList({ defaultValue: [] }),
    themes: t.stringList({ defaultValue: [] }),
    accrualPeriodicity: t.string({
      defaultValue: 'irregular',
      description: 'DCAT-US, e.g. R/P1M.',
    }),
    publisherDepartmentId: t.id({ required: true, description: 'A department accounts knows.' }),
    contactName: t.string({ required: true }),
    contactEmail: t.string({ required: true }),
    landingPage: t.string(),
    csv: t.string({ required: true }),
    columns: t.field({ type: [DatasetColumnInput] }),
  }),
});

const ImportDatasetRowsInput = builder.inputType('ImportDatasetRowsInput', {
  fields: (t) => ({
    datasetId: t.id({ required: true }),
    mode: t.field({ type: ImportModeEnum, required: true }),
    csv: t.string({ required: true }),
    columns: t.field({
      type: [DatasetColumnInput],
      description: 'REPLACE only: overrides of inferred types (APPEND keeps the dataset’s).',
    }),
  }),
});

const DatasetImportColumnRef = builder.objectRef<ImportColumn>('DatasetImportColumn').implement({
  authScopes: MANAGE,
  fields: (t) => ({
    name: t.exposeString('name'),
    header: t.exposeString('header', { description: "The file's header it came from." }),
    type: t.field({ type: DatasetColumnTypeEnum, resolve: (c) => c.type }),
    inferredType: t.field({ type: DatasetColumnTypeEnum, resolve: (c) => c.inferredType }),
    description: t.exposeString('description'),
  }),
});

const DatasetImportErrorRef = builder.objectRef<ImportError>('DatasetImportError').implement({
  description: 'Something wrong in the file, where it is.',
  authScopes: MANAGE,
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row in the file; the header is row 1.' }),
    column: t.exposeString('column', { nullable: true }),
    message: t.exposeString('message'),
  }),
});

const DatasetImportPreviewRef = builder.objectRef<ImportPlan>('DatasetImportPreview').implement({
  description: 'What an import of the file would write; nothing is written.',
  authScopes: MANAGE,
  fields: (t) => ({
    columns: t.field({ type: [DatasetImportColumnRef], resolve: (p) => p.columns }),
    rowCount: t.int({ resolve: (p) => p.rows.length }),
    errors: t.field({
      type: [DatasetImportErrorRef],
      description: 'The first 50 errors, in file order; an import with any writes nothing.',
      resolve: (p) => p.errors,
    }),
    errorCount: t.exposeInt('errorCount'),
  }),
});

interface ImportOutcome {
  datasetId: string;
  plan: ImportPlan;
}

function importPayload(name: string) {
  return builder.objectRef<ImportOutcome>(name).implement({
    authScopes: MANAGE,
    fields: (t) => ({
      dataset: t.field({ type: DatasetRef, resolve: (o) => o.datasetId }),
      columns: t.field({ type: [DatasetImportColumnRef], resolve: (o) => o.plan.columns }),
      rowsWritten: t.int({ resolve: (o) => o.plan.rows.length }),
    }),
  });
}

/** The plan of a file, or BAD_USER_INPUT naming the argument when it cannot be read. */
function planOrRefuse(
  csv: string,
  options: { overrides?: readonly ColumnOverride[] | null; fixed?: readonly ImportColumn[] },
  argumentPrefix: string,
): ImportPlan {
  try {
    return planImport(csv, {
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.fixed ? { fixed: options.fixed } : {}),
    });
  } catch (error) {
    if (error instanceof CsvUnreadable)
      throw badUserInput(error.message, { argument: `${argumentPrefix}csv` });
    if (error instanceof ImportArgumentRefused) {
      throw badUserInput(error.message, { argument: `${argumentPrefix}${error.argument}` });
    }
    throw error;
  }
}

/** Nothing is written when any row is wrong: the errors go back, by row and column. */
function refuseOnErrors(plan: ImportPlan) {
  if (plan.errorCount === 0) return;
  const first = plan.errors[0]!;
  throw badUserInput(
    `The CSV has ${plan.errorCount} error(s); nothing was imported. Row ${first.row}` +
      `${first.column ? `, column ${first.column}` : ''}: ${first.message}`,
    { argument: 'input.csv', errorCount: plan.errorCount, rowErrors: plan.errors },
  );
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkMetadata(input: {
  slug: string;
  title: string;
  contactEmail: string;
  landingPage?: string | null;
}) {
  if (!SLUG.test(input.slug) || input.slug.length > 80) {
    throw badUserInput('The slug must be lower-case letters and digits in words joined by dashes', {
      argument: 'input.slug',
    });
  }
  if (input.title.trim() === '')
    throw badUserInput('The title is empty', { argument: 'input.title' });
  if (!EMAIL.test(input.contactEmail)) {
    throw badUserInput('The contact email is not an email address', {
      argument: 'input.contactEmail',
    });
  }
  if (input.landingPage != null && !isWebUrl(input.landingPage)) {
    throw badUserInput('The landing page is not an http(s) URL', {
      argument: 'input.landingPage',
    });
  }
}

/** An absolute http(s) URL: the catalog links to it, so `javascript:` and the like are refused. */
function isWebUrl(value: string) {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * Runs the creation; a slug another admin took since the check (the unique index
 * says so) is the same BAD_USER_INPUT as one taken before, not a 500.
 */
async function createOrRefuseTakenSlug<T>(slug: string, create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    const pgError = error as { code?: string; constraint?: string };
    if (pgError.code === '23505' && pgError.constraint?.includes('slug')) {
      throw badUserInput(`The slug ${slug} is taken`, { argument: 'input.slug' });
    }
    throw error;
  }
}

/** Asks accounts, as the admin, whether the department exists (before any write). */
async function checkDepartment(peers: PeerGraph, caller: Caller, id: string) {
  let answer: { department: { id: string } | null };
  try {
    answer = await peers.query(
      'accounts',
      'query ($id: ID) { department(id: $id) { id } }',
      { id },
      caller,
    );
  } catch (error) {
    if (!(error instanceof PeerUnavailable)) throw error;
    throw new GraphQLError('The department cannot be confirmed now: accounts did not answer', {
      extensions: { code: 'PEER_UNAVAILABLE', argument: 'input.publisherDepartmentId' },
    });
  }
  if (!answer.department) {
    throw badUserInput(`No department ${id}`, { argument: 'input.publisherDepartmentId' });
  }
}

builder.queryFields((t) => ({
  datasetImportPreview: t.field({
    type: DatasetImportPreviewRef,
    description:
      "Reads a CSV as an import would — column names, inferred types, every row's errors — " +
      'and writes nothing: what an upload form shows before the admin confirms.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: DatasetImportPreviewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      let fixed: ImportColumn[] | undefined;
      if (input.appendTo != null) {
        const id = checkedId(input.appendTo, 'input.appendTo');
        fixed = await importColumnsOf(ctx.db, id);
        if (fixed.length === 0) throw notFound('Dataset with columns', id);
      }
      return planOrRefuse(
        input.csv,
        { overrides: input.columns, ...(fixed ? { fixed } : {}) },
        'input.',
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  createDataset: t.field({
    type: importPayload('CreateDatasetPayload'),
    description:
      'Publishes a new dataset from a CSV: its columns named from the header, typed as ' +
      'inferred or as `columns` says, every row checked; any error imports nothing.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: CreateDatasetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      checkMetadata(input);
      const publisherDepartmentId = checkedId(
        input.publisherDepartmentId,
        'input.publisherDepartmentId',
      );
      const plan = planOrRefuse(input.csv, { overrides: input.columns }, 'input.');
      refuseOnErrors(plan);
      if (await slugTaken(ctx.db, input.slug)) {
        throw badUserInput(`The slug ${input.slug} is taken`, { argument: 'input.slug' });
      }
      await checkDepartment(ctx.peers, ctx.caller, publisherDepartmentId);
      const datasetId = await createOrRefuseTakenSlug(input.slug, () =>
        ctx.db.transaction().execute((trx) =>
          insertUploadedDataset(
            trx,
            {
              slug: input.slug,
              title: input.title.trim(),
              description: input.description,
              keywords: input.keywords ?? [],
              themes: input.themes ?? [],
              accrualPeriodicity: input.accrualPeriodicity ?? 'irregular',
              publisherDepartmentId,
              contactName: input.contactName,
              contactEmail: input.contactEmail,
              landingPage: input.landingPage ?? null,
            },
            plan,
          ),
        ),
      );
      return { datasetId, plan };
    },
  }),
  importDatasetRows: t.field({
    type: importPayload('ImportDatasetRowsPayload'),
    description:
      "Replaces an uploaded dataset's rows with a CSV's, or appends them (same columns); " +
      'any error imports nothing. Live and graph datasets are kept by their sources.',
    authScopes: MANAGE,
    args: { input: t.arg({ type: ImportDatasetRowsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const datasetId = checkedId(input.datasetId, 'input.datasetId');
      if (input.mode === 'APPEND' && input.columns != null) {
        throw badUserInput("Appended rows keep the dataset's column types", {
          argument: 'input.columns',
        });
      }
      return ctx.db.transaction().execute(async (trx) => {
        const dataset = await lockDataset(trx, datasetId);
        if (!dataset) throw notFound('Dataset', datasetId);
        if (dataset.source !== 'UPLOADED') {
          throw badUserInput(
            `The dataset's rows come from its ${dataset.source} source, not uploads`,
            {
              argument: 'input.datasetId',
            },
          );
        }
        const fixed = input.mode === 'APPEND' ? await importColumnsOf(trx, datasetId) : undefined;
        const plan = planOrRefuse(
          input.csv,
          { overrides: input.columns, ...(fixed && fixed.length > 0 ? { fixed } : {}) },
          'input.',
        );
        refuseOnErrors(plan);
        if (input.mode === 'APPEND' && fixed && fixed.length > 0)
          await appendUploadedRows(trx, datasetId, plan);
        else await replaceUploadedRows(trx, datasetId, plan);
        return { datasetId, plan };
      });
    },
  }),
}));
