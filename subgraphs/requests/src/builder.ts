import { createSubgraphBuilder } from '@civicgraph/platform';
import type { RequestsContext } from './context';

export const { builder, LocaleEnum, bilingualText } = createSubgraphBuilder<RequestsContext>();
