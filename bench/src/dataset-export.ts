import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { datasetsSubgraph } from '@civicgraph/datasets';
import { writeRows } from '@civicgraph/datasets/row-writer';
import {
  ANONYMOUS,
  CALLER_HEADER,
  createLogger,
  migrateSubgraph,
  openSubgraphDatabase,
  signCaller,
  startSubgraph,
} from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { benchDatabase } from './bench-database';

// `pnpm --filter @civicgraph/bench bench:export [rows]`: a dataset of a million generated
// rows (written through writeRows, as uploads are), exported as CSV and GeoJSON from
// the datasets subgraph over HTTP, the client reading as fast as it can and keeping
// nothing. The process's RSS is sampled during each stream: its peak over the baseline
// is what the export holds, which must not grow with the dataset.
const ROWS = Number(process.argv[2] ?? 1_000_000);
const WRITE_CHUNK = 50_000;
const SAMPLE_MS = 20;

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;

const COLUMNS = [
  ['zip', 'text'],
  ['week_start', 'date'],
  ['cases', 'integer'],
  ['positivity', 'number'],
  ['longitude', 'number'],
  ['latitude', 'number'],
] as const;

function rowAt(i: number) {
  const week = new Date(Date.UTC(2020, 0, 6) + (i % 300) * 7 * 86_400_000);
  return {
    key: String(i).padStart(8, '0'),
    values: {
      zip: String(10_000 + (i % 997)),
      week_start: week.toISOString().slice(0, 10),
      cases: (i * 7919) % 500,
      positivity: ((i * 104_729) % 1000) / 1000,
      longitude: -112.3 + ((i * 31) % 6000) / 10_000,
      latitude: 33.2 + ((i * 17) % 6000) / 10_000,
    },
  };
}

interface ExportRun {
  format: string;
  bytes: number;
  seconds: number;
  baselineRss: number;
  peakRss: number;
  firstByteMs: number;
}

async function measureExport(url: string, format: string): Promise<ExportRun> {
  const path = `/datasets/bench-rows/rows.${format}`;
  const signature = await signCaller(
    ANONYMOUS,
    { audience: 'datasets', method: 'GET', path, body: '' },
    TEST_SECRETS.callerSigning,
  );
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, SAMPLE_MS);
  const started = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  try {
    const response = await fetch(new URL(path, url), { headers: { [CALLER_HEADER]: signature } });
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += value.length;
    }
  } finally {
    clearInterval(timer);
  }
  return {
    format,
    bytes,
    seconds: (performance.now() - started) / 1000,
    baselineRss,
    peakRss,
    firstByteMs,
  };
}

async function main() {
  const database = await benchDatabase('bench_export');
  const logger = createLogger('bench', 'warn');
  const db = openSubgraphDatabase(datasetsSubgraph, { databaseUrl: database.url });
  let running: { url: string; close(): Promise<void> } | undefined;
  try {
    await migrateSubgraph(datasetsSubgraph, db);
    const datasetId = '00000000-0000-4000-8000-00000000e001';
    await db
      .insertInto('datasets')
      .values({
        id: datasetId,
        slug: 'bench-rows',
        title: 'Bench rows',
        description: 'Generated rows for the export bench',
        keywords: [],
        themes: [],
        accrualPeriodicity: 'R/P1D',
        publisherDepartmentId: '00000000-0000-4000-8000-00000000d001',
        issued: new Date(),
        modified: new Date(),
      })
      .execute();
    await db
      .insertInto('datasetColumns')
      .values(COLUMNS.map(([name, type], position) => ({ datasetId, position, name, type })))
      .execute();
    const seeding = performance.now();
    for (let start = 0; start < ROWS; start += WRITE_CHUNK) {
      const rows = Array.from({ length: Math.min(WRITE_CHUNK, ROWS - start) }, (_, i) =>
        rowAt(start + i),
      );
      await db.transaction().execute((trx) => writeRows(trx, datasetId, { upsert: rows }));
    }
    console.log(`seeded ${ROWS} rows in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    await db.destroy();
    const server = await startSubgraph(datasetsSubgraph, {
      databaseUrl: database.url,
      host: '127.0.0.1',
      port: 0,
      logger,
      secrets: TEST_SECRETS,
      withoutBackground: true,
    });
    running = server;
    const runs: ExportRun[] = [];
    for (const format of ['csv', 'geojson']) {
      const run = await measureExport(server.url, format);
      runs.push(run);
      console.log(
        `${format}: ${mib(run.bytes)} in ${run.seconds.toFixed(1)} s, ` +
          `${Math.round(ROWS / run.seconds)} rows/s, first byte ${run.firstByteMs.toFixed(0)} ms, ` +
          `RSS baseline ${mib(run.baselineRss)}, peak ${mib(run.peakRss)} ` +
          `(+${mib(run.peakRss - run.baselineRss)})`,
      );
    }
    const lines = [
      '# Dataset export: a million rows, streamed',
      '',
      `\`pnpm --filter @civicgraph/bench bench:export ${ROWS}\` on ${database.server}, ` +
        `${cpus().length} cores, ${mib(totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
      '',
      `${ROWS} generated rows (${COLUMNS.length} columns) written through writeRows, exported ` +
        'from the datasets subgraph over HTTP (a server-side cursor fetched 1000 rows at a time, in one REPEATABLE ' +
        'READ snapshot); the client, in the same process, reads and discards. RSS is the ' +
        `whole process's (server and client), sampled every ${SAMPLE_MS} ms.`,
      '',
      '| format | size | seconds | rows/s | first byte | RSS baseline | RSS peak | peak − baseline |',
      '|---|---|---|---|---|---|---|---|',
      ...runs.map(
        (run) =>
          `| ${run.format} | ${mib(run.bytes)} | ${run.seconds.toFixed(1)} | ${Math.round(ROWS / run.seconds)} | ` +
          `${run.firstByteMs.toFixed(0)} ms | ${mib(run.baselineRss)} | ${mib(run.peakRss)} | ${mib(run.peakRss - run.baselineRss)} |`,
      ),
      '',
    ];
    const results = fileURLToPath(new URL('../results/dataset-export.md', import.meta.url));
    await writeFile(results, lines.join('\n'));
    console.log(`written to ${results}`);
  } finally {
    await running?.close();
    await db.destroy().catch(() => {});
    await database.drop();
  }
}

await main();
