import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { datasetsSubgraph } from '@civicgraph/datasets';
import {
  BODY_SIGNATURE_TRAILER,
  BodyDigest,
  CALLER_HEADER,
  createLogger,
  migrateSubgraph,
  openSubgraphDatabase,
  STREAMED_BODY,
  signCaller,
  signStreamedBody,
  startSubgraph,
} from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { benchDatabase } from './bench-database';

// `pnpm --filter @civicgraph/bench bench:upload [rows]`: a CSV of a million generated
// rows uploaded to the datasets subgraph's POST /datasets/{slug}/rows.csv?mode=REPLACE
// as the gateway relays it (chunked, the caller signed for a streamed body, the bytes
// signed in a trailer), the file generated as it is sent. The process's RSS is sampled
// during the upload: its peak over the baseline is what the import holds, which must
// not grow with the file.
const ROWS = Number(process.argv[2] ?? 1_000_000);
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

function lineAt(i: number) {
  const week = new Date(Date.UTC(2020, 0, 6) + (i % 300) * 7 * 86_400_000);
  return [
    String(10_000 + (i % 997)),
    week.toISOString().slice(0, 10),
    (i * 7919) % 500,
    ((i * 104_729) % 1000) / 1000,
    (-112.3 + ((i * 31) % 6000) / 10_000).toFixed(4),
    (33.2 + ((i * 17) % 6000) / 10_000).toFixed(4),
  ].join(',');
}

interface UploadRun {
  status: number;
  answer: string;
  bytes: number;
  seconds: number;
  baselineRss: number;
  peakRss: number;
}

/** Sends the file as the gateway does, writing as fast as the subgraph reads. */
async function upload(url: string): Promise<UploadRun> {
  const path = '/datasets/bench-upload/rows.csv?mode=REPLACE';
  const callerHeader = await signCaller(
    { kind: 'staff', id: 'bench-admin', roles: ['ADMIN'] },
    { audience: 'datasets', method: 'POST', path, body: STREAMED_BODY },
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
  try {
    return await new Promise<UploadRun>((resolve, reject) => {
      const digest = new BodyDigest();
      const req = request(new URL(path, url), {
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          'transfer-encoding': 'chunked',
          trailer: BODY_SIGNATURE_TRAILER,
          [CALLER_HEADER]: callerHeader,
        },
      });
      req.on('error', reject);
      req.on('response', async (response) => {
        let answer = '';
        for await (const chunk of response) answer += chunk;
        resolve({
          status: response.statusCode ?? 0,
          answer,
          bytes: digest.size,
          seconds: (performance.now() - started) / 1000,
          baselineRss,
          peakRss,
        });
      });
      digest.on('data', (chunk: Buffer) => {
        if (!req.write(chunk)) digest.pause();
      });
      req.on('drain', () => digest.resume());
      digest.on('end', () => {
        req.addTrailers({
          [BODY_SIGNATURE_TRAILER]: signStreamedBody(
            callerHeader,
            digest.digest(),
            TEST_SECRETS.callerSigning,
          ),
        });
        req.end();
      });
      let i = 0;
      const fill = () => {
        while (i < ROWS) {
          let chunk = '';
          for (let n = 0; n < 1000 && i < ROWS; n++, i++) chunk += `${lineAt(i)}\n`;
          if (!digest.write(chunk)) return digest.once('drain', fill);
        }
        digest.end();
      };
      digest.write(`${COLUMNS.map(([name]) => name).join(',')}\n`);
      fill();
    });
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const database = await benchDatabase('bench_upload');
  const logger = createLogger('bench', 'warn');
  const db = openSubgraphDatabase(datasetsSubgraph, { databaseUrl: database.url });
  let running: { url: string; close(): Promise<void> } | undefined;
  try {
    await migrateSubgraph(datasetsSubgraph, db);
    const datasetId = '00000000-0000-4000-8000-00000000e002';
    await db
      .insertInto('datasets')
      .values({
        id: datasetId,
        slug: 'bench-upload',
        title: 'Bench upload',
        description: 'Rows uploaded by the upload bench',
        keywords: [],
        themes: [],
        accrualPeriodicity: 'irregular',
        publisherDepartmentId: '00000000-0000-4000-8000-00000000d001',
        issued: new Date(),
        modified: new Date(),
        source: 'UPLOADED',
      })
      .execute();
    await db
      .insertInto('datasetColumns')
      .values(COLUMNS.map(([name, type], position) => ({ datasetId, position, name, type })))
      .execute();
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
    const run = await upload(server.url);
    if (run.status !== 200) throw new Error(`upload: ${run.status} ${run.answer}`);
    const rate = Math.round(ROWS / run.seconds);
    console.log(
      `${ROWS} rows, ${mib(run.bytes)} in ${run.seconds.toFixed(1)} s: ${rate} rows/s, ` +
        `${(run.bytes / MIB / run.seconds).toFixed(1)} MiB/s; RSS baseline ${mib(run.baselineRss)}, ` +
        `peak ${mib(run.peakRss)} (+${mib(run.peakRss - run.baselineRss)}); answer ${run.answer}`,
    );
    const lines = [
      '# Dataset upload: a million-row CSV, streamed into one transaction',
      '',
      `\`pnpm --filter @civicgraph/bench bench:upload ${ROWS}\` on ${database.server}, ` +
        `${cpus().length} cores, ${mib(totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
      '',
      `A CSV of ${ROWS} generated rows (${COLUMNS.length} columns) POSTed to the datasets ` +
        "subgraph's `/datasets/{slug}/rows.csv?mode=REPLACE` as the gateway relays it " +
        '(chunked, bytes signed in a trailer), generated as it is sent. The subgraph parses ' +
        'it as a stream (csv-parse), checks each row against the column types and writes ' +
        '5,000-row batches through the row writer in one transaction. RSS is the whole ' +
        `process's (server and client), sampled every ${SAMPLE_MS} ms.`,
      '',
      '| rows | size | seconds | rows/s | MiB/s | RSS baseline | RSS peak | peak − baseline |',
      '|---|---|---|---|---|---|---|---|',
      `| ${ROWS} | ${mib(run.bytes)} | ${run.seconds.toFixed(1)} | ${rate} | ` +
        `${(run.bytes / MIB / run.seconds).toFixed(1)} | ${mib(run.baselineRss)} | ${mib(run.peakRss)} | ` +
        `${mib(run.peakRss - run.baselineRss)} |`,
      '',
      `Answer: \`${run.answer}\``,
      '',
    ];
    const results = fileURLToPath(new URL('../results/dataset-upload.md', import.meta.url));
    await writeFile(results, lines.join('\n'));
    console.log(`written to ${results}`);
  } finally {
    await running?.close();
    await db.destroy().catch(() => {});
    await database.drop();
  }
}

await main();
