import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';
import { signInAs } from '@civicgraph/stack/testing';
import { measureAccessCost } from './access-cost';
import { signedForSubgraph } from './credentials';
import { type LoadResult, load } from './load';
import { watchMemory } from './memory';
import { startStackProcess } from './stack-process';

// Benchmarks of the running stack, side by side in one run (ratios, not absolute
// timings, are what compare across these shared machines):
// - the gateway's cost: one query through the gateway vs. straight to its subgraph;
// - a federated query across three subgraphs through the gateway;
// - the stack's resident memory, idle and at its peak under that load;
// - what verifying callers and signing them to subgraphs costs (access-cost.ts).
const REQUESTS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = 8;
const ROUNDS = 3;

const singleSubgraph = `{ workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt } } } }`;
const federated = `{ workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt
    assignee { name } department { name } asset { tag assetType { name } } } } } }`;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const ms = (value: number) => value.toFixed(1);

function best(results: LoadResult[]): LoadResult {
  return results.reduce((a, b) => (b.p50 < a.p50 ? b : a));
}

const dataDir = await reachableTempFolder('civicgraph-bench-');
const env = {
  ...process.env,
  PORT: '0',
  EMBEDDED_PG_PORT: String(await freePort()),
  CONSOLE_DIR: fileURLToPath(new URL('../../console/dist', import.meta.url)),
  // One session sends thousands of requests a minute here: measure, don't throttle.
  STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
};
const startedAt = performance.now();
const stack = await startStackProcess(env, dataDir);
const startSeconds = (performance.now() - startedAt) / 1000;
const memory = watchMemory(stack.child.pid!, stack.postgresPid);
const idle = memory.sample();
const gatewayUrl = `${stack.origin}/graphql`;
const requestsUrl = stack.subgraphUrls.requests!;

const runs = {
  direct: [] as LoadResult[],
  gateway: [] as LoadResult[],
  federated: [] as LoadResult[],
};
try {
  // Work orders are for staff: the gateway cases carry a dispatcher's session, the
  // direct case a header signed as the gateway would sign it.
  const session = await signInAs(stack.origin, 'DISPATCHER');
  const direct = () => signedForSubgraph(dataDir, 'requests', singleSubgraph);
  await load(requestsUrl, singleSubgraph, 200, CONCURRENCY, await direct()); // warm-up
  await load(gatewayUrl, federated, 200, CONCURRENCY, session);
  for (let round = 0; round < ROUNDS; round++) {
    runs.direct.push(
      await load(requestsUrl, singleSubgraph, REQUESTS, CONCURRENCY, await direct()),
    );
    runs.gateway.push(await load(gatewayUrl, singleSubgraph, REQUESTS, CONCURRENCY, session));
    runs.federated.push(await load(gatewayUrl, federated, REQUESTS, CONCURRENCY, session));
  }
} finally {
  await stack.stop();
}
const peak = memory.stop();
await rm(dataDir, { recursive: true, force: true });

const direct = best(runs.direct);
const gateway = best(runs.gateway);
const fed = best(runs.federated);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} MB, Node ${process.version}`;
const row = (name: string, r: LoadResult) =>
  `| ${name} | ${Math.round(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} |`;
const report = `## Stack: gateway cost and memory (${new Date().toISOString().slice(0, 10)})

Machine: ${machine}. Demo city (5,000 requests), ${REQUESTS} requests × ${ROUNDS} rounds per
case, ${CONCURRENCY} in flight, best round of each (by p50). The load generator runs in
its own process on the same machine.

| case | req/s | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|
${row('requests subgraph directly (50 open work orders)', direct)}
${row('same query through the gateway', gateway)}
${row('federated: + assignee, department, asset (3 subgraphs)', fed)}

- Gateway cost on a single-subgraph query: p50 × ${(gateway.p50 / direct.p50).toFixed(2)}, throughput × ${(gateway.perSecond / direct.perSecond).toFixed(2)}.
- Federated query vs. the single-subgraph one through the gateway: p50 × ${(fed.p50 / gateway.p50).toFixed(2)}.
- Start-up to "up" on a fresh data folder (cluster, migrations, demo seed): ${startSeconds.toFixed(1)} s.
- Resident memory: idle ${mb(idle.node)} MB Node + ${mb(idle.postgres)} MB PostgreSQL;
  peak under load ${mb(peak.node)} MB Node + ${mb(peak.postgres)} MB PostgreSQL = ${mb(peak.total)} MB.
`;
const access = await measureAccessCost(REQUESTS);
console.log(report);
console.log(access.report);
const resultsFile = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
await writeFile(
  resultsFile,
  `# Benchmark results\n\nWritten by \`pnpm --filter @civicgraph/bench bench\`.\n\n${report}\n${access.report}`,
);
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, `stack-${Date.now()}.json`),
  JSON.stringify({ machine, startSeconds, idle, peak, runs, access: access.runs }, null, 2),
);
