import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { RequestsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } =
  createSubgraphBuilder<SubgraphContext<RequestsDatabase>>();

// The lifecycle's changes (work-order mutations) and intake.
builder.mutationType({});
