import { createSubgraphBuilder } from '@civicgraph/platform';
import type { DatasetsContext } from './context';

export const { builder, LocaleEnum } = createSubgraphBuilder<DatasetsContext>();
