import { appendFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@civicgraph/platform';
import { graphData, postGraphQL, TEST_SECRETS } from '@civicgraph/platform/testing';
import { prepareDatabase } from '@civicgraph/stack';
import { type ProcessStack, startProcessStack } from '@civicgraph/stack/process-stack';
import { signInAs } from '@civicgraph/stack/testing';
import { benchDatabase } from './bench-database';
import { signedDirectCall } from './gateway-peers/bench-caller';
import { type LoadFigures, runLoad } from './gateway-peers/load-plan';
import { type PeerGateway, startHiveGateway, startOurGateway } from './gateway-peers/peers';

// Our gateway against its best-known Node peer, side by side in one run on the same
// subgraphs (issue 14, "Use the machine"): each subgraph, each gateway and the load
// generator (autocannon, 8 connections) are OS processes of their own. Throughput is
// given with its ratio to calling the requests subgraph directly, which is what
// compares across runs on this shared machine.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 8;
const CITY = { seed: 311, requests: 5000, now: new Date() };

const queries = {
  single: (id: string) =>
    `{ workOrder(id: "${id}") { id number status priority summary createdAt dueAt } }`,
  list: () => `{ workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt } } } }`,
  federated: () => `{ workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt
    assignee { name } department { name } asset { tag assetType { name } } } } } }`,
};
type QueryName = keyof typeof queries;
const QUERY_LABELS: Record<QueryName, string> = {
  single: 'one work order',
  list: '50 work orders, one subgraph',
  federated: '50 work orders + assignee, department, asset',
};

/** Who answers: the requests subgraph itself, or a gateway in front of all four. */
interface Target {
  label: string;
  url: string;
  /** Headers for a body: a signed caller (direct), a session (ours) or none (Hive). */
  headers(body: string): Promise<Record<string, string>>;
  /** The direct case answers only what the requests subgraph holds. */
  serves(query: QueryName): boolean;
}

const wantedGateways = (process.env.BENCH_GATEWAYS ?? 'direct,ours-dev,ours,hive').split(',');
const wantedQueries = (process.env.BENCH_QUERIES ?? Object.keys(queries).join(',')).split(',');
/** Set: our gateway (production) writes a V8 CPU profile there when it stops. */
const profileDir = process.env.BENCH_PROFILE_DIR;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 20)} MB, Node ${process.version}`;
const loadBefore = loadavg()[0]!;

const logger = createLogger('bench', 'warn');
const database = await benchDatabase('cg_bench_peers');
const started: PeerGateway[] = [];
let stack: ProcessStack | null = null;
const figures: Record<string, Partial<Record<QueryName, LoadFigures>>> = {};
try {
  await prepareDatabase({ databaseUrl: database.url, logger, city: CITY });
  stack = await startProcessStack({
    databaseUrl: database.url,
    secrets: TEST_SECRETS,
    host: '127.0.0.1',
    port: 0,
    consoleDir: null,
    // One session sends thousands of requests a second here: measure, don't throttle.
    env: { STAFF_RATE_LIMIT_PER_MINUTE: '100000000' },
  });
  const subgraphUrls = Object.fromEntries(
    await Promise.all(
      Object.entries(stack.subgraphs).map(async ([name, child]) => [name, await child.ready]),
    ),
  ) as Record<string, string>;
  const session = await signInAs(stack.url, 'DISPATCHER');
  const anyWorkOrder = await graphData<{ workOrders: { edges: { node: { id: string } }[] } }>(
    stack.gatewayUrls[0]!,
    '{ workOrders(first: 1) { edges { node { id } } } }',
    {},
    session,
  );
  const workOrderId = anyWorkOrder.workOrders.edges[0]!.node.id;

  const targets: Target[] = [];
  for (const wanted of wantedGateways) {
    if (wanted === 'direct') {
      targets.push({
        label: 'direct to requests',
        url: subgraphUrls.requests!,
        headers: (body) => signedDirectCall('requests', body, TEST_SECRETS.callerSigning),
        serves: (query) => query !== 'federated',
      });
    } else if (wanted === 'ours-dev' || wanted === 'ours') {
      const production = wanted === 'ours';
      const gateway = await startOurGateway({
        subgraphUrls,
        production,
        ...(production && profileDir ? { profileDir } : {}),
      });
      started.push(gateway);
      targets.push({
        label: production ? '@apollo/gateway (ours)' : '@apollo/gateway (ours, NODE_ENV unset)',
        url: gateway.url,
        headers: async () => session,
        serves: () => true,
      });
    } else if (wanted === 'hive') {
      const gateway = await startHiveGateway({
        subgraphUrls,
        signingSecret: TEST_SECRETS.callerSigning,
      });
      started.push(gateway);
      targets.push({
        label: 'Hive Gateway',
        url: gateway.url,
        headers: async () => ({}),
        serves: () => true,
      });
    }
  }

  for (const query of Object.keys(queries) as QueryName[]) {
    if (!wantedQueries.includes(query)) continue;
    const document = queries[query](workOrderId);
    const body = JSON.stringify({ query: document });
    for (const target of targets) {
      if (!target.serves(query)) continue;
      // One checked answer first: a gateway answering errors fast must not win.
      const headers = await target.headers(body);
      const check = await postGraphQL(target.url, document, {}, { headers, body });
      if (check.status !== 200 || check.errors?.length || !check.data) {
        throw new Error(`${target.label}, ${query}: ${JSON.stringify(check)}`);
      }
      const plan = { url: target.url, body, headers, connections: CONNECTIONS };
      await runLoad({ ...plan, seconds: WARM_UP_SECONDS });
      // Signatures last 30 seconds: sign again for the measured run.
      const measured = await runLoad({
        ...plan,
        headers: await target.headers(body),
        seconds: SECONDS,
      });
      if (measured.failed > 0)
        throw new Error(`${target.label}, ${query}: ${measured.failed} failed`);
      figures[target.label] = { ...figures[target.label], [query]: measured };
      console.log(
        `${QUERY_LABELS[query]} · ${target.label}: ${Math.round(measured.requestsPerSecond)} rps, p50 ${measured.p50} ms`,
      );
    }
  }
} finally {
  await Promise.all(started.map((gateway) => gateway.stop()));
  await stack?.close();
  await database.drop();
}

const loadAfter = loadavg()[0]!;
const labels = Object.keys(figures);
const directLabel = 'direct to requests';
const cell = (label: string, query: QueryName) => {
  const measured = figures[label]?.[query];
  if (!measured) return '—';
  const rps = Math.round(measured.requestsPerSecond).toLocaleString('en');
  const direct = figures[directLabel]?.[query];
  if (!direct || label === directLabel) return rps;
  return `${rps} (${(measured.requestsPerSecond / direct.requestsPerSecond).toFixed(2)})`;
};
const table = [
  `| query | ${labels.join(' | ')} |`,
  `|---|${labels.map(() => '---').join('|')}|`,
  ...(Object.keys(queries) as QueryName[]).map(
    (query) =>
      `| ${QUERY_LABELS[query]} | ${labels.map((label) => cell(label, query)).join(' | ')} |`,
  ),
].join('\n');
const latencies = labels
  .flatMap((label) =>
    (Object.keys(queries) as QueryName[]).map((query) => {
      const measured = figures[label]?.[query];
      return measured
        ? `| ${QUERY_LABELS[query]} | ${label} | ${measured.p50} | ${measured.p99} |`
        : null;
    }),
  )
  .filter((line) => line !== null)
  .join('\n');

const report = `### Gateway peers (${new Date().toISOString().slice(0, 16)}Z)

Machine: ${machine}; ${database.server}; load average (1 min) ${loadBefore.toFixed(2)} before,
${loadAfter.toFixed(2)} after — the machine is shared, so compare ratios, not rps across runs.
Demo city (${CITY.requests.toLocaleString('en')} requests). autocannon, ${CONNECTIONS} connections,
${WARM_UP_SECONDS} s warm-up then ${SECONDS} s per case, in a process of its own; the four
subgraphs and each gateway are OS processes of their own (startProcessStack), all on
the same subgraphs in this one run. Requests per second (ratio to direct):

${table}

| query | gateway | p50 ms | p99 ms |
|---|---|---|---|
${latencies}
`;
console.log(`\n${report}`);
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
// Each run is appended: the file keeps the before/after history of the fixes. A
// profiled run is slowed by its profiler: it is printed, never recorded.
if (!profileDir) {
  const resultsFile = `${resultsDir}gateway-peers.md`;
  await appendFile(resultsFile, `\n${report}`);
  console.log(`appended to ${resultsFile}`);
}
