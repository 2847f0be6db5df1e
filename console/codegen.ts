import type { CodegenConfig } from '@graphql-codegen/cli';

// Types the console's GraphQL documents from the public API schema (what clients
// see, written by `pnpm compose`), not from the supergraph. The output is checked in:
// `pnpm --filter @civicgraph/console codegen` rewrites it, `codegen:check` fails on drift.
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  // The documents live beside the components that use them, in `graphql()` calls.
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  generates: {
    'src/generated/': {
      preset: 'client',
      // No fragments yet: masking would only add a helper and an indirection.
      presetConfig: { fragmentMasking: false },
      config: {
        // A new custom scalar must be mapped here, not typed `any` in silence.
        strictScalars: true,
        scalars: {
          // ISO 8601 with a zone, e.g. 2026-11-29T08:00:00.000Z.
          DateTime: 'string',
          // A GeoJSON geometry object; the console reads none yet.
          GeoJSON: 'unknown',
          // A dataset row's values by column name; the console reads none yet.
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsTypes: true,
        // The graph always sends a selected field, null or not: `assignee: Staff | null`,
        // not `assignee?:`, so that a test's mock cannot leave one out.
        avoidOptionals: { field: true },
        // Types only for what the documents select: fewer lines, less churn when
        // unrelated parts of the schema change.
        onlyOperationTypes: true,
        useTypeImports: true,
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
