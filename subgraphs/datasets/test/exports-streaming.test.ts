import { ANONYMOUS } from '@civicgraph/platform';
import { getSignedRoute } from '@civicgraph/platform/testing';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { exportWriter } from '../src/exports/export-formats';
import { exportStream } from '../src/exports/export-stream';
import { loadRowSource } from '../src/rows/row.repository';
import { checkRowQuery } from '../src/rows/row-query';
import type { NewRow } from '../src/rows/row-writer';
import { type DatasetsHarness, startDatasetsHarness } from './harness';
import { addFixtureDataset } from './rows-fixture';

const ROWS = 50_000;
const BATCH = 1000;

let h: DatasetsHarness;

beforeAll(async () => {
  h = await startDatasetsHarness();
  const rows: NewRow[] = Array.from({ length: ROWS }, (_, i) => ({
    key: String(i).padStart(6, '0'),
    values: { name: `row ${i}`, count: i, score: i / 2, active: i % 2 === 0 },
  }));
  await addFixtureDataset(h.db, h.city.departments[0]!.id, 'many-rows', rows);
});

afterAll(async () => {
  await h?.close();
});

async function openTransactions() {
  const { rows } = await sql<{ count: string }>`
    select count(*) as count from pg_stat_activity
    where datname = current_database() and xact_start is not null
      and pid <> pg_backend_pid()`.execute(h.db);
  return Number(rows[0]!.count);
}

it('the first bytes leave before the last batch is read, and a closed stream ends its snapshot', async () => {
  const source = (await loadRowSource(h.db, 'many-rows'))!;
  const query = checkRowQuery(source, {});
  let rowsRead = 0;
  const stream = exportStream(h.db, query, exportWriter('csv', query.select), {
    batchSize: BATCH,
    onBatch: (read) => {
      rowsRead = read;
    },
  });
  const chunks = stream[Symbol.asyncIterator]();
  try {
    const header = await chunks.next();
    expect(String(header.value)).toMatch(/^name,count,score,active,/);
    const firstBatch = await chunks.next();
    expect(String(firstBatch.value)).toMatch(/^row 0,0,0,true,/);
    // A stream that read everything before answering would have read all 50 batches.
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThanOrEqual(3 * BATCH);
    expect(await openTransactions()).toBe(1);
  } finally {
    // The client goes away: the snapshot's transaction must not linger.
    stream.destroy();
  }
  await vi.waitFor(async () => expect(await openTransactions()).toBe(0), { timeout: 10_000 });
});

it('the whole export arrives, in key order', async () => {
  const reply = await getSignedRoute(
    h.running.url,
    ANONYMOUS,
    'datasets',
    '/datasets/many-rows/rows.csv?select=name,count',
  );
  expect(reply.status).toBe(200);
  const records: string[][] = parse(new TextDecoder().decode(reply.bytes));
  expect(records.length).toBe(ROWS + 1);
  expect(records[1]).toEqual(['row 0', '0']);
  expect(records[ROWS]).toEqual([`row ${ROWS - 1}`, String(ROWS - 1)]);
});
