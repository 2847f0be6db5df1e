import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, hasRows } from '../src';
import { scratchDatabase } from '../src/testing';

interface Tables {
  assetTypes: { id: number };
}

let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let db: ReturnType<typeof createDatabase<Tables>>;

beforeAll(async () => {
  scratch = await scratchDatabase();
  db = createDatabase<Tables>({ url: scratch.url, schema: 'public' });
  await db.schema.createTable('asset_types').addColumn('id', 'integer').execute();
});

afterAll(async () => {
  await db?.destroy();
  await scratch?.drop();
});

describe('hasRows', () => {
  it('tells an empty table from one with rows, naming it as the code does (camelCase)', async () => {
    expect(await hasRows(db, 'assetTypes')).toBe(false);
    await db.insertInto('assetTypes').values({ id: 1 }).execute();
    expect(await hasRows(db, 'assetTypes')).toBe(true);
  });
});
