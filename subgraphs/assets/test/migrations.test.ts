import { openSubgraphDatabase } from '@civicgraph/platform';
import { scratchDatabase } from '@civicgraph/platform/testing';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as createAssetTypesAssets from '../src/db/migrations/2026_11_29_0001_create_asset_types_assets';
import * as createCityDistrictsStreets from '../src/db/migrations/2026_11_29_0002_create_city_districts_streets';
import * as cityBboxAsColumns from '../src/db/migrations/2026_11_29_0003_city_bbox_as_columns';
import { assetsSubgraph } from '../src/index';

// Migrations run on databases that already hold a city: each must carry the data over.
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
// biome-ignore lint/suspicious/noExplicitAny: the database as it was before the migration
let db: Kysely<any>;

beforeAll(async () => {
  scratch = await scratchDatabase();
  db = openSubgraphDatabase(assetsSubgraph, { databaseUrl: scratch.url });
  await sql`create schema assets`.execute(db);
});

afterAll(async () => {
  await db?.destroy();
  await scratch?.drop();
});

describe('the city bbox migration', () => {
  it("moves an existing city's bbox array into four ordered columns", async () => {
    await createAssetTypesAssets.up(db);
    await createCityDistrictsStreets.up(db);
    await sql`
      insert into city (id, name, state, time_zone, jurisdiction_id, locales, bbox, boundary)
      values ('springfield', 'Springfield', 'IL', 'America/Chicago', 'springfield.il.us',
              array['en'], array[-89.8, 39.6, -89.5, 39.9]::float8[], '{}'::jsonb)
    `.execute(db);

    await cityBboxAsColumns.up(db);

    const city = await db
      .selectFrom('city')
      .select(['id', 'west', 'south', 'east', 'north'])
      .executeTakeFirstOrThrow();
    expect(city).toEqual({ id: 'springfield', west: -89.8, south: 39.6, east: -89.5, north: 39.9 });
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = 'assets' and table_name = 'city' and column_name = 'bbox'
    `.execute(db);
    expect(columns.rows).toEqual([]);
  });
});
