import { createSubgraphBuilder, type Geometry, type SubgraphContext } from '@civicgraph/platform';
import type { AssetsDatabase } from './db/database';

export const { builder, LocaleEnum, bilingualText } = createSubgraphBuilder<
  SubgraphContext<AssetsDatabase>,
  // Output-only (see schema/geojson.ts): nothing accepts geometry as input yet.
  { GeoJSON: { Input: never; Output: Geometry } }
>();

// Asset upkeep (schema/asset-mutations.ts).
builder.mutationType({});
