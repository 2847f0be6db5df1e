import { type RawBuilder, sql } from 'kysely';
import { degreesPerMeter } from '../geo/geometry';
import { BLOCK_LAT_DEGREES, BLOCK_METERS } from '../geo/snap-to-block';

/** Degrees of longitude per metre at the equator; divided by cos(lat) elsewhere. */
const LON_DEGREES_PER_METER_AT_EQUATOR = degreesPerMeter(0).lon;

/**
 * `snapToBlock` in SQL over a row's lon/lat (for aggregating location-sensitive
 * places in the database where they are published snapped): the same grid, so a
 * snapped point counts in the same cell as it is drawn in.
 */
export function snapToBlockSql(
  lon: RawBuilder<unknown>,
  lat: RawBuilder<unknown>,
): { lon: RawBuilder<number>; lat: RawBuilder<number> } {
  const rowLat = sql<number>`((floor(${lat} / ${BLOCK_LAT_DEGREES}::float8) + 0.5) * ${BLOCK_LAT_DEGREES}::float8)`;
  const columnWidth = sql<number>`(${BLOCK_METERS}::float8 * ${LON_DEGREES_PER_METER_AT_EQUATOR}::float8 / cos(radians(${rowLat})))`;
  return {
    lon: sql<number>`((floor(${lon} / ${columnWidth}) + 0.5) * ${columnWidth})`,
    lat: rowLat,
  };
}
