import { checkedId } from '@civicgraph/platform';
import { builder } from '../builder';
import type { Asset } from '../db/asset.table';
import {
  type AssetEdits,
  type AssetTarget,
  createAsset,
  recordAssetInspection,
  retireAsset,
  updateAsset,
} from '../upkeep/asset-commands';
import { invalidField } from '../upkeep/upkeep-errors';
import { checkedDate, checkedLocation, checkedScore, checkedText } from '../upkeep/upkeep-input';
import { AssetRef } from './refs';

// Asset upkeep. Every change but creation names the version the caller saw
// (`expectedVersion`); refusals are GraphQL errors with `extensions.code`: CONFLICT
// (currentVersion; or field: tag for a tag in use), INVALID_TRANSITION (a retired
// asset), NOT_FOUND, BAD_USER_INPUT (field). Every change writes one audit row.

const MANAGE = { permission: 'assets.manage' } as const;
const MAX_TAG = 64;
const MAX_STREET_NAME = 200;
const MAX_NOTE = 2_000;
const MAX_REASON = 500;

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** `{ asset }`: one payload type per mutation, free to grow. */
function assetPayload(name: string) {
  return builder.objectRef<Asset>(name).implement({
    authScopes: MANAGE,
    fields: (t) => ({ asset: t.field({ type: AssetRef, resolve: (asset) => asset }) }),
  });
}

function target(t: InputFields) {
  return {
    id: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The version you last read; a stale one is refused with CONFLICT.',
    }),
  };
}

function checkedTarget(input: { id: string | number; expectedVersion: number }): AssetTarget {
  return { id: checkedId(String(input.id)), expectedVersion: input.expectedVersion };
}

const AssetLocationInput = builder.inputType('AssetLocationInput', {
  description: 'A position in WGS84 degrees.',
  fields: (t) => ({ lon: t.float({ required: true }), lat: t.float({ required: true }) }),
});

const ActiveStatusEnum = builder.enumType('AssetActiveStatus', {
  description: 'The statuses an edit may set: retiring is retireAsset.',
  values: ['ACTIVE', 'OUT_OF_SERVICE'] as const,
});

const CreateAssetInput = builder.inputType('CreateAssetInput', {
  fields: (t) => ({
    typeCode: t.string({ required: true, description: 'Code of a point asset type.' }),
    tag: t.string({ required: true, description: `Unique; at most ${MAX_TAG} characters.` }),
    location: t.field({ type: AssetLocationInput, required: true }),
    streetName: t.string({ required: true }),
    district: t.int({
      description: 'Council district; when left out, the district the location lies in.',
    }),
    installedOn: t.string({ required: true, description: 'YYYY-MM-DD.' }),
  }),
});

const UpdateAssetInput = builder.inputType('UpdateAssetInput', {
  description: 'The fields to change; those left out keep their values.',
  fields: (t) => ({
    ...target(t),
    tag: t.string(),
    location: t.field({ type: AssetLocationInput }),
    streetName: t.string(),
    district: t.int(),
    installedOn: t.string({ description: 'YYYY-MM-DD.' }),
    status: t.field({ type: ActiveStatusEnum }),
    note: t.string({ description: `Why; at most ${MAX_NOTE} characters.` }),
  }),
});

const RecordAssetInspectionInput = builder.inputType('RecordAssetInspectionInput', {
  fields: (t) => ({
    ...target(t),
    score: t.int({
      required: true,
      description: '1 = failed, 2 = poor, 3 = fair, 4 = good, 5 = as new.',
    }),
    inspectedOn: t.string({ required: true, description: 'YYYY-MM-DD, not in the future.' }),
    note: t.string({ description: `What was found; at most ${MAX_NOTE} characters.` }),
  }),
});

const RetireAssetInput = builder.inputType('RetireAssetInput', {
  fields: (t) => ({
    ...target(t),
    reason: t.string({ required: true, description: `At most ${MAX_REASON} characters.` }),
  }),
});

const CreateAssetPayload = assetPayload('CreateAssetPayload');
const UpdateAssetPayload = assetPayload('UpdateAssetPayload');
const RecordAssetInspectionPayload = assetPayload('RecordAssetInspectionPayload');
const RetireAssetPayload = assetPayload('RetireAssetPayload');

function optionalNote(note: string | null | undefined) {
  return note == null ? null : checkedText(note, 'note', MAX_NOTE);
}

function checkedDistrict(district: number) {
  if (district < 1)
    throw invalidField('district', 'district must be a district number (1 or more)');
  return district;
}

/** Today in UTC, YYYY-MM-DD: an inspection cannot be dated after it (a day of slack for zones). */
function latestInspectionDate() {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

builder.mutationFields((t) => ({
  createAsset: t.field({
    type: CreateAssetPayload,
    authScopes: MANAGE,
    description: 'Adds a point asset, ACTIVE, at version 1.',
    args: { input: t.arg({ type: CreateAssetInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const location = checkedLocation(input.location);
      return createAsset(ctx, {
        typeCode: checkedText(input.typeCode, 'typeCode', MAX_TAG),
        tag: checkedText(input.tag, 'tag', MAX_TAG),
        lon: location.lon,
        lat: location.lat,
        streetName: checkedText(input.streetName, 'streetName', MAX_STREET_NAME),
        district: input.district == null ? null : checkedDistrict(input.district),
        installedOn: checkedDate(input.installedOn, 'installedOn'),
      });
    },
  }),
  updateAsset: t.field({
    type: UpdateAssetPayload,
    authScopes: MANAGE,
    description: "Changes an asset's tag, location, street, district, installation date or status.",
    args: { input: t.arg({ type: UpdateAssetInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const edits: AssetEdits = {};
      if (input.tag != null) edits.tag = checkedText(input.tag, 'tag', MAX_TAG);
      if (input.location != null) {
        const { lon, lat } = checkedLocation(input.location);
        Object.assign(edits, { lon, lat });
      }
      if (input.streetName != null) {
        edits.streetName = checkedText(input.streetName, 'streetName', MAX_STREET_NAME);
      }
      if (input.district != null) edits.district = checkedDistrict(input.district);
      if (input.installedOn != null)
        edits.installedOn = checkedDate(input.installedOn, 'installedOn');
      if (input.status != null) edits.status = input.status;
      return updateAsset(ctx, checkedTarget(input), edits, optionalNote(input.note));
    },
  }),
  recordAssetInspection: t.field({
    type: RecordAssetInspectionPayload,
    authScopes: MANAGE,
    description: "Records an inspection: the asset's condition becomes its score and date.",
    args: { input: t.arg({ type: RecordAssetInspectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const inspectedOn = checkedDate(input.inspectedOn, 'inspectedOn');
      if (inspectedOn > latestInspectionDate()) {
        throw invalidField('inspectedOn', 'inspectedOn must not be in the future');
      }
      return recordAssetInspection(ctx, checkedTarget(input), {
        score: checkedScore(input.score),
        inspectedOn,
        note: optionalNote(input.note),
      });
    },
  }),
  retireAsset: t.field({
    type: RetireAssetPayload,
    authScopes: MANAGE,
    description: 'Retires an asset: status RETIRED, still readable, no longer changed.',
    args: { input: t.arg({ type: RetireAssetInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      retireAsset(ctx, checkedTarget(input), checkedText(input.reason, 'reason', MAX_REASON)),
  }),
}));
