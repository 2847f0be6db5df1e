import {
  codeListParam,
  districtListParam,
  enumListParam,
  type QueryParams,
  refuseUnknownParams,
} from '@civicgraph/platform';
import { type AssetStatus, assetStatuses } from '../db/asset.table';

/** What an `assets` tile shows: the map's version of the list's `AssetFilter`. */
export interface AssetTileFilter {
  /** Asset type codes; undefined: every type. */
  types?: string[];
  /** Always set: without `status`, the assets in use (retired ones only when asked for). */
  statuses: AssetStatus[];
  /** Council district numbers; undefined: anywhere. */
  districts?: number[];
}

/** The statuses a tile shows when the map does not ask: retired assets are gone from the street. */
const IN_USE: AssetStatus[] = ['ACTIVE', 'OUT_OF_SERVICE'];

/**
 * The filter of an `assets` tile from its query string (`type`, `status`, `district`),
 * normalized (sorted, distinct) so that equal filters give equal ETags. A bad value is
 * a 400 naming the parameter.
 */
export function assetTileFilter(query: QueryParams): AssetTileFilter {
  refuseUnknownParams(query, ['type', 'status', 'district']);
  const types = codeListParam(query, 'type')?.sort();
  const statuses = enumListParam(query, 'status', assetStatuses)?.sort() ?? IN_USE;
  const districts = districtListParam(query);
  return {
    statuses,
    ...(types ? { types } : {}),
    ...(districts ? { districts } : {}),
  };
}
