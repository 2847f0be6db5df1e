import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { DatasetsDatabase } from './db/database';

export const { builder, LocaleEnum } = createSubgraphBuilder<SubgraphContext<DatasetsDatabase>>();

// Admins' mutations (dataset-admin.ts): uploads, replacements, appends.
builder.mutationType({});
