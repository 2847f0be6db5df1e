import type { ColumnType, Generated, Selectable } from 'kysely';

export const assetChangeActions = ['CREATED', 'UPDATED', 'INSPECTED', 'RETIRED'] as const;
export type AssetChangeAction = (typeof assetChangeActions)[number];

/** Who made a change, as the caller the gateway signed: staff, a partner, the platform. */
export const assetActorKinds = ['STAFF', 'PARTNER', 'RESIDENT', 'SYSTEM'] as const;
export type AssetActorKind = (typeof assetActorKinds)[number];

/** One field a change moved. */
export interface AssetFieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** The audit trail of assets: one row per change, in the change's transaction. */
export interface AssetChangeTable {
  id: Generated<string>;
  assetId: string;
  version: number;
  action: AssetChangeAction;
  // jsonb: written as JSON text, read back parsed by `pg`.
  changes: ColumnType<AssetFieldChange[], string, string>;
  note: string | null;
  actorKind: AssetActorKind;
  actorId: string | null;
  at: Generated<Date>;
}

export type AssetChange = Selectable<AssetChangeTable>;
