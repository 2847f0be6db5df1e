import { builder } from '../builder';
import { AssetRef } from './refs';

// Owned by the requests subgraph, which stores only the asset's id; the gateway
// sends that id along (@requires) and this subgraph turns it into the asset.
builder.externalRef('WorkOrder', builder.selection<{ id: string }>('id')).implement({
  // The owner's rule, repeated: the gateway reaches this type through `_entities`.
  authScopes: { permission: 'work-orders.read' },
  externalFields: (t) => ({
    assetId: t.id({ nullable: true }),
  }),
  fields: (t) => ({
    id: t.exposeID('id'),
    asset: t.field({
      type: AssetRef,
      nullable: true,
      description: 'The asset the work is on, if any; null for callers who may not read assets.',
      // In addition to the type's work-orders.read.
      authScopes: { permission: 'assets.read' },
      requires: builder.selection<{ assetId?: string | null }>('assetId'),
      resolve: (workOrder) => workOrder.assetId,
    }),
  }),
});
