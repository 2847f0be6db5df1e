import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { RequestsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } =
  createSubgraphBuilder<SubgraphContext<RequestsDatabase>>();

// Intake, the lifecycle of work orders, the catalog's administration.
builder.mutationType({});
