import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_CITY_PROFILE,
  DEMO_PASSWORD,
  demoLoginEmail,
  loadCityProfile,
} from '@civicgraph/demo-city';
import { withDatabase } from '@civicgraph/platform';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';
import { chromium } from 'playwright-core';
import { startStackProcess } from './stack-process';

// `pnpm bench:console-map [demo|scale] [runs]`: the time from navigating to the
// dispatcher's page to the first work orders drawn on its map, in headless Chromium
// against the whole stack (`npm start`'s process) serving a production build of the
// console. The map sets the `civicgraph:first-work-orders` performance mark when it
// first draws a work-order feature; its startTime is measured from the navigation.
// `demo`: a fresh embedded database with the demo city (as `npm start` makes it), or
// DATABASE_URL's database when set. `scale`: SCALE_DATABASE (default civicgraph_scale)
// on the server at DATABASE_URL, as `pnpm seed:scale` made it (the 1,000,000-request city).
// Each run navigates anew; "cold" runs clear the browser's cache first (the map's code
// and the style are fetched again), "warm" ones reuse it (tiles are always revalidated).
const mode = process.argv[2] === 'scale' ? 'scale' : 'demo';
const RUNS = Number(process.argv[3] ?? 5);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl =
  mode === 'scale'
    ? withDatabase(serverUrl, process.env.SCALE_DATABASE ?? 'civicgraph_scale')
    : process.env.DATABASE_URL;
const shownDatabase = databaseUrl
  ? databaseUrl.replace(/\/\/[^@/]*@/, '//')
  : 'embedded PostgreSQL, a fresh demo city';

const consoleDir = fileURLToPath(new URL('../../console/', import.meta.url));
const MARK = 'civicgraph:first-work-orders';

/** A production build of the console in a folder of its own (NODE_ENV=production). */
async function buildConsole(outDir: string) {
  const viteBin = path.join(
    path.dirname(createRequire(path.join(consoleDir, 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { cwd: consoleDir, env: { ...process.env, NODE_ENV: 'production' } },
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const startedAt = new Date();
const loadBefore = loadavg()[1]!;
const distDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-bench-console-'));
console.log('building the console…');
await buildConsole(distDir);
const dataDir = await reachableTempFolder('civicgraph-bench-console-map-');
const stack = await startStackProcess(
  {
    ...process.env,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    PORT: '0',
    EMBEDDED_PG_PORT: String(await freePort()),
    CONSOLE_DIR: distDir,
    STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  dataDir,
);
console.log(`stack up (${shownDatabase}): ${stack.origin}`);

interface Run {
  cache: 'cold' | 'warm';
  ms: number;
  tileRequests: number;
}
const runs: Run[] = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let tileRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/tiles/work-orders/')) tileRequests++;
  });
  // Sign in once through the form: the session lives in the tab's sessionStorage.
  const { jurisdictionId } = loadCityProfile(process.env.CITY ?? DEFAULT_CITY_PROFILE);
  await page.goto(`${stack.origin}/`);
  await page.getByLabel('Email').fill(demoLoginEmail('DISPATCHER', jurisdictionId));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();

  for (const cache of ['cold', 'warm'] as const) {
    for (let i = 0; i < RUNS; i++) {
      if (cache === 'cold') await cdp.send('Network.clearBrowserCache');
      tileRequests = 0;
      await page.goto(`${stack.origin}/dispatch`);
      const handle = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime,
        MARK,
        { timeout: 120_000, polling: 50 },
      );
      const ms = (await handle.jsonValue()) as number;
      runs.push({ cache, ms, tileRequests });
      console.log(
        `${cache} ${i + 1}: ${ms.toFixed(0)} ms (${tileRequests} work-order tiles asked)`,
      );
    }
  }
  await context.close();
} finally {
  await browser.close();
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(distDir, { recursive: true, force: true });
}

const of = (cache: Run['cache']) => runs.filter((run) => run.cache === cache).map((r) => r.ms);
const summary = {
  cold: { median: median(of('cold')), min: Math.min(...of('cold')), max: Math.max(...of('cold')) },
  warm: { median: median(of('warm')), min: Math.min(...of('warm')), max: Math.max(...of('warm')) },
};
const label = mode === 'scale' ? 'the 1,000,000-request city' : 'the demo city';
console.log(
  `\nFirst work orders on the map, ${label}: cold cache median ${summary.cold.median.toFixed(0)} ms, warm ${summary.warm.median.toFixed(0)} ms`,
);

const heading = `## Console: first work orders on the map, ${mode}`;
const section = `${heading} (${startedAt.toISOString().slice(0, 10)})

Written by \`pnpm bench:console-map ${mode}\`. ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version};
database: ${shownDatabase}. Headless Chromium (SwiftShader WebGL) at 1440 × 900, signed in as the
dispatcher, navigating to \`/dispatch\` ${RUNS} times per case; the figure is the
\`${MARK}\` performance mark (set when the map first draws a work-order feature),
measured from the navigation's start. Cold: the browser cache cleared before each run
(the map library's chunk, the style and the tiles fetched again); warm: cached code, tiles
revalidated (\`private, no-cache\` + ETag). Load average (5 min) ${loadBefore.toFixed(1)} → ${loadavg()[1]!.toFixed(1)}: the machine is shared, absolute times do not travel.

| cache | median ms | min ms | max ms |
|---|---|---|---|
| cold | ${summary.cold.median.toFixed(0)} | ${summary.cold.min.toFixed(0)} | ${summary.cold.max.toFixed(0)} |
| warm | ${summary.warm.median.toFixed(0)} | ${summary.warm.min.toFixed(0)} | ${summary.warm.max.toFixed(0)} |
`;

const results = new URL('../results/', import.meta.url);
await mkdir(results, { recursive: true });
await writeFile(
  new URL(`console-first-map-${mode}.json`, results),
  `${JSON.stringify({ date: startedAt.toISOString(), database: shownDatabase, runs, summary }, null, 2)}\n`,
);
const resultsFile = new URL('../RESULTS.md', import.meta.url);
const current = await readFile(resultsFile, 'utf8').catch(() => '# Benchmark results\n');
const start = current.indexOf(heading);
const end = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${end === -1 ? '' : current.slice(end)}`;
await writeFile(resultsFile, `${updated.trimEnd()}\n`);
