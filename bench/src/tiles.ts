import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import {
  createDatabase,
  MAX_INDIVIDUAL_FEATURES,
  type TileAddress,
  withDatabase,
} from '@civicgraph/platform';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';
import { signInAs } from '@civicgraph/stack/testing';
import { type Kysely, sql } from 'kysely';
import { startStackProcess } from './stack-process';
import {
  type GroupResult,
  measureGroup,
  measureRevalidation,
  type RevalidationResult,
} from './tiles-measure';
import {
  address,
  type City,
  densestTiles,
  randomTilesInside,
  readCity,
  tilesCovering,
} from './tiles-plan';

// `pnpm bench:tiles [z16 sample]`: map tiles at city scale (`pnpm seed:scale` first),
// through the gateway, as a signed-in dispatcher: every tile over the city's box at
// zoom 10 and 13, and at zoom 16 the densest tiles and as many random ones inside the
// city, for work orders, requests and assets, without a filter and with the open
// filter; one tile at a time (the time of a tile, not throughput). The database is
// SCALE_DATABASE (default civicgraph_scale) on the server at DATABASE_URL, as
// `pnpm seed:scale` made it; the stack runs on it (its migrations may add indexes).
const SAMPLE = Number(process.argv[2] ?? 100);
const REVALIDATIONS = 20;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scaleDatabase = process.env.SCALE_DATABASE ?? 'civicgraph_scale';
const url = withDatabase(serverUrl, scaleDatabase);
const shownUrl = url.replace(/\/\/[^@/]*@/, '//');

interface Layer {
  name: string;
  /** The filtered case: name and query string (the unfiltered one is always run). */
  filtered: { name: string; query: string } | null;
}
const LAYERS: Layer[] = [
  { name: 'work-orders', filtered: { name: 'open=true', query: '?open=true' } },
  { name: 'requests', filtered: { name: 'status=OPEN', query: '?status=OPEN' } },
  { name: 'assets', filtered: null },
];

interface Counts {
  requests: number;
  workOrders: number;
  assets: number;
}

/** The scale database's sizes, or null when it (or its data) is not there. */
async function countRows(db: Kysely<unknown>): Promise<Counts | null> {
  try {
    const { rows } = await sql<Counts>`select
      (select count(*) from requests.service_requests)::int as requests,
      (select count(*) from requests.work_orders)::int as work_orders,
      (select count(*) from assets.assets)::int as assets`.execute(db);
    const counts = rows[0] ?? null;
    return counts && counts.requests > 0 ? counts : null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // No such database (3D000) or no such table (42P01): never seeded.
    if (code === '3D000' || code === '42P01') return null;
    throw error;
  }
}

const startedAt = new Date();
const loadBefore = loadavg()[1]!;
const db = createDatabase<unknown>({ url, schema: 'requests', poolMax: 1 });
let counts: Counts | null;
let city: City;
let densest: Awaited<ReturnType<typeof densestTiles>>;
try {
  counts = await countRows(db);
  if (!counts) {
    console.error(
      `The scale database "${scaleDatabase}" is missing or empty at ${shownUrl}.\n` +
        'Make it first: DATABASE_URL=<server> pnpm seed:scale (about 10 minutes), or point\n' +
        'DATABASE_URL / SCALE_DATABASE at the server and database that hold it.',
    );
    process.exit(1);
  }
  if (counts.requests < 1_000_000) {
    console.warn(`Only ${counts.requests.toLocaleString('en')} requests: not the 1,000,000 city.`);
  }
  city = await readCity(db);
  densest = await densestTiles(db, 16, SAMPLE);
} finally {
  await db.destroy();
}

const sets: Array<{ name: string; tiles: TileAddress[] }> = [
  { name: '10', tiles: tilesCovering(city.box, 10) },
  { name: '13', tiles: tilesCovering(city.box, 13) },
  { name: '16 densest', tiles: densest },
  { name: '16 random', tiles: randomTilesInside(city, 16, SAMPLE) },
];
console.log(
  `${city.name}: ${counts.requests.toLocaleString('en')} requests, ${counts.workOrders.toLocaleString('en')} work orders, ${counts.assets.toLocaleString('en')} assets;`,
  sets.map((s) => `${s.tiles.length} tiles at z${s.name}`).join(', '),
);

