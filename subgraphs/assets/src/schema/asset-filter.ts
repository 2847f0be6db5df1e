import type { Bbox } from '@civicgraph/platform';
import { badUserInput, bboxInputRef, bboxProblems } from '@civicgraph/platform';
import { builder } from '../builder';
import type { AssetFilter, Near } from '../db/asset.repository';
import { assetStatuses } from '../db/asset.table';

export const AssetStatusEnum = builder.enumType('AssetStatus', {
  description: 'Whether an asset is in use.',
  values: assetStatuses,
});

const BBoxInput = bboxInputRef(builder);

/** The widest radius a search may ask for: a city, not a region. */
export const MAX_NEAR_METERS = 50_000;

const AssetNearInput = builder.inputType('AssetNearInput', {
  description:
    'A circle around a point: assets whose point lies within `meters` of it, great-circle ' +
    'distance on a sphere of radius 6,378,168 m (PostgreSQL earthdistance), edge included.',
  fields: (t) => ({
    lon: t.float({ required: true, description: 'Longitude of the centre, -180 to 180.' }),
    lat: t.float({ required: true, description: 'Latitude of the centre, -90 to 90.' }),
    meters: t.float({
      required: true,
      description: `Radius in metres, more than 0 and at most ${MAX_NEAR_METERS}.`,
    }),
  }),
});

export const AssetFilterInput = builder.inputType('AssetFilter', {
  description: 'Conditions an asset must all meet.',
  fields: (t) => ({
    typeCode: t.string({ description: 'Code of the asset type, e.g. STREETLIGHT.' }),
    status: t.field({ type: AssetStatusEnum }),
    district: t.int({ description: 'Council district number.' }),
    streetName: t.string({ description: 'Street name, compared case-insensitively.' }),
    bbox: t.field({ type: BBoxInput, description: 'Only assets whose point lies in this box.' }),
    near: t.field({
      type: AssetNearInput,
      description:
        'Only assets within this circle; the list then comes nearest first (then by tag), ' +
        'and each asset carries its distanceMeters.',
    }),
  }),
});

function checkBbox(bbox: Bbox): Bbox {
  const problems = bboxProblems(bbox);
  if (problems.length > 0) throw badUserInput(`Invalid bbox: ${problems.join('; ')}`, { bbox });
  return bbox;
}

function checkNear(near: Near): Near {
  const problems: string[] = [];
  if (near.lon < -180 || near.lon > 180) problems.push('lon must lie within -180..180');
  if (near.lat < -90 || near.lat > 90) problems.push('lat must lie within -90..90');
  if (!(near.meters > 0 && near.meters <= MAX_NEAR_METERS)) {
    problems.push(`meters must be more than 0 and at most ${MAX_NEAR_METERS}`);
  }
  if (problems.length > 0) throw badUserInput(`Invalid near: ${problems.join('; ')}`, { near });
  return near;
}

/** The filter argument as the repository takes it; an impossible bbox or circle is BAD_USER_INPUT. */
export function toAssetFilter(input: typeof AssetFilterInput.$inferInput | null | undefined) {
  const filter: AssetFilter = {
    typeCode: input?.typeCode ?? null,
    status: input?.status ?? null,
    district: input?.district ?? null,
    streetName: input?.streetName ?? null,
    bbox: input?.bbox ? checkBbox(input.bbox) : null,
    near: input?.near ? checkNear(input.near) : null,
  };
  return filter;
}
