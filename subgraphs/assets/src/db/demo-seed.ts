import type { AssetSeed, DemoCity, DemoSeed, SeedProgress } from '@civicgraph/demo-city';
import {
  bboxFromArray,
  chunks,
  geometryBbox,
  hasRows,
  lineLengthMeters,
  rowsPerInsert,
} from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './database';

const ROWS_PER_INSERT = rowsPerInsert(10);

function toRow(asset: AssetSeed) {
  return {
    id: asset.id,
    assetTypeId: asset.assetTypeId,
    tag: asset.tag,
    status: asset.status,
    lon: asset.lon,
    lat: asset.lat,
    line: asset.line ? JSON.stringify(asset.line) : null,
    streetName: asset.streetName,
    district: asset.district,
    installedOn: asset.installedOn,
  };
}

/** The city's profile, council districts and street grid: the geography assets sit in. */
async function seedGeography(trx: Kysely<AssetsDatabase>, city: DemoCity) {
  const { profile } = city;
  await trx
    .insertInto('city')
    .values({
      id: profile.id,
      name: profile.name,
      state: profile.state,
      timeZone: profile.timeZone,
      jurisdictionId: profile.jurisdictionId,
      locales: profile.locales,
      ...bboxFromArray(profile.bbox),
      boundary: JSON.stringify(profile.boundary.geometry),
    })
    .execute();
  const districts = profile.districts.features;
  if (districts.length > 0) {
    await trx
      .insertInto('districts')
      .values(
        districts.map((district) => ({
          number: district.properties.number,
          name: district.properties.name,
          boundary: JSON.stringify(district.geometry),
          ...geometryBbox(district.geometry),
        })),
      )
      .execute();
  }
  for (const rows of chunks(city.streets, rowsPerInsert(5))) {
    await trx
      .insertInto('streets')
      .values(
        rows.map((street) => ({
          id: street.id,
          name: street.name,
          axis: street.axis,
          geometry: JSON.stringify(street.geometry),
          lengthM: lineLengthMeters(street.geometry.coordinates),
        })),
      )
      .execute();
  }
}

/**
 * Inserts the demo city's geography and asset types, then its assets batch by batch as the
 * generator streams them, so a city of hundreds of thousands of assets never sits
 * in memory at once. One transaction: a failed seed leaves no half-filled tables.
 */
export async function seedAssets(
  db: Kysely<AssetsDatabase>,
  city: DemoCity,
  progress?: SeedProgress,
) {
  await db.transaction().execute(async (trx) => {
    await seedGeography(trx, city);
    if (city.assetTypes.length > 0) {
      await trx
        .insertInto('assetTypes')
        .values(
          city.assetTypes.map((t) => ({
            id: t.id,
            code: t.code,
            nameEn: t.name.en,
            nameEs: t.name.es,
            geometryKind: t.geometry,
          })),
        )
        .execute();
    }
    let done = 0;
    for (const batch of city.assetBatches()) {
      for (const rows of chunks(batch, ROWS_PER_INSERT)) {
        await trx.insertInto('assets').values(rows.map(toRow)).execute();
      }
      done += batch.length;
      progress?.('assets.assets', done, city.assetCount);
    }
  });
}

/** The assets subgraph's share of the demo city. */
export const assetsDemoSeed: DemoSeed<AssetsDatabase> = {
  hasData: (db) => hasRows(db, 'assetTypes'),
  seed: seedAssets,
};