const dataDir = await reachableTempFolder('civicgraph-bench-tiles-');
const stackStarted = performance.now();
const stack = await startStackProcess(
  {
    ...process.env,
    DATABASE_URL: url,
    PORT: '0',
    EMBEDDED_PG_PORT: String(await freePort()),
    // One session asks for thousands of tiles: measure, don't throttle.
    STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  dataDir,
);
const stackSeconds = (performance.now() - stackStarted) / 1000;
console.log(`stack up on the scale database in ${stackSeconds.toFixed(1)} s: ${stack.origin}`);

const groups: GroupResult[] = [];
const revalidations: RevalidationResult[] = [];
try {
  // A fresh sign-in per group: access tokens are short-lived, a run is not.
  const session = () => signInAs(stack.origin, 'DISPATCHER');
  // Warm-up, not recorded: connections, JIT, the city's settings, the first plans.
  for (const layer of LAYERS) {
    await measureGroup({
      origin: stack.origin,
      headers: session,
      layer: layer.name,
      filter: 'warm-up',
      query: '',
      set: '10',
      tiles: sets[0]!.tiles,
    });
  }
  for (const set of sets) {
    for (const layer of LAYERS) {
      const cases = [{ name: 'none', query: '' }, ...(layer.filtered ? [layer.filtered] : [])];
      for (const filter of cases) {
        const group = await measureGroup({
          origin: stack.origin,
          headers: session,
          layer: layer.name,
          filter: filter.name,
          query: filter.query,
          set: set.name,
          tiles: set.tiles,
        });
        groups.push(group);
        console.log(
          `z${set.name}`.padEnd(12),
          layer.name.padEnd(12),
          filter.name.padEnd(12),
          `${group.tiles} tiles`.padEnd(10),
          `p50 ${group.ms.p50.toFixed(0)} ms`.padEnd(12),
          `p95 ${group.ms.p95.toFixed(0)} ms`.padEnd(12),
          `max ${group.ms.max.toFixed(0)} ms (${group.slowest.address}, ${group.slowest.features} features)`,
          group.failures.length ? `FAILED ${group.failures.length}` : '',
        );
        for (const failure of group.failures.slice(0, 3)) console.warn('  ', failure);
      }
    }
  }
  // Revalidation: each layer's slowest z10 tile, asked again with its ETag.
  const headers = await session();
  for (const layer of LAYERS) {
    const group = groups.find((g) => g.layer === layer.name && g.set === '10');
    const [z, x, y] = (group?.slowest.address ?? address(sets[0]!.tiles[0]!))
      .split('/')
      .map(Number) as [number, number, number];
    const result = await measureRevalidation({
      origin: stack.origin,
      headers,
      layer: layer.name,
      tile: { z, x, y },
      times: REVALIDATIONS,
    });
    revalidations.push(result);
    console.log(
      `304 ${layer.name} ${result.address}: ${result.notModified}/${result.asked} not modified, p50 ${result.ms.p50.toFixed(1)} ms (the tile itself ${result.fullMs.toFixed(0)} ms)`,
    );
  }
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}

// ---- Report -------------------------------------------------------------------------
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryMB: Math.round(totalmem() / 2 ** 20),
  node: process.version,
};
const postgresVersion = await (async () => {
  const admin = createDatabase<unknown>({ url, schema: 'public', poolMax: 1 });
  try {
    const { rows } = await sql<{
      v: string;
    }>`select current_setting('server_version') as v`.execute(admin);
    return rows[0]?.v ?? 'unknown';
  } finally {
    await admin.destroy();
  }
})();
const failures = groups.flatMap((g) =>
  g.failures.map((f) => ({ layer: g.layer, filter: g.filter, set: g.set, ...f })),
);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const slowestAt = (zoom: number) =>
  groups
    .filter((g) => g.zoom === zoom && g.tiles > 0)
    .reduce<GroupResult | null>((a, g) => (a === null || g.ms.max > a.ms.max ? g : a), null);
