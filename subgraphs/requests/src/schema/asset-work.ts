import { badUserInput } from '@civicgraph/platform';
import { builder } from '../builder';
import { maintenanceHistoryOfAssets, workOrdersOnAssets } from '../db/asset-work.repository';
import { AssetRef, WorkOrderRef } from './refs';

const readable = { permission: 'work-orders.read' } as const;
const MAX_FIRST = 100;
const DEFAULT_FIRST = 20;

/** Checked in `resolve`, before the loader runs, so a bad value costs no SQL. */
function checkedFirst(first: number | null | undefined): void {
  if (first != null && (first < 0 || first > MAX_FIRST)) {
    throw badUserInput(`first must be between 0 and ${MAX_FIRST}`, { field: 'first' });
  }
}

// Both batched: the work of every Asset of a response is read in one statement; a
// loader per path, since each use of a field has its own arguments. Null, like
// Staff.openWorkOrders, for callers who may read assets but not work orders (partners).
builder.objectFields(AssetRef, (t) => ({
  workOrders: t.loadableList({
    type: WorkOrderRef,
    nullable: true,
    authScopes: readable,
    description: `Work orders on this asset, newest first; null without work-orders.read.`,
    byPath: true,
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: `At most ${MAX_FIRST}.` }),
      open: t.arg.boolean({
        description: 'true: not COMPLETED, CLOSED or CANCELLED; false: those; omitted: all.',
      }),
    },
    load: (ids: string[], { db }, args) =>
      workOrdersOnAssets(db, ids, args.first ?? DEFAULT_FIRST, args.open ?? null),
    resolve: (asset, { first }) => {
      checkedFirst(first);
      return asset.id;
    },
  }),
  maintenanceHistory: t.loadableList({
    type: WorkOrderRef,
    nullable: true,
    authScopes: readable,
    description:
      'Completed and closed work orders on this asset with their resolution, most recently ' +
      'completed first; null without work-orders.read.',
    byPath: true,
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_FIRST, description: `At most ${MAX_FIRST}.` }),
    },
    load: (ids: string[], { db }, args) =>
      maintenanceHistoryOfAssets(db, ids, args.first ?? DEFAULT_FIRST),
    resolve: (asset, { first }) => {
      checkedFirst(first);
      return asset.id;
    },
  }),
}));
