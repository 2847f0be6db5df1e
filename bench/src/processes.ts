import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { reachableTempFolder } from '@civicgraph/platform/testing';
import { signInAs } from '@civicgraph/stack/testing';
import { benchDatabase } from './bench-database';
import { type LoadResult, load } from './load';
import { watchMemory } from './memory';
import { type StackProcess, startStackProcess } from './stack-process';

// `npm start` in one process against `npm start` spread over the cores (gateway and
// each subgraph a process of its own), on one seeded database, in the same run: both
// stacks up side by side, their rounds interleaved so both see the same machine. The
// load generator is this process, apart from both stacks.
const REQUESTS = Number(process.argv[2] ?? 200);
const CONCURRENCY = 8;
const ROUNDS = 3;
const CITY_REQUESTS = 5000;

// The dispatcher's list (bench/src/run.ts): 50 open work orders across three subgraphs.
const federated = `{ workOrders(first: 50, filter: { open: true }) {
  edges { node { id number status priority summary createdAt dueAt
    assignee { name } department { name } asset { tag assetType { name } } } } } }`;

type Mode = 'one' | 'spread';
const MODES: readonly Mode[] = ['one', 'spread'];

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const ms = (value: number) => value.toFixed(1);
const best = (results: LoadResult[]) => results.reduce((a, b) => (b.p50 < a.p50 ? b : a));

const loadBefore = loadavg()[1]!;
const database = await benchDatabase('bench_processes');
const dataDir = await reachableTempFolder('civicgraph-bench-processes-');
const started: StackProcess[] = [];
const stacks = {} as Record<Mode, StackProcess>;
const idleMemory = {} as Record<Mode, number>;
const runs: Record<Mode, LoadResult[]> = { one: [], spread: [] };
const errors = {} as Record<Mode, string[]>;
const loadOn = async (mode: Mode, requests: number, session: Record<string, string>) => {
  try {
    return await load(`${stacks[mode].origin}/graphql`, federated, requests, CONCURRENCY, session);
  } catch (error) {
    console.error(`the ${mode} stack failed; its errors:\n${errors[mode].slice(-5).join('\n')}`);
    throw error;
  }
};
try {
  // One after the other: the first seeds the city and makes the secrets, the second reuses them.
  for (const mode of MODES) {
    const stack = await startStackProcess(
      {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: '0',
        STACK_PROCESSES: mode,
        DEMO_REQUESTS: String(CITY_REQUESTS),
        CONSOLE_DIR: fileURLToPath(new URL('../../console/dist', import.meta.url)),
        // One session sends thousands of requests a minute here: measure, don't throttle.
        STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
      },
      dataDir,
    );
    started.push(stack);
    stacks[mode] = stack;
    // Its errors, to say which stack failed and why should a query fail.
    errors[mode] = [];
    stack.child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        if (/"level":[56]0/.test(line)) errors[mode].push(line);
      }
    });
    idleMemory[mode] = watchMemory(stack.child.pid!, null).sample().node;
    console.log(`${mode}: up at ${stack.origin}`);
  }
  const sessions = {} as Record<Mode, Record<string, string>>;
  for (const mode of MODES) {
    sessions[mode] = await signInAs(stacks[mode].origin, 'DISPATCHER');
    await loadOn(mode, 200, sessions[mode]);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of MODES) {
      const result = await loadOn(mode, REQUESTS, sessions[mode]);
      runs[mode].push(result);
      console.log(
        `round ${round + 1} ${mode}: ${Math.round(result.perSecond)} req/s, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms`,
      );
    }
  }
} finally {
  for (const stack of started) await stack.stop();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
}
const loadAfter = loadavg()[1]!;

const one = best(runs.one);
const spread = best(runs.spread);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} MB, Node ${process.version}`;
const row = (name: string, r: LoadResult, memory: number) =>
  `| ${name} | ${Math.round(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p99)} | ${mb(memory)} |`;
const report = `# npm start: one process or spread over the cores (${new Date().toISOString().slice(0, 10)})

Written by \`pnpm --filter @civicgraph/bench bench:processes${process.argv[2] ? ` ${process.argv[2]}` : ''}\`. Machine: ${machine}.
Load average (5 min) at the start ${loadBefore.toFixed(1)}, at the end ${loadAfter.toFixed(1)}:
other work shared the machine, so absolute figures do not travel; the ratio is the result.

Both stacks run side by side on one seeded database (demo city, ${CITY_REQUESTS.toLocaleString('en-US')}
requests, the machine's PostgreSQL), their rounds interleaved. The dispatcher's federated list
(50 open work orders + assignee, department, asset: three subgraphs), ${REQUESTS} requests × ${ROUNDS}
rounds per stack, ${CONCURRENCY} in flight from this process (the load generator, apart from both
stacks), best round of each by p50. Memory: proportional resident memory of the stack's Node
processes (launcher and children), idle, before the load.

| stack (STACK_PROCESSES) | req/s | p50 ms | p99 ms | idle memory MB |
|---|---|---|---|---|
${row('one: gateway and subgraphs in one process', one, idleMemory.one)}
${row('spread: gateway and four subgraphs, five processes', spread, idleMemory.spread)}

- Spread ÷ one: throughput × ${(spread.perSecond / one.perSecond).toFixed(2)}, p50 × ${(spread.p50 / one.p50).toFixed(2)}, p99 × ${(spread.p99 / one.p99).toFixed(2)}.
- Every round: ${MODES.map((mode) => `${mode} ${runs[mode].map((r) => Math.round(r.perSecond)).join(' / ')} req/s`).join('; ')}.
`;
console.log(report);
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
await writeFile(`${resultsDir}processes.md`, report);
