import { createSubgraphBuilder, type Geometry } from '@civicgraph/platform';
import type { AssetsContext } from './context';

export const { builder, LocaleEnum, bilingualText } = createSubgraphBuilder<
  AssetsContext,
  // Output-only (see schema/geojson.ts): nothing accepts geometry as input yet.
  { GeoJSON: { Input: never; Output: Geometry } }
>();
