import { createSubgraphBuilder, type SubgraphContext } from '@civicgraph/platform';
import type { AccountsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } =
  createSubgraphBuilder<SubgraphContext<AccountsDatabase>>();