const closing = [10, 13, 16].map((zoom) => {
  const g = slowestAt(zoom);
  return g
    ? `z${zoom} ${ms(g.slowest.ms)} ms (${g.layer}${g.filter === 'none' ? '' : ` ${g.filter}`}, ${g.slowest.address}, ${g.slowest.features} features)`
    : `z${zoom} –`;
});
const table = groups.map(
  (g) =>
    `| ${g.layer} | ${g.filter} | z${g.set} | ${g.tiles}${g.failures.length ? ` (+${g.failures.length} failed)` : ''} | ${ms(g.ms.p50)} | ${ms(g.ms.p95)} | ${ms(g.ms.max)} | ${g.slowest.address}: ${g.slowest.features} features${g.slowest.clusters ? ` (${g.slowest.clusters} cells, ${g.slowest.points.toLocaleString('en')} points)` : ''} | ${g.gridTiles}/${g.emptyTiles} | ${kib(g.bytes.mean)} | ${kib(g.bytes.max)} |`,
);
const revalidationRows = revalidations.map(
  (r) =>
    `| ${r.layer} | ${r.address} | ${ms(r.fullMs)} | ${kib(r.bytes)} | ${r.notModified}/${r.asked} | ${ms(r.ms.p50)} | ${ms(r.ms.max)} |`,
);
const section = `## Map tiles at city scale (${startedAt.toISOString().slice(0, 10)})

Written by \`pnpm bench:tiles\`. Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryMB} MB,
Node ${machine.node}; PostgreSQL ${postgresVersion} (the machine's own server, database
\`${scaleDatabase}\` from \`pnpm seed:scale\`): ${counts.requests.toLocaleString('en')} requests, ${counts.workOrders.toLocaleString('en')} work orders,
${counts.assets.toLocaleString('en')} assets in ${city.name}. The whole stack (\`npm start\`'s process) on that database;
tiles asked through the gateway by a signed-in dispatcher, one at a time, each timed from
sending the request to the last byte; z10 tiles asked once before (warm-up, not counted).
Load average (5 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[1]!.toFixed(1)} at the end (the run itself keeps about
1.5 of the two cores busy: stack, PostgreSQL and this client); absolute times do not travel.
With ${sets[0]!.tiles.length} tiles at z10, p95 is the slowest of them.

Tiles: every tile over the city's box at z10 (${sets[0]!.tiles.length}) and z13 (${sets[1]!.tiles.length}); at z16 the ${sets[2]!.tiles.length} tiles
holding the most requests (one grouping over the requests table) and ${sets[3]!.tiles.length} random tiles inside
the city's boundary (a seeded draw: the same tiles each run). Filters: none, and the open
work (\`open=true\` for work orders, \`status=OPEN\` for requests); assets unfiltered.
"Grid / empty": tiles answered as a grid of aggregates (below z14, or a street-level
tile past ${MAX_INDIVIDUAL_FEATURES.toLocaleString('en')} features) and tiles with no feature; the slowest tile's points are
the rows its cells count.

**Slowest tile: ${closing.join('; ')}.**

| layer | filter | zoom | tiles | p50 ms | p95 ms | max ms | slowest tile | grid / empty tiles | mean KiB | max KiB |
|---|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}

Revalidation: each layer's slowest z10 tile fetched once, then asked ${REVALIDATIONS} times with its
\`If-None-Match\` (the subgraph reads the layer's version, not the tile).

| layer | tile | full tile ms | KiB | 304 answers | 304 p50 ms | 304 max ms |
|---|---|---|---|---|---|---|
${revalidationRows.join('\n')}
${
  failures.length
    ? `\n${failures.length} tiles failed (not in the timings): ${failures
        .slice(0, 5)
        .map((f) => `${f.layer} ${f.set} ${f.address} → ${f.status}`)
        .join('; ')}.\n`
    : ''
}`;
console.log(`\n${section}`);

const results = new URL('../results/', import.meta.url);
await mkdir(results, { recursive: true });
await writeFile(
  new URL('tiles.json', results),
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      machine,
      postgres: postgresVersion,
      database: { url: shownUrl, ...counts },
      city: { name: city.name, box: city.box },
      stackSeconds,
      loadAverage: { start: loadBefore, end: loadavg()[1] },
      tiles: Object.fromEntries(sets.map((s) => [s.name, s.tiles.map(address)])),
      slowest: closing,
      groups,
      revalidations,
      failures,
    },
    null,
    2,
  )}\n`,
);

// RESULTS.md: this section replaced in place (or added), the others kept.
const resultsFile = new URL('../RESULTS.md', import.meta.url);
const current = await readFile(resultsFile, 'utf8').catch(() => '# Benchmark results\n');
const start = current.indexOf('## Map tiles at city scale');
const end = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${end === -1 ? '' : current.slice(end)}`;
await writeFile(resultsFile, `${updated.trimEnd()}\n`);
if (failures.length > 0) {
  console.error(`${failures.length} tiles failed`);
  process.exitCode = 1;
}
