import { badArgument, codeListParam, enumListParam, type QueryParams } from '@civicgraph/platform';
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

const DISTRICT_NUMBER = /^[0-9]{1,4}$/;
const MAX_DISTRICTS = 100;

/** `?district=1,4`: whole district numbers; anything else is a 400 naming `district`. */
function districtListParam(query: QueryParams): number[] | undefined {
  const raw = query.district;
  if (raw === undefined) return undefined;
  const given = (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (given.length === 0) return undefined;
  if (given.length > MAX_DISTRICTS) {
    throw badArgument('district', `district takes at most ${MAX_DISTRICTS} numbers`, {
      max: MAX_DISTRICTS,
    });
  }
  for (const value of given) {
    if (!DISTRICT_NUMBER.test(value)) {
      throw badArgument(
        'district',
        'district must be council district numbers, as in district=1,4',
      );
    }
  }
  return [...new Set(given.map(Number))];
}

/**
 * The filter of an `assets` tile from its query string (`type`, `status`, `district`),
 * normalized (sorted, distinct) so that equal filters give equal ETags. A bad value is
 * a 400 naming the parameter.
 */
export function assetTileFilter(query: QueryParams): AssetTileFilter {
  const types = codeListParam(query, 'type')?.sort();
  const statuses = enumListParam(query, 'status', assetStatuses)?.sort() ?? IN_USE;
  const districts = districtListParam(query)?.sort((a, b) => a - b);
  return {
    statuses,
    ...(types ? { types } : {}),
    ...(districts ? { districts } : {}),
  };
}
