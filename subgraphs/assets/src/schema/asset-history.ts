import { builder } from '../builder';
import { changesOfAssets } from '../db/asset.repository';
import type { Asset } from '../db/asset.table';
import {
  type AssetChange,
  type AssetFieldChange,
  assetActorKinds,
  assetChangeActions,
} from '../db/asset-change.table';
import { AssetRef } from './refs';

const READ = { permission: 'assets.read' } as const;

const AssetChangeActionEnum = builder.enumType('AssetChangeAction', {
  values: assetChangeActions,
});
const AssetActorKindEnum = builder.enumType('AssetActorKind', {
  description: 'Who made a change: a staff member, a partner app, a resident, or the platform.',
  values: assetActorKinds,
});

/** A value as the audit trail shows it: text as is, anything else as JSON. */
function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const AssetFieldChangeRef = builder.objectRef<AssetFieldChange>('AssetFieldChange').implement({
  description: 'One field of an asset moved by a change: from → to (null: none).',
  authScopes: READ,
  fields: (t) => ({
    field: t.exposeString('field'),
    from: t.string({ nullable: true, resolve: (change) => shown(change.from) }),
    to: t.string({ nullable: true, resolve: (change) => shown(change.to) }),
  }),
});

const AssetChangeRef = builder.objectRef<AssetChange>('AssetChange').implement({
  description: 'One audited change of an asset: who, when, what, and why.',
  authScopes: READ,
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    action: t.expose('action', { type: AssetChangeActionEnum }),
    actorKind: t.expose('actorKind', { type: AssetActorKindEnum }),
    // Who on the staff did what is the staff directory's to tell: partners reading the
    // inventory see the kind of actor, not the person.
    actorId: t.exposeID('actorId', {
      nullable: true,
      authScopes: { permission: 'staff.read' },
      description:
        'The staff member, partner or resident; null for the platform, and for callers ' +
        'who may not read the staff directory.',
    }),
    changes: t.field({ type: [AssetFieldChangeRef], resolve: (change) => change.changes }),
    note: t.exposeString('note', {
      nullable: true,
      description: "The inspection's note, the retirement's reason, an edit's note.",
    }),
    version: t.exposeInt('version', { description: "The asset's version after the change." }),
  }),
});

const AssetConditionRef = builder
  .objectRef<{ score: number; inspectedOn: string }>('AssetCondition')
  .implement({
    description: 'What the last inspection found.',
    authScopes: READ,
    fields: (t) => ({
      score: t.exposeInt('score', {
        description: '1 = failed, 2 = poor, 3 = fair, 4 = good, 5 = as new.',
      }),
      inspectedOn: t.exposeString('inspectedOn', {
        description: 'Date of the inspection, YYYY-MM-DD.',
      }),
    }),
  });

builder.objectFields(AssetRef, (t) => ({
  version: t.exposeInt('version', {
    description: 'Goes up by one with every change; changes name the version they saw.',
  }),
  condition: t.field({
    type: AssetConditionRef,
    nullable: true,
    description: 'The condition found by the last inspection; null until a first one.',
    resolve: (asset: Asset) =>
      asset.conditionScore != null && asset.conditionInspectedOn != null
        ? { score: asset.conditionScore, inspectedOn: asset.conditionInspectedOn }
        : null,
  }),
  history: t.loadableGroup({
    type: AssetChangeRef,
    authScopes: READ,
    description: 'Every audited change of the asset, oldest first (none before upkeep began).',
    load: (ids: string[], { db }) => changesOfAssets(db, ids),
    group: (change) => (change as AssetChange).assetId,
    resolve: (asset) => asset.id,
  }),
}));
