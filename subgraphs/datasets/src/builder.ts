import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { DatasetsDatabase } from './db/database';

export const { builder, LocaleEnum } = createSubgraphBuilder<
  SubgraphContext<DatasetsDatabase>,
  // Output-only (see schema/json-object.ts): a dataset row's values by column name.
  { JSONObject: { Input: never; Output: Record<string, unknown> } }
>();

// Admins' mutations (dataset-admin.ts): uploads, replacements, appends.
builder.mutationType({});
