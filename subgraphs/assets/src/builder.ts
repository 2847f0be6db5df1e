import { createSubgraphBuilder } from '@civicgraph/platform';
import type { AssetsContext } from './context';

export const { builder, LocaleEnum } = createSubgraphBuilder<AssetsContext>();
