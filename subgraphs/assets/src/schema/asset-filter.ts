import type { Bbox } from '@civicgraph/platform';
import { badUserInput } from '@civicgraph/platform';
import { builder } from '../builder';
import type { AssetFilter } from '../db/asset.repository';
import { assetStatuses } from '../db/asset.table';

export const AssetStatusEnum = builder.enumType('AssetStatus', {
  description: 'Whether an asset is in use.',
  values: assetStatuses,
});

const BBoxInput = builder.inputType('BBoxInput', {
  description: 'A longitude/latitude box in WGS84 degrees; edges are included.',
  fields: (t) => ({
    west: t.float({ required: true }),
    south: t.float({ required: true }),
    east: t.float({ required: true }),
    north: t.float({ required: true }),
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
  }),
});

function checkBbox(bbox: Bbox): Bbox {
  const { west, south, east, north } = bbox;
  const problems: string[] = [];
  if ([west, east].some((lon) => lon < -180 || lon > 180)) {
    problems.push('west and east must lie within -180..180');
  }
  if ([south, north].some((lat) => lat < -90 || lat > 90)) {
    problems.push('south and north must lie within -90..90');
  }
  // A box across the antimeridian would need two ranges; no city needs one.
  if (west > east) problems.push('west must not be greater than east');
  if (south > north) problems.push('south must not be greater than north');
  if (problems.length > 0) throw badUserInput(`Invalid bbox: ${problems.join('; ')}`, { bbox });
  return bbox;
}

/** The filter argument as the repository takes it; an impossible bbox is BAD_USER_INPUT. */
export function toAssetFilter(input: typeof AssetFilterInput.$inferInput | null | undefined) {
  const filter: AssetFilter = {
    typeCode: input?.typeCode ?? null,
    status: input?.status ?? null,
    district: input?.district ?? null,
    streetName: input?.streetName ?? null,
    bbox: input?.bbox ? checkBbox(input.bbox) : null,
  };
  return filter;
}
