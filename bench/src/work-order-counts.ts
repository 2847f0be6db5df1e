import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@civicgraph/platform';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';
import { signInAs } from '@civicgraph/stack/testing';
import { CompiledQuery } from 'kysely';
import { type LoadResult, load } from './load';
import { startStackProcess } from './stack-process';

// `pnpm --filter @civicgraph/bench bench:counts [database-url]`: the dispatcher's
// counts at city scale (`pnpm seed:scale` first), four callers at once, through the
// gateway. "Before" is the exact count(*) the list used to run for each filter, sent
// straight to the same database (so it leaves out the gateway's share: the real
// before was slower still); "after" is totalCount as the list now answers it.
const url = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/civicgraph_scale';
const REQUESTS = Number(process.argv[3] ?? 200);
const CONCURRENCY = 4;
const ROUNDS = 3;

const OPEN = `'COMPLETED', 'CLOSED', 'CANCELLED'`;
// The statements countWorkOrders ran before the counters (district through the request).
const before = {
  openDistrict3: `select count(*) from requests.work_orders where status not in (${OPEN})
    and service_request_id in (select id from requests.service_requests where district = 3)`,
  overdue: `select count(*) from requests.work_orders where status not in (${OPEN}) and due_at < now()`,
  district3: `select count(*) from requests.work_orders
    where service_request_id in (select id from requests.service_requests where district = 3)`,
};
const page = `{ workOrders(first: 50, filter: { open: true, district: 3 }) {
  edges { node { id number status priority summary createdAt dueAt } } } }`;
const pageWithCount = `{ workOrders(first: 50, filter: { open: true, district: 3 }) {
  totalCount edges { node { id number status priority summary createdAt dueAt } } } }`;
const overdueCount = '{ workOrders(first: 0, filter: { overdue: true }) { totalCount } }';
const district3Count = '{ workOrders(first: 0, filter: { district: 3 }) { totalCount } }';

/** The same loop as `load`, against the database: `statement` from four clients at once. */
async function loadSql(statement: string, requests: number): Promise<LoadResult> {
  const db = createDatabase({ url, schema: 'requests', poolMax: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests) {
          next++;
          const sent = performance.now();
          await db.executeQuery(CompiledQuery.raw(statement));
          latencies.push(performance.now() - sent);
        }
      }),
    );
  } finally {
    await db.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const best = (results: LoadResult[]) => results.reduce((a, b) => (b.p50 < a.p50 ? b : a));

const loadBefore = loadavg()[1]!;
const dataDir = await reachableTempFolder('civicgraph-bench-counts-');
const stack = await startStackProcess(
  {
    ...process.env,
    DATABASE_URL: url,
    PORT: '0',
    EMBEDDED_PG_PORT: String(await freePort()),
    CONSOLE_DIR: fileURLToPath(new URL('../../console/dist', import.meta.url)),
    STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  dataDir,
);
const gateway = `${stack.origin}/graphql`;
const runs: Record<string, LoadResult[]> = {};
const run = async (name: string, measure: () => Promise<LoadResult>) => {
  const result = await measure();
  runs[name] = [...(runs[name] ?? []), result];
  console.log(
    name.padEnd(40),
    `p50 ${result.p50.toFixed(1)} ms`,
    `${result.perSecond.toFixed(0)}/s`,
  );
};
try {
  const session = await signInAs(stack.origin, 'DISPATCHER');
  await load(gateway, pageWithCount, 50, CONCURRENCY, session); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    await run('page', () => load(gateway, page, REQUESTS, CONCURRENCY, session));
    await run('page + totalCount', () =>
      load(gateway, pageWithCount, REQUESTS, CONCURRENCY, session),
    );
    await run('overdue totalCount', () =>
      load(gateway, overdueCount, REQUESTS, CONCURRENCY, session),
    );
    await run('district 3 totalCount', () =>
      load(gateway, district3Count, REQUESTS, CONCURRENCY, session),
    );
    // The exact counts are slow: fewer of them.
    const few = Math.max(20, Math.round(REQUESTS / 5));
    await run('before: open, district 3 count(*)', () => loadSql(before.openDistrict3, few));
    await run('before: overdue count(*)', () => loadSql(before.overdue, few));
    await run('before: district 3 count(*)', () => loadSql(before.district3, few));
  }
} finally {
  await stack.stop();
}

const requests = await (async () => {
  const db = createDatabase({ url, schema: 'requests' });
  try {
    const result = await db.executeQuery<{ n: number }>(
      CompiledQuery.raw('select count(*)::int as n from requests.service_requests'),
    );
    return result.rows[0]!.n;
  } finally {
    await db.destroy();
  }
})();
const b = Object.fromEntries(Object.entries(runs).map(([name, results]) => [name, best(results)]));
const p = b.page!;
const row = (name: string, after: string, beforeName?: string) => {
  const a = b[after]!;
  const was = beforeName ? b[beforeName]! : null;
  return `| ${name} | ${was ? was.p50.toFixed(1) : '–'} | ${a.p50.toFixed(1)} | ${a.perSecond.toFixed(0)} | ${(a.p50 / p.p50).toFixed(2)} | ${was ? (was.p50 / a.p50).toFixed(1) : '–'} |`;
};
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 20)} MB, Node ${process.version}`;
const report = `# Work-order counts at city scale (${new Date().toISOString().slice(0, 10)})

Written by \`pnpm --filter @civicgraph/bench bench:counts\`. Machine: ${machine}.
${requests.toLocaleString('en')} requests (\`pnpm seed:scale\`), PostgreSQL as the machine has it.
${CONCURRENCY} callers at once, ${REQUESTS} requests per gateway case (a fifth of that for the
exact counts), best of ${ROUNDS} rounds by p50. Ratios compare on one machine; absolute
times do not travel. Load average (5 min) at the start ${loadBefore.toFixed(1)}, at the end
${loadavg()[1]!.toFixed(1)}: other work shared the machine.

"Before" is the exact \`count(*)\` the list ran for each filter until the counters,
sent straight to the database: it leaves out the gateway and the page, so the real
before was slower than shown. "After" is the list's answer through the gateway:
\`totalCount\` summed from \`work_order_counts\` (kept in the same transaction as each
change), page included where it says so.

| case | before p50 ms (exact count alone) | after p50 ms | after req/s | after ÷ page alone | before ÷ after |
|---|---|---|---|---|---|
${row('page of 50 open work orders in district 3', 'page')}
${row('the same page with totalCount', 'page + totalCount', 'before: open, district 3 count(*)')}
${row('overdue: true, totalCount', 'overdue totalCount', 'before: overdue count(*)')}
${row('district: 3, totalCount', 'district 3 totalCount', 'before: district 3 count(*)')}

The "before" statements run on this branch's indexes: \`due_at < now()\` on open work
is now served by the partial index on open work by due time (migration 0005), which is
why the exact overdue count is already fast here; the district counts join through
the requests, as they did before work orders kept their own district.

Filters the counters do not cover (crew, assignee, bbox, near, text, date ranges)
count exactly up to 10,000 rows and above that answer the planner's estimate with
\`totalCountIsEstimate: true\`.
`;
console.log(report);
await writeFile(new URL('../results/work-order-counts.md', import.meta.url), report);
