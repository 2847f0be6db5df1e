import { createSubgraphBuilder } from '@civicgraph/platform';
import type { AccountsContext } from './context';

export const { builder, LocaleEnum, bilingualText } = createSubgraphBuilder<AccountsContext>();
