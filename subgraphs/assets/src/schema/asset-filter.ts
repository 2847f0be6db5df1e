import type { Bbox } from '@civicgraph/platform';
import { badUserInput, bboxInputRef, bboxProblems } from '@civicgraph/platform';
import { builder } from '../builder';
import type { AssetFilter } from '../db/asset.repository';
import { assetStatuses } from '../db/asset.table';

export const AssetStatusEnum = builder.enumType('AssetStatus', {
  description: 'Whether an asset is in use.',
  values: assetStatuses,
});

const BBoxInput = bboxInputRef(builder);

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
  const problems = bboxProblems(bbox);
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
